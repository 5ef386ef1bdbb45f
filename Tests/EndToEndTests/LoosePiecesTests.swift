import XCTest
@testable import Budget
@testable import Pipeline
@testable import Tables
@testable import Layout

final class LoosePiecesTests: XCTestCase {
    func table(_ n: Int, _ kind: TableKind, title: String, pages: [Int]) -> BudgetTable {
        BudgetTable(number: n, kind: kind, code: nil, title: title, department: nil, unit: nil, pages: pages,
                    regions: [], headerRows: 1, columns: [], rows: [], notes: [])
    }

    func testAnUntitledPieceOnAPageAnotherTableSkipsMarksBoth() {
        var tables = [table(1, .deptPerformance, title: "部门整体绩效目标表", pages: [10, 12]),
                      table(2, .threePublic, title: "", pages: [11]),
                      table(3, .projectPerformance, title: "项目绩效目标表", pages: [13, 14])]
        LoosePieces.mark(&tables)
        XCTAssertEqual(tables.map { $0.flags.contains(.pieceNotStitched) }, [true, true, false])
    }

    func testAnUntitledPieceOfAKindTheDocumentAlreadyHasIsMarked() {
        var tables = [table(1, .threePublic, title: "“三公”经费预算表", pages: [5]),
                      table(2, .threePublic, title: "", pages: [9])]
        LoosePieces.mark(&tables)
        XCTAssertEqual(tables.map { $0.flags.contains(.pieceNotStitched) }, [false, true])
    }

    /// A loose piece (untitled, neither stitched nor classified) marks the titled table printed
    /// just before it, which may miss its rows; not one that ended pages before.
    func testALoosePieceMarksTheTableJustBeforeIt() {
        var loose = table(2, .other, title: "", pages: [11])
        loose.flags.insert(.pieceNotStitched)
        var far = table(4, .other, title: "", pages: [20])
        far.flags.insert(.pieceNotStitched)
        var tables = [table(1, .revenue, title: "部门收入预算表", pages: [9]), loose,
                      table(3, .expenditure, title: "部门支出预算表", pages: [12, 13]), far]
        LoosePieces.mark(&tables)
        XCTAssertEqual(tables.map { $0.flags.contains(.pieceNotStitched) }, [true, true, false, true])
    }

    func testTitledTablesAndAnUntitledTableOfItsOwnKindAreLeftAlone() {
        var tables = [table(1, .budgetSummary, title: "收支预算总表", pages: [1, 2]),
                      table(2, .revenue, title: "", pages: [3]),
                      table(3, .expenditure, title: "支出预算表", pages: [4, 6]),
                      table(4, .gpbExpenditure, title: "一般公共预算支出表", pages: [5])]
        LoosePieces.mark(&tables)
        XCTAssertFalse(tables.contains { !$0.flags.isEmpty })
    }

