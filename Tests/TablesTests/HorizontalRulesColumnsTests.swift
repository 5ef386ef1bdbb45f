import XCTest
@testable import Layout
@testable import Tables

/// Columns of a table printed with horizontal rules only (a spreadsheet's print), from what the
/// rules and the text show together.
final class HorizontalRulesColumnsTests: XCTestCase {
    private func word(_ text: String, _ x0: Double, _ x1: Double, row: Int, numeric: Bool = false) -> StreamTables.Word {
        StreamTables.Word(text: text, box: Rect(x0: x0, y0: Double(row) * 12, x1: x1, y1: Double(row) * 12 + 10), numeric: numeric)
    }

    private func rule(_ row: Int, _ x0: Double, _ x1: Double) -> StreamTables.Rule {
        StreamTables.Rule(y: Double(row) * 12 - 1, spans: [(x0, x1)])
    }

    /// A rule that starts at 165 (a label merged down on its left over the rows it parts) puts
    /// the column line there: the line guessed from the text at 136, in the same whitespace,
    /// moves onto it. A line of prose merged across both does not hold it back; one of the rows
    /// the rule parts, with a word starting between the two, does.
    func testALineGuessedInTheWhitespaceMovesOntoARulesEnd() {
        let words = [word("年度主要任务", 30, 100, row: 1), word("任务名称", 167, 220, row: 1), word("主要内容", 300, 340, row: 1),
                     word("深入开展工作", 167, 240, row: 2), word("新增就业6万人", 300, 380, row: 2),
                     word("根据省人力资源社会保障厅下达的", 120, 390, row: 4)]
        let rules = [rule(2, 165, 400), rule(3, 165, 400)]
        XCTAssertEqual(StreamTables.columnLinesAtRuleEnds([28, 136, 280, 400], rules: rules, words: words, size: 10), [28, 165, 280, 400])
        // A word of the rows the rule parts starting between 136 and 165: the end adds a line.
        let between = words + [word("甲", 150, 160, row: 2)]
        XCTAssertEqual(StreamTables.columnLinesAtRuleEnds([28, 136, 280, 400], rules: rules, words: between, size: 10), [28, 136, 165, 280, 400])
    }

    /// Rule ends that are no cell edges: a rule reaching neither side of the table (an underline
    /// in prose), an end crossed by a word printed beside the rule, and a table the text shows
    /// no columns in (a rule's end alone does not make one).
    func testRuleEndsThatAreNoCellEdges() {
        let words = [word("项目", 30, 60, row: 1), word("一般公共服务支出", 120, 200, row: 1), word("1.00", 250, 270, row: 1)]
        XCTAssertEqual(StreamTables.columnLinesAtRuleEnds([28, 100, 230, 300], rules: [rule(2, 140, 180)], words: words, size: 10), [28, 100, 230, 300])
        XCTAssertEqual(StreamTables.columnLinesAtRuleEnds([28, 100, 230, 300], rules: [rule(2, 150, 300)], words: words, size: 10), [28, 100, 230, 300])
        XCTAssertEqual(StreamTables.columnLinesAtRuleEnds([28, 300], rules: [rule(2, 150, 300)], words: [], size: 10), [28, 300])
    }

    /// A figure set right in its cell (100%) ends 0.8 pt before the next column's name set left,
    /// so the two read as one word; the names of other rows start where that name starts: the
    /// word is parted there, into the figure and the name. Without the rows that show the edge,
    /// or where the characters touch (one run: 100%完成), it stays whole.
    func testAFigureRunIntoTheNextCellsNameIsPartedAtTheAlignedEdge() {
        func line(_ parts: [(String, Double)], row: Int) -> (TextLine, StreamTables.Word) {
            var cs: [TextChar] = []
            for (text, x) in parts {
                for (i, ch) in text.enumerated() {
                    cs.append(TextChar(text: String(ch), box: Rect(x0: x + Double(i) * 4.5, y0: Double(row) * 12, x1: x + Double(i + 1) * 4.5, y1: Double(row) * 12 + 8), fontSize: 8))
                }
            }
            let box = Rect.enclosing(cs.map(\.box))!
            let text = parts.map(\.0).joined()
            return (TextLine(text: text, box: box, fontSize: 8, chars: cs), StreamTables.Word(text: text, box: box, numeric: false))
        }
        let names = (0..<3).map { line([("提升服务水平", 579.4)], row: $0 + 1) }
        let joined = line([("100%", 560.6), ("机关事业单位", 579.4)], row: 5)
        let lines = names.map(\.0) + [joined.0], words = names.map { [$0.1] } + [[joined.1]]
        let out = StreamTables.splitAtAlignedEdges(words, lines: lines, body: words.flatMap { $0 }, minRows: 3, slack: 1)
        XCTAssertEqual(out.last?.map(\.text), ["100%", "机关事业单位"])
        XCTAssertEqual(out.last?.first?.box.x1, 579.4 - 0.8)
        XCTAssertEqual(out.last?.last?.box.x0, 579.4)
        let few = StreamTables.splitAtAlignedEdges(Array(words.suffix(3)), lines: Array(lines.suffix(3)), body: Array(words.suffix(3)).flatMap { $0 }, minRows: 3, slack: 1)
        XCTAssertEqual(few.last?.map(\.text), ["100%机关事业单位"])
        let touching = line([("100%", 561.4), ("完成", 579.4)], row: 5)
        let run = StreamTables.splitAtAlignedEdges(names.map { [$0.1] } + [[touching.1]], lines: names.map(\.0) + [touching.0],
                                                   body: names.map(\.1) + [touching.1], minRows: 3, slack: 1)
        XCTAssertEqual(run.last?.map(\.text), ["100%完成"])
    }

