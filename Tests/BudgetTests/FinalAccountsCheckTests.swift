import XCTest
@testable import Budget
@testable import Layout
@testable import Tables

/// Final accounts' checks over small constructed tables: the balances carried into and out of
/// the year, blocks printed side by side, measures last in the header, stated completion rates.
final class FinalAccountsCheckTests: XCTestCase {
    func table(_ number: Int = 1, kind: TableKind, unit: String = "万元", paths: [[String]], rows: [[String]], title: String = "t") -> BudgetTable {
        constructedTable(number: number, kind: kind, title: title, unit: unit, paths: paths, rows: rows)
    }

    let summaryPaths = [["收入", "项目"], ["收入", "决算数"], ["支出", "项目"], ["支出", "决算数"]]

    /// 收入支出决算总表 in the national template, with a balance brought in and one carried out.
    func summary(opening: String, closing: String, grand: String = "1100.00") -> [[String]] {
        [
            ["一、一般公共预算财政拨款收入", "1000.00", "一、一般公共服务支出", "700.00"],
            ["二、事业收入", "", "二、教育支出", "290.00"],
            ["本年收入合计", "1000.00", "本年支出合计", "990.00"],
            ["使用非财政拨款结余", "", "结余分配", ""],
            ["年初结转和结余", opening, "年末结转和结余", closing],
            ["总计", grand, "总计", grand],
        ]
    }

    func run(_ tables: [BudgetTable], type: DocumentType = .finalAccounts) -> BudgetDocument {
        var info = DocumentInfo()
        info.type = type
        var doc = BudgetDocument(source: "x", info: info, tables: tables)
        Checking.run(&doc)
        return doc
    }

