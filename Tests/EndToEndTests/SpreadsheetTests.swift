import Foundation
@testable import Layout
@testable import PDFDocument
import Budget
import Pipeline
import Tables
import XCTest

/// Tables as a spreadsheet prints them (LibreOffice Calc; scripts/make_calc_fixtures.py).
final class SpreadsheetTests: XCTestCase {
    static let mergedOverBreaks = CorpusTests.fixtures.appendingPathComponent("calc/merged-over-breaks.pdf").path

    func testTheCaptureSeesTheCharactersPopplerDraws() {
        XCTAssertTrue(PDFFile.captureSeesCharacters,
                      "ActualText::addChar is not the capture's: export it (Package.swift), or clipped text is read as printed")
    }

    /// Calc draws a merged cell's text on every page the cell spans, clipped to its part there:
    /// where the text stands over the repeated header (page 3, the unit merged down from page 2)
    /// the page shows nothing, and the text layer read through the capture has nothing there
    /// either; poppler's own text layer keeps the copy.
    func testTextClippedAwayIsNotRead() throws {
        let pdf = try PDFFile(path: Self.mergedOverBreaks)
        let page = pdf.layout(page: 3)
        let header = try XCTUnwrap(page.chars.first { $0.text == "项" }, "the repeated header's 项目单位")
        let type = try XCTUnwrap(page.chars.first { $0.text == "类" }, "the repeated header's 类型")
        // Over the header in the unit's column: a continuation page prints nothing there.
        func overHeader(_ c: TextChar) -> Bool { c.box.y1 < header.box.y0 && c.box.x1 < type.box.x0 && !c.isSpace }
        XCTAssertEqual(page.chars.filter(overHeader).map(\.text).joined(), "")
        // The copy is in the text layer, drawn and clipped (the capture matched it to its drawing).
        var everything = ExtractionSettings.Rulings()
        everything.source = .raster
        let raw = pdf.layout(page: 3, settings: everything).chars
        XCTAssertEqual(raw.filter(overHeader).map(\.text).joined(), "东湖县示范管理服务中心")
    }

    /// The rule: a character is dropped when every drawing of it lies outside its clip; one drawn
    /// inside, one with no drawing (a space poppler adds), and one beside a visible line it
    /// overlaps by half a line stay or go on their own drawings.
    func testOnlyCharactersDrawnWhollyOutsideTheirClipAreDropped() {
        let page = Rect(x0: 0, y0: 0, x1: 600, y1: 800)
        let body = Rect(x0: 40, y0: 100, x1: 560, y1: 700)
        func char(_ t: String, _ x: Double, _ top: Double) -> TextChar {
            TextChar(text: t, box: Rect(x0: x, y0: top, x1: x + 9, y1: top + 10), fontSize: 9)
        }
        func drawn(_ c: TextChar, clip: Rect) -> DrawnCharacter {
            DrawnCharacter(origin: (c.box.x0, c.box.y0 + 8), end: (c.box.x1, c.box.y0 + 8), clip: clip)
        }
        let header = char("项", 100, 85)                 // printed over the body, unclipped
        let copy = char("东", 99, 90)                     // half a line lower, clipped to the body
        let row = char("费", 100, 120)                    // in the body
        let space = TextChar(text: " ", box: Rect(x0: 109, y0: 120, x1: 112, y1: 130))
        let kept = ClippedText.visible([header, copy, row, space],
                                       drawn: [drawn(header, clip: page), drawn(copy, clip: body), drawn(row, clip: body)])
        XCTAssertEqual(kept.map(\.text), ["项", "费", " "])
        // A page whose every character is clipped is left alone (nothing would be read at all).
        XCTAssertEqual(ClippedText.visible([copy], drawn: [drawn(copy, clip: body)]).map(\.text), ["东"])
        // Text drawn without clipping (an invisible OCR layer is drawn like any other) stays.
        XCTAssertEqual(ClippedText.visible([copy, row], drawn: [drawn(copy, clip: page), drawn(row, clip: page)]).count, 2)
    }

