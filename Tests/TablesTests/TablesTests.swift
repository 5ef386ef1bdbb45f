import XCTest
@testable import Layout
@testable import Tables

/// Lays out text as a PDF would: one box per character, `size` points wide and high.
func chars(_ text: String, x: Double, y: Double, size: Double = 8) -> [TextChar] {
    var out: [TextChar] = []
    var cx = x
    for ch in text {
        let w = ch.isASCII ? size * 0.5 : size
        out.append(TextChar(text: String(ch), box: Rect(x0: cx, y0: y, x1: cx + w, y1: y + size), fontName: "SimSun", fontSize: size))
        cx += w
    }
    return out
}

/// A ruled table: row lines at `ys`, column lines at `xs`, with optional missing pieces
/// (line index and the stretch left undrawn).
func ruled(xs: [Double], ys: [Double], skipH: [(Int, ClosedRange<Double>)] = [], skipV: [(Int, ClosedRange<Double>)] = []) -> [Segment] {
    func lines(_ o: Orientation, at positions: [Double], across: [Double], skip: [(Int, ClosedRange<Double>)]) -> [Segment] {
        positions.enumerated().flatMap { i, pos -> [Segment] in
            var pieces: [(Double, Double)] = [(across.first!, across.last!)]
            for (line, gap) in skip where line == i {
                pieces = pieces.flatMap { p in
                    [(p.0, min(p.1, gap.lowerBound)), (max(p.0, gap.upperBound), p.1)].filter { $0.0 < $0.1 }
                }
            }
            return pieces.map { Segment(o, at: pos, from: $0.0, to: $0.1) }
        }
    }
    return lines(.horizontal, at: ys, across: xs, skip: skipH) + lines(.vertical, at: xs, across: ys, skip: skipV)
}

final class TextAssemblyTests: XCTestCase {
    func testWrappedCJKCellJoinsWithoutSpaceAndCodeStaysWhole() {
        let cs = chars("焦作市人力资源和", x: 0, y: 0) + chars("社会保障局", x: 0, y: 10)
        let lines = TextAssembly.lines(cs)
        XCTAssertEqual(lines.map(\.text), ["焦作市人力资源和", "社会保障局"])
        XCTAssertEqual(TextAssembly.joinLines(lines.map(\.text)), "焦作市人力资源和社会保障局")
        XCTAssertEqual(TextAssembly.joinLines(["4108002400000000", "05247"]), "410800240000000005247")
        XCTAssertEqual(TextAssembly.joinLines(["Total", "amount"]), "Total amount")
    }

    func testLinesOfAWrappedCellStayApartWhenTheirBoxesOverlap() {
        // Chromium's boxes for an 8 pt CJK font are 20.8 pt tall and the lines 6 pt apart: read
        // by box height the two lines would merge into one and sort 单资位金.
        func ch(_ t: String, _ x: Double, _ y: Double) -> TextChar {
            TextChar(text: t, box: Rect(x0: x, y0: y, x1: x + 8, y1: y + 20.8), fontName: "NotoSerifCJK", fontSize: 16)
        }
        let cs = [ch("单", 54.5, 32.8), ch("位", 62.5, 32.8), ch("资", 54.5, 38.8), ch("金", 62.5, 38.8)]
        XCTAssertEqual(TextAssembly.lines(cs).map(\.text), ["单位", "资金"])
    }
}

final class PageTableTests: XCTestCase {
    /// A revenue-like table: a two-level header (合计 over 小计/财政拨款; 单位 spanning both
    /// header rows), then body rows, one with a wrapped name.
    func sampleLayout(page: Int = 1, header: Bool = true, bodyStartY: Double = 40, rows: [(String, String, String)]) -> PageLayout {
        let xs: [Double] = [0, 100, 160, 220]
        var ys: [Double] = header ? [0, 20, 40] : [bodyStartY]
        for i in 1...rows.count { ys.append(bodyStartY + Double(i) * 20) }
        var segs = ruled(xs: xs, ys: ys,
                         skipH: header ? [(1, 0...100)] : [],
                         skipV: header ? [(2, 0...20)] : [])
        segs = segs.filter { $0.length > 0 }
        var cs: [TextChar] = []
        if header {
            cs += chars("单位名称", x: 5, y: 15)
            cs += chars("合计", x: 170, y: 5)
            cs += chars("小计", x: 110, y: 25)
            cs += chars("财政拨款", x: 165, y: 25)
        }
        for (i, r) in rows.enumerated() {
            let y = bodyStartY + Double(i) * 20
            if r.0.count > 10 {
                let a = String(r.0.prefix(10)), b = String(r.0.dropFirst(10))
                cs += chars(a, x: 5, y: y + 1) + chars(b, x: 5, y: y + 10)
            } else {
                cs += chars(r.0, x: 5, y: y + 6)
            }
            cs += chars(r.1, x: 120, y: y + 6)
            cs += chars(r.2, x: 180, y: y + 6)
        }
        return PageLayout(number: page, width: 300, height: 400, chars: cs, segments: segs)
    }

    func testHeaderBodyAndColumnPaths() throws {
        let layout = sampleLayout(rows: [("合计", "30.00", "20.00"), ("焦作市某某局机关服务中心下属单位", "10.00", "10.00")])
        let t = try XCTUnwrap(PageTableBuilder.tables(on: layout).first)
        XCTAssertEqual(TableAssembler.detectHeaderRows(t), 2)
        let a = TableAssembler.assemble([t])
        XCTAssertEqual(a.columns.map(\.path), [["单位名称"], ["合计", "小计"], ["合计", "财政拨款"]])
        XCTAssertEqual(a.rows.map(\.cells), [["合计", "30.00", "20.00"], ["焦作市某某局机关服务中心下属单位", "10.00", "10.00"]])
        XCTAssertTrue(a.rows[1].flags.contains(.wrappedCell))
        XCTAssertEqual(a.rows[1].page, 1)
        XCTAssertEqual(a.rows[1].box.y0, 60, accuracy: 0.01)
    }

    /// A name set in a font with no Unicode map reads as Latin-1 letters and signs (ª«¬-®–¯ for
    /// 一般公共…): its row asks for review; a name with a middle dot or a × sign does not.
    func testCellsReadFromAFontWithoutAUnicodeMapAreGarbled() throws {
        let layout = sampleLayout(rows: [("ª«¬®¯°", "30.00", "20.00"), ("焦作市·某局×2", "10.00", "10.00"), ("合«", "5.00", "5.00")])
        let t = try XCTUnwrap(PageTableBuilder.tables(on: layout).first)
        let a = TableAssembler.assemble([t])
        XCTAssertEqual(a.rows.map { $0.flags.contains(.garbledText) }, [true, false, true])
        XCTAssertFalse(MisreadText.cellIsMisread("Total ±2°"))
    }

    /// A copy printed again by Ghostscript maps some glyphs to other characters: a letter among
    /// ideographs (编v与 for 编制与), a sign among them (会°费 for 会议费), a letter before a target's
    /// figure (g98% for ≥98%), a control character (本\u{80}拨款). Latin words, codes and signs
    /// where budgets print them are read as they are.
    func testCharactersAGlyphMapMisreadAreGarbled() {
        for text in ["工程建设标准规范编v与监管", "会°费", "g98%", "f30分钟", "本\u{80}拨款"] {
            XCTAssertTrue(MisreadText.isGarbled(text), text)
        }
        for text in ["A类项目", "IPv6改造", "GB2312", "≥98%", "PM2.5", "30°", "长×宽", "焦作市·某局"] {
            XCTAssertFalse(MisreadText.isGarbled(text), text)
        }
    }

    func testEmptyTotalRowIsBodyNotHeader() throws {
        // An empty table (政府性基金, none this year) prints its header and a bare 合计 row.
        let layout = sampleLayout(rows: [("合计", "", "")])
        let t = try XCTUnwrap(PageTableBuilder.tables(on: layout).first)
        XCTAssertEqual(TableAssembler.detectHeaderRows(t), 2)
        XCTAssertEqual(TableAssembler.assemble([t]).rows.map(\.cells), [["合计", "", ""]])
    }

    func testContinuationDropsRepeatedHeaderAndKeepsRowsWithoutHeader() throws {
        let p1 = try XCTUnwrap(PageTableBuilder.tables(on: sampleLayout(page: 1, rows: [("合计", "3.00", "3.00"), ("甲单位", "1.00", "1.00")])).first)
        let p2 = try XCTUnwrap(PageTableBuilder.tables(on: sampleLayout(page: 2, rows: [("乙单位", "1.00", "1.00")])).first)
        let p3 = try XCTUnwrap(PageTableBuilder.tables(on: sampleLayout(page: 3, header: false, bodyStartY: 0, rows: [("丙单位", "1.00", "1.00")])).first)
        let a = TableAssembler.assemble([p1, p2, p3])
        XCTAssertEqual(a.rows.map { $0.cells[0] }, ["合计", "甲单位", "乙单位", "丙单位"])
        XCTAssertEqual(a.rows.map(\.page), [1, 1, 2, 3])
        XCTAssertEqual(a.pages, [1, 2, 3])
    }

    func testMergedCellCutByPageBreakFillsTheNextPage() throws {
        // Page 1: the unit cell spans the last two rows; page 2 leaves the continuing cell empty (merged over two rows).
        let xs: [Double] = [0, 100, 160]
        func page(_ n: Int, unit: String?) -> PageLayout {
            let ys: [Double] = [0, 20, 40, 60]
            let segs = ruled(xs: xs, ys: ys, skipH: [(n == 1 ? 2 : 1, 0...100)] + (n == 2 ? [(2, 0...100)] : []))
            var cs: [TextChar] = []
            if n == 1 { cs += chars("单位", x: 5, y: 6) + chars("金额", x: 110, y: 6) }
            if let u = unit { cs += chars(u, x: 5, y: 30) }
            for r in (n == 1 ? 1 : 0)..<3 { cs += chars("\(r + n).00", x: 110, y: Double(r) * 20 + 6) }
            return PageLayout(number: n, width: 300, height: 300, chars: cs, segments: segs)
        }
        let t1 = try XCTUnwrap(PageTableBuilder.tables(on: page(1, unit: "甲单位")).first)
        let t2 = try XCTUnwrap(PageTableBuilder.tables(on: page(2, unit: nil)).first)
        let a = TableAssembler.assemble([t1, t2], headerRows: 1)
        // Page 1 prints 2.00 and 3.00 under 甲单位; page 2 prints 2.00 3.00 4.00 beside the empty continuation.
        XCTAssertEqual(a.rows.map { $0.cells[1] }, ["2.00", "3.00", "2.00", "3.00", "4.00"])
        XCTAssertEqual(a.rows.map { $0.cells[0] }, Array(repeating: "甲单位", count: 5))
        XCTAssertFalse(a.rows[1].flags.contains(.splitByPageBreak))
        XCTAssertTrue(a.rows[2].flags.contains(.splitByPageBreak))
    }

    func testNumericLooks() {
        XCTAssertTrue(TableAssembler.looksNumeric("49,772.10"))
        XCTAssertTrue(TableAssembler.looksNumeric("-3.5"))
        XCTAssertTrue(TableAssembler.looksNumeric("95%"))
        XCTAssertFalse(TableAssembler.looksNumeric("2024年"))
        XCTAssertFalse(TableAssembler.looksNumeric("合计"))
    }

