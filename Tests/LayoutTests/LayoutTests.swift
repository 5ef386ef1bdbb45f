import XCTest
@testable import Layout

/// Draws rules into a white bitmap, the way a rendered page looks to the run detector.
struct Canvas {
    var image: GrayImage
    init(widthPt: Double, heightPt: Double, scale: Double = 2) {
        let w = Int(widthPt * scale), h = Int(heightPt * scale)
        image = GrayImage(width: w, height: h, scale: scale, pixels: Array(repeating: 255, count: w * h))
    }
    mutating func fill(_ r: Rect, gray: UInt8 = 0) {
        let s = image.scale
        for y in Int(r.y0 * s)..<max(Int(r.y0 * s) + 1, Int(r.y1 * s)) {
            for x in Int(r.x0 * s)..<max(Int(r.x0 * s) + 1, Int(r.x1 * s)) where x < image.width && y < image.height {
                image.pixels[y * image.width + x] = gray
            }
        }
    }
    mutating func hline(y: Double, x0: Double, x1: Double, width: Double = 0.5) { fill(Rect(x0: x0, y0: y, x1: x1, y1: y + width)) }
    mutating func vline(x: Double, y0: Double, y1: Double, width: Double = 0.5) { fill(Rect(x0: x, y0: y0, x1: x + width, y1: y1)) }
}

final class RunDetectorTests: XCTestCase {
    func testFindsThinLinesAndIgnoresFilledAreasAndLightShading() {
        var c = Canvas(widthPt: 200, heightPt: 100)
        c.fill(Rect(x0: 10, y0: 85, x1: 90, y1: 95), gray: 230)     // light shading, painted first: not ink
        c.hline(y: 10, x0: 10, x1: 190)
        c.vline(x: 50, y0: 10, y1: 90)
        c.fill(Rect(x0: 100, y0: 40, x1: 180, y1: 80))              // a black block: not a rule
        let segs = Rulings.merge(RunDetector.segments(in: c.image))
        XCTAssertEqual(segs.filter { $0.orientation == .horizontal }.count, 1)
        XCTAssertEqual(segs.filter { $0.orientation == .vertical }.count, 1)
        let h = segs.first { $0.orientation == .horizontal }!
        XCTAssertEqual(h.position, 10.25, accuracy: 0.5)
        XCTAssertEqual(h.start, 10, accuracy: 0.5)
        XCTAssertEqual(h.end, 190, accuracy: 0.5)
        let v = segs.first { $0.orientation == .vertical }!
        XCTAssertEqual(v.position, 50.25, accuracy: 0.5)
        XCTAssertEqual(v.length, 80, accuracy: 1)
    }

    func testRulesInsideAShadedHeaderAreFound() {
        // A header shaded mid-gray (192: ink at the first threshold) with black rules inside.
        var c = Canvas(widthPt: 200, heightPt: 60)
        c.fill(Rect(x0: 10, y0: 10, x1: 190, y1: 40), gray: 192)
        c.hline(y: 25, x0: 10, x1: 190)
        c.vline(x: 100, y0: 10, y1: 40)
        let segs = Rulings.merge(RunDetector.segments(in: c.image))
        XCTAssertTrue(segs.contains { $0.orientation == .horizontal && abs($0.position - 25.25) < 1 && $0.length > 170 })
        XCTAssertTrue(segs.contains { $0.orientation == .vertical && abs($0.position - 100.25) < 1 && $0.length > 25 })
    }

    func testLightGrayRulesAreFoundWhenThereAreNoDarkOnes() {
        var c = Canvas(widthPt: 200, heightPt: 60)
        for y in [10.0, 30, 50] { c.fill(Rect(x0: 10, y0: y, x1: 190, y1: y + 0.5), gray: 215) }
        for x in [10.0, 100, 190] { c.fill(Rect(x0: x, y0: 10, x1: x + 0.5, y1: 50.5), gray: 215) }
        let segs = Rulings.merge(RunDetector.segments(in: c.image))
        XCTAssertEqual(segs.filter { $0.orientation == .horizontal }.count, 3)
        XCTAssertEqual(segs.filter { $0.orientation == .vertical }.count, 3)
    }