    /// A header cell's text taller than its cell (事业单位经营收入 wrapped four lines in a
    /// three-line cell) spills over the rule under the header and is cut there: its last line
    /// shows only above the rule. It is read where it shows, in the header, not in the first
    /// body row its whole box would reach. A box a little over its clip (a font's box over a
    /// cell's edge) is left as it is.
    func testCharactersCutByTheirClipArePlacedWhereTheyShow() {
        let headerCell = Rect(x0: 100, y0: 60, x1: 130, y1: 100)     // the rule under the header at y = 100
        let bodyRow = Rect(x0: 100, y0: 100, x1: 130, y1: 115)
        func char(_ t: String, top: Double) -> TextChar {
            TextChar(text: t, box: Rect(x0: 104, y0: top, x1: 113, y1: top + 10), fontSize: 9)
        }
        func drawn(_ c: TextChar, clip: Rect) -> DrawnCharacter {
            DrawnCharacter(origin: (c.box.x0, c.box.y0 + 8), end: (c.box.x1, c.box.y0 + 8), clip: clip)
        }
        let spilled = char("收", top: 95)           // half over the rule: its middle (100) is on it
        let slightlyOver = char("营", top: 90.8)    // 0.8 pt of 10 over the rule
        let body = char("2", top: 102)
        let read = ClippedText.visible([spilled, slightlyOver, body],
                                       drawn: [drawn(spilled, clip: headerCell), drawn(slightlyOver, clip: headerCell),
                                               drawn(body, clip: bodyRow)])
        XCTAssertEqual(read.map(\.text), ["收", "营", "2"])
        XCTAssertEqual(read[0].box, Rect(x0: 104, y0: 95, x1: 113, y1: 100))
        XCTAssertLessThan(read[0].box.midY, headerCell.y1)
        XCTAssertEqual(read[1].box, slightlyOver.box)
        XCTAssertEqual(read[2].box, body.box)
        // With no share of a box allowed to be cut, nothing is moved.
        var settings = ExtractionSettings.Text()
        settings.clipCutShare = 1
        let unmoved = ClippedText.visible([spilled, body], drawn: [drawn(spilled, clip: headerCell), drawn(body, clip: bodyRow)],
                                          settings: settings)
        XCTAssertEqual(unmoved.map(\.box), [spilled.box, body.box])
        // A clip the size of a page (a browser's row cut at the page's foot) moves nothing.
        let pageArea = Rect(x0: 40, y0: 0, x1: 560, y1: 100)      // the page's printable area, its foot at the rule
        XCTAssertEqual(ClippedText.visible([spilled, body], drawn: [drawn(spilled, clip: pageArea), drawn(body, clip: bodyRow)])
                        .map(\.box), [spilled.box, body.box])
    }

    /// A browser prints a table wider than its page clipped to the page's printable area: a glyph
    /// the clip cuts through (its box more than `clipSideCutDistance` past the clip's side) is
    /// marked, and so is a printed one whose neighbour on the line the clip hides wholly (the cut
    /// fell between two characters). A glyph a cell's clip cuts (a spreadsheet) is placed where
    /// it shows, not marked; one within the page's clip, or a hair over it, is left alone.
    func testCharactersThePagesClipCutsOnASideAreMarked() {
        let area = Rect(x0: 42.5, y0: 51, x1: 553, y1: 791)
        let cell = Rect(x0: 500, y0: 100, x1: 553, y1: 115)
        func char(_ t: String, _ x: Double, _ top: Double) -> TextChar {
            TextChar(text: t, box: Rect(x0: x, y0: top, x1: x + 6.8, y1: top + 12), fontSize: 9)
        }
        func drawn(_ c: TextChar, clip: Rect) -> DrawnCharacter {
            DrawnCharacter(origin: (c.box.x0, c.box.y0 + 10), end: (c.box.x1, c.box.y0 + 10), clip: clip)
        }
        let through = char("资", 547.2, 70)          // 1 pt past the clip
        let hair = char("元", 546.4, 90)             // 0.2 pt past it
        let inside = char("合", 300, 70)
        let before = char("有", 545.8, 130), hidden = char("本", 553.2, 130)   // the cut falls between them
        let inCell = char("费", 547.2, 102)
        let chars = [through, hair, inside, before, hidden, inCell]
        let read = ClippedText.visible(chars, drawn: [drawn(through, clip: area), drawn(hair, clip: area), drawn(inside, clip: area),
                                                      drawn(before, clip: area), drawn(hidden, clip: area), drawn(inCell, clip: cell)])
        XCTAssertEqual(read.map(\.text), ["资", "元", "合", "有", "费"])
        XCTAssertEqual(read.map(\.cutByClip), [true, false, false, true, false])
        // No clip counts as wider than a cell: nothing is marked.
        var settings = ExtractionSettings.Text()
        settings.clipCellSpan = .infinity
        XCTAssertFalse(ClippedText.visible(chars, drawn: [drawn(through, clip: area), drawn(hidden, clip: area), drawn(before, clip: area)],
                                           settings: settings).contains { $0.cutByClip })
    }