    /// A page where no table was read, holding rules of one extent (at least three, each long)
    /// with text in two of the bands between them: a chunk of a table's columns printed on a page
    /// of its own (a spreadsheet's last columns, text only, rows mostly empty). Rules of other
    /// extents, text in one band only, or a few rules too short to be a table's do not count;
    /// more short rules than a one-column table's rows do.
    func testRulesOfATableWithTextBetweenAndNoTableReadAreAnUnreadStack() {
        func rule(_ y: Double, _ x0: Double = 50, _ x1: Double = 200) -> Segment { Segment(.horizontal, at: y, from: x0, to: x1) }
        func line(_ text: String, _ x: Double, _ y: Double) -> TextLine {
            let chars = text.enumerated().map { i, ch in
                TextChar(text: String(ch), box: Rect(x0: x + Double(i) * 6, y0: y, x1: x + Double(i + 1) * 6, y1: y + 6), fontSize: 6)
            }
            return TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + Double(chars.count) * 6, y1: y + 6), fontSize: 6, chars: chars)
        }
        let rules = [100.0, 110, 120, 130, 140, 150].map { rule($0) }
        let header = line("满意度指标", 100, 102), first = line("职工满意度", 60, 122)
        XCTAssertTrue(UnreadStacks.found(segments: rules, pieces: [], outside: [header, first], settings: .standard))
        XCTAssertFalse(UnreadStacks.found(segments: rules, pieces: [], outside: [header], settings: .standard))
        XCTAssertFalse(UnreadStacks.found(segments: [rule(100), rule(110, 50, 300), rule(120, 60, 200)], pieces: [],
                                          outside: [header, first], settings: .standard))
        XCTAssertFalse(UnreadStacks.found(segments: [100.0, 110, 120, 130].map { rule($0, 50, 90) }, pieces: [],
                                          outside: [line("满意", 55, 102), line("良好", 55, 122)], settings: .standard))
        // Short rules stacked more than a one-column table's rows: a narrow column alone on its
        // page (指标值 over ≥95%, most rows empty), no underlines.
        XCTAssertTrue(UnreadStacks.found(segments: stride(from: 100.0, through: 170, by: 10).map { rule($0, 50, 90) }, pieces: [],
                                         outside: [line("满意", 55, 102), line("良好", 55, 142)], settings: .standard))
    }

    /// A page where no table was read that prints a table's row, two amounts or more standing
    /// apart (a no-rules table's last page: names under the header repeated, one line of amounts
    /// among them, read as no table), holds the rest of a table; a sentence stating two amounts
    /// does not, nor does a page where a table was read.
    func testARowOfAmountsNoTableTookIsAnUnreadPiece() {
        func line(_ parts: [(String, Double)], y: Double = 100) -> TextLine {
            let chars = parts.flatMap { text, x in
                text.enumerated().map { i, ch in
                    TextChar(text: String(ch), box: Rect(x0: x + Double(i) * 6, y0: y, x1: x + Double(i + 1) * 6, y1: y + 6), fontSize: 9)
                }
            }
            return TextLine(text: parts.map(\.0).joined(separator: " "), box: Rect(x0: chars.first?.box.x0 ?? 0, y0: y, x1: chars.last?.box.x1 ?? 0, y1: y + 6),
                            fontSize: 9, chars: chars)
        }
        let row = line([("二、年终结转结余", 60), ("3,094.12", 140), ("3,094.12", 220)])
        XCTAssertTrue(UnreadStacks.found(segments: [], pieces: [], outside: [row], settings: .standard))
        let sentence = line([("收入3,094.12万元，支出3,094.12万元。", 60)])
        XCTAssertFalse(UnreadStacks.found(segments: [], pieces: [], outside: [sentence], settings: .standard))
        let one = line([("二、年终结转结余", 60), ("3,094.12", 140)])
        XCTAssertFalse(UnreadStacks.found(segments: [], pieces: [], outside: [one], settings: .standard))
        // Amounts alone on their line, their columns set close (a space's width apart; the name
        // wrapped a few characters a line beside them, on lines of its own), are a row all the same.
        let close = line([("6,387,300.00", 160), ("6,387,300.00", 238), ("6,387,300.00", 316)])
        XCTAssertTrue(UnreadStacks.found(segments: [], pieces: [], outside: [close], settings: .standard))
        let closeInSentence = line([("合计", 146), ("6,387,300.00", 160), ("6,387,300.00", 238)])
        XCTAssertFalse(UnreadStacks.found(segments: [], pieces: [], outside: [closeInSentence], settings: .standard))
    }

    /// The table printed just before a page with an unread stack (ending at most two pages
    /// before it) asks for review; one ending earlier does not.
    func testAnUnreadStackMarksTheTableJustBeforeIt() {
        var tables = [table(1, .deptPerformance, title: "部门整体绩效目标表", pages: [28, 29]),
                      table(2, .projectPerformance, title: "项目绩效目标表", pages: [31, 32])]
        UnreadStacks.mark(&tables, pages: [33, 34])
        XCTAssertEqual(tables.map { $0.flags.contains(.pieceNotStitched) }, [false, true])
    }
}