    func testShortDashesAreNotRules() {
        var c = Canvas(widthPt: 100, heightPt: 40)
        c.hline(y: 20, x0: 10, x1: 14)   // 4 pt: below the minimum length
        XCTAssertTrue(RunDetector.segments(in: c.image).isEmpty)
    }

    func testSettingsReachTheDetector() {
        // A 10 pt rule is a rule by default; with a 12 pt shortest run it is not, and with an ink
        // threshold under its gray it is not either: the values passed in are the ones used.
        var c = Canvas(widthPt: 100, heightPt: 40)
        c.fill(Rect(x0: 10, y0: 20, x1: 20, y1: 20.5), gray: 150)
        XCTAssertFalse(RunDetector.segments(in: c.image).isEmpty)
        var longer = ExtractionSettings.Rulings()
        longer.minRunLength = 12
        longer.lightInkThreshold = 0
        XCTAssertTrue(RunDetector.segments(in: c.image, settings: longer).isEmpty)
        var darker = ExtractionSettings.Rulings()
        darker.inkThreshold = 100
        darker.lightInkThreshold = 100
        XCTAssertTrue(RunDetector.segments(in: c.image, settings: darker).isEmpty)
    }

    func testASettingsFileSetsWhatItNamesAndRefusesWhatItDoesNot() throws {
        let s = try ExtractionSettings.overriding(with: Data(#"{"rulings": {"inkThreshold": 180}, "header": {"maxRows": 6}}"#.utf8))
        XCTAssertEqual(s.rulings.inkThreshold, 180)
        XCTAssertEqual(s.header.maxRows, 6)
        XCTAssertEqual(s.rulings.gridTolerance, ExtractionSettings.standard.rulings.gridTolerance)
        XCTAssertEqual(try ExtractionSettings.overriding(with: Data("{}".utf8)), .standard)
        XCTAssertThrowsError(try ExtractionSettings.overriding(with: Data(#"{"rulings": {"inkThreshhold": 180}}"#.utf8))) {
            XCTAssertEqual("\($0)", "no setting named rulings.inkThreshhold")
        }
        XCTAssertThrowsError(try ExtractionSettings.overriding(with: Data(#"{"rulings": {"inkThreshold": "dark"}}"#.utf8)))
        XCTAssertThrowsError(try ExtractionSettings.overriding(with: Data(#"{"rulings": 3}"#.utf8)))
        XCTAssertThrowsError(try ExtractionSettings.overriding(with: Data("[1]".utf8)))
    }

    func testStandardSettingsRoundTripAsJSON() throws {
        let data = try JSONEncoder().encode(ExtractionSettings.standard)
        XCTAssertEqual(try JSONDecoder().decode(ExtractionSettings.self, from: data), .standard)
        let text = String(decoding: data, as: UTF8.self)
        for key in ["rulings", "text", "stream", "header", "stitching", "titleBlocks", "inkThreshold", "gridTolerance"] {
            XCTAssertTrue(text.contains("\"\(key)\""), key)
        }
    }
}

final class RulingsTests: XCTestCase {
    func testGlyphStrokeInsideTextIsDroppedButBorderNextToTextStays() {
        let yi = TextChar(text: "一", box: Rect(x0: 100, y0: 50, x1: 110, y1: 60))
        let stroke = Segment(.horizontal, at: 55, from: 100.5, to: 109.5)
        let border = Segment(.horizontal, at: 62, from: 20, to: 200)
        let crossing = Segment(.horizontal, at: 55, from: 20, to: 200)   // a rule through a text line still counts
        let kept = Rulings.removeGlyphStrokes([stroke, border, crossing], chars: [yi])
        XCTAssertEqual(kept, [border, crossing])
    }

    /// A rule that a line of words sits on (部门名称：…   单位：万元) shows between the words: it
    /// is a border, although text boxes reach both its ends.
    func testRuleUnderWordsAtBothEndsStays() {
        let left = (0..<6).map { i in TextChar(text: "部", box: Rect(x0: 20 + Double(i) * 10, y0: 50, x1: 30 + Double(i) * 10, y1: 61)) }
        let right = (0..<4).map { i in TextChar(text: "元", box: Rect(x0: 160 + Double(i) * 10, y0: 50, x1: 170 + Double(i) * 10, y1: 61)) }
        let rule = Segment(.horizontal, at: 60.5, from: 20, to: 200)
        XCTAssertEqual(Rulings.removeGlyphStrokes([rule], chars: left + right), [rule])
        // The same extent covered by characters all along is an underline or a stroke of the text.
        let full = (0..<18).map { i in TextChar(text: "一", box: Rect(x0: 20 + Double(i) * 10, y0: 50, x1: 30 + Double(i) * 10, y1: 61)) }
        XCTAssertEqual(Rulings.removeGlyphStrokes([rule], chars: full), [])
    }

    /// The stem of a bold 1 that pokes out of the box its font reports is no column line; a
    /// column line a figure sits across is.
    func testStemOfADigitOutsideItsBoxIsNoRule() {
        let one = TextChar(text: "1", box: Rect(x0: 300, y0: 100, x1: 306, y1: 112))
        let stem = Segment(.vertical, at: 303, from: 97, to: 114)          // 17 pt through a 12 pt box
        let rule = Segment(.vertical, at: 303.5, from: 40, to: 400)       // a column line through the figure
        XCTAssertEqual(Rulings.removeGlyphStrokes([stem, rule], chars: [one]), [rule])
    }

    /// A browser reports digits' boxes a line and a half tall at a size that runs large (30 pt
    /// boxes for 12 pt figures): the rule just under a figure that fills its cell runs through
    /// their lower part and is no stroke of them. The digits' width bounds the size they are
    /// printed at; judged by the reported size alone, the rule was dropped.
    func testRuleUnderAFigureFillingItsCellStays() {
        let figure = "371,514,655.00".enumerated().map { i, c in
            TextChar(text: String(c), box: Rect(x0: 517 + Double(i) * 6.1, y0: 361.8, x1: 523.1 + Double(i) * 6.1, y1: 391.8),
                     fontName: "Serif", fontSize: 24)
        }
        let rule = Segment(.horizontal, at: 390.4, from: 514.5, to: 604.5)
        XCTAssertEqual(Rulings.removeGlyphStrokes([rule], chars: figure), [rule])
        XCTAssertEqual(Rulings.removeGlyphStrokes([rule], chars: figure, digitWidthEm: 0), [], "judged by the reported size")
        // A stroke through the figures' middle is still theirs.
        let strike = Segment(.horizontal, at: 377, from: 517.5, to: 601)
        XCTAssertEqual(Rulings.removeGlyphStrokes([strike], chars: figure), [])
    }

    /// A light hairline between two column lines is a rule; a line of text is not, nor is a
    /// light shaded band (thicker than a rule).
    func testFaintRuleBetweenColumnLines() {
        let scale = 2.0, w = 240, h = 240
        var px = [UInt8](repeating: 255, count: w * h)
        for y in 20..<220 { for x in [20, 21, 220, 221] { px[y * w + x] = 0 } }      // column lines at 10 and 110 pt
        for x in 22..<220 { px[100 * w + x] = 216 }                                  // faint rule at 50 pt
        for x in stride(from: 30, to: 200, by: 3) { px[60 * w + x] = 0 }             // text: ink here and there
        for y in 140..<170 { for x in 22..<220 { px[y * w + x] = 220 } }              // shaded band, 15 pt
        let image = GrayImage(width: w, height: h, scale: scale, pixels: px)
        let columns = [Segment(.vertical, at: 10.25, from: 10, to: 110), Segment(.vertical, at: 110.25, from: 10, to: 110)]
        let found = Rulings.faintRules(in: image, segments: columns)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.position ?? 0, 50.25, accuracy: 0.5)
        // A rule already found is not found twice.
        XCTAssertEqual(Rulings.faintRules(in: image, segments: columns + [Segment(.horizontal, at: 50.25, from: 10, to: 110)]), [])
    }

    /// A font reporting boxes far shorter than its glyphs: the stem is judged by the font size.
    func testStemOutOfAShortReportedBoxIsNoRule() {
        let one = TextChar(text: "1", box: Rect(x0: 300, y0: 108, x1: 312, y1: 112), fontName: "F", fontSize: 20)
        let stem = Segment(.vertical, at: 306, from: 96, to: 112)
        XCTAssertEqual(Rulings.removeGlyphStrokes([stem], chars: [one]), [])
    }

    /// The boxes a segment runs through are looked up in bands: every box that holds a position
    /// is among the candidates, however many bands it spans; damaged boxes are always candidates.
    func testBoxBandsFindEveryIntervalHoldingAPosition() {
        let intervals: [(Double, Double)] = [(0, 5), (7.5, 8.5), (3, 40), (100, 100.2), (-20, -12), (0, 1e6), (.nan, 3)]
        let bands = Rulings.BoxBands(intervals)
        for v in stride(from: -25.0, through: 120, by: 0.25) {
            let holding = intervals.indices.filter { intervals[$0].0 <= v && v <= intervals[$0].1 }
            let found = bands.candidates(at: v)
            XCTAssertTrue(Set(holding).isSubset(of: Set(found)), "\(v): \(found) misses some of \(holding)")
            XCTAssertEqual(found, found.sorted())
            XCTAssertTrue(found.contains(5) && found.contains(6))     // the huge box and the damaged one
        }
        XCTAssertFalse(bands.candidates(at: 50).contains(0))            // far from (0, 5)
        XCTAssertEqual(bands.candidates(at: .nan), [5, 6])
    }

    /// The banded look-up gives what testing every segment against every box gives, on random
    /// pages of characters and segments (strokes, rules through and under text, stems).
    func testGlyphStrokesFoundAsByTestingEveryBox() {
        var rng = SplitMix(seed: 7)
        for _ in 0..<40 {
            var chars: [TextChar] = []
            for _ in 0..<120 {
                let x = rng.next(0, 500), y = rng.next(0, 700), w = rng.next(3, 14), h = rng.next(2, 14)
                chars.append(TextChar(text: rng.next(0, 1) < 0.1 ? " " : "一", box: Rect(x0: x, y0: y, x1: x + w, y1: y + h),
                                      fontName: "F", fontSize: rng.next(0, 1) < 0.3 ? h * 2 : h))
            }
            var segments: [Segment] = []
            for _ in 0..<80 {
                let o: Orientation = rng.next(0, 1) < 0.5 ? .horizontal : .vertical
                let at = rng.next(0, 700), from = rng.next(0, 500)
                segments.append(Segment(o, at: at, from: from, to: from + rng.next(2, 200)))
            }
            // Segments exactly along characters: strokes, stems.
            for c in chars.prefix(30) {
                segments.append(Segment(.horizontal, at: c.box.midY, from: c.box.x0 + 0.5, to: c.box.x1 - 0.5))
                segments.append(Segment(.vertical, at: c.box.midX, from: c.box.y0 - 2, to: c.box.y1 + 2))
            }
            XCTAssertEqual(Rulings.removeGlyphStrokes(segments, chars: chars), everyBoxReference(segments, chars: chars))
        }
    }

    /// removeGlyphStrokes as it was first written: every segment against every box (horizontal
    /// segments against the middle band of a box far taller than its character's em).
    private func everyBoxReference(_ segments: [Segment], chars: [TextChar], endSlack: Double = 3, stemFactor: Double = 1.3,
                                   bandFactor: Double = 1.25) -> [Segment] {
        let boxes = chars.filter { !$0.isSpace }.map { ch -> Rect in
            let b = ch.box
            guard ch.fontSize > 0, b.height < ch.fontSize * 0.8 else { return b }
            return Rect(x0: b.x0, y0: min(b.y0, b.y1 - ch.fontSize), x1: b.x1, y1: max(b.y1, b.y0 + ch.fontSize))
        }
        let bands = zip(chars.filter { !$0.isSpace }, boxes).map { ch, b -> Rect in
            let em = ch.text == "一" && b.width > 0 ? min(ch.fontSize, b.width) : ch.fontSize
            guard ch.fontSize > 0, b.height > em * bandFactor else { return b }
            return Rect(x0: b.x0, y0: (b.y0 + b.y1) / 2 - em * bandFactor / 2, x1: b.x1, y1: (b.y0 + b.y1) / 2 + em * bandFactor / 2)
        }
        return segments.filter { s in
            let horizontal = s.orientation == .horizontal
            let hits = (horizontal ? bands : boxes).filter { b in
                horizontal ? (s.position > b.y0 + 0.3 && s.position < b.y1 - 0.3 && b.x1 > s.start && b.x0 < s.end)
                           : (s.position > b.x0 + 0.3 && s.position < b.x1 - 0.3 && b.y1 > s.start && b.y0 < s.end)
            }
            guard !hits.isEmpty else { return true }
            let spans = hits.map { horizontal ? ($0.x0, $0.x1) : ($0.y0, $0.y1) }.sorted { $0.0 < $1.0 }
            if !horizontal, spans.contains(where: { sp in
                s.length <= (sp.1 - sp.0) * stemFactor && min(sp.1, s.end) - max(sp.0, s.start) >= s.length * 0.5
            }) { return false }
            var reach = s.start + endSlack
            for sp in spans {
                if sp.0 > reach { return true }
                reach = max(reach, sp.1 + endSlack)
            }
            return reach < s.end
        }
    }

    func testMergeJoinsDoubledAndTouchingPieces() {
        // Excel draws each border twice; report engines draw one rule per cell.
        let segs = [Segment(.horizontal, at: 100, from: 0, to: 50), Segment(.horizontal, at: 100.6, from: 0, to: 50),
                    Segment(.horizontal, at: 100.2, from: 51, to: 120), Segment(.horizontal, at: 140, from: 0, to: 120)]
        let merged = Rulings.merge(segs)
        XCTAssertEqual(merged.count, 2)
        XCTAssertEqual(merged[0].start, 0); XCTAssertEqual(merged[0].end, 120)
    }
}

final class GridTests: XCTestCase {
    /// 3 columns × 3 rows; the top-left header cell spans two rows, the top-right header two columns.
    static func sampleSegments() -> [Segment] {
        var s: [Segment] = []
        // horizontal lines: y=0 full, y=10 only over columns 1-2 (col 0 merged down), y=20 full, y=30 full
        s.append(Segment(.horizontal, at: 0, from: 0, to: 90))
        s.append(Segment(.horizontal, at: 10, from: 30, to: 90))
        s.append(Segment(.horizontal, at: 20, from: 0, to: 90))
        s.append(Segment(.horizontal, at: 30, from: 0, to: 90))
        // vertical lines: x=0, x=30, x=90 full; x=60 only below y=10 (row 0 cols 1-2 merged)
        s.append(Segment(.vertical, at: 0, from: 0, to: 30))
        s.append(Segment(.vertical, at: 30, from: 0, to: 30))
        s.append(Segment(.vertical, at: 60, from: 10, to: 30))
        s.append(Segment(.vertical, at: 90, from: 0, to: 30))
        return s
    }

    func testGridAndSpansFromMissingLines() throws {
        let grids = GridFinder.grids(from: Self.sampleSegments())
        XCTAssertEqual(grids.count, 1)
        let g = try XCTUnwrap(grids.first)
        XCTAssertEqual(g.xs, [0, 30, 60, 90])
        XCTAssertEqual(g.ys, [0, 10, 20, 30])
        let spans = g.spans()
        XCTAssertEqual(spans.first, Grid.Span(row: 0, col: 0, rowSpan: 2, colSpan: 1))
        XCTAssertTrue(spans.contains(Grid.Span(row: 0, col: 1, rowSpan: 1, colSpan: 2)))
        XCTAssertEqual(spans.count, 1 + 1 + 2 + 3)
    }

    /// An L-shaped group of cells round a lone cell has the same corner as that cell: the larger
    /// box goes first and holds both (no text lost), on every call (the groups were once taken
    /// in a dictionary's order, which changes from run to run).
    func testLShapedGroupSharingItsCornerIsReadTheSameEveryTime() {
        // 2 rows: (0,0) closed on its right and below; (0,1), (1,1), (1,0) joined; then `extra`
        // columns of single cells (each a different set of groups, so a different dictionary order).
        for extra in 0..<32 {
            let C = 2 + extra
            var h = Array(repeating: Array(repeating: true, count: C), count: 3)
            var v = Array(repeating: Array(repeating: true, count: C + 1), count: 2)
            h[1][1] = false
            v[1][1] = false
            let g = Grid(xs: (0...C).map { Double($0 * 30) }, ys: [0, 10, 20], hRuled: h, vRuled: v)
            let expected = [Grid.Span(row: 0, col: 0, rowSpan: 2, colSpan: 2)]
                + (2..<C).flatMap { c in [Grid.Span(row: 0, col: c, rowSpan: 1, colSpan: 1)] }
                + (2..<C).flatMap { c in [Grid.Span(row: 1, col: c, rowSpan: 1, colSpan: 1)] }
            XCTAssertEqual(g.spans(), expected, "\(extra) columns beside")
        }
    }

    func testTwoSeparateTablesOnOnePage() {
        var segs = Self.sampleSegments()
        segs += Self.sampleSegments().map { var s = $0; if s.orientation == .horizontal { s.position += 200 } else { s.start += 200; s.end += 200 }; return s }
        let grids = GridFinder.grids(from: segs)
        XCTAssertEqual(grids.count, 2)
        XCTAssertEqual(grids[1].box.y0, 200)
    }
}

final class GridCleanupTests: XCTestCase {
    func testShortStrayPieceIsNoRowBoundary() {
        // A digit's crossbar touching a column line reads as an 11 pt rule inside a 43 pt cell.
        var segs = GridTests.sampleSegments()
        segs.append(Segment(.horizontal, at: 25, from: 19, to: 30))
        let g = GridFinder.grids(from: segs)[0]
        XCTAssertEqual(g.ys, [0, 10, 20, 30])
    }

    func testStrokeRunningIntoABorderIsStillAGlyph() {
        // "60.44" right-aligned against a column line at 209.5: the two 4s' crossbars join it.
        let digits = Array("60.44").enumerated().map { i, ch in
            TextChar(text: String(ch), box: Rect(x0: 183.8 + Double(i) * 5, y0: 208, x1: 188.8 + Double(i) * 5, y1: 221))
        }
        let crossbar = Segment(.horizontal, at: 215.2, from: 199, to: 210.5)
        XCTAssertTrue(Rulings.removeGlyphStrokes([crossbar], chars: digits).isEmpty)
        // A rule through the line that runs well past the text is kept (strike-through, a border).
        let rule = Segment(.horizontal, at: 215.2, from: 150, to: 260)
        XCTAssertEqual(Rulings.removeGlyphStrokes([rule], chars: digits), [rule])
    }
}

final class OpenEdgeTests: XCTestCase {
    /// Three columns; horizontal rules at 20, 40, 60; the vertical rules run from 2 to 75: the
    /// table is open above its first and below its last horizontal rule.
    static func openSegments() -> [Segment] {
        [20.0, 40, 60].map { Segment(.horizontal, at: $0, from: 0, to: 90) }
            + [0.0, 30, 60, 90].map { Segment(.vertical, at: $0, from: 2, to: 75) }
    }

    func testVerticalRulesPastTheOuterRulesBoundOpenRows() throws {
        let g = try XCTUnwrap(GridFinder.grids(from: Self.openSegments()).first)
        XCTAssertEqual(g.ys, [2, 20, 40, 60, 75])
        XCTAssertTrue(g.rowLineOpen(0))
        XCTAssertTrue(g.rowLineOpen(4))
        XCTAssertFalse(g.rowLineOpen(1))
        // The open rows are cut by the vertical rules into cells like any other row.
        XCTAssertEqual(g.spans().filter { $0.row == 0 }.count, 3)
    }

    func testOpenRowsStayOnlyWhereTextIsPrinted() throws {
        let g = try XCTUnwrap(GridFinder.grids(from: Self.openSegments()).first)
        XCTAssertEqual(g.trimmingEmptyOpenEdges(chars: []).ys, [20, 40, 60])
        let above = TextChar(text: "3", box: Rect(x0: 5, y0: 8, x1: 10, y1: 16))
        XCTAssertEqual(g.trimmingEmptyOpenEdges(chars: [above]).ys, [2, 20, 40, 60])
        // Text beside the table, outside its vertical rules, opens nothing.
        let beside = TextChar(text: "3", box: Rect(x0: 95, y0: 8, x1: 100, y1: 16))
        XCTAssertEqual(g.trimmingEmptyOpenEdges(chars: [beside]).ys, [20, 40, 60])
    }

    /// Two columns, rows at 20, 40, 60; the last rule is drawn under the right column only (a
    /// browser's print: the merged cell on the left goes on on the next page). Lines of the left
    /// cell's text that did not fit run on below the rule.
    static func cutMergedCell() -> Grid {
        Grid(xs: [0, 30, 90], ys: [20, 40, 60], hRuled: [[true, true], [true, true], [false, true]],
             vRuled: [[true, true, true], [true, true, true]])
    }

    static func line(_ text: String, x: Double, midY: Double, size: Double = 8) -> [TextChar] {
        text.enumerated().map { i, ch in
            TextChar(text: String(ch), box: Rect(x0: x + Double(i) * size, y0: midY - size / 2, x1: x + Double(i + 1) * size, y1: midY + size / 2),
                     fontSize: size)
        }
    }

    func testTextRunningPastTheRuleUnderAnOpenColumnBelongsToTheCellAbove() {
        let g = Self.cutMergedCell()
        // "公用" in the cell, "经费" straddling the line, "支出" a line further down.
        let chars = Self.line("公用", x: 4, midY: 52) + Self.line("经费", x: 4, midY: 62) + Self.line("支出", x: 4, midY: 73)
        let claimed = g.overflowIntoOpenCells(chars: chars, gapFactor: 1.0)
        XCTAssertEqual(claimed.map { chars[$0.char].text }.sorted(), ["出", "支", "经", "费"].sorted())
        XCTAssertTrue(claimed.allSatisfy { $0.row == 1 && $0.col == 0 })
    }

    func testTextUnderARuledColumnOrFarBelowIsNoOverflow() {
        let g = Self.cutMergedCell()
        // A note under the table reaching under the ruled column: nothing is claimed.
        let note = Self.line("注：本表无", x: 4, midY: 66)
        XCTAssertTrue(g.overflowIntoOpenCells(chars: note, gapFactor: 1.0).isEmpty)
        // Text well below the rule (a page foot, the next paragraph) is no part of the cell.
        let far = Self.line("第1页", x: 4, midY: 90)
        XCTAssertTrue(g.overflowIntoOpenCells(chars: far, gapFactor: 1.0).isEmpty)
        // A rule drawn under every column (or none) leaves no column open.
        var closed = g; closed.hRuled[2] = [true, true]
        XCTAssertTrue(closed.overflowIntoOpenCells(chars: Self.line("经费", x: 4, midY: 62), gapFactor: 1.0).isEmpty)
        var open = g; open.hRuled[2] = [false, false]
        XCTAssertTrue(open.overflowIntoOpenCells(chars: Self.line("经费", x: 4, midY: 62), gapFactor: 1.0).isEmpty)
    }

    /// A row carried alone to the next page with no rule above it (a browser's print of an open-
    /// sided form, no header repeated): one horizontal rule under it, the vertical rules running
    /// up from it. The row is a table's row; one rule without vertical rules past it is none.
    func testOneRuleWithVerticalRulesRunningPastItBoundsAnOpenRow() throws {
        let segs = [Segment(.horizontal, at: 40, from: 0, to: 90)] + [0.0, 30, 60, 90].map { Segment(.vertical, at: $0, from: 10, to: 40) }
        let g = try XCTUnwrap(GridFinder.grids(from: segs).first)
        XCTAssertEqual(g.ys, [10, 40])
        XCTAssertTrue(g.rowLineOpen(0))
        XCTAssertEqual(g.columnCount, 3)
        let flush = [Segment(.horizontal, at: 40, from: 0, to: 90)] + [0.0, 30, 60, 90].map { Segment(.vertical, at: $0, from: 38, to: 40) }
        XCTAssertTrue(GridFinder.grids(from: flush).isEmpty)
    }

    func testOneStrayVerticalLineOpensNothing() throws {
        var segs = [20.0, 40, 60].map { Segment(.horizontal, at: $0, from: 0, to: 90) }
            + [0.0, 30, 60, 90].map { Segment(.vertical, at: $0, from: 20, to: 60) }
        segs.append(Segment(.vertical, at: 45, from: 0, to: 40))
        let g = try XCTUnwrap(GridFinder.grids(from: segs).first)
        XCTAssertEqual(g.ys.first, 20)
    }
}

final class UnionFindTests: XCTestCase {
    func testJoinedElementsShareARootAndOthersDoNot() {
        var sets = UnionFind(count: 6)
        sets.join(4, 1); sets.join(1, 3); sets.join(5, 2)
        XCTAssertEqual(sets.find(4), sets.find(3))
        XCTAssertEqual(sets.find(4), 1, "named by the smallest")
        XCTAssertEqual(sets.find(5), sets.find(2))
        XCTAssertNotEqual(sets.find(0), sets.find(1))
        XCTAssertNotEqual(sets.find(2), sets.find(3))
    }
}

/// A small seeded generator: the random pages of a test are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(_ lo: Double, _ hi: Double) -> Double {
        lo + (hi - lo) * Double(next() >> 11) / Double(1 << 53)
    }
}

final class WhitespaceTests: XCTestCase {
    /// The fast answers are Unicode's and Foundation's, for every scalar there is.
    func testEveryScalarAnsweredAsUnicodeAndFoundationDo() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(Whitespace.isWhitespace(s), s.properties.isWhitespace, "U+\(String(v, radix: 16))")
            XCTAssertEqual(Whitespace.isSpaceOrTab(s), CharacterSet.whitespaces.contains(s), "U+\(String(v, radix: 16))")
        }
    }

    func testTrimmingAsFoundationTrims() {
        for text in ["", " ", "\t 合计 \u{3000}", "\u{3000}公 用\u{00A0}", "a\n", "\n a \n", " \u{301}é ", "1,234.00\u{2009}", "  x  y  "] {
            XCTAssertEqual(Whitespace.trimmingSpaces(text), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
        }
        XCTAssertEqual(Whitespace.trimmingSpaces(" 合计 "), "合计")
    }
}