    /// Characters drawn on one baseline, some reported at half the size of the others (cairo's
    /// reprint: digits and brackets boxed short and low, the Chinese tall): the short ones take
    /// the tallest's top and foot about the baseline, so the line's middles agree. Digits of that
    /// size and height on a baseline of their own (≥105850 over 人, no Chinese on their line) are
    /// boxed as they are beside the Chinese; a Chinese character alone, and a digit of a size seen
    /// beside none, keep their boxes. A box taller than the line pitch that also takes in the
    /// line above's baseline is measured from its own (its drawing's baseline lies low in it).
    func testCharactersOnOneBaselineAreBoxedAlike() {
        let clip = Rect(x0: 0, y0: 0, x1: 600, y1: 800)
        func drawn(_ c: TextChar, baseline: Double) -> DrawnCharacter {
            DrawnCharacter(origin: (c.box.x0, baseline), end: (c.box.x1, baseline), clip: clip)
        }
        // Baseline 100: 单 boxed 79.6–107.5 (size 21.5), ( and 3 boxed 88.7–104.2 (size 11.9).
        let tall = TextChar(text: "单", box: Rect(x0: 50, y0: 79.6, x1: 60.7, y1: 107.5), fontSize: 21.5)
        let bracket = TextChar(text: "(", box: Rect(x0: 30, y0: 88.7, x1: 33.6, y1: 104.2), fontSize: 11.9)
        let three = TextChar(text: "3", box: Rect(x0: 33.6, y0: 88.7, x1: 39.6, y1: 104.2), fontSize: 11.9)
        // The line above (baseline 82), its 预 boxed down into this line's 单's box.
        let above = TextChar(text: "预", box: Rect(x0: 50, y0: 61.6, x1: 60.7, y1: 89.5), fontSize: 21.5)
        // Alone on their baselines: a digit of the brackets' size (140), 人 of that size (160), a
        // digit of another size (180).
        let digit = TextChar(text: "8", box: Rect(x0: 30, y0: 128.7, x1: 36, y1: 144.2), fontSize: 11.9)
        let han = TextChar(text: "人", box: Rect(x0: 30, y0: 148.7, x1: 36, y1: 164.2), fontSize: 11.9)
        let other = TextChar(text: "7", box: Rect(x0: 30, y0: 171, x1: 36, y1: 182), fontSize: 8.5)
        let chars = [tall, bracket, three, above, digit, han, other]
        let baselines: [Double] = [100, 100, 100, 82, 140, 160, 180]
        let out = BaselineBoxes.aligned(chars, drawn: zip(chars, baselines).map { drawn($0, baseline: $1) })
        XCTAssertEqual(out[1].box, Rect(x0: 30, y0: 79.6, x1: 33.6, y1: 107.5))
        XCTAssertEqual(out[2].box, Rect(x0: 33.6, y0: 79.6, x1: 39.6, y1: 107.5))
        XCTAssertEqual(out[4].box, Rect(x0: 30, y0: 119.6, x1: 36, y1: 147.5))
        XCTAssertEqual(out[0], tall)
        XCTAssertEqual(out[3], above)
        XCTAssertEqual(out[5], han)
        XCTAssertEqual(out[6], other)
        XCTAssertEqual(out.map(\.text), chars.map(\.text))
    }