    /// A grouped header cut at the page's edge, printed again: the clipped sliver of the next
    /// column's shading is drawn as a rule down the cut, so the right side is ruled. The group's
    /// label (上年结转) still stands centred over more columns than are printed, right of the
    /// middle of the two it spans here, where 本年收入 is centred over its own: the table asks
    /// for review (`cut_at_page_edge`). Centred over its two, it does not.
    func testGroupLabelCentredPastARuledRightSideMeansTheTableWasCut() {
        func page(labelMiddle: Double) -> PageLayout {
            var cs = chars("科目", x: 12, y: 16) + chars("本年收入", x: 64, y: 6) + chars("上年结转", x: labelMiddle - 16, y: 6)
            for (i, word) in ["一般", "基金", "一般", "其他"].enumerated() { cs += chars(word, x: 52 + 40 * Double(i), y: 26) }
            for (r, code) in ["201", "20101", "208"].enumerated() {
                let y = 46 + 20 * Double(r)
                cs += chars(code, x: 4, y: y)
                for c in 0..<4 { cs += chars("1,234.56", x: 44 + 40 * Double(c), y: y) }
            }
            let segs = ruled(xs: [0, 40, 80, 120, 160, 200], ys: [0, 20, 40, 60, 80, 100],
                             skipH: [(1, 0...40)], skipV: [(2, 0...20), (4, 0...20)])
            return PageLayout(number: 1, width: 300, height: 400, chars: cs, segments: segs)
        }
        let cut = PageTableBuilder.tables(on: page(labelMiddle: 180))
        XCTAssertEqual(cut.count, 1)
        XCTAssertEqual(cut.first?.tableFlags.contains(.cutAtPageEdge), true)
        let whole = PageTableBuilder.tables(on: page(labelMiddle: 160))
        XCTAssertEqual(whole.first?.tableFlags.contains(.cutAtPageEdge), false)
    }

    /// The room left on a cell's last line is its width less the column's padding and the line.
    /// A line whose box runs past its cell's side (a full-width bracket ending a full line: its
    /// box takes in the bracket's blank half, over the rule) says nothing of the padding: taken
    /// for none, it made the room a character wider than printed, and the first word after a
    /// page break "would have fitted" there, so the row the break cut was not joined to its rest.
    func testALineRunningPastItsCellSaysNothingOfThePadding() {
        // Column 100–200, text set 3 pt in: a name of eleven 8-pt characters (88 pt, 9 pt to
        // spare on the right), and above it a line ending in ） whose box reaches 201.5.
        let name = TextLine(text: String(repeating: "补", count: 11), box: Rect(x0: 103, y0: 60, x1: 191, y1: 68), fontSize: 8)
        let first = TextLine(text: "提前下达2024年中央财政", box: Rect(x0: 103, y0: 12, x1: 183, y1: 20), fontSize: 8)
        let bracket = TextLine(text: "就业补助资金（就业见习）", box: Rect(x0: 103, y0: 22, x1: 201.5, y1: 30), fontSize: 8)
        var cells = [Cell(row: 0, col: 0, box: Rect(x0: 100, y0: 10, x1: 200, y1: 40), text: first.text + bracket.text, lineCount: 2),
                     Cell(row: 1, col: 0, box: Rect(x0: 100, y0: 50, x1: 200, y1: 70), text: name.text)]
        PageTableBuilder.markFullLines(&cells, lines: [[first, bracket], [name]], settings: ExtractionSettings.Stitching())
        // 100 wide, less 3 pt on each side and the 88-pt line: 6 pt, not room for an 8-pt character.
        XCTAssertEqual(cells[1].lastLineRoom, 6, accuracy: 1e-9)
        XCTAssertTrue(cells[1].endsFull)
    }
}

final class PageBreakGroupTests: XCTestCase {
    /// Page 1 ends inside project A (code and amount merged over its rows); page 2 starts
    /// project B, whose amount cell is empty and merged: A's amount must not flow into B.
    func testNewGroupAfterTheBreakTakesNothingFromTheOldOne() throws {
        let xs: [Double] = [0, 60, 120, 200]
        func page(_ n: Int) -> PageLayout {
            // rows 20 pt high; on page 1 the code and amount columns are merged over rows 1-2.
            let ys: [Double] = [0, 20, 40, 60]
            var segs = ruled(xs: xs, ys: ys, skipH: [(2, 0...60), (2, 60...120)])
            segs = segs.filter { $0.length > 0 }
            var cs: [TextChar] = []
            if n == 1 {
                cs += chars("编码", x: 5, y: 6) + chars("金额", x: 65, y: 6) + chars("指标", x: 125, y: 6)
                cs += chars("A01", x: 5, y: 36) + chars("12.00", x: 65, y: 36)
                cs += chars("甲", x: 125, y: 26) + chars("乙", x: 125, y: 46)
            } else {
                cs += chars("B02", x: 5, y: 16)   // the amount cell (merged over rows 0-1) is left empty
                cs += chars("丙", x: 125, y: 6) + chars("丁", x: 125, y: 26) + chars("戊", x: 125, y: 46)
            }
            if n == 2 { segs = ruled(xs: xs, ys: ys, skipH: [(1, 0...60), (1, 60...120)]).filter { $0.length > 0 } }
            return PageLayout(number: n, width: 300, height: 300, chars: cs, segments: segs)
        }
        let t1 = try XCTUnwrap(PageTableBuilder.tables(on: page(1)).first)
        let t2 = try XCTUnwrap(PageTableBuilder.tables(on: page(2)).first)
        let a = TableAssembler.assemble([t1, t2], headerRows: 1)
        XCTAssertEqual(a.rows.map(\.cells), [
            ["A01", "12.00", "甲"], ["A01", "12.00", "乙"],
            ["B02", "", "丙"], ["B02", "", "丁"], ["", "", "戊"],
        ])
    }
}

final class FrameAndHeaderTests: XCTestCase {
    /// Title and unit printed in full-width rows inside the frame, a note in the last row.
    func testFullWidthTitleAndNoteRowsLeaveTheGrid() throws {
        let xs: [Double] = [0, 100, 160, 220]
        let ys: [Double] = [0, 20, 40, 60, 80, 100]
        // Rows 0, 1 and 4 are single cells across the table (no inner vertical lines there).
        let segs = ruled(xs: xs, ys: ys, skipV: [(1, 0...40), (2, 0...40), (1, 80...100), (2, 80...100)]).filter { $0.length > 0 }
        var cs = chars("2025年部门收入预算表", x: 40, y: 6, size: 10)
        cs += chars("单位：万元", x: 150, y: 26)
        cs += chars("项目", x: 5, y: 46) + chars("合计", x: 110, y: 46) + chars("拨款", x: 170, y: 46)
        cs += chars("合计", x: 5, y: 66) + chars("5.00", x: 120, y: 66) + chars("5.00", x: 180, y: 66)
        cs += chars("注：本表无其他收入。", x: 5, y: 86)
        let t = try XCTUnwrap(PageTableBuilder.tables(on: PageLayout(number: 1, width: 300, height: 300, chars: cs, segments: segs)).first)
        XCTAssertEqual(t.captions.map(\.text), ["2025年部门收入预算表", "单位：万元"])
        XCTAssertEqual(t.footnotes, ["注：本表无其他收入。"])
        let a = TableAssembler.assemble([t])
        XCTAssertEqual(a.columns.map(\.path), [["项目"], ["合计"], ["拨款"]])
        XCTAssertEqual(a.rows.map(\.cells), [["合计", "5.00", "5.00"]])
    }

    /// A cell of two lines, the first ending far short of the cell's side and the second
    /// beginning an item of its own ((3) …): no wrap but two rows run together (a rule or a
    /// row's spacing missed), and the row asks for review; a name wrapped to the cell's side
    /// over a line that begins the same way is one cell, and does not.
    func testLineShortOfItsCellOverAnItemStartIsTwoRowsRunTogether() throws {
        let segs = ruled(xs: [0, 120, 180], ys: [0, 20, 50, 80])
        var cs = chars("项目", x: 5, y: 6) + chars("金额", x: 130, y: 6)
        cs += chars("（2）专户资金", x: 5, y: 23) + chars("（3）单位资金", x: 5, y: 36) + chars("190.00", x: 135, y: 23)
        cs += chars("行政运行事务及其他公共服务", x: 5, y: 53) + chars("（一）类支出", x: 5, y: 66) + chars("12.00", x: 135, y: 60)
        let t = try XCTUnwrap(PageTableBuilder.tables(on: PageLayout(number: 1, width: 300, height: 300, chars: cs, segments: segs)).first)
        let runTogether = try XCTUnwrap(t.cells.first { $0.text.hasPrefix("（2）") })
        XCTAssertTrue(runTogether.flags.contains(.severalValuesInCell))
        let wrapped = try XCTUnwrap(t.cells.first { $0.text.hasPrefix("行政") })
        XCTAssertFalse(wrapped.flags.contains(.severalValuesInCell))
    }

    func testColumnNumberRowBelongsToTheHeader() throws {
        let xs: [Double] = [0, 100, 160, 220]
        let ys: [Double] = [0, 20, 40, 60]
        let segs = ruled(xs: xs, ys: ys)
        var cs = chars("项目", x: 5, y: 6) + chars("本年", x: 110, y: 6) + chars("上年", x: 170, y: 6)
        cs += chars("栏次", x: 5, y: 26) + chars("1", x: 120, y: 26) + chars("2", x: 180, y: 26)
        cs += chars("合计", x: 5, y: 46) + chars("5.00", x: 120, y: 46) + chars("4.00", x: 180, y: 46)
        let t = try XCTUnwrap(PageTableBuilder.tables(on: PageLayout(number: 1, width: 300, height: 300, chars: cs, segments: segs)).first)
        XCTAssertEqual(TableAssembler.detectHeaderRows(t), 2)
    }

    func testYearsHeadingColumnsAreHeader() throws {
        let segs = ruled(xs: [0, 100, 160, 220], ys: [0, 20, 40])
        var cs = chars("项目", x: 5, y: 6) + chars("2023", x: 120, y: 6) + chars("2024", x: 180, y: 6)
        cs += chars("合计", x: 5, y: 26) + chars("5.00", x: 120, y: 26) + chars("4.00", x: 180, y: 26)
        let t = try XCTUnwrap(PageTableBuilder.tables(on: PageLayout(number: 1, width: 300, height: 300, chars: cs, segments: segs)).first)
        XCTAssertEqual(TableAssembler.detectHeaderRows(t), 1)
    }
}

final class PageTriageTests: XCTestCase {
    func testProseNeedsNoRulingsButAColumnedPageDoes() {
        var prose: [TextChar] = []
        for i in 0..<12 { prose += chars("二〇二四年部门预算情况说明，收入预算较上年增加，主要原因是人员经费增加。", x: 50, y: 50 + Double(i) * 14) }
        XCTAssertFalse(TextAssembly.mayHoldTable(prose))
        var table: [TextChar] = []
        for i in 0..<4 {
            let y = 50 + Double(i) * 14
            table += chars("一般公共服务支出", x: 50, y: y) + chars("1,234.50", x: 250, y: y) + chars("834.50", x: 350, y: y)
        }
        XCTAssertTrue(TextAssembly.mayHoldTable(table))
    }

    /// After a page that may hold a table, a column of short lines one under another (a
    /// spreadsheet's last column printed on a page of its own) may be one too; prose after a
    /// table, or the column on a page after none, is not.
    func testAColumnOfShortLinesAfterATableMayBeItsLastColumn() {
        var column: [TextChar] = chars("指标值", x: 40, y: 40)
        for i in 0..<8 { column += chars("≥9\(i)%", x: 40, y: 60 + Double(i) * 14) }
        XCTAssertTrue(TextAssembly.mayHoldTable(column, afterTable: true))
        XCTAssertFalse(TextAssembly.mayHoldTable(column, afterTable: false))
        var prose: [TextChar] = []
        for i in 0..<8 { prose += chars("二〇二四年部门预算情况说明，收入预算较上年增加，主要原因是人员经费增加。", x: 50, y: 50 + Double(i) * 14) }
        XCTAssertFalse(TextAssembly.mayHoldTable(prose, afterTable: true))
    }

    /// A grid of one column is a frame round a paragraph with a row or a few, and no table; with
    /// many rows it is a column of one (read, so that it can join the table it belongs to).
    func testAOneColumnGridIsATableOnlyWithManyRows() {
        func page(rows: Int) -> PageLayout {
            let ys = (0...rows).map { 40 + Double($0) * 16 }
            var cs: [TextChar] = []
            for r in 0..<rows { cs += chars("≥9\(r % 10)%", x: 45, y: ys[r] + 4) }
            return PageLayout(number: 1, width: 300, height: 600, chars: cs, segments: ruled(xs: [40, 90], ys: ys))
        }
        let many = ExtractionSettings.standard.rulings.minOneColumnTableRows
        XCTAssertEqual(PageTableBuilder.tables(on: page(rows: many)).filter { $0.columnCount == 1 }.count, 1)
        XCTAssertTrue(PageTableBuilder.tables(on: page(rows: 2)).filter { $0.columnCount == 1 }.isEmpty)
    }
}

