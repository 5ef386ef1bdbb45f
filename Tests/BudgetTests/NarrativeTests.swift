import XCTest
@testable import Budget
@testable import Layout
@testable import Tables

/// The narrative check on wordings other than the seed's: a name and its figure share a clause.
final class NarrativeTests: XCTestCase {
    func table(kind: TableKind, paths: [[String]], rows: [[String]], unit: String = "万元") -> BudgetTable {
        constructedTable(kind: kind, unit: unit, headerRows: 1, paths: paths, rows: rows)
    }

    /// A project table of two rows, and the narrative results on `text`.
    func narrative(_ text: String) -> [CheckResult] {
        let t = table(kind: .projectExpenditure, paths: [["项目名称"], ["合计"]], rows: [
            ["合计", "1,250.00"], ["农村公路养护补助资金", "1,200.00"], ["河道保洁服务经费", "50.00"]])
        let doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [t], narrative: [text])
        return DocumentChecks.narrative(doc, amounts: doc.tables.map(Checker.amountColumns))
    }

    func testAnyWordingWithinTheClause() {
        for wording in ["达", "合计", "预计", "决算数为", "为", "安排", "全年安排"] {
            let results = narrative("2025年农村公路养护补助资金\(wording)1200.00万元，用于县乡道路。")
            XCTAssertEqual(results.count, 1, wording)
            XCTAssertEqual(results.first?.passed, true, wording)
        }
    }

    func testAWrongFigureInAnyWordingIsReported() {
        let results = narrative("河道保洁服务经费预计达到65.00万元；农村公路养护补助资金决算数为1,200.00万元。")
        XCTAssertEqual(results.filter { !$0.passed }.map(\.printed), ["65.00万元"])
        XCTAssertEqual(results.filter { !$0.passed }.first?.rows, [2])
        XCTAssertEqual(results.filter(\.passed).map(\.printed), ["1,200.00万元"])
    }

    func testAFigureOfAnotherClauseOrAnotherMoneyIsNotTheItems() {
        // The figure is in the next sentence, a change, or another kind of money.
        XCTAssertTrue(narrative("农村公路养护补助资金主要用于道路。全年支出70.00万元。").isEmpty)
        XCTAssertTrue(narrative("农村公路养护补助资金比上年增加70.00万元。").isEmpty)
        XCTAssertTrue(narrative("农村公路养护补助资金中的设备购置支出70.00万元。").isEmpty)
        XCTAssertTrue(narrative("其中：河道保洁服务经费；办公设备购置70.00万元。").isEmpty, "no carry-over across ；")
    }

    /// A change word before the name: the figure is by how much the item grew, not its amount.
    func testAChangeWordBeforeTheNameMakesTheFigureAChange() {
        XCTAssertTrue(narrative("主要原因是项目支出增加农村公路养护补助资金 400 万元。").isEmpty)
        XCTAssertTrue(narrative("主要原因是减少了河道保洁服务经费 10.00 万元。").isEmpty)
        // A change stated earlier in the clause, before another figure, does not reach the name.
        let results = narrative("比上年增加20.00万元的农村公路养护补助资金1200.00万元。")
        XCTAssertEqual(results.map(\.printed), ["1200.00万元"])
        XCTAssertEqual(results.first?.passed, true)
    }

    func testAnItemClauseGivesItsFigureToTheNextClause() {
        let results = narrative("重点项目：河道保洁服务，全年预算50.00万元，主要用于保洁。重点项目：农村公路养护补助资金项目，预计投入1100.00万元。")
        XCTAssertEqual(results.filter(\.passed).count, 0, "河道保洁服务 is not a row name")
        XCTAssertEqual(results.map(\.printed), ["1100.00万元"])
        XCTAssertEqual(results.first?.passed, false)
    }

    func testSeveralItemsInOneClause() {
        let results = narrative("农村公路养护补助资金1200.00万元、河道保洁服务经费50.00万元等。")
        XCTAssertEqual(results.count, 2)
        XCTAssertTrue(results.allSatisfy(\.passed))
    }

    func testClausesKeepThousandsSeparators() {
        let text = Array("共计30,000.00万元，其中：甲10万元；乙,丙。")
        let clauses = DocumentChecks.clauses(text).map { String(text[$0.range]) }
        XCTAssertEqual(clauses, ["共计30,000.00万元", "其中：甲10万元", "乙", "丙"])
    }
}