    /// A baseline with no Chinese whose tallest box is itself a short one (a sign ≤ boxed short
    /// before its digits: ≤892) teaches nothing: its digits are boxed as the same digits are
    /// beside the Chinese elsewhere, and so is a line of digits alone (a year wrapped alone in a
    /// name), which the sign's baseline would otherwise leave in doubt and unboxed.
    func testAShortSignIsNoMeasureOfTheDigitsBesideIt() {
        let clip = Rect(x0: 0, y0: 0, x1: 600, y1: 800)
        func drawn(_ c: TextChar, baseline: Double) -> DrawnCharacter {
            DrawnCharacter(origin: (c.box.x0, baseline), end: (c.box.x1, baseline), clip: clip)
        }
        // Baseline 100: 人 boxed 84.8–105.6; ≤ (size 8.78) boxed 91.7–103.1; 9 (size 5.23) 94.6–101.4.
        let han = TextChar(text: "人", box: Rect(x0: 50, y0: 84.8, x1: 58, y1: 105.6), fontSize: 16)
        let sign = TextChar(text: "≤", box: Rect(x0: 30, y0: 91.7, x1: 38, y1: 103.1), fontSize: 8.78)
        let nine = TextChar(text: "9", box: Rect(x0: 38, y0: 94.6, x1: 42.5, y1: 101.4), fontSize: 5.23)
        // Baseline 140: ≤ and 8 with no Chinese; baseline 180: 2 alone.
        let sign2 = TextChar(text: "≤", box: Rect(x0: 30, y0: 131.7, x1: 38, y1: 143.1), fontSize: 8.78)
        let eight = TextChar(text: "8", box: Rect(x0: 38, y0: 134.6, x1: 42.5, y1: 141.4), fontSize: 5.23)
        let two = TextChar(text: "2", box: Rect(x0: 30, y0: 174.6, x1: 34.5, y1: 181.4), fontSize: 5.23)
        let chars = [han, sign, nine, sign2, eight, two]
        let baselines: [Double] = [100, 100, 100, 140, 140, 180]
        let out = BaselineBoxes.aligned(chars, drawn: zip(chars, baselines).map { drawn($0, baseline: $1) })
        func near(_ a: Rect, _ b: Rect) -> Bool { abs(a.y0 - b.y0) < 1e-9 && abs(a.y1 - b.y1) < 1e-9 && a.x0 == b.x0 && a.x1 == b.x1 }
        XCTAssertEqual(out[0], han)
        XCTAssertTrue(near(out[1].box, Rect(x0: 30, y0: 84.8, x1: 38, y1: 105.6)), "\(out[1].box)")
        XCTAssertTrue(near(out[2].box, Rect(x0: 38, y0: 84.8, x1: 42.5, y1: 105.6)), "\(out[2].box)")
        XCTAssertTrue(near(out[3].box, Rect(x0: 30, y0: 124.8, x1: 38, y1: 145.6)), "\(out[3].box)")
        XCTAssertTrue(near(out[4].box, Rect(x0: 38, y0: 124.8, x1: 42.5, y1: 145.6)), "\(out[4].box)")
        XCTAssertTrue(near(out[5].box, Rect(x0: 30, y0: 164.8, x1: 34.5, y1: 185.6)), "\(out[5].box)")
    }