final class TextRowsTests: XCTestCase {
    /// Vertical rules only (rules over and under the header, one at the foot): each item is the
    /// line carrying its amounts, with its code line above and its wrapped name and prose below.
    func testItemsFromTextLinesUnderVerticalRulesOnly() throws {
        let xs: [Double] = [0, 55, 150, 210, 330]
        let ys: [Double] = [0, 20, 200]
        var segs = ruled(xs: xs, ys: ys)
        segs = segs.filter { !($0.orientation == .horizontal && $0.position > 20 && $0.position < 200) }
        var cs = chars("名称", x: 5, y: 6) + chars("本年", x: 100, y: 6) + chars("上年", x: 160, y: 6) + chars("说明", x: 220, y: 6)
        // Item 1: code line, name, amounts on the name line, two lines of prose.
        cs += chars("0101", x: 5, y: 24, size: 6) + chars("罚款收入", x: 5, y: 31)
        cs += chars("1,200", x: 110, y: 31) + chars("1,000", x: 170, y: 31)
        cs += chars("依法规估列罚款", x: 215, y: 31) + chars("收入。", x: 215, y: 41)
        // Item 2: code line, a name wrapping onto a second line, a dash for no amount.
        cs += chars("0102", x: 5, y: 60, size: 6) + chars("规费收入及其", x: 5, y: 67) + chars("他收入", x: 5, y: 76)
        cs += chars("300", x: 120, y: 67) + chars("-", x: 190, y: 67)
        // Item 3: one line.
        cs += chars("财产收入", x: 5, y: 100) + chars("50", x: 125, y: 100) + chars("40", x: 185, y: 100)
        let page = PageLayout(number: 1, width: 400, height: 300, chars: cs, segments: segs)
        let t = try XCTUnwrap(PageTableBuilder.tables(on: page).first)
        XCTAssertEqual(t.rowCount, 4)
        let m = t.textMatrix()
        XCTAssertEqual(m[1], ["0101罚款收入", "1,200", "1,000", "依法规估列罚款收入。"])
        XCTAssertEqual(m[2], ["0102规费收入及其他收入", "300", "-", ""])
        XCTAssertEqual(m[3], ["财产收入", "50", "40", ""])
        XCTAssertTrue(t.cells.filter { $0.row > 0 }.allSatisfy { $0.flags.contains(.rowsFromText) })
        XCTAssertFalse(t.cells.filter { $0.row == 0 }.contains { $0.flags.contains(.rowsFromText) })
    }

    /// Vertical rules only, rows set 2 em apart and the lines of a wrapped name 1.5 em apart (a
    /// browser's print: the cell's padding between rows): a label with no amounts (a heading,
    /// an item whose amounts are empty) is a row of its own, not glued onto the amount line
    /// above or below; a name that fills its cell and wraps stays one row, and an item's merged
    /// label centred down the rows of several items (a unit printed once) glues none of them.
    func testLabelRowsWithoutAmountsAreRowsOfTheirOwn() throws {
        let xs: [Double] = [0, 40, 110, 170]
        let ys: [Double] = [0, 20, 200]
        let segs = ruled(xs: xs, ys: ys).filter { !($0.orientation == .horizontal && $0.position > 20 && $0.position < 200) }
        var cs = chars("单位", x: 5, y: 6) + chars("项目", x: 45, y: 6) + chars("金额", x: 120, y: 6)
        // Pitch 16 between rows, 12 within a cell; em 8. Column 项目 holds 8 characters (64 pt).
        cs += chars("一、基本支出", x: 42, y: 26) + chars("1,300.00", x: 130, y: 26)   // a class with amounts
        cs += chars("（一）工资福利支", x: 42, y: 42) + chars("出", x: 42, y: 54)      // wrapped, fills its cell; amounts empty
        cs += chars("（二）商品服务", x: 42, y: 70)                                    // a label alone
        cs += chars("其中：会议费", x: 42, y: 86) + chars("800.00", x: 134, y: 86)
        cs += chars("培训费", x: 42, y: 102) + chars("500.00", x: 134, y: 102)
        // A unit printed once, centred over the last two items (merged over their rows).
        cs += chars("某单", x: 5, y: 88) + chars("位", x: 5, y: 100)
        let page = PageLayout(number: 1, width: 300, height: 300, chars: cs, segments: segs)
        let t = try XCTUnwrap(PageTableBuilder.tables(on: page).first)
        let m = t.textMatrix()
        XCTAssertEqual(m.count, 6, "\(m)")
        XCTAssertEqual(m.dropFirst().map { $0[1] }, ["一、基本支出", "（一）工资福利支出", "（二）商品服务", "其中：会议费", "培训费"])
        XCTAssertEqual(m.dropFirst().map { $0[2] }, ["1,300.00", "", "", "800.00", "500.00"])
        XCTAssertTrue(t.cells.filter { $0.row > 0 }.allSatisfy { $0.flags.contains(.rowsFromText) })
    }