    func testOpeningPlusIncomeEqualsSpendingPlusClosing() {
        let doc = run([table(kind: .budgetSummary, paths: summaryPaths, rows: summary(opening: "100.00", closing: "110.00"))])
        let carry = doc.tables[0].checks.filter { $0.kind == .carryOver }
        XCTAssertEqual(carry.count, 1)
        XCTAssertTrue(carry.allSatisfy(\.passed), carry.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(carry.first?.message.contains("年初结转和结余 100.00") == true, carry.first?.message ?? "")
        XCTAssertFalse(doc.tables[0].rows.contains(where: \.review))
    }

    /// A closing balance printed wrong: the identity fails and marks the lines it adds, not the
    /// function rows above them. The totals (1100 = 1100) still balance, so only this check sees it.
    func testWrongClosingBalanceIsReported() {
        let doc = run([table(kind: .budgetSummary, paths: summaryPaths, rows: summary(opening: "100.00", closing: "120.00"))])
        let failed = doc.tables[0].checks.filter { $0.kind == .carryOver && !$0.passed }
        XCTAssertEqual(failed.count, 1)
        XCTAssertEqual(failed.first?.expected, "1,100.00")
        XCTAssertEqual(failed.first?.printed, "1,110.00")
        XCTAssertEqual(failed.first?.rows, [2, 4])
        XCTAssertTrue(doc.tables[0].rows[4].review)
        XCTAssertFalse(doc.tables[0].rows[0].review)
        XCTAssertFalse(doc.tables[0].rows[1].review)
    }

    /// A table without balances (a budget's) gets no carry-over check at all.
    func testNoBalancesNoCheck() {
        let rows = [["一、财政拨款", "10.00", "一、一般公共服务支出", "10.00"], ["收入总计", "10.00", "支出总计", "10.00"]]
        let doc = run([table(kind: .budgetSummary, paths: summaryPaths, rows: rows)], type: .budget)
        XCTAssertFalse(doc.tables[0].checks.contains { $0.kind == .carryOver })
    }

    /// 财政拨款收入支出决算总表: the balance head prints nothing, its parts (一、二、) do; the head
    /// stands for their sum, and a head that prints a figure must equal them.
    func testBalanceHeadAndItsParts() {
        let paths = [["收入", "项目"], ["收入", "决算数"], ["支出", "项目"], ["支出", "合计"], ["支出", "一般公共预算财政拨款"]]
        func rows(_ head: String) -> [[String]] {
            [
                ["一、一般公共预算财政拨款", "500.00", "一、一般公共服务支出", "520.00", "520.00"],
                ["本年收入合计", "500.00", "本年支出合计", "520.00", "520.00"],
                ["年初财政拨款结转和结余", head, "年末财政拨款结转和结余", "", ""],
                ["一、一般公共预算财政拨款", "15.00", "", "", ""],
                ["二、政府性基金预算财政拨款", "5.00", "", "", ""],
                ["总计", "520.00", "总计", "520.00", "520.00"],
            ]
        }
        let good = run([table(kind: .fiscalSummary, paths: paths, rows: rows(""))])
        XCTAssertTrue(good.tables[0].checks.filter { $0.kind == .carryOver }.allSatisfy(\.passed),
                      good.tables[0].checks.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(good.tables[0].checks.filter { $0.kind == .carryOver }.count, 1)
        let printed = run([table(kind: .fiscalSummary, paths: paths, rows: rows("21.00"))])
        let failed = printed.tables[0].checks.filter { $0.kind == .carryOver && !$0.passed }
        XCTAssertEqual(failed.count, 2, failed.map(\.message).joined(separator: "\n"))   // the identity and head = parts
        XCTAssertTrue(failed.contains { $0.rows == [2, 3, 4] && $0.printed == "21.00" })
    }

    /// 政府性基金预算财政拨款收入支出决算表: the balances as columns, row by row.
    func testBalancesAsColumns() {
        let paths = [["功能分类科目编码"], ["科目名称"], ["年初结转和结余"], ["本年收入"], ["本年支出", "合计"], ["本年支出", "基本支出"],
                     ["本年支出", "项目支出"], ["年末结转和结余"]]
        let rows = [
            ["", "合计", "10.00", "50.00", "55.00", "", "55.00", "5.00"],
            ["212", "城乡社区支出", "10.00", "50.00", "55.00", "", "55.00", "5.00"],
            ["21208", "国有土地使用权出让收入安排的支出", "10.00", "50.00", "54.00", "", "54.00", "5.00"],   // 1.00 missing
        ]
        let doc = run([table(kind: .govFund, paths: paths, rows: rows)])
        let carry = doc.tables[0].checks.filter { $0.kind == .carryOver }
        XCTAssertTrue(carry.contains { $0.passed && $0.message.contains("holds on 2 rows") }, carry.map(\.message).joined(separator: "\n"))
        let failed = carry.filter { !$0.passed }
        XCTAssertEqual(failed.map(\.rows), [[2]])
        XCTAssertEqual(failed.first?.expected, "60.00")
        XCTAssertEqual(failed.first?.printed, "59.00")
    }

    /// The revenue and expenditure tables of final accounts differ by the balances the summary
    /// carries; that difference is no error, any other is.
    func testRevenueAndExpenditureDifferByTheBalances() {
        let revenue = [["", "合计", "1000.00"], ["201", "一般公共服务支出", "1000.00"]]
        let spending = [["", "合计", "990.00"], ["201", "一般公共服务支出", "990.00"]]
        let paths = [["科目编码"], ["科目名称"], ["本年收入合计"]]
        func doc(closing: String) -> BudgetDocument {
            run([table(1, kind: .budgetSummary, paths: summaryPaths, rows: summary(opening: "100.00", closing: closing)),
                 table(2, kind: .revenue, paths: paths, rows: revenue),
                 table(3, kind: .expenditure, paths: [["科目编码"], ["科目名称"], ["本年支出合计"]], rows: spending)])
        }
        let good = doc(closing: "110.00")
        let cross = good.checks.filter { $0.kind == .crossTable }
        XCTAssertTrue(cross.contains { $0.message.contains("年初结转和结余") }, cross.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(cross.allSatisfy(\.passed), cross.map(\.message).joined(separator: "\n"))
        let bad = doc(closing: "100.00")
        XCTAssertTrue(bad.checks.contains { $0.kind == .crossTable && !$0.passed && $0.message.contains("收入合计") })
    }

    /// The economic classification printed in two blocks side by side: each block's codes roll
    /// up within it; a wrong figure in one block marks rows of that block only.
    func testSideBySideBlocksAreCheckedApart() {
        let paths = [["科目编码"], ["科目名称"], ["决算数"], ["科目编码"], ["科目名称"], ["决算数"]]
        func rows(_ office: String) -> [[String]] {
            [
                ["301", "工资福利支出", "30.00", "302", "商品和服务支出", "12.00"],
                ["30101", "基本工资", "20.00", "30201", "办公费", office],
                ["30102", "津贴补贴", "10.00", "30202", "印刷费", "4.00"],
                ["303", "对个人和家庭的补助", "5.00", "", "", ""],
                ["30302", "退休费", "5.00", "", "", ""],
                ["人员经费合计", "人员经费合计", "35.00", "公用经费合计", "公用经费合计", "12.00"],
            ]
        }
        let good = run([table(kind: .gpbBasicExpenditure, paths: paths, rows: rows("8.00"))])
        XCTAssertTrue(good.tables[0].checks.allSatisfy(\.passed), good.tables[0].checks.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(good.tables[0].checks.contains { $0.id.contains("-b2-") && $0.kind == .codeRollup }, good.tables[0].checks.map(\.id).joined(separator: " "))
        let bad = run([table(kind: .gpbBasicExpenditure, paths: paths, rows: rows("9.00"))])
        let failed = bad.tables[0].checks.filter { !$0.passed }
        XCTAssertEqual(failed.count, 1, failed.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(failed.allSatisfy { $0.columns == [5] && $0.id.contains("-b2-") }, failed.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(Set(bad.tables[0].rows.indices.filter { bad.tables[0].rows[$0].review }), [0, 1, 2])
    }

    /// 三公 table of final accounts: each item's 预算数 and 决算数 side by side.
    func testMeasuresLastInTheHeader() {
        let paths = [["合计", "预算数"], ["合计", "决算数"], ["因公出国（境）费", "预算数"], ["因公出国（境）费", "决算数"],
                     ["公务接待费", "预算数"], ["公务接待费", "决算数"]]
        let good = run([table(kind: .threePublic, paths: paths, rows: [["3.00", "1.40", "1.00", "0.40", "2.00", "1.00"]])])
        let checks = good.tables[0].checks
        XCTAssertEqual(checks.filter { $0.kind == .columnTotal && $0.passed }.count, 2, checks.map(\.message).joined(separator: "\n"))
        let bad = run([table(kind: .threePublic, paths: paths, rows: [["3.00", "1.50", "1.00", "0.40", "2.00", "1.00"]])])
        let failed = bad.tables[0].checks.filter { !$0.passed }
        XCTAssertEqual(failed.count, 1)
        XCTAssertEqual(failed.first?.columns, [1, 3, 5])
        XCTAssertTrue(failed.first?.message.hasPrefix("决算数") == true)
    }

    func testStatedCompletionRates() {
        func checks(_ text: String) -> [CheckResult] {
            var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [])
            doc.narrative = [text]
            return CompletionRates.check(doc)
        }
        XCTAssertEqual(checks("年初预算为 452.40 万元，支出决算为 446.11 万元，完成年初预算的 98.61%。").map(\.passed), [true])
        // Cut rather than rounded (95.4571…): read as stated.
        XCTAssertEqual(checks("年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。").map(\.passed), [true])
        let wrong = checks("“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 31.68%，其中：")
        XCTAssertEqual(wrong.map(\.passed), [false])
        XCTAssertEqual(wrong.first?.expected, "13.68")
        XCTAssertTrue(checks("与上年相比增加 10 万元，增长 5.00%。").isEmpty)
    }
}