    /// A page whose short boxes share no baseline with the Chinese (a table's last rows, each name
    /// wrapped over two lines round amounts set between them) boxes them as the pages before
    /// showed, read in order; a page showing them otherwise is not overruled, and pages that
    /// disagree teach nothing.
    func testShortBoxesOnAPageWithoutChineseBesideThemAreBoxedAsThePagesBeforeShowed() {
        let clip = Rect(x0: 0, y0: 0, x1: 600, y1: 800)
        func drawn(_ c: [TextChar], _ baselines: [Double]) -> [DrawnCharacter] {
            zip(c, baselines).map { DrawnCharacter(origin: ($0.box.x0, $1), end: ($0.box.x1, $1), clip: clip) }
        }
        // Page 1: 人 boxed 84.8–105.6 beside a 3 (size 8.78) boxed 92.4–103.8 on baseline 100.
        let han = TextChar(text: "人", box: Rect(x0: 50, y0: 84.8, x1: 58, y1: 105.6), fontSize: 16)
        let three = TextChar(text: "3", box: Rect(x0: 30, y0: 92.4, x1: 34.4, y1: 103.8), fontSize: 8.78)
        // Page 2: the amount 1.59 alone on baseline 150, its 1 boxed as that 3 was.
        let one = TextChar(text: "1", box: Rect(x0: 30, y0: 142.4, x1: 34.4, y1: 153.8), fontSize: 8.78)
        let five = TextChar(text: "5", box: Rect(x0: 34.4, y0: 142.4, x1: 38.8, y1: 153.8), fontSize: 8.78)
        var memory = BaselineBoxes.Memory()
        _ = BaselineBoxes.aligned([han, three], drawn: drawn([han, three], [100, 100]), memory: &memory)
        let page2 = BaselineBoxes.aligned([one, five], drawn: drawn([one, five], [150, 150]), memory: &memory)
        XCTAssertEqual(page2.map(\.box), [Rect(x0: 30, y0: 134.8, x1: 34.4, y1: 155.6), Rect(x0: 34.4, y0: 134.8, x1: 38.8, y1: 155.6)])
        // Read alone, the page has nothing to go by.
        XCTAssertEqual(BaselineBoxes.aligned([one, five], drawn: drawn([one, five], [150, 150])), [one, five])
        // A page that showed the 3 boxed otherwise (beside a 人 of another size): pages disagree,
        // and a later page is left alone.
        let otherHan = TextChar(text: "人", box: Rect(x0: 50, y0: 80, x1: 58, y1: 108), fontSize: 20)
        _ = BaselineBoxes.aligned([otherHan, three], drawn: drawn([otherHan, three], [100, 100]), memory: &memory)
        XCTAssertEqual(BaselineBoxes.aligned([one, five], drawn: drawn([one, five], [150, 150]), memory: &memory), [one, five])
    }

    /// A point between digits is boxed as the digits on its baseline are, not as a point of its
    /// size stands beside the Chinese of a larger header elsewhere on the page: "1.00" under
    /// a 24-pt header read ". ." over "100 100" (read .100).
    func testAPointBetweenDigitsIsBoxedAsTheDigits() {
        let clip = Rect(x0: 0, y0: 0, x1: 600, y1: 800)
        func drawn(_ c: TextChar, baseline: Double) -> DrawnCharacter {
            DrawnCharacter(origin: (c.box.x0, baseline), end: (c.box.x1, baseline), clip: clip)
        }
        // Baseline 100: a header's 计 boxed 77.2–108.4 and a point (size 6.67) boxed 97.3–100.6.
        let han = TextChar(text: "计", box: Rect(x0: 50, y0: 77.2, x1: 62, y1: 108.4), fontSize: 24)
        let headerPoint = TextChar(text: ".", box: Rect(x0: 62, y0: 97.3, x1: 65.3, y1: 100.6), fontSize: 6.67)
        // Baseline 200: 1.00, the digits (size 13.32) boxed 186.8–204.2, the point as above.
        let one = TextChar(text: "1", box: Rect(x0: 88.4, y0: 186.8, x1: 95.1, y1: 204.2), fontSize: 13.32)
        let point = TextChar(text: ".", box: Rect(x0: 95.1, y0: 197.3, x1: 98.4, y1: 200.6), fontSize: 6.67)
        let zero = TextChar(text: "0", box: Rect(x0: 98.4, y0: 186.8, x1: 105.1, y1: 204.2), fontSize: 13.32)
        let chars = [han, headerPoint, one, point, zero]
        let baselines: [Double] = [100, 100, 200, 200, 200]
        let out = BaselineBoxes.aligned(chars, drawn: zip(chars, baselines).map { drawn($0, baseline: $1) })
        XCTAssertEqual(out[1].box, Rect(x0: 62, y0: 77.2, x1: 65.3, y1: 108.4))
        XCTAssertEqual(out[2], one)
        XCTAssertEqual(out[3].box, Rect(x0: 95.1, y0: 186.8, x1: 98.4, y1: 204.2))
        XCTAssertEqual(out[4], zero)
    }