    /// A code printed once (302) set right in its cell 1.4 pt before the unit's name set left in
    /// the next, the names of other rows starting there too: the column line guessed across the
    /// code moves past it, into the gap before the names. A line across a name stays.
    func testALineAcrossACodeSetRightMovesPastIt() {
        let body = [word("302", 238.3, 250.0, row: 0)] + (0..<4).map { word("焦作市社会保险中心", 251.4, 330, row: $0) }
            + (1..<4).map { word("提前下达中等职业教育", 110.5, 243.3, row: $0) }
        XCTAssertEqual(StreamTables.linesPastFiguresSetRight([28, 93, 247, 388], body: body, size: 8, minRows: 3, slack: 1), [28, 93, 250.7, 388])
        let named = body + [word("社保", 240, 252, row: 5)]
        XCTAssertEqual(StreamTables.linesPastFiguresSetRight([28, 93, 247, 388], body: named, size: 8, minRows: 3, slack: 1), [28, 93, 247, 388])
    }

    /// A value column holding text set left and a few figures set right (≥2次 over 100%), and a
    /// value wrapped with spaces (2026年 12 月 31 日前): the gaps inside part no cells where the
    /// header word (指标值), centred in its cell, is centred on the columns together and no row
    /// holds two texts apart in them. A row with two texts apart there keeps the lines.
    func testColumnsUnderAHeaderCentredOnThemTogetherAreOneColumn() {
        let xs: [Double] = [430, 515, 555, 567, 579, 660]
        let leaves = [word("三级指标", 460, 480, row: 0), word("指标值", 541.4, 554.9, row: 0), word("三级指标", 610, 628, row: 0)]
        let rows = [[word("维修维护次数", 436, 472, row: 1), word("≥2次", 517.6, 531, row: 1)],
                    [word("完成时间", 436, 460, row: 2), word("2026年 12 月 31", 517.6, 553.6, row: 2), word("日前", 555.9, 564.9, row: 2)],
                    [word("维修维护合格率", 436, 468, row: 3), word("100%", 569.4, 578.6, row: 3, numeric: true), word("提升服务水平", 580, 620, row: 3)]]
        XCTAssertEqual(StreamTables.columnsUnderCentredHeader(xs, leaves: leaves, header: leaves, rows: rows, minGap: 3), [430, 515, 579, 660])
        let apart = rows + [[word("及时", 517.6, 527, row: 4), word("100%", 569.4, 578.6, row: 4, numeric: true)]]
        XCTAssertEqual(StreamTables.columnsUnderCentredHeader(xs, leaves: leaves, header: leaves, rows: apart, minGap: 3), xs)
    }