    /// Lines of a column all set at one spacing (no padding between rows), labels with no
    /// amounts beside them: a line that fills its cell wraps into the next, unless that one reads
    /// as an item of its own (an ordinal); then the two are parted, and the choice asks for review.
    func testFilledLineAboveAnOrdinalIsAnUncertainBoundary() {
        func line(_ text: String, _ x0: Double, _ y: Double) -> TextLine {
            let cs = chars(text, x: x0, y: y)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        // Two labels with no amounts (nothing else tells them apart), then two items with amounts.
        let names = [line("(二十七)预备费", 2, 0), line("(二十九)其他支", 2, 12), line("出", 2, 24), line("三十、转移", 2, 36),
                     line("三十一、债务", 2, 48)]
        let amounts = [line("3.00", 70, 36), line("4.00", 70, 48)]
        let cut = TextRows.items([names, amounts], columnXs: [0, 60, 100], settings: .init())
        XCTAssertEqual(cut.cuts.count, 3, "\(cut.cuts)")
        XCTAssertEqual(cut.doubtfulItems, [0, 1])
    }

    /// A label of two lines in a column blank for most rows (a kind of spending printed once,
    /// centred down the two rows it spans): its second line level with the lower row's amounts,
    /// its first line and its middle on no line of amounts. No cell of one row is set so (centred,
    /// its middle is level with the row's amounts; set at the top or on the baseline, its first
    /// line is): the column is one of labels merged down rows. The same label set at the top of
    /// its own row (first line level with the amounts) is no merged label.
    func testTwoLineLabelCentredOverTwoRowsIsMerged() {
        func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
            let cs = chars(text, x: x0, y: mid - 4)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        let middles: [Double] = [10, 30, 50, 70, 90, 110]
        let names = middles.map { line("某项", 30, $0) }
        let amounts = middles.map { line("1.00", 60, $0) }
        func merged(_ label: [TextLine]) -> Bool {
            let columns = [label, names, amounts]
            return TextRows.mergedLabelColumns(columns, anchorColumns: [2], amountMiddles: middles, em: 8, wrapPitch: { _ in 14 },
                                               isAmount: { c, _ in c == 2 }, settings: .init())[0] != nil
        }
        XCTAssertTrue(merged([line("公用", 2, 98), line("经费", 2, 110)]))
        XCTAssertFalse(merged([line("公用", 2, 70), line("经费", 2, 82)]))
    }

    /// A column of names, one to a row, set at one spacing down the rows (a character a line in a
    /// narrow column, the rows' padding no wider than a wrap): the lines of two rows' names run
    /// together as one cell beside both rows' amounts. Each row's name is centred on its line of
    /// amounts; cut by a page break at the foot, the last starts on its line. The names part there,
    /// each to its own row, and no name is merged down over both.
    func testNamesOfRowsSetAtOneSpacingPartAtTheirLinesOfAmounts() {
        func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
            let cs = chars(text, x: x0, y: mid - 4)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        // Row 1: five characters centred on 40, 12 apart; row 2: three starting on 76 (cut).
        let first = ["某", "市", "人", "力", "局"].enumerated().map { line($1, 22, 16 + Double($0) * 12) }
        let second = ["某", "中", "心"].enumerated().map { line($1, 22, 76 + Double($0) * 12) }
        let codes = [line("101", 2, 40), line("102", 2, 76)]
        let amounts = [line("9,560.35", 40, 40), line("88.08", 48, 76)]
        let cut = TextRows.items([codes, first + second, amounts], columnXs: [0, 20, 32, 110], bottomMayBeCut: true, settings: .init())
        XCTAssertEqual(cut.cuts.count, 1, "\(cut.cuts)")
        if let y = cut.cuts.first { XCTAssertTrue(y > 64 && y < 76, "\(y)") }
        XCTAssertEqual(cut.openColumns, [[]], "no name merged over both rows")
        XCTAssertEqual(cut.doubtfulItems, [])
        // The amounts' lines set off the names' by 0.3 em (a print that places one font's lines
        // off the other's): the runs are not found, the names stay one cell over both rows, and
        // both rows ask for review.
        let shifted = [line("9,560.35", 40, 42.4), line("88.08", 48, 78.4)]
        let doubt = TextRows.items([codes, first + second, shifted], columnXs: [0, 20, 32, 110], bottomMayBeCut: true, settings: .init())
        XCTAssertEqual(doubt.openColumns, [[1]])
        XCTAssertEqual(doubt.doubtfulItems, [0, 1])
        // The runs: each centred on its line of amounts, the last set at its top.
        let settings = ExtractionSettings.TextRows()
        XCTAssertEqual(TextRows.namesOfRows([24, 32, 40, 48, 56, 64, 72, 80], amountLines: [40, 64], em: 8, bottomMayBeCut: true,
                                            settings: settings), [[24, 32, 40, 48, 56], [64, 72, 80]])
        XCTAssertNil(TextRows.namesOfRows([24, 32, 40, 48, 56, 64, 72, 80], amountLines: [40, 64], em: 8, bottomMayBeCut: false,
                                          settings: settings), "a whole last row is centred")
        // A label merged down two rows, centred between them: each line off its row's line by the
        // cells' padding (here 1 pt): left whole.
        XCTAssertNil(TextRows.namesOfRows([36, 44], amountLines: [35, 45], em: 8, bottomMayBeCut: false, settings: settings))
        // One name centred, or set at its top, on its line: left whole.
        XCTAssertNil(TextRows.namesOfRows([24, 32, 40], amountLines: [32], em: 8, bottomMayBeCut: false, settings: settings))
        XCTAssertNil(TextRows.namesOfRows([32, 40, 48], amountLines: [32], em: 8, bottomMayBeCut: false, settings: settings))
    }

    /// A form's indicator block under vertical rules only (一级指标 | 二级指标 | 三级指标 | 指标值,
    /// its own header line first): every indicator row names its 三级指标 and value, and its
    /// 二级指标 is printed once, on the middle row's line of the three it spans (工作目标管理) or
    /// at the top of a run the page's foot cuts (预算和财务管理). The column, nested in the merged
    /// 一级指标 and blank beside rows with text right of it, is one of merged labels, though it
    /// holds as many lines as half the rows (the header's 二级指标 among them).
    func testNestedFormLabelBlankBesideIndicatorRowsIsMerged() {
        func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
            let cs = chars(text, x: x0, y: mid - 4)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        let first = [line("一级指标", 2, 0), line("投入管理指标", 2, 54)]
        let second = [line("二级指标", 62, 0), line("工作目标管理", 62, 36), line("预算和财务管理", 62, 72)]
        let third = [line("三级指标", 132, 0)] + ["相关性", "科学性", "合理性", "完整性", "细化率"].enumerated().map { line($1, 132, 18 + Double($0) * 18) }
        let values = [line("指标值", 222, 0)] + ["相关", "科学", "合理", "完整", "≥90%"].enumerated().map { line($1, 222, 18 + Double($0) * 18) }
        let cut = TextRows.formItems([first, second, third, values], columnXs: [0, 60, 130, 220, 270], rowBounds: (top: -9, bottom: 99),
                                     em: 8, bottomMayBeCut: true, settings: .init())
        XCTAssertEqual(cut.cuts.count, 5, "\(cut.cuts)")
        XCTAssertEqual(cut.openColumns.map { $0.contains(1) }, [false, true, true, false, true], "\(cut.openColumns)")
    }

    /// Vertical rules only, a page holding one row of amounts: above its name (centred on the
    /// amounts, a character a line) the rest of the name the page break cut from the row before,
    /// set a row apart (the cells' padding between). The rest is a row of its own (stitched on to
    /// the row it was cut from), not the head of this row's name.
    func testRestOfACutNameOverAPagesOneRowIsARowOfItsOwn() {
        func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
            let cs = chars(text, x: x0, y: mid - 4)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        // The rest: three characters 12 apart from 6; the row's name five from 44 (a 14 gap), centred on 68.
        let rest = ["中", "心", "区"].enumerated().map { line($1, 22, 6 + Double($0) * 12) }
        let name = ["某", "市", "监", "察", "队"].enumerated().map { line($1, 22, 44 + Double($0) * 12) }
        let codes = [line("302204", 2, 68)]
        let amounts = [line("167.56", 40, 68)], granted = [line("149.56", 80, 68)]
        let cut = TextRows.items([codes, rest + name, amounts, granted], columnXs: [0, 20, 32, 76, 120], rowBounds: (top: 0, bottom: 100),
                                 formRows: true, bottomMayBeCut: true, settings: .init())
        XCTAssertEqual(cut.cuts.count, 1, "\(cut.cuts)")
        if let y = cut.cuts.first { XCTAssertTrue(y > 30 && y < 44, "\(y)") }
    }

    /// A form's labels of consecutive rows set at one spacing (the rows' padding no wider than a
    /// wrap): 部门(单 / 位)名称 / 年度履 / 职目标 run together as one cell beside both rows' text
    /// (某市示范局; two lines of prose). Each label is centred on its row's text: the lines part
    /// there, and the rows are two, not one.
    func testFormLabelsOfTwoRowsSetAtOneSpacingPart() {
        func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
            let cs = chars(text, x: x0, y: mid - 4)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        // Lines 16 apart; each label of two lines filling its narrow column, centred on its row's text.
        let labels = [line("部门单位", 2, 8), line("名称", 2, 24), line("年度履职", 2, 40), line("目标", 2, 56)]
        let values = [line("某市示范局", 38, 16), line("根据省人力资源社会保", 38, 40), line("障厅下达", 38, 56)]
        let cut = TextRows.formItems([labels, values], columnXs: [0, 36, 120], rowBounds: (top: 0, bottom: 64), em: 8,
                                     bottomMayBeCut: false, settings: .init())
        XCTAssertEqual(cut.cuts.count, 1, "\(cut.cuts)")
        if let y = cut.cuts.first { XCTAssertTrue(y > 24 && y < 40, "\(y)") }
    }

    /// One ruled row of a word processor's narrow columns: the code wrapped as 30220 / 6, the
    /// name over three lines, one figure wrapped over three lines (3,121 / ,600. / 00) and one
    /// over two (621,2 / 00.00). The second line of the code is beside no figure of its own
    /// (00.00 is the tail of 621,2): the code is one, and the row one item.
    func testWrappedCodeBesideWrappedFiguresIsOneItem() {
        func line(_ text: String, _ x0: Double, _ y: Double) -> TextLine {
            let cs = chars(text, x: x0, y: y)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        let code = [line("30220", 1, 0), line("6", 17, 8.5)]
        let name = [line("某市", 24, 0), line("人事", 24, 8.5), line("考务", 24, 17)]
        let granted = [line("3,121", 44, 0), line(",600.", 44, 8.5), line("00", 54, 17)]
        let carried = [line("621,2", 68, 0), line("00.00", 68, 8.5)]
        let cut = TextRows.items([code, name, granted, carried], columnWidths: [21, 20, 22, 22], columnXs: [0, 22, 42, 66, 90],
                                 settings: .init())
        XCTAssertEqual(cut.cuts, [])
    }

    /// Prose in a 說明 column, each line filling it, the next paragraph three lines further on
    /// beside the next item's figures (no row spacing to compare with: every gap in the column
    /// is a wrap's or a row's): farther on than a wrap ever sets its next line, so it is the
    /// next item's prose, not the rest of the paragraph above merged over both items.
    func testProseFartherOnThanAWrapIsTheNextItems() {
        func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
            let cs = chars(text, x: x0, y: mid - 4)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        let names = [line("審計業務", 2, 10), line("第一預備金", 2, 70)]
        let amounts = [line("1,538", 50, 10), line("80", 58, 70)]
        let prose = [line("1.本年度預算數均", 80, 10), line("屬業務費。2.本年", 80, 22), line("度預算數與上年同", 80, 34),
                     line("仍照上年度編列。", 80, 70)]
        let cut = TextRows.items([names, amounts, prose], columnXs: [0, 40, 76, 146], settings: .init())
        XCTAssertEqual(cut.cuts.count, 1, "\(cut.cuts)")
        if let first = cut.cuts.first { XCTAssertTrue(first > 34 + 4 && first < 70 - 4, "\(first)") }
        XCTAssertEqual(cut.openColumns.first, [], "the 說明 column is not one cell over both items")
    }

    /// The first word of a line, as a line breaker sees it: a CJK character alone, with the
    /// closing marks after it (政）) and the opening marks before it, which cannot end a line:
    /// （行政） after a break needs the room of 「（行」, so a line before it with room for one
    /// character only was full for it.
    func testFirstWordKeepsOpeningMarksWithTheCharacterAfterThem() {
        func line(_ text: String) -> TextLine {
            let cs = chars(text, x: 0, y: 0)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        XCTAssertEqual(PageTableBuilder.firstWordWidth(line("（行政）")), 16, accuracy: 1e-9)
        XCTAssertEqual(PageTableBuilder.firstWordWidth(line("政）费")), 16, accuracy: 1e-9)
        XCTAssertEqual(PageTableBuilder.firstWordWidth(line("行政")), 8, accuracy: 1e-9)
        XCTAssertEqual(PageTableBuilder.firstWordWidth(line("(abc) x")), 20, accuracy: 1e-9)
    }

    /// A word processor wraps a figure too wide for its column over as many lines as it needs
    /// ("1,675" / ",600." / "00", a Writer table's narrow amount column): the lines after the
    /// first are its tail, however many, as long as each part could begin an amount and the
    /// whole reads as one. Two amounts of their own on tight lines ("1,200.00" / "300.00") and a
    /// run that never becomes an amount ("1,675" / ",60" / "x") are no tails.
    func testAmountWrappedOverThreeLinesIsOneAmount() {
        func line(_ text: String, _ y: Double) -> TextLine {
            let cs = chars(text, x: 2, y: y)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        let settings = ExtractionSettings.TextRows()
        XCTAssertEqual(TextRows.amountTails([line("1,675", 0), line(",600.", 8.5), line("00", 17)], columnWidth: 22, settings: settings), [1, 2])
        XCTAssertEqual(TextRows.amountTails([line("1,675", 0), line(",600.", 8.5), line("00", 17), line("2,0", 40), line("00.00", 48.5)],
                                            columnWidth: 22, settings: settings), [1, 2, 4])
        XCTAssertEqual(TextRows.amountTails([line("1,200.00", 0), line("300.00", 8.5)], columnWidth: 60, settings: settings), [])
        XCTAssertEqual(TextRows.amountTails([line("1,675", 0), line(",60", 8.5)], columnWidth: 22, settings: settings), [])
        XCTAssertTrue(TextRows.isAmountStart("1,675,600."))
        XCTAssertFalse(TextRows.isAmountStart(",600."))
    }

    /// Vertical rules only, cells set at the top of their rows (a budget book): at the top of a
    /// page, two lines of 說明 prose (the rest of a cell the break above cut), then an item's
    /// code line, its name with its amount and the first lines of its own prose. The prose above
    /// is a row of its own (it goes on the row above the break), nothing of the item is merged
    /// up over it, and the code line stays with its name.
    func testProseAboveTheFirstCodeLineIsTheRestOfACutCell() {
        func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
            let cs = chars(text, x: x0, y: mid - 4)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        let names = [line("3601028000", 2, 41), line("資訊管理", 2, 52), line("3601037500", 2, 101), line("教育訓練", 2, 112),
                     line("3601043200", 2, 161), line("第一預備金", 2, 172)]
        let amounts = [line("438,355", 75, 52), line("156,686", 75, 112), line("10,996", 79, 172)]
        let prose = [line("務費。2.本年度", 112, 0), line("預算數如下。", 112, 12),
                     line("1.本年度預算數", 112, 52), line("438,355千元。", 112, 64), line("均屬業務費。", 112, 76),
                     line("1.本年度預算數", 112, 112), line("156,686千元。", 112, 124), line("均屬業務費。", 112, 136),
                     line("1.本年度預算數", 112, 172)]
        let cut = TextRows.items([names, amounts, prose], columnXs: [0, 70, 110, 170], settings: .init())
        XCTAssertEqual(cut.cuts.count, 3, "\(cut.cuts)")
        XCTAssertEqual(cut.openColumns.first, [], "nothing of the first item merged up over the cut prose")
        if let first = cut.cuts.first { XCTAssertTrue(first > 12 + 4 && first < 40 - 4, "\(first)") }
    }

    /// Vertical rules only, a performance table: a project's name and amount printed once,
    /// centred down its two indicator rows (prose right of the amount, rows 16 apart, wraps 12).
    /// The name wraps a year onto a line of its own ("2024", a bare number): still a word of the
    /// name, so the name is one cell beside the amount, merged over both indicator rows with the
    /// amount; the next project is a row of its own.
    func testProjectNameWithABareYearLineIsMergedOverItsIndicatorRows() {
        func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
            let cs = chars(text, x: x0, y: mid - 4)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        let names = [line("提前下", 2, 8), line("达", 2, 20), line("2024", 2, 32), line("年中央", 2, 44), line("资金", 2, 56),
                     line("其他", 2, 80)]
        let amounts = [line("250.00", 40, 32), line("13.00", 44, 80)]
        let prose = [line("发放及", 76, 0), line("时性", 76, 12),
                     line("享受就", 76, 28), line("业见习", 76, 40), line("补贴人", 76, 52), line("员数量", 76, 64),
                     line("考试率", 76, 80)]
        let cut = TextRows.items([names, amounts, prose], columnXs: [0, 28, 72, 102], settings: .init())
        XCTAssertEqual(cut.cuts.count, 2, "\(cut.cuts)")
        // Between the two indicator rows: name and amount go on across; before the next project: nothing.
        XCTAssertEqual(cut.openColumns.first, [0, 1])
        XCTAssertEqual(cut.openColumns.last, [])
        if let first = cut.cuts.first { XCTAssertTrue(first > 12 + 4 && first < 28 - 4, "\(first)") }
    }

    /// Vertical rules only, a 說明 column of prose set wider than the names' wraps (lines 14 apart,
    /// a name's wrap 10): the prose lines under an item's line are its 說明 going on, one column
    /// alone, not rows of their own.
    func testProseInOneColumnSetWiderThanWrapsStaysWithItsItem() {
        func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
            let cs = chars(text, x: x0, y: mid - 4)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        let names = [line("罰款收入", 2, 0), line("規費收入及其", 2, 80), line("他收入", 2, 90)]
        let amounts = [line("1,200", 60, 0), line("300", 66, 80)]
        let prose = [line("依法規估列罰款", 84, 0), line("收入，較上年度", 84, 14), line("增列。", 84, 28), line("依實際估列。", 84, 80)]
        let cut = TextRows.items([names, amounts, prose], columnXs: [0, 50, 80, 142], settings: .init())
        XCTAssertEqual(cut.cuts.count, 1, "\(cut.cuts)")
        if let y = cut.cuts.first { XCTAssertTrue(y > 28 && y < 80, "\(y)") }
    }

    /// A form ruled by vertical lines only with no amounts to tell its rows by (indicator names
    /// beside their values, rows 16 apart, a wrapped name 12): rows run together, which the
    /// reading cannot part, so they ask for review; one row of wrapped text beside its label (every
    /// line 12 apart) is one row.
    func testRowsRunTogetherWithoutAmounts() {
        func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
            let cs = chars(text, x: x0, y: mid - 4)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        let names = [line("预算执行", 2, 0), line("率", 2, 12), line("预算调整率", 2, 28), line("决算真实性", 2, 44)]
        let values = [line("≥95%", 60, 6), line("≤10%", 60, 28), line("真实", 60, 44)]
        XCTAssertTrue(TextRows.rowsRunTogether([names, values], settings: .init()))
        let label = [line("年度履职", 2, 0), line("目标", 2, 12), line("说明", 2, 24)]
        let text = [line("根据上级下达的事业发", 60, 0), line("展计划和本部门的总体", 60, 12), line("要求确定年度目标。", 60, 24)]
        XCTAssertFalse(TextRows.rowsRunTogether([label, text], settings: .init()))
    }

    /// Names that each fill their cell but each sit beside amounts of their own are items of
    /// their own (a column set at one spacing gives no other evidence); a label off every line of
    /// amounts in a column blank for most of them (a unit printed once, centred down a cell
    /// merged over the rows) is merged over the rows it is centred on: here all five.
    func testFilledNamesOnTheirOwnAmountLinesAndAMergedLabelBetweenItems() {
        func line(_ text: String, _ x0: Double, _ y: Double) -> TextLine {
            let cs = chars(text, x: x0, y: y)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        // Column 1 (42…100) holds 7 characters: every name fills it.
        let unit = [line("某单位", 2, 30)]
        let names = [line("其他商品服务费", 42, 0), line("对个人家庭补助", 42, 16), line("离休费退休费用", 42, 32),
                     line("办公设备购置费", 42, 48), line("专用设备购置费", 42, 64)]
        let amounts = [line("1.00", 120, 0), line("2.00", 120, 16), line("3.00", 120, 32), line("4.00", 120, 48), line("5.00", 120, 64)]
        let cut = TextRows.items([unit, names, amounts], columnXs: [0, 40, 100, 160], settings: .init())
        XCTAssertEqual(cut.cuts.count, 4, "\(cut.cuts)")
        // The unit (middle 34, off the amount line at 36 by 2 pt, a quarter em) is centred on
        // the five rows: merged over all of them, and sure of it (a quarter em off their middle).
        XCTAssertEqual(cut.openColumns, Array(repeating: [0], count: 4))
    }

    /// Labels merged down a column part its rows: each is centred in the rows it spans, or set at
    /// their top when they run on past the last row (a cell cut by a page break); rows above the
    /// first label are nobody's (a cell cut by the break above goes on there).
    func testMergedLabelsPartTheRowsTheySpan() {
        // Eight rows 20 pt tall (the item's text 8 pt about each row's middle), em 8.
        let items: [(y0: Double, y1: Double)] = (0..<8).map { (k: Int) -> (y0: Double, y1: Double) in
            let top = Double(k) * 20
            return (top + 6, top + 14)
        }
        let regions: [(y0: Double, y1: Double)] = (0..<8).map { (k: Int) -> (y0: Double, y1: Double) in
            let top = Double(k) * 20
            return (top, top + 20)
        }
        let settings = ExtractionSettings.TextRows()
        // One label centred on rows 1…3 (middle 50), one at the top of row 4, going on past row 7.
        let spans = TextRows.mergedSpans([.init(y0: 46, y1: 54), .init(y0: 86, y1: 94)], items: items, regions: regions,
                                         em: 8, settings: settings)
        // (Row 0 is nobody's: a run of one row needs no merging.)
        XCTAssertEqual(spans.map { $0.rows }, [1...3, 4...7])
        XCTAssertEqual(spans.map { $0.doubtful }, [false, false])
        // Two labels over two lines each, centred on rows 0…2 and 3…7 (middles 30 and 110).
        let centred = TextRows.mergedSpans([.init(y0: 22, y1: 38), .init(y0: 102, y1: 118)], items: items, regions: regions,
                                           em: 8, settings: settings)
        XCTAssertEqual(centred.map { $0.rows }, [0...2, 3...7])
        // Runs nest in those of the column to the left: a label over two lines (middle 90) is
        // centred on rows 1…7, but with a unit starting at row 3 that run would cross it; it is
        // read at the top of rows 4…7 (its first line half an em under row 4's text).
        let free = TextRows.mergedSpans([.init(y0: 82, y1: 98)], items: items, regions: regions, em: 8, settings: settings)
        XCTAssertEqual(free.map { $0.rows }, [1...7])
        let nested = TextRows.mergedSpans([.init(y0: 82, y1: 98)], items: items, regions: regions, em: 8, barriers: [3],
                                          settings: settings)
        XCTAssertEqual(nested.map { $0.rows }, [0...3, 4...7])
        // A label on the last row alone is that row's; the rows above it are nobody's.
        let last = TextRows.mergedSpans([.init(y0: 146, y1: 154)], items: items, regions: regions, em: 8, settings: settings)
        XCTAssertEqual(last.map { $0.rows }, [0...6, 7...7])
        // A label over two lines, its first level with row 4's text, its middle near that of rows
        // 1…7 (a cell over an odd number of rows): read at the top of rows 4…7 only where the
        // rows' foot may be a page break; under the table's foot rule it is whole, centred.
        let level: [TextRows.MergedLabel] = [.init(y0: 86, y1: 102)]
        let cut = TextRows.mergedSpans(level, items: items, regions: regions, em: 8, bottomMayBeCut: true, settings: settings)
        XCTAssertEqual(cut.map { $0.rows }, [0...3, 4...7])
        let whole = TextRows.mergedSpans(level, items: items, regions: regions, em: 8, bottomMayBeCut: false, settings: settings)
        XCTAssertEqual(whole.map { $0.rows }, [1...7])
    }

    /// A merged label that two readings place about equally well: centred on one tall row (a
    /// name wrapped over two lines) with the next label centred over the rows below, or centred
    /// over four rows about it with the next label at the top of what is left (cut by the page's
    /// foot). The text does not settle which; the rows the readings give differently ask for
    /// review, those both readings agree on do not.
    func testMergedLabelReadTwoWaysAlikeLeavesItsRowsInDoubt() {
        // Rows 0…6 on em 8: row 1 is 40 pt tall (two lines), the others 20 pt.
        let regions: [(y0: Double, y1: Double)] = [(0, 20), (20, 60), (60, 80), (80, 100), (100, 120), (120, 140), (140, 160)]
        let items: [(y0: Double, y1: Double)] = regions.map { r in (r.y0 + 6, r.y1 - 6) }
        let settings = ExtractionSettings.TextRows()
        // The second label's line at the top of row 4's text and at the middle of rows 2…6 (110).
        let second = TextRows.MergedLabel(y0: 106, y1: 114)
        func reading(_ firstMiddle: Double, _ s: ExtractionSettings.TextRows = settings)
            -> (spans: [(rows: ClosedRange<Int>, doubtful: Bool)], cost: Double, uncertain: Set<Int>, evidence: Double)? {
            TextRows.mergedReading([.init(y0: firstMiddle - 4, y1: firstMiddle + 4), second], items: items, regions: regions,
                                   em: 8, settings: s)
        }
        // The first label at 45.58: 5.58 pt (0.70 em) under row 1's middle (40), the second then
        // centred on rows 2…6; or 4.42 pt (0.55 em) over the middle of rows 0…3 (50), reaching up
        // one row (0.05 em), the second then top-set on rows 4…6 (0.1 em): 0.70 against 0.70.
        guard let tied = reading(45.58) else { return XCTFail("no reading") }
        XCTAssertEqual(tied.spans.map(\.rows), [1...1, 2...6])
        XCTAssertEqual(tied.spans.map(\.doubtful), [false, false])
        // Rows 0, 2 and 3 are the first label's in one reading and not in the other; rows 1 and
        // 4…6 are the same label's in both.
        XCTAssertEqual(tied.uncertain, [0, 2, 3])
        // With no tolerance the same reading is taken, and nothing asks.
        var strict = settings
        strict.mergedLabelTieTolerance = -1
        XCTAssertEqual(reading(45.58, strict)?.spans.map(\.rows), [1...1, 2...6])
        XCTAssertEqual(reading(45.58, strict)?.uncertain, [])
        // Centred on row 1 (40): the other reading costs 1.25 + 0.15 em more; no doubt.
        guard let sure = reading(40) else { return XCTFail("no reading") }
        XCTAssertEqual(sure.spans.map(\.rows), [1...1, 2...6])
        XCTAssertEqual(sure.uncertain, [])
    }

    /// Under a page break, rows above the first label may be the rest of a cell the break cut
    /// or that label's own: a label centred in the middle of the page reads as well over a
    /// short run (the rows above it the previous page's, the next label centred below) as over
    /// a long one (the next label then set at the top of a run the foot of the page cuts). Only
    /// preferences (rows reached up over, the top reading's penalty) choose between them; the
    /// text shows both alike, so the rows they give differently ask for review.
    func testReadingsAsGoodButForPreferencesLeaveTheirRowsInDoubt() {
        // Rows 0…9, 20 pt each on em 8; their text 6 pt inside.
        let regions: [(y0: Double, y1: Double)] = (0..<10).map { (Double($0) * 20, Double($0) * 20 + 20) }
        let items: [(y0: Double, y1: Double)] = regions.map { ($0.y0 + 6, $0.y1 - 6) }
        let settings = ExtractionSettings.TextRows()
        // The first label centred at 100 (the middle of rows 3…6 and of rows 2…7), the second
        // with its line level with row 8's text (the middle of rows 7…9, and the top of 8…9).
        let labels: [TextRows.MergedLabel] = [.init(y0: 96, y1: 104), .init(y0: 166, y1: 174)]
        guard let reading = TextRows.mergedReading(labels, items: items, regions: regions, em: 8, settings: settings)
        else { return XCTFail("no reading") }
        // Both centred, reaching up least: rows 3…6 and 7…9, rows 0…2 nobody's.
        XCTAssertEqual(reading.spans.map(\.rows), [0...2, 3...6, 7...9])
        XCTAssertEqual(reading.evidence, 0, accuracy: 1e-9)
        // Rows 2…7 and 8…9 (top-set) show as well: row 2 and row 7 are in doubt, no other.
        XCTAssertEqual(reading.uncertain, [2, 7])
        // The rows' foot closed by a rule: the second label cannot be top-set; no other reading.
        XCTAssertEqual(TextRows.mergedReading(labels, items: items, regions: regions, em: 8, bottomMayBeCut: false,
                                              settings: settings)?.uncertain, [])
        XCTAssertEqual(TextRows.labelOfRow(reading.spans, labels: 2, rows: 10), [-1, -1, -1, 0, 0, 0, 0, 1, 1, 1])
    }

    /// Codes of one length stacked row under row in a narrow column (201 / 201 / 206), set a
    /// little over half an em apart, each beside amounts of its own: three items, not one code
    /// wrapped onto tails of itself.
    func testStackedCodesBesideTheirOwnAmountsAreNoWrappedTails() {
        func line(_ text: String, _ x0: Double, _ y: Double) -> TextLine {
            let cs = chars(text, x: x0, y: y, size: 12)
            return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 12, chars: cs)
        }
        let codes = [line("201", 22, 0), line("201", 22, 19), line("206", 22, 38)]
        let names = [line("一般公共服务支出", 50, 0), line("商贸事务", 50, 19), line("科学技术支出", 50, 38)]
        let amounts = [line("21,601.00", 260, 0), line("21,601.00", 260, 19), line("17,200.00", 260, 38)]
        let cut = TextRows.items([codes, names, amounts], columnWidths: [25, 200, 80], columnXs: [20, 45, 245, 325], settings: .init())
        XCTAssertEqual(cut.cuts.count, 2, "\(cut.cuts)")
        XCTAssertEqual(cut.openColumns.flatMap { $0 }, [])
    }

    /// A ruled row with a wrapped name and one line of amounts is one item: nothing is cut.
    func testWrappedNameWithOneAmountLineStaysOneRow() {
        let columns = [[TextLine(text: "机关事业单位基本养老", box: Rect(x0: 0, y0: 0, x1: 80, y1: 8), fontSize: 8),
                        TextLine(text: "保险缴费支出", box: Rect(x0: 0, y0: 10, x1: 48, y1: 18), fontSize: 8)],
                       [TextLine(text: "2,827.94", box: Rect(x0: 100, y0: 5, x1: 132, y1: 13), fontSize: 8)]]
        XCTAssertEqual(TextRows.itemCuts(columns), [])
    }
}

/// Letter-spaced header text: one name for one column, however it is spaced.
final class LetterSpacingTests: XCTestCase {
    func testSpacesBetweenChineseCharactersGo() {
        XCTAssertEqual(PrintedWords.closeLetterSpacing("公 用 经 费"), "公用经费")
        XCTAssertEqual(PrintedWords.closeLetterSpacing("公\u{3000}用\u{3000}经\u{3000}费"), "公用经费")
        XCTAssertEqual(PrintedWords.closeLetterSpacing(" 合  计 "), "合计")
        XCTAssertEqual(PrintedWords.closeLetterSpacing("其中： 人员 经费"), "其中：人员经费")
        XCTAssertEqual(PrintedWords.closeLetterSpacing("“三 公” 经费"), "“三公”经费")
    }

    func testSpacesBetweenLatinWordsAndNumbersStay() {
        XCTAssertEqual(PrintedWords.closeLetterSpacing("Total amount"), "Total amount")
        XCTAssertEqual(PrintedWords.closeLetterSpacing("2024 年"), "2024 年")
        XCTAssertEqual(PrintedWords.closeLetterSpacing("A 类"), "A 类")
    }

    /// A header cell printed letter-spaced gives the column path without its spaces.
    func testColumnPathOfALetterSpacedHeader() {
        let grid = Grid(xs: [0, 100, 200], ys: [0, 20, 40], hRuled: Array(repeating: [true, true], count: 3),
                        vRuled: Array(repeating: [true, true, true], count: 2))
        let table = PageTable(page: 1, grid: grid, cells: [
            Cell(row: 0, col: 0, box: Rect(x0: 0, y0: 0, x1: 100, y1: 20), text: "项 目"),
            Cell(row: 0, col: 1, box: Rect(x0: 100, y0: 0, x1: 200, y1: 20), text: "公\u{3000}用\u{3000}经\u{3000}费"),
            Cell(row: 1, col: 0, box: Rect(x0: 0, y0: 20, x1: 100, y1: 40), text: "办公费"),
            Cell(row: 1, col: 1, box: Rect(x0: 100, y0: 20, x1: 200, y1: 40), text: "1.00"),
        ])
        XCTAssertEqual(TableAssembler.columnPaths(table, headerRows: 1).map(\.path), [["项目"], ["公用经费"]])
    }
}

final class ColumnBlocksTests: XCTestCase {
    func testARepeatedGroupOfColumnsIsReadAsBlocks() {
        let two = [["科目编码"], ["科目名称"], ["决算数"], ["科目编码"], ["科目名称"], ["决算数"]]
        XCTAssertEqual(ColumnBlocks.blocks(two), [0, 0, 0, 1, 1, 1])
        let three = [["代码"], ["名称"], ["金额"], ["代码"], ["名称"], ["金额"], ["代码"], ["名称"], ["金额"]]
        XCTAssertEqual(ColumnBlocks.blocks(three), [0, 0, 0, 1, 1, 1, 2, 2, 2])
    }

    func testBlocksUnderAHeaderCellOfTheirOwn() {
        // 人员经费 | 公用经费 over the repeated group; the two sides of a summary alike.
        let paths = [["人员经费", "科目编码"], ["人员经费", "科目名称"], ["人员经费", "决算数"],
                     ["公用经费", "科目编码"], ["公用经费", "科目名称"], ["公用经费", "决算数"]]
        XCTAssertEqual(ColumnBlocks.blocks(paths), [0, 0, 0, 1, 1, 1])
        XCTAssertEqual(ColumnBlocks.blocks([["收入", "项目"], ["收入", "金额"], ["支出", "项目"], ["支出", "金额"]]), [0, 0, 1, 1])
        // A top cell that does not span its block exactly: no blocks.
        XCTAssertNil(ColumnBlocks.blocks([["甲", "科目编码"], ["甲", "科目名称"], ["甲", "决算数"],
                                          ["甲", "科目编码"], ["乙", "科目名称"], ["乙", "决算数"]]))
    }

    func testRunsOfAmountsAndPartialRepeatsAreNotBlocks() {
        // Amount columns alone repeating (2023 | 2024 under one header) are no blocks.
        XCTAssertNil(ColumnBlocks.blocks([["金额"], ["金额"], ["金额"], ["金额"]]))
        // A group repeated only in part is not read as blocks.
        XCTAssertNil(ColumnBlocks.blocks([["科目编码"], ["科目名称"], ["金额"], ["科目编码"], ["科目名称"]]))
    }
}

final class PageBreakRowsTests: XCTestCase {
    func row(_ cells: [String]) -> TableRow {
        TableRow(cells: cells, page: 1, box: Rect(x0: 0, y0: 0, x1: 100, y1: 10), cellBoxes: cells.map { _ in Rect(x0: 0, y0: 0, x1: 10, y1: 10) })
    }

    func testTheRestOfACutRowJoinsIt() throws {
        // The name's line before the break fills its cell: the text goes on, a sure join.
        let cut = row(["2120101", "行政运行（含公用经", "1,565.04"])
        let joined = try XCTUnwrap(PageBreakRows.join(cut, continuedBy: ["", "费、培训宣传）", ""], flags: [], cellFlags: [[], [], []],
                                                      headFull: [false, true, false]))
        XCTAssertEqual(joined.cells, ["2120101", "行政运行（含公用经费、培训宣传）", "1,565.04"])
        XCTAssertTrue(joined.flags.contains(.splitByPageBreak))
        XCTAssertFalse(joined.flags.contains(.joinedAcrossBreak))
        XCTAssertEqual(joined.cellFlags[1], [.splitByPageBreak])
    }

    func testARowOfItsOwnIsNotJoined() {
        // A code or an amount printed again in the same column: the next page starts a new row.
        let cut = row(["2120101", "行政运行", "1,565.04"])
        XCTAssertNil(PageBreakRows.join(cut, continuedBy: ["2120102", "一般行政管理事务", "953.73"], flags: [], cellFlags: [[], [], []]))
        XCTAssertNil(PageBreakRows.join(cut, continuedBy: ["", "机关服务", "12.00"], flags: [], cellFlags: [[], [], []]))
        // Text on both sides, but the line before the break ends short of its cell's edge: the
        // text ended there, the break hid a whole row's rule and the next row is a row of its own.
        XCTAssertNil(PageBreakRows.join(row(["", "考场安排人数", ""]), continuedBy: ["", "考务工作完成率", ""], flags: [],
                                        cellFlags: [[], [], []], headFull: [false, false, false]))
        // A line filling its cell, but the next page's text opens a numbered item: a new row.
        XCTAssertNil(PageBreakRows.join(row(["", "(二十四)灾害防治及应急管理", ""]), continuedBy: ["", "(二十七)预备费", ""], flags: [],
                                        cellFlags: [[], [], []], headFull: [false, true, false]))
        // A target value on each side (≥1000人 / ≥95%): two indicators' values, two rows, however
        // full the names' lines before the break.
        XCTAssertNil(PageBreakRows.join(row(["", "学院学生技能人数", "≥1000人"]), continuedBy: ["", "学院学生技能合格率", "≥95%"], flags: [],
                                        cellFlags: [[], [], []], headFull: [false, true, true]))
        XCTAssertNil(PageBreakRows.joinTail(row(["39658", "学院学生技能人数", "≥1000人", "1.94"]), tail: ["", "学院学生技能合格率", "≥95%", ""],
                                            flags: [], cellFlags: [[], [], [], []], headFull: [false, true, true, false]))
    }

    func testAJoinOfTextsThatMayHaveEndedAsksForReview() throws {
        // One text fills its cell, the other ends short of it: joined, but a guess.
        let joined = try XCTUnwrap(PageBreakRows.join(row(["人员经费（含离退", "基本支出", ""]), continuedBy: ["休人员）", "经费", ""],
                                                      flags: [], cellFlags: [[], [], []], headFull: [true, false, false]))
        XCTAssertTrue(joined.flags.contains(.joinedAcrossBreak))
        // A value before the break that is no target (a date), a target after it: the target opens
        // the next indicator's value, so a join over names that fill their cells asks for review,
        // and with no full name it is no join at all.
        let due = row(["", "培训完成时间", "2024年12月31日前"]), next = ["", "职业技能培训", "≥9500人次"]
        let guess = try XCTUnwrap(PageBreakRows.join(due, continuedBy: next, flags: [], cellFlags: [[], [], []],
                                                     headFull: [false, true, true]))
        XCTAssertTrue(guess.flags.contains(.joinedAcrossBreak))
        XCTAssertNil(PageBreakRows.join(due, continuedBy: next, flags: [], cellFlags: [[], [], []], headFull: [false, false, true]))
    }

    func testABrowsersCutRowJoinsDespiteOneWordThatWouldHaveFitted() throws {
        // A browser cut the row: 日前 would have fitted after 12 月 31 (the reading says the date
        // had ended), but the effect and the satisfaction indicators go on full lines: joined, asking.
        let cut = row(["认定时间", "2024 年12 月 31", "发挥太极拳人能动", "明显", "参与认定人员", "≥95%"])
        let joined = try XCTUnwrap(PageBreakRows.join(cut, continuedBy: ["", "日前", "性", "", "满意度", ""], flags: [],
                                                      cellFlags: Array(repeating: [], count: 6),
                                                      headFull: [false, false, true, false, true, false], fits: [1]))
        XCTAssertEqual(joined.cells, ["认定时间", "2024 年12 月 31日前", "发挥太极拳人能动性", "明显", "参与认定人员满意度", "≥95%"])
        XCTAssertTrue(joined.flags.contains(.joinedAcrossBreak))
        // Alone, the fitting word is the next row's: no join.
        XCTAssertNil(PageBreakRows.join(cut, continuedBy: ["", "日前", "", "", "", ""], flags: [], cellFlags: Array(repeating: [], count: 6),
                                        headFull: [false, false, true, false, true, false], fits: [1]))
        // A target printed whole (≥12%, ≥90期) is followed by the next row's value (及时), however
        // full the name's line: two rows.
        for target in ["≥12%", "≥90期"] {
            XCTAssertNil(PageBreakRows.join(row(["", "项目验收合格率", target]), continuedBy: ["", "任务完成及时性", "及时"], flags: [],
                                            cellFlags: [[], [], []], headFull: [false, true, true], fits: [2]))
        }
    }

    func testAWordProcessorsTailJoinsItsRowWhenItsTextsGoOnFullLines() throws {
        // The other side of a two-sided table: no key, no figure, only a name wrapped over the break.
        let head = row(["", "", "二十四、灾害防治及应急管", ""])
        let joined = try XCTUnwrap(PageBreakRows.joinTail(head, tail: ["", "", "理", ""], flags: [], cellFlags: [[], [], [], []],
                                                          headFull: [false, false, true, false]))
        XCTAssertEqual(joined.cells[2], "二十四、灾害防治及应急管理")
        XCTAssertFalse(joined.flags.contains(.joinedAcrossBreak))
        // The same tail under a line that ended short of its cell: a row of its own.
        XCTAssertNil(PageBreakRows.joinTail(head, tail: ["", "", "理", ""], flags: [], cellFlags: [[], [], [], []],
                                            headFull: [false, false, false, false]))
        // A whole indicator row under a project's merged cells carried over the break: its text
        // starts a line of its own, so it is no tail, though its key cell is empty.
        let indicator = row(["410800", "专项工作经费", "61.10", "考场安排人数", "≥800人"])
        XCTAssertNil(PageBreakRows.joinTail(indicator, tail: ["", "", "", "考务工作完成率", "≥95%"], flags: [],
                                            cellFlags: Array(repeating: [], count: 5), headFull: [false, true, false, false, false]))
    }

    func testAUnitThatWouldHaveFittedJoinsBesideFullNamesAndAsks() throws {
        // A word processor wrapped a target's unit under its figure (≥160 / 个) though it seems to
        // fit, beside names that go on lines filling their cells: one row, asking for review.
        let target = row(["410800", "发放及时性", "及时", "增加基层就业", "≥160", "“三支一扶”满意", "≥95%"])
        let joined = try XCTUnwrap(PageBreakRows.joinTail(target, tail: ["", "", "", "岗位", "个", "度", ""], flags: [],
                                                          cellFlags: Array(repeating: [], count: 7),
                                                          headFull: [false, false, false, true, false, true, false], fits: [4]))
        XCTAssertEqual(joined.cells[3], "增加基层就业岗位")
        XCTAssertEqual(joined.cells[4], "≥160个")
        XCTAssertTrue(joined.flags.contains(.joinedAcrossBreak))
        // A name and a figure that would have fitted (0.10 after 0.86): the next item, a row of its own.
        XCTAssertNil(PageBreakRows.joinTail(row(["人员类", "国家保留津贴(行政)", "0.86"]), tail: ["", "国家保留津贴(事业)", "0.10"],
                                            flags: [], cellFlags: [[], [], []], headFull: [false, true, false], fits: [1, 2]))
    }

    func testATargetAfterTheBreakOpensARowOfItsOwn() {
        // A reportlab print (WPS-like): an indicator row closed at the page's foot, the project's
        // merged cells carried over the break; after it 对用工单位宣传次数 | ≥220次 under
        // 宣传报道时效性 | 及时, a value cell the short word fills. The rest of a cut text never opens
        // with a bound: a row of its own, whether the name would have fitted or not.
        let foot = row(["410800", "劳动保障监察宣传费", "2.88", "宣传报道时效性", "及时"])
        let tail = ["410800", "劳动保障监察宣传费", "2.88", "对用工单位宣传次数", "≥220次"]
        let carried: [Set<Flag>] = [[.mergedCellFilled], [.mergedCellFilled], [.mergedCellFilled], [], []]
        XCTAssertNil(PageBreakRows.joinTail(foot, tail: tail, flags: [], cellFlags: carried,
                                            headFull: [false, false, false, false, true], fits: [3]))
        XCTAssertNil(PageBreakRows.joinTail(foot, tail: tail, flags: [], cellFlags: carried,
                                            headFull: [false, false, false, true, true]))
        XCTAssertFalse(PageBreakRows.isSureTail(foot.cells, ["", "", "", "对用工单位宣传次数", "≥220次"],
                                                headFull: [false, false, false, true, true]))
    }
}

/// The steps of assembling a table from its pieces, on small hand-made pieces.
final class AssemblyStepsTests: XCTestCase {
    /// A ruled piece of `texts` (rows of cells), each cell 50 × 20 points.
    func piece(_ texts: [[String]], page: Int = 1) -> PageTable {
        let rows = texts.count, cols = texts.first?.count ?? 0
        let grid = Grid(xs: (0...cols).map { Double($0) * 50 }, ys: (0...rows).map { Double($0) * 20 },
                        hRuled: Array(repeating: Array(repeating: true, count: cols), count: rows + 1),
                        vRuled: Array(repeating: Array(repeating: true, count: cols + 1), count: rows))
        var cells: [Cell] = []
        for (r, row) in texts.enumerated() {
            for (c, text) in row.enumerated() {
                cells.append(Cell(row: r, col: c, box: Rect(x0: Double(c) * 50, y0: Double(r) * 20, x1: Double(c + 1) * 50, y1: Double(r + 1) * 20), text: text))
            }
        }
        return PageTable(page: page, grid: grid, cells: cells)
    }

    /// A continuation's repeated header whose words wrap otherwise than on the first page (财政
    /// 专户管理 | 资金, 单位资 | 金, 三级指 | 标 in narrow columns) is still the header: a row of
    /// texts each a header text or the beginning or end of one. A row of one such piece, or with
    /// any other text (a figure), is the body.
    func testARepeatedHeaderWrappedOtherwiseIsStillTheHeader() {
        let headerTexts: [String: Set<Int>] = ["项目名称": [0], "资金总额": [0], "财政专户管理资金": [0], "单位资金": [0],
                                               "三级指标": [1], "指标值": [1]]
        let wrapped = piece([["项目名称", "资金总额", "财政专户管理", "单位资", "三级指标", "指标值"],
                             ["", "", "资金", "金", "标", ""],
                             ["培训项目", "4.77", "", "", "考场安排人数", "≥800人"]])
        XCTAssertEqual(TableAssembler.repeatedHeaderRows(wrapped, headerTexts: headerTexts, limit: 2), 2)
        let body = piece([["", "", "资金", "", "", ""], ["培训项目", "4.77", "", "", "考场安排人数", "≥800人"]])
        XCTAssertEqual(TableAssembler.repeatedHeaderRows(body, headerTexts: headerTexts, limit: 2), 0)
        let figure = piece([["项目名称", "4.77", "财政专户管理", "", "", ""]])
        XCTAssertEqual(TableAssembler.repeatedHeaderRows(figure, headerTexts: headerTexts, limit: 2), 0)
        // Lone characters each ending a header text (费 of 公用经费): the rest of a row the break cut
        // (公务用车运行维护 / 费), not the header wrapped otherwise.
        let cutRest = piece([["科目名称", "科目名称", "公用经费"], ["费", "费", ""], ["公务接待费", "公务接待费", "4.46"]])
        XCTAssertEqual(TableAssembler.repeatedHeaderRows(cutRest, headerTexts: ["科目名称": [0], "公用经费": [0]], limit: 2), 1)
    }

    func testReadRowPlacesCellsAndFlagsWhatIsLostOrJoined() {
        let p = piece([["名称", "1.00", "2.00", "x"]])
        // Columns 1 and 2 of the page both into column 1 of the table; column 3 into none.
        let row = TableAssembler.readRow(0, of: p, coverage: p.coverage(), placement: [(0, 0), (1, 1), (2, 1), (3, -1)],
                                         columnCount: 2, filled: [], carry: [:])
        XCTAssertEqual(row.cells, ["名称", "1.002.00"])
        XCTAssertTrue(row.flags.contains(.severalValuesInCell))
        XCTAssertTrue(row.flags.contains(.textOutsideCell))
        XCTAssertTrue(row.flags.contains(.columnMismatch), "the piece has four columns, the table two")
        XCTAssertEqual(row.boxes[1], Rect(x0: 50, y0: 0, x1: 150, y1: 20))
    }

    /// A continuation whose columns split the table's (a column read as two where nothing parts
    /// its text: 100% set right, 良好 set left) places its rows as the table's: a row whose cells
    /// stand in distinct columns of the table asks nothing; one whose two cells meet in one
    /// column does. Columns that straddle the table's ask on every row.
    func testAPageWhoseColumnsSplitTheTablesAsksOnlyWhereCellsMeet() {
        let p = piece([["名称", "100%", ""], ["名称", "", "良好"], ["名称", "≥90%", "良好"]])
        let placement = [(0, 0), (1, 1), (2, 1)]
        func read(_ r: Int, _ xs: [Double]) -> TableAssembler.PlacedRow {
            let split = TableAssembler.splits(p, placement: placement, targetXs: xs, fraction: ExtractionSettings.standard.stitching.columnSplitFraction)
            return TableAssembler.readRow(r, of: p, coverage: p.coverage(), placement: placement, columnCount: 2, targetXs: xs,
                                          columnsSplit: split, filled: [], carry: [:])
        }
        // The page's columns 50–100 and 100–150 lie in the table's 50–150.
        XCTAssertEqual((0..<3).map { read($0, [0, 50, 150]).flags.contains(.columnMismatch) }, [false, false, true])
        XCTAssertEqual(read(1, [0, 50, 150]).cells, ["名称", "良好"])
        // The table's line at 80 cuts the page's column 50–100: no split.
        XCTAssertTrue(read(0, [0, 80, 150]).flags.contains(.columnMismatch))
    }

    /// A column of a page read without rules that lies over three of the table's (the two beside
    /// it empty on that page: no gap told them apart) gives its cell to the one its printed text
    /// stands in, not to all three; a ruled page's cell over several columns (drawn merged) fills each.
    func testACellOverSeveralColumnsOfAPageWithoutRulesGoesWhereItsTextStands() {
        var p = piece([["名称", "3,714.00"]])
        p.cells[1].inkBox = Rect(x0: 112, y0: 4, x1: 140, y1: 16)   // in the table's column 2 (100–150)
        let placement = [(0, 0), (1, 1), (1, 2), (1, 3)]
        let xs: [Double] = [0, 50, 100, 150, 200]
        let ruled = TableAssembler.readRow(0, of: p, coverage: p.coverage(), placement: placement, columnCount: 4,
                                           targetXs: xs, filled: [], carry: [:])
        XCTAssertEqual(ruled.cells, ["名称", "3,714.00", "3,714.00", "3,714.00"])
        for i in p.cells.indices { p.cells[i].flags.insert(.noRulings) }
        let spaced = TableAssembler.readRow(0, of: p, coverage: p.coverage(), placement: placement, columnCount: 4,
                                            targetXs: xs, filled: [], carry: [:])
        XCTAssertEqual(spaced.cells, ["名称", "", "3,714.00", ""])
        XCTAssertTrue(spaced.flags.contains(.columnMismatch))
    }

    func testACarriedTextFillsTheEmptyTopCellOfAMergedColumn() {
        let next = piece([["", "3.00"], ["乙", "4.00"]])
        let carry: TableAssembler.Carry = [0: ("甲单位", true)]
        let filled = TableAssembler.cellsContinuingCarry(next, top: 0, carry: carry, mapping: [0, 1], coverage: next.coverage())
        XCTAssertEqual(filled.count, 1)
        let row = TableAssembler.readRow(0, of: next, coverage: next.coverage(), placement: [(0, 0), (1, 1)], columnCount: 2,
                                         filled: filled, carry: carry)
        XCTAssertEqual(row.cells, ["甲单位", "3.00"])
        XCTAssertTrue(row.flags.isSuperset(of: [.splitByPageBreak, .mergedCellFilled]))
        // A new text at the top ends the group: nothing is carried into it.
        let fresh = piece([["丙", "3.00"]])
        XCTAssertEqual(TableAssembler.cellsContinuingCarry(fresh, top: 0, carry: carry, mapping: [0, 1], coverage: fresh.coverage()), [])
    }

    func testWhatRunsOffTheBottomIsCarried() {
        let p = piece([["甲单位", "1.00"], ["乙单位", "2.00"]])
        let carry = TableAssembler.carriedOver(p, bodyStart: 0, coverage: p.coverage(), mapping: [0, 1], filled: [], carry: [:])
        XCTAssertEqual(carry[0]?.text, "乙单位", "a label runs on")
        XCTAssertEqual(carry[0]?.merged, false)
        XCTAssertNil(carry[1], "an amount in an unmerged cell does not")
    }

    func testAnEmptyCellAfterABreakInAnAlwaysFilledMergingColumnIsMarked() {
        var merged = piece([["甲", "1.00"], ["", "2.00"]])
        merged.cells[0].rowSpan = 2
        let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        var rows = (0..<30).map { i in TableRow(cells: [i == 6 ? "" : "甲", "1.00"], page: 1, box: zero, cellBoxes: []) }
        TableAssembler.markEmptyAfterBreak(&rows, breakRows: [6], pieces: [merged], columnCount: 2, settings: .init())
        XCTAssertTrue(rows[6].flags.contains(.emptyAfterBreak))
        XCTAssertEqual(rows.filter { $0.flags.contains(.emptyAfterBreak) }.count, 1)
        // The empty cell itself says so, for the checks to weigh (only the name column).
        XCTAssertEqual(rows[6].cellFlags.map { $0.contains(.emptyAfterBreak) }, [true, false])
    }

    func testCodeAndNameThatPartJustAfterABreakAsk() {
        // Code and name change together on every row away from the break; on the next page the
        // code goes on from the project before (carried) while the name starts a new project's.
        let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        let projects = [("0101", "甲项目"), ("0101", "甲项目"), ("0102", "乙项目"), ("0103", "丙项目"), ("0103", "丙项目"), ("0104", "丁项目")]
        var rows = projects.map { TableRow(cells: [$0.0, $0.1, "1.00"], page: 1, box: zero, cellBoxes: []) }
        var next = TableRow(cells: ["0104", "戊项目", "2.00"], page: 2, box: zero, cellBoxes: [])
        next.cellFlags[0] = [.mergedCellFilled, .splitByPageBreak]
        next.flags.insert(.rowsFromText)
        rows.append(next)
        TableAssembler.markCarriesThatDisagree(&rows, breakRows: [6], columnCount: 3, settings: .init())
        XCTAssertTrue(rows[6].flags.contains(.rowBoundaryUncertain))
        // The rows of the group before the break too (丙项目's two rows are one group, 丁项目 alone):
        // had row 6 gone on with 丁项目, 戊项目 would be the rest of a cut name.
        XCTAssertEqual(rows.indices.filter { rows[$0].flags.contains(.rowBoundaryUncertain) }, [5, 6])
        // A group of two rows before the break: both hold the name's first part, both ask.
        var twoRowGroup = projects.map { TableRow(cells: [$0.0, $0.1, "1.00"], page: 1, box: zero, cellBoxes: []) }
        twoRowGroup.append(TableRow(cells: ["0104", "丁项目", "1.00"], page: 1, box: zero, cellBoxes: []))
        twoRowGroup.append(next)
        TableAssembler.markCarriesThatDisagree(&twoRowGroup, breakRows: [7], columnCount: 3, settings: .init())
        XCTAssertEqual(twoRowGroup.indices.filter { twoRowGroup[$0].flags.contains(.rowBoundaryUncertain) }, [5, 6, 7])
        // Both carried (the project goes on over the break), or both new: nothing to ask.
        var agree = rows.dropLast().map { r -> TableRow in var r = r; r.flags.remove(.rowBoundaryUncertain); return r }
        var goesOn = TableRow(cells: ["0104", "丁项目", "1.00"], page: 2, box: zero, cellBoxes: [])
        goesOn.cellFlags[0] = [.mergedCellFilled, .splitByPageBreak]; goesOn.cellFlags[1] = [.mergedCellFilled, .splitByPageBreak]
        goesOn.flags.insert(.rowsFromText)
        agree.append(goesOn)
        var newOne = TableRow(cells: ["0105", "戊项目", "2.00"], page: 2, box: zero, cellBoxes: [])
        newOne.flags.insert(.rowsFromText)
        agree.append(newOne)
        TableAssembler.markCarriesThatDisagree(&agree, breakRows: [6, 7], columnCount: 3, settings: .init())
        XCTAssertFalse(agree.contains { $0.flags.contains(.rowBoundaryUncertain) })
        // Rows parted by rules, not by text lines: a carried cell there is where the rules put it.
        var ruled = rows.map { r -> TableRow in var r = r; r.flags = []; return r }
        TableAssembler.markCarriesThatDisagree(&ruled, breakRows: [6], columnCount: 3, settings: .init())
        XCTAssertFalse(ruled.contains { $0.flags.contains(.rowBoundaryUncertain) })
    }

    func testAMergedCellLostAtEveryBreakOfALongTableIsMarkedAtEachBreak() {
        // 40 rows over 8 pages; at each break the two rows under the cut merged cell lost its
        // text: a sixth of the column is empty, all of it just after breaks.
        var merged = piece([["甲", "1.00"], ["", "2.00"]])
        merged.cells[0].rowSpan = 2
        let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        let breaks = Set(stride(from: 5, to: 40, by: 5).flatMap { [$0, $0 + 1] })
        var rows = (0..<40).map { i in TableRow(cells: [breaks.contains(i) ? "" : "甲", "1.00"], page: 1, box: zero, cellBoxes: []) }
        TableAssembler.markEmptyAfterBreak(&rows, breakRows: breaks, pieces: [merged], columnCount: 2, settings: .init())
        XCTAssertEqual(Set(rows.indices.filter { rows[$0].flags.contains(.emptyAfterBreak) }), breaks)
        // A column often empty away from the breaks too is no sign of a loss.
        var sparse = (0..<40).map { i in TableRow(cells: [i % 3 == 0 ? "" : "甲", "1.00"], page: 1, box: zero, cellBoxes: []) }
        TableAssembler.markEmptyAfterBreak(&sparse, breakRows: breaks, pieces: [merged], columnCount: 2, settings: .init())
        XCTAssertFalse(sparse.contains { $0.flags.contains(.emptyAfterBreak) })
        // A group that leaves the column empty before the break as well lost nothing there.
        var gap = (0..<40).map { i in TableRow(cells: [(10...12).contains(i) ? "" : "甲", "1.00"], page: 1, box: zero, cellBoxes: []) }
        TableAssembler.markEmptyAfterBreak(&gap, breakRows: [11, 12], pieces: [merged], columnCount: 2, settings: .init())
        XCTAssertFalse(gap.contains { $0.flags.contains(.emptyAfterBreak) })
    }

    func testTheTailOfARowCutByABreakIsMarkedWhereItsColumnsAreEmpty() {
        // No column merges: the first row after the break holds only the tail of the cut
        // row's last cell ("任务进展情况"), its other always-filled columns empty.
        let plain = piece([["a", "b", "c"]])
        let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        var rows = (0..<20).map { _ in TableRow(cells: ["产出指标", "≥95%", "反映进展"], page: 1, box: zero, cellBoxes: []) }
        rows[10].cells = ["", "", "任务进展情况"]
        rows[11].cells = ["", "90%", "反映"]   // the second row under the break is no row's tail
        TableAssembler.markEmptyAfterBreak(&rows, breakRows: [10, 11], pieces: [plain], columnCount: 3, settings: .init())
        XCTAssertEqual(rows.indices.filter { rows[$0].flags.contains(.emptyAfterBreak) }, [10])
    }

    func testNoPiecesIsAnEmptyTableNotATrap() {
        XCTAssertTrue(TableAssembler.assemble([]).rows.isEmpty)
    }
}

/// A table wider than its page, clipped by the printer: the right side has no rule and its glyphs
/// run to the clip. A table open on both sides by design, or with padding on its open side, is not.
final class CutAtPageEdgeTests: XCTestCase {
    func grid(leftRuled: Bool, rightRuled: Bool) -> Grid {
        let xs = [40.0, 100, 160, 200], ys = [100.0, 120, 140, 160]
        let v = Array(repeating: [leftRuled, true, true, rightRuled], count: 3)
        return Grid(xs: xs, ys: ys, hRuled: Array(repeating: Array(repeating: true, count: 3), count: 4), vRuled: v)
    }
    func glyph(_ x0: Double, _ x1: Double, y: Double = 125) -> TextChar {
        TextChar(text: "财", box: Rect(x0: x0, y0: y, x1: x1, y1: y + 10))
    }

    func testGlyphsRunningToAnUnruledRightSideWereCut() {
        let d = ExtractionSettings.standard.text.openEdgeTouchDistance
        XCTAssertTrue(PageTableBuilder.textReachesOpenRightSide(grid(leftRuled: true, rightRuled: false), chars: [glyph(192, 200.4)], distance: d))
        XCTAssertTrue(PageTableBuilder.textReachesOpenRightSide(grid(leftRuled: true, rightRuled: false), chars: [glyph(196, 204)], distance: d))
    }

    func testPaddedOrRuledOrOpenBothSidesIsNotCut() {
        let d = ExtractionSettings.standard.text.openEdgeTouchDistance
        XCTAssertFalse(PageTableBuilder.textReachesOpenRightSide(grid(leftRuled: true, rightRuled: false), chars: [glyph(188, 197)], distance: d))
        XCTAssertFalse(PageTableBuilder.textReachesOpenRightSide(grid(leftRuled: true, rightRuled: true), chars: [glyph(192, 200.4)], distance: d))
        XCTAssertFalse(PageTableBuilder.textReachesOpenRightSide(grid(leftRuled: false, rightRuled: false), chars: [glyph(192, 200.4)], distance: d))
        XCTAssertFalse(PageTableBuilder.textReachesOpenRightSide(grid(leftRuled: true, rightRuled: false), chars: [glyph(192, 200.4, y: 170)], distance: d),
                       "text below the table is not the table's")
    }

    /// Horizontal rules only: a project's row cut by the page break at the page's foot (no rule
    /// under its code column) runs on to the foot, partial rules under its indicator rows and
    /// all. Its lines are the table's, a line with a figure among them (an indicator's ≤ / 36.48
    /// / 万元 wrapped in a narrow column), even where a row further up prints a figure in that
    /// column: they were a table of their own, dropped for its few amounts.
    func testOpenRowAtThePageFootKeepsItsFigureLines() throws {
        let full: [Double] = [0, 16, 44, 72]
        var segs = full.map { Segment(.horizontal, at: $0, from: 0, to: 290) }
        segs.append(Segment(.horizontal, at: 118, from: 170, to: 290))   // under the first indicator row, short of the merged cells
        var cs = chars("编码", x: 5, y: 4) + chars("名称", x: 75, y: 4) + chars("金额", x: 125, y: 4)
            + chars("指标", x: 175, y: 4) + chars("指标值", x: 235, y: 4)
        cs += chars("0001", x: 5, y: 20) + chars("项目甲", x: 75, y: 20) + chars("12.50", x: 130, y: 20)
            + chars("成本", x: 175, y: 20) + chars("36.48", x: 235, y: 20) + chars("经费", x: 75, y: 32)
        cs += chars("0002", x: 5, y: 48) + chars("项目乙", x: 75, y: 48) + chars("20.00", x: 130, y: 48)
            + chars("数量", x: 175, y: 48) + chars("≥5次", x: 235, y: 48) + chars("经费", x: 75, y: 60)
        // The open row: its amounts, then its name and a one-character-a-line indicator wrapping on.
        cs += chars("0003", x: 5, y: 76) + chars("项目丙", x: 75, y: 76) + chars("7.25", x: 130, y: 76)
            + chars("成本", x: 175, y: 76) + chars("≤", x: 235, y: 76)
        cs += chars("丙续一", x: 75, y: 88) + chars("救", x: 190, y: 88)
        cs += chars("丙续二", x: 75, y: 100) + chars("助", x: 190, y: 100)
        cs += chars("金", x: 190, y: 112)
        cs += chars("丙续三", x: 75, y: 122) + chars("总额", x: 175, y: 122) + chars("36.48", x: 235, y: 122)
        cs += chars("丙续四", x: 75, y: 134) + chars("万元", x: 235, y: 134)
        let page = PageLayout(number: 1, width: 300, height: 150, chars: cs, segments: segs)
        let tables = PageTableBuilder.tables(on: page)
        XCTAssertEqual(tables.count, 1)
        let t = try XCTUnwrap(tables.first)
        let texts = t.cells.map(\.text)
        XCTAssertEqual(texts.filter { $0.contains("36.48") }.count, 2, "\(t.textMatrix())")
        XCTAssertTrue(texts.contains { $0.contains("万元") })
        XCTAssertTrue(texts.contains { $0.contains("丙续四") })
    }

}