    /// The unit's name is centred in its whole merged cell, so it prints on one page only: on the
    /// pages before it, the unit's rows show nothing in the column, and the page's last rule is
    /// not drawn under the cell. The rows there take the name printed under the next page's
    /// header, and the table reads whole with no right row asking for review.
    func testAMergedLabelPrintedOnTheNextPageIsGivenToTheRowsBeforeTheBreak() throws {
        let (doc, s) = try CorpusTests.scoreFixture("calc", "merged-over-breaks")
        XCTAssertEqual(s.exactRows, s.rows)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertGreaterThan(t.pages.count, 2)
        XCTAssertFalse(t.rows.contains(where: \.review))
        XCTAssertTrue(t.rows.contains { $0.flags.contains(.splitByPageBreak) && $0.cell(0) == "东湖县示范技术推广站" })
    }

    /// A table far wider than a landscape page: Calc prints the rows' first columns page after
    /// page, then their last columns, under the header rows repeated, each row at the same height
    /// on both. The second chunk (untitled, its header of its own) joins the first on the right,
    /// piece by piece, and the table reads whole: one table, every column, every row.
    func testColumnChunksAreJoinedSideBySide() throws {
        let (doc, s) = try CorpusTests.scoreFixture("calc", "column-chunks")
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(s.pathsOK, s.paths)
        XCTAssertEqual(s.exactRows, s.rows)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertFalse(t.flags.contains(.pieceNotStitched))
    }

    /// A revenue table too wide for the page printed with horizontal lines only: its last group
    /// (上年结转结余) is a chunk on the next page whose amounts stand in six of fourteen rows, the
    /// rows between ruled and empty. Read from its text, the chunk keeps its rows together over
    /// the empty ruled rows and is laid over the first chunk's rows, each amount in the row it
    /// stands in (before: the chunk had four rows, did not line up, and was left a table of its
    /// own; two of its amounts were lost).
    func testAChunkWithRowsMostlyEmptyJoinsItsTableRowForRow() throws {
        let (doc, s) = try CorpusTests.scoreFixture("calc", "chunk-rows-mostly-empty")
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(s.exactRows, s.rows)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(t.columns.count, 24)
        XCTAssertFalse(t.flags.contains(.pieceNotStitched))
    }

    /// A table one column too wide for the page: Calc prints that column alone on a page of its
    /// own (a grid of one column, not a frame round a paragraph: many rows), under the header's
    /// last row; the group over the page break (满意度指标) is drawn on the first page only. The
    /// column joins the table on the right under that group, and the table reads whole.
    func testALastColumnPrintedAloneJoinsItsTableUnderTheGroupCutByThePage() throws {
        let t = try firstTableReadExactly("last-column-alone")
        XCTAssertEqual(t.columns.last?.path, ["满意度指标", "指标值"])
        XCTAssertFalse(t.flags.contains(.cutAtPageEdge))
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// The same table printed with horizontal lines only: the last column's page holds a stack of
    /// rules of one extent, one short value between each two, and no vertical rule. The stack is
    /// the page's only content: a column of one, its sides where the rules end; it joins the table
    /// and every row reads whole. The class labels over the one rule under them are set a column
    /// off (产出指标 over a 三级指标 whose 指标值 is under 效益指标): the table asks for its header.
    func testALastColumnUnderHorizontalLinesOnlyJoinsItsTable() throws {
        let (t, s) = try onlyTable("last-column-alone-hlines")
        XCTAssertEqual(s.exactRows, s.rows)
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9)
        XCTAssertEqual(t.columns.last?.path, ["满意度指标", "指标值"])
        XCTAssertEqual(s.pathsOK, s.paths - 1)
        XCTAssertTrue(t.flags.contains(.headerUncertain))
    }

