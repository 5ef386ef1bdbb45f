import XCTest
@testable import Budget
@testable import Pipeline
@testable import Tables

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
}