    /// A comparison sign set 1.6 pt off the figure after it (≤ 36.48万元, a spreadsheet's print)
    /// is one word with it: beside a digit a gap of 0.15 em parts words (an amount against a
    /// name), but not after a sign that opens a figure. A letter there still parts at the digit gap.
    func testAComparisonSignStaysWithItsFigure() {
        func chars(_ parts: [(String, Double)]) -> TextLine {
            var cs: [TextChar] = []
            for (text, x) in parts {
                for (i, ch) in text.enumerated() { cs.append(TextChar(text: String(ch), box: Rect(x0: x + Double(i) * 4, y0: 0, x1: x + Double(i + 1) * 4, y1: 8), fontSize: 8)) }
            }
            return TextLine(text: parts.map(\.0).joined(), box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
        }
        XCTAssertEqual(StreamTables.words(chars([("≤", 396), ("36.48", 401.6)]), gapFactor: 0.4).map(\.text), ["≤36.48"])
        XCTAssertEqual(StreamTables.words(chars([("A", 396), ("36.48", 401.6)]), gapFactor: 0.4).map(\.text), ["A", "36.48"])
    }

    /// An amount followed by its unit of money and the sentence going on or ending is prose
    /// (38.20 | 万元，其中：…, 11381.60 | 万元。); a unit column's cell (500.00 | 万元), a name
    /// after an amount, or a count (25 | 个，) is not.
    func testAnAmountStatedInASentence() {
        let row = { (texts: [String]) in texts.enumerated().map { self.word($0.element, Double($0.offset) * 60, Double($0.offset) * 60 + 50, row: 0) } }
        XCTAssertTrue(StreamTables.amountInSentence(row(["年度本部门政府采购预算", "38.20", "万元，其中：政府采购货物预算"])))
        XCTAssertTrue(StreamTables.amountInSentence(row(["涉及项目预算资金", "11381.60", "万元。"])))
        XCTAssertFalse(StreamTables.amountInSentence(row(["项目支出", "500.00", "万元"])))
        XCTAssertFalse(StreamTables.amountInSentence(row(["500.00", "一般公共服务支出"])))
        XCTAssertFalse(StreamTables.amountInSentence(row(["项目共", "25", "个，涉及"])))
    }

    /// A wrapped name run across the line into the next column (its cell read over both) that
    /// also holds a word where that column's values start down the rows (明显, the next cell's
    /// value between the name's lines): the cell asks. Prose across the line with no word at
    /// that place does not.
    func testACellHoldingTheNextColumnsValueIsSeen() {
        let xs: [Double] = [579, 658, 700]
        let values = (0..<3).map { word("良好", 660.8, 670, row: $0) }
        let starts = StreamTables.valueStarts(xs, body: values + [word("保障工作正常开展", 580, 640, row: 3)], minRows: 3, slack: 1)
        XCTAssertEqual(starts[1], 660.8)
        let name = [word("保障单位各项工作开展,促进就业事务顺", 579.4, 662, row: 5), word("明显", 660.8, 670, row: 6), word("利完成", 579.4, 600, row: 7)]
        XCTAssertTrue(StreamTables.holdsTheNextValue(name, columns: 0..<2, xs: xs, starts: starts, slack: 1))
        XCTAssertFalse(StreamTables.holdsTheNextValue([name[0], name[2]], columns: 0..<2, xs: xs, starts: starts, slack: 1))
        XCTAssertFalse(StreamTables.holdsTheNextValue(name, columns: 0..<1, xs: xs, starts: starts, slack: 1))
    }

    /// A two-sided summary's total row carried alone to a page: its 收入 amount set right ends
    /// 2 pt before the 支出 side's item set left (53,056.22 | 支出总计), one row, so no edges
    /// aligned down the rows show the columns. An amount and a name that close are two cells:
    /// a column line parts them. Text there (合计 | 支出总计) stays one run.
    func testAnAmountBesideTextIsTwoCellsOnARowOfItsOwn() {
        let header = [word("项目", 116.5, 138.5, row: 0), word("金额", 272.6, 294.6, row: 0),
                      word("项目", 428.6, 450.6, row: 0), word("金额", 584.6, 606.6, row: 0)]
        let body = [word("收入总计", 29.3, 73.3, row: 1), word("53,056.22", 289.9, 339.4, row: 1, numeric: true),
                    word("支出总计", 341.4, 385.4, row: 1), word("53,056.22", 601.9, 651.4, row: 1, numeric: true)]
        let xs = StreamTables.columnLines(body: body, header: header, from: 28, to: 653, minGap: 3, alignedEdgeRows: 3, alignedEdgeSlack: 1)
        XCTAssertTrue(xs.contains { $0 > 339.4 && $0 < 341.4 }, "\(xs)")
        XCTAssertTrue(StreamTables.amountBesideText(body, leftEdge: 339.5, rightEdge: 341.5, minRows: 3, slack: 1))
        let text = [word("合计", 300, 339.4, row: 1), word("支出总计", 341.4, 385.4, row: 1)]
        XCTAssertFalse(StreamTables.amountBesideText(text, leftEdge: 339.5, rightEdge: 341.5, minRows: 3, slack: 1))
    }
}