    /// The same table printed without its outer side rules: the last column's page draws the rule
    /// on its left only. The side not drawn is given where the rules end, and the table reads whole.
    func testALastColumnWithOneSideDrawnJoinsItsTable() throws {
        let t = try firstTableReadExactly("last-column-alone-open")
        XCTAssertEqual(t.columns.last?.path, ["满意度指标", "指标值"])
        XCTAssertFalse(t.review)
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// The same column whose second page holds the last row only, too little to read as a table's
    /// piece: the column joins the rows of the first page, and the last row, left without its
    /// value, asks for review with the table.
    func testALastColumnWhoseLastPageCannotBeReadLeavesItsRowsAsking() throws {
        let (t, s) = try onlyTable("last-column-short-end")
        XCTAssertEqual(s.pathsOK, s.paths)
        XCTAssertEqual(s.exactRows, s.rows - 1)
        XCTAssertTrue(t.review)
        XCTAssertTrue(t.flags.contains(.pieceNotStitched))
        let unread = t.rows.filter { $0.cell(t.columns.count - 1).isEmpty }
        XCTAssertEqual(unread.count, 1)
        XCTAssertTrue(unread.allSatisfy(\.review))
    }

    /// An economic classification over two pages, printed with horizontal lines only: three
    /// narrow columns hold amounts on the first page only, so on the second nothing parts them
    /// and their header, repeated, runs together line by line (国有资本财政专户管理上年结转结余…).
    /// That row is the header repeated, not a row of the table.
    func testARepeatedHeaderWhoseNarrowColumnsRunTogetherIsNoRow() throws {
        let t = try firstTableReadExactly("narrow-columns-over-break")
        XCTAssertEqual(t.pages.count, 2)
        XCTAssertFalse(t.rows.contains { $0.cells.contains { $0.contains("国有资本") } })
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// Printed with horizontal lines only, a 单位代码 column holding one code (302, set right a
    /// point from the unit's name set left in the next column) is parted from the names by the
    /// header word over it (`StreamTables.codesUnderTheirHeader`); the rows keep their columns.
    func testACodePrintedOnceUnderItsHeaderIsAColumnOfItsOwn() throws {
        let t = try firstTableReadExactly("code-once")
        XCTAssertEqual(t.rows.filter { $0.cell(3) == "302" }.count, 1)
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// Scaled down to the page's width with horizontal lines only: columns empty in the body are
    /// narrow, their headers wrapped (政府性 / 基金) a point or two from the amounts set right in
    /// the column before; each side's 款 code stands half a point from its name; one rule runs
    /// under both group headers (部门预算经济分类 | 政府预算经济分类). Every column is read with
    /// its own header path, every row whole (before: empty columns ran into their neighbours,
    /// the government side's 款 into its names, both sides' columns under the first group).
    func testNarrowEmptyColumnsKeepTheirOwnHeaders() throws {
        let t = try firstTableReadExactly("narrow-empty-columns")
        XCTAssertEqual(t.columns.count, 20)
        XCTAssertEqual(t.columns.map(\.path).filter { $0.first == "政府预算经济分类" }.count, 3)
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// A two-sided summary printed with horizontal lines only whose 收入 side holds one amount
    /// (and its total): set right, it ends a point or two from the 支出 side's items set left,
    /// too few rows to show the two edges; the amounts stand under their own header word (预算数),
    /// so the gap parts the columns (before: the amount and the item were one cell, the 支出 side
    /// a column short).
    func testAnAmountSetRightBesideItemsSetLeftIsAColumnOfItsOwn() throws {
        let t = try firstTableReadExactly("one-amount-side")
        XCTAssertEqual(t.columns.count, 7)
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// Project targets over two pages, horizontal lines only: on the first page the indicators'
    /// names are short, set left, and the 三级指标 header centred over the column stands right of
    /// them; the 单位资金 column before, empty in the body, has its header wrapped a point or two
    /// left of the names. The names' column takes the header on its right, not that one (before:
    /// the two columns ran together on the first page, 29 rows wrong and none asking for review).
    func testTextSetLeftTakesTheHeaderOnItsRight() throws {
        let t = try firstTableReadExactly("short-names-first")
        XCTAssertEqual(t.columns.count, 8)
        XCTAssertGreaterThan(t.pages.count, 1)
    }

    /// A revenue table of three header rows printed with horizontal lines only: one rule runs
    /// under its three groups (合计 | 本年收入 | 上年结转结余), most columns empty in the body. The
    /// rule is shared by the lines that centre every group on its word best, the rule's ends
    /// fixed (before: the middle group, centred from the left alone, lost its last column, 其他收入,
    /// to the next group; earlier still the empty columns ran into their neighbours).
    func testGroupsSharingOneRuleAreCentredOnTheirWords() throws {
        let t = try firstTableReadExactly("three-groups-one-rule")
        XCTAssertEqual(t.columns.filter { $0.path.first == "本年收入" }.count, 11)
        XCTAssertEqual(t.columns.last?.path, ["上年结转结余", "单位资金"])
    }

    /// Project targets in four indicator groups, horizontal lines only: each project's code, name
    /// and amounts merged down over its indicator rows (the rules between them start at the
    /// indicators), 项目金额 centred over two header bands beside groups closed a band higher.
    /// The rules' ends give the columns the text hides, the rows' gaps add an indicator value
    /// column under the header (before: the header was read as a form's first rows, 0 of 14
    /// header paths), a figure run into the next group's name (100%机关…) is parted, and a value
    /// column of text set left with a few figures set right is one column under its header.
    func testIndicatorGroupsUnderARuledHeaderKeepTheirColumns() throws {
        let t = try firstTableReadExactly("indicator-groups")
        XCTAssertEqual(t.columns.count, 14)
        XCTAssertEqual(t.columns.filter { $0.path.first == "项目金额（万元）" }.count, 4)
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// A two-sided summary whose items all open with an enumerator and a space（（一） 一般公共服务
    /// 支出): the gap after the enumerators runs down the rows, but no header word stands over
    /// the enumerators, so it parts no columns (before: the header was read as a form's first
    /// rows and every row was lost).
    func testEnumeratorsDownTheRowsPartNoColumns() throws {
        let t = try firstTableReadExactly("enumerated-items")
        XCTAssertEqual(t.columns.count, 11)
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// Project expenditure whose unit row holds its code (302) in the 项目名称 column, a number
    /// set right a point or two from the unit's name set left in the 项目单位 column: the column
    /// line guessed across the code goes past it, before the names (before: code and name were
    /// one cell over both columns, the unit's row not read as one, the total's check failing and
    /// flagging the right rows).
    func testACodeSetRightBeforeTheNextColumnsNamesStaysInItsColumn() throws {
        let t = try firstTableReadExactly("code-in-names")
        XCTAssertTrue(t.rows.contains { $0.cells.prefix(3) == ["", "302", "东湖县示范管理局"] })
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// The same table scaled so that the wrapped headers of the narrow columns empty in the
    /// body stand 0.39 em apart (政府性 国有资 / 基金预 本经营 read as one word each, under the
    /// word gap): in a header a gap wider than a printed space parts them, each heading its own
    /// column (before: the run-together words crossed the column lines the rows show, the table
    /// was read as a form, its header lost and the twelve columns cut to seven).
    func testWrappedHeadersRunTogetherStillHeadTheirOwnColumns() throws {
        let t = try firstTableReadExactly("headers-run-together")
        XCTAssertEqual(t.columns.count, 12)
        XCTAssertTrue(t.columns.contains { $0.path == ["本年拨款", "国有资本经营预算"] })
        XCTAssertTrue(t.columns.contains { $0.path == ["财政拨款结转结余", "政府性基金预算"] })
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// A header whose wrapped text is taller than its cell (事业单位经营收入 in a narrow column,
    /// four lines in three lines' room): Calc draws it centred and clipped to the cell, so its cut
    /// last line stands over the rule under the header. Read where it shows, it stays in the
    /// header (before: 收入 was read into the first body row, the header short of its last word).
    func testAHeaderTextSpilledOverItsCellsRuleStaysInTheHeader() throws {
        let t = try firstTableReadExactly("header-spill")
        XCTAssertTrue(t.columns.contains { $0.path == ["收入预算", "事业单位经营收入"] })
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// A Calc fixture read with every header path and every row as its truth has them; its
    /// first table, for what each test asserts of its own case.
    /// The fixture's one table, with its score.
    private func onlyTable(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> (BudgetTable, CorpusTests.Score) {
        let (doc, s) = try CorpusTests.scoreFixture("calc", name)
        XCTAssertEqual(doc.tables.count, 1, "tables", file: file, line: line)
        return (try XCTUnwrap(doc.tables.first, file: file, line: line), s)
    }

    private func firstTableReadExactly(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> BudgetTable {
        let (doc, s) = try CorpusTests.scoreFixture("calc", name)
        XCTAssertEqual(s.pathsOK, s.paths, "header paths", file: file, line: line)
        XCTAssertEqual(s.exactRows, s.rows, "exact rows", file: file, line: line)
        return try XCTUnwrap(doc.tables.first, file: file, line: line)
    }
}
