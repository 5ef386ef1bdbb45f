import XCTest
@testable import Budget
@testable import Layout
@testable import Tables

/// Checks over small constructed tables: no PDF needed.
final class CheckerTests: XCTestCase {
    func table(kind: TableKind = .expenditure, paths: [[String]], rows: [[String]]) -> BudgetTable {
        constructedTable(kind: kind, paths: paths, rows: rows)
    }

    /// One table alone in a document, after the checks.
    func checked(_ t: BudgetTable) -> BudgetTable {
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [t])
        Checking.run(&doc)
        return doc.tables[0]
    }

    /// A cell empty just after a page break (`empty_after_break`) that the row's own column sums
    /// account for (资金总额 5.00 = 5.00 + nothing) was never printed: the row no longer asks. One
    /// the sums leave unexplained (总额 8.00 = 5.00 + nothing), or with nothing to check it by
    /// (the total and every part empty), still asks.
    func testEmptyCellAfterBreakAccountedForByTheRowsSums() {
        let paths = [["项目名称"], ["资金总额", "合计"], ["资金总额", "财政拨款"], ["资金总额", "单位资金"]]
        var t = table(kind: .projectPerformance, paths: paths, rows: [
            ["甲", "10.00", "6.00", "4.00"], ["乙", "7.00", "5.00", "2.00"], ["丙", "3.00", "1.00", "2.00"],
            ["丁", "9.00", "8.00", "1.00"], ["辛", "2.00", "1.00", "1.00"], ["壬", "4.00", "3.00", "1.00"],
            ["癸", "6.00", "5.00", "1.00"], ["子", "8.00", "4.00", "4.00"], ["丑", "1.00", "0.50", "0.50"],
            ["戊", "5.00", "5.00", ""],          // opens after the break: no 单位资金 of its own
            ["己", "8.00", "5.00", ""],          // 3.00 lost at the break: the sum fails
            ["庚", "", "", ""],                  // everything empty: nothing to account for it
        ])
        for r in 9...11 {
            t.rows[r].flags.insert(.emptyAfterBreak)
            t.rows[r].emptyAfterBreakColumns = r == 11 ? [1, 2, 3] : [3]
        }
        let done = checked(t)
        XCTAssertFalse(done.rows[9].flags.contains(.emptyAfterBreak))
        XCTAssertFalse(done.rows[9].review)
        XCTAssertTrue(done.rows[10].flags.contains(.emptyAfterBreak))
        XCTAssertTrue(done.rows[10].review)
        XCTAssertTrue(done.rows[11].flags.contains(.emptyAfterBreak))
        XCTAssertTrue(done.rows[11].review)
    }

    /// Whole amounts printed without separators (千元, headcounts) are amounts, not codes: beside
    /// separated ones in their column, right of an amount column, or in a table of numbers only.
    func testBareWholeNumbersRightOfAmountsAreAmounts() {
        let staff = table(kind: .other, paths: [["款"], ["项"], ["名称"], ["职员"], ["驻警"], ["比较"]], rows: [
            ["6", "", "主管", "1,289", "12", "-500"],
            ["", "1", "本院", "357", "8", "290"],
            ["", "2", "审计部", "932", "4", "1,500"],
        ])
        XCTAssertEqual(Checker.amountColumns(staff), [3, 4, 5])
        let half = table(kind: .other, paths: [["预备金"], ["小计"], ["合计"]], rows: [["80", "80,135", "83,350"], ["-", "78,517", "81,732"]])
        XCTAssertEqual(Checker.amountColumns(half), [0, 1, 2])
        let codes = table(paths: paths, rows: [["201", "01", "人大事务", "12.50", "12.50", ""]])
        XCTAssertEqual(Checker.amountColumns(codes), [3, 4, 5])
    }

    /// 款 | 项 | 目 numbered within their parent in columns of their own: a level heads the rows
    /// numbered in the next column, up to the next number in a column to its left.
    func testNumberedLevelsInColumnsOfTheirOwn() {
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [table(kind: .other, paths: [["款"], ["项"], ["目"], ["名称"], ["本年度"]], rows: [
            ["1", "", "", "罚款收入", "30,500"],
            ["", "11", "", "示范局", "30,500"],
            ["", "", "1", "罚金", "28,000"],
            ["", "", "2", "没入金", "2,500"],
            ["2", "", "", "规费收入", "6,120"],
            ["", "21", "", "示范局", "6,120"],
            ["", "", "1", "行政规费", "4,300"],
            ["", "", "2", "使用规费", "1,820"],
        ])])
        Checking.run(&doc)
        XCTAssertTrue(doc.tables[0].checks.allSatisfy(\.passed), doc.tables[0].checks.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(doc.tables[0].checks.contains { $0.kind == .codeRollup })
        XCTAssertFalse(doc.tables[0].rows.contains(where: \.review))
    }

    let paths = [["科目编码", "类"], ["科目编码", "款"], ["科目名称"], ["合计"], ["基本支出"], ["项目支出"]]

    func testColumnTotalsAndCodeRollupsHold() {
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [table(paths: paths, rows: [
            ["", "", "合计", "30.00", "20.00", "10.00"],
            ["201", "", "一般公共服务", "30.00", "20.00", "10.00"],
            ["201", "01", "人大事务", "12.50", "12.50", ""],
            ["201", "03", "政府办公厅", "17.50", "7.50", "10.00"],
        ])])
        Checking.run(&doc)
        let checks = doc.tables[0].checks
        XCTAssertTrue(checks.allSatisfy(\.passed), checks.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(checks.contains { $0.kind == .columnTotal && $0.message.contains("合计 = 基本支出 + 项目支出") })
        XCTAssertTrue(checks.contains { $0.kind == .codeRollup })
        XCTAssertTrue(checks.contains { $0.kind == .rowTotal })
        XCTAssertFalse(doc.tables[0].rows.contains(where: \.review))
    }

    /// A figure cut by the page's edge (3,094. of 3,094.12) asks for review even in a column
    /// made only of such cuts, which is not read as amounts; an ordinal "4." stays text.
    func testAmountCutAtItsEndAsksForReview() {
        XCTAssertTrue(Amount.looksCut("3,094."))
        XCTAssertTrue(Amount.looksCut("12,345,"))
        XCTAssertFalse(Amount.looksCut("4."))
        XCTAssertFalse(Amount.looksCut("3,094.12"))
        XCTAssertFalse(Amount.looksCut("12,34."))
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [table(paths: paths + [["上年结转"]], rows: [
            ["", "", "合计", "30.00", "20.00", "10.00", "3,094."],
            ["201", "", "一般公共服务", "30.00", "20.00", "10.00", "3,094."],
            ["201", "01", "4.", "30.00", "20.00", "10.00", ""],
        ])])
        Checking.run(&doc)
        let t = doc.tables[0]
        XCTAssertTrue(t.rows[0].flags.contains(.unparsedNumber))
        XCTAssertTrue(t.rows[1].review)
        XCTAssertFalse(t.rows[2].flags.contains(.unparsedNumber))
    }

    /// In a column the page's edge cut, a short figure cut the same way ("4." of 4.77) is a lost
    /// amount too; the same "4." in a column with no cut figure is left as text.
    func testShortFigureInACutColumnAsksForReview() {
        XCTAssertTrue(Amount.looksCutShort("4."))
        XCTAssertFalse(Amount.looksCutShort("4.77"))
        XCTAssertFalse(Amount.looksCutShort("1234."))
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [table(paths: paths + [["上年结转"]], rows: [
            ["", "", "合计", "30.00", "20.00", "10.00", "3,094."],
            ["201", "", "一般公共服务", "30.00", "20.00", "10.00", "4."],
            ["201", "01", "4.", "30.00", "20.00", "10.00", ""],
        ])])
        Checking.run(&doc)
        let t = doc.tables[0]
        XCTAssertTrue(t.rows[1].flags.contains(.unparsedNumber))
        XCTAssertFalse(t.rows[2].flags.contains(.unparsedNumber))
    }

    /// A figure the page's edge cut inside a group of thousands (8,17 of 8,172,400.00, what a
    /// browser's clip leaves of a table wider than the page) is a lost amount, and so is every
    /// other figure in that column ("47" of 473,100.00: set flush right, they all reach the edge);
    /// the figures of the columns the edge did not reach stay as they are.
    func testFigureCutInsideAGroupAsksForReviewWithItsColumn() {
        XCTAssertTrue(Amount.looksCut("8,17"))
        XCTAssertTrue(Amount.looksCut("12,345,6"))
        XCTAssertFalse(Amount.looksCut("8,172"))
        XCTAssertFalse(Amount.looksCut("817"))
        XCTAssertFalse(Amount.looksCut("8,172.4"))
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [table(paths: paths + [["上年结转"]], rows: [
            ["", "", "合计", "30.00", "20.00", "10.00", "8,17"],
            ["201", "", "一般公共服务", "30.00", "20.00", "10.00", "47"],
            ["201", "01", "人大事务", "30.00", "20.00", "10.00", ""],
        ])])
        Checking.run(&doc)
        let t = doc.tables[0]
        XCTAssertTrue(t.rows[0].flags.contains(.unparsedNumber))
        XCTAssertTrue(t.rows[1].flags.contains(.unparsedNumber))
        XCTAssertFalse(t.rows[2].flags.contains(.unparsedNumber))
    }

    /// A failed roll-up over more children than are read at a glance marks its parent and the
    /// children that can explain the difference (one whose amount is the difference, one read
    /// with doubt), not every child; the table asks for review as a whole so that a fault among
    /// the unmarked rows is still seen. Over few children, all are marked.
    func testFailedRollupMarksTheRowsThatExplainIt() {
        let paths = [["科目编码", "类"], ["科目编码", "款"], ["科目名称"], ["合计"]]
        func run(_ subtotal: String, children: Int = Checker.maxRowsBlamedWhole + 5, doubtful: Int? = nil) -> BudgetTable {
            // Children of 1.00 each, the third 5.00.
            let kids = (1...children).map { k in ["201", String(format: "%02d", k), "事务\(k)", k == 3 ? "5.00" : "1.00"] }
            var t = table(paths: paths, rows: [["", "", "合计", subtotal], ["201", "", "一般公共服务", subtotal]] + kids)
            if let d = doubtful { t.rows[d].flags.insert(.severalValuesInCell) }
            return checked(t)
        }
        let marked = { (t: BudgetTable) in t.rows.indices.filter { t.rows[$0].flags.contains(.checkFailed) } }
        let n = Checker.maxRowsBlamedWhole + 5, sum = n + 4      // the children's sum in whole units
        // Printed 5.00 more than the children: the child of 5.00 is the difference.
        let byAmount = run("\(sum + 5).00")
        XCTAssertEqual(marked(byAmount), [1, 4])
        XCTAssertTrue(byAmount.flags.contains(.checkFailed) && byAmount.review)
        // A difference no child's amount makes: the parent alone, and the table.
        let none = run("\(sum + 2).55")
        XCTAssertEqual(marked(none), [1])
        XCTAssertTrue(none.flags.contains(.checkFailed) && none.review)
        // A child read with doubt explains it.
        XCTAssertEqual(marked(run("\(sum + 2).55", doubtful: 7)), [1, 7])
        // Few children: all of them.
        XCTAssertEqual(marked(run("9.55", children: 4)), [1, 2, 3, 4, 5])
        // Sums that hold leave the table unflagged.
        XCTAssertFalse(run("\(sum).00").flags.contains(.checkFailed))
    }

    /// A column identity read from a misread header (一般公共预算 lost over its 小计, so 总计 is
    /// taken for 政府性基金 + 事业收入 alone) fails alike on every row, right or not: it marks
    /// no row, and the table asks for review as a whole. Read right, the same rows pass; on
    /// fewer rows than `minRowsToJudgeIdentity` each failing row is still marked.
    func testIdentityFailingOnEveryRowBlamesTheHeaderNotTheRows() {
        let rows = [
            ["合计", "100.00", "71.00", "61.00", "16.00", "13.00"],
            ["人大事务", "40.00", "30.00", "30.00", "5.00", "5.00"],
            ["政府办公厅", "30.00", "20.00", "10.00", "10.00", ""],
            ["统计事务", "20.00", "15.00", "15.00", "", "5.00"],
            ["商贸事务", "10.00", "6.00", "6.00", "1.00", "3.00"],
        ]
        func run(_ paths: [[String]], _ rows: [[String]]) -> BudgetTable { checked(table(paths: paths, rows: rows)) }
        let misread = run([["科目名称"], ["总计"], ["小计"], ["其中：财政拨款"], ["政府性基金"], ["事业收入"]], rows)
        XCTAssertFalse(misread.rows.contains { $0.flags.contains(.checkFailed) }, misread.checks.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(misread.flags.contains(.checkFailed) && misread.review)
        XCTAssertTrue(misread.checks.contains { !$0.passed && $0.kind == .columnTotal && $0.rows.isEmpty && $0.message.contains("holds on 0 of 5 rows") })
        let right = run([["科目名称"], ["总计"], ["一般公共预算", "小计"], ["一般公共预算", "其中：财政拨款"], ["政府性基金"], ["事业收入"]], rows)
        XCTAssertTrue(right.checks.allSatisfy(\.passed), right.checks.map(\.message).joined(separator: "\n"))
        XCTAssertFalse(right.review)
        let few = run([["科目名称"], ["总计"], ["小计"], ["其中：财政拨款"], ["政府性基金"], ["事业收入"]], Array(rows.dropFirst(2)))
        XCTAssertEqual(few.rows.filter { $0.flags.contains(.checkFailed) }.count, 3)
    }

    /// Where extraction already doubts the header (`header_uncertain`), an identity read from
    /// it that fails on most rows (here it holds on 2 of 5) blames the header too; read from a
    /// header not in doubt, the same failures mark their rows.
    func testIdentityFailingOnMostRowsOfADoubtedHeaderBlamesTheHeader() {
        let paths = [["科目名称"], ["总计"], ["小计"], ["其中：财政拨款"], ["政府性基金"], ["事业收入"]]
        let rows = [
            ["合计", "100.00", "40.00", "30.00", "40.00", "20.00"],
            ["人大事务", "40.00", "30.00", "20.00", "5.00", "5.00"],
            ["政府办公厅", "30.00", "", "", "20.00", "10.00"],
            ["统计事务", "20.00", "", "", "15.00", "5.00"],
            ["商贸事务", "10.00", "10.00", "10.00", "", ""],
        ]
        func marked(doubted: Bool) -> [Int] {
            var t = table(paths: paths, rows: rows)
            if doubted { t.flags.insert(.headerUncertain) }
            let out = checked(t)
            return out.rows.indices.filter { out.rows[$0].failedChecks.contains { $0.hasPrefix("t1-col1-") } }
        }
        XCTAssertEqual(marked(doubted: false), [0, 1, 4])
        XCTAssertEqual(marked(doubted: true), [])
    }

    func testChangedCellFailsAndNamesTheCell() {
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [table(paths: paths, rows: [
            ["", "", "合计", "30.00", "20.00", "10.00"],
            ["201", "", "一般公共服务", "30.00", "20.00", "10.00"],
            ["201", "01", "人大事务", "12.50", "13.50", ""],        // 13.50 should be 12.50
            ["201", "03", "政府办公厅", "17.50", "7.50", "10.00"],
        ])])
        Checking.run(&doc)
        let t = doc.tables[0]
        let col = t.checks.first { !$0.passed && $0.kind == .columnTotal }
        XCTAssertEqual(col?.rows, [2])
        XCTAssertEqual(col?.printed, "12.50")
        XCTAssertEqual(col?.expected, "13.50")
        XCTAssertTrue(t.rows[2].review)
        XCTAssertTrue(t.rows[1].review, "the roll-up over the changed row fails too")
        XCTAssertFalse(t.rows[3].review, "the sibling that holds on its own is not blamed")
    }

    func testRoundingWithinTheStatedBound() {
        // Three terms printed to 0.01 may differ from their printed total by up to 0.02.
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [table(paths: [["名称"], ["合计"], ["甲"], ["乙"], ["丙"]], rows: [
            ["一", "1.00", "0.33", "0.33", "0.33"],
            ["二", "1.00", "0.30", "0.30", "0.30"],
        ])])
        Checking.run(&doc)
        let failed = doc.tables[0].checks.filter { !$0.passed }
        XCTAssertEqual(failed.map(\.rows), [[1]])
        XCTAssertEqual(Tolerance.bound(terms: 3, decimals: 2), Decimal(string: "0.02"))
    }

    func testBalanceOfTwoSidedTable() {
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [table(kind: .budgetSummary,
            paths: [["收入", "项目"], ["收入", "金额"], ["支出", "项目"], ["支出", "金额"]], rows: [
            ["一、一般公共预算", "100.00", "一、一般公共服务", "100.00"],
            ["收入总计", "100.00", "支出总计", "101.00"],
        ])])
        Checking.run(&doc)
        let balance = doc.tables[0].checks.first { $0.kind == .balance }
        XCTAssertEqual(balance?.passed, false)
        XCTAssertTrue(doc.tables[0].rows[1].review)
    }

    /// A revenue table set out down the page (收入总计, then each source's 小计 and items): its
    /// grand total is the 收入总计 row, not the first group's 小计 printed under it.
    func testGrandTotalIsTheTotalRowNotAGroupsSubtotal() {
        let t = table(kind: .revenue, paths: [["项目名称"], ["项目名称"], ["金额"]], rows: [
            ["收入总计", "收入总计", "105.00"], ["一般公共预算资金", "小计", "100.00"],
            ["一般公共预算资金", "财政拨款", "100.00"], ["其他资金", "小计", "5.00"], ["其他资金", "其他收入", "5.00"]])
        XCTAssertEqual(DocumentChecks.grandTotal(t, amounts: [2])?.text, "105.00")
        // Where only 小计 rows are printed, the first stands for the whole.
        let sub = table(kind: .revenue, paths: [["项目名称"], ["金额"]], rows: [["小计", "5.00"], ["其他收入", "5.00"]])
        XCTAssertEqual(DocumentChecks.grandTotal(sub, amounts: [1])?.text, "5.00")
    }

    func testNarrativeFigureAgainstTableRow() {
        var t = table(kind: .projectExpenditure, paths: [["项目名称"], ["合计"]], rows: [
            ["合计", "30,100.00"], ["机关事业单位养老保险基金缺口", "30,000.00"], ["就业见习补贴", "100.00"]])
        t.unit = "万元"
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [t],
                                 narrative: ["重点项目二：机关事业单位养老保险基金缺口项目，年初预算安排3000.00万元，", "主要用于养老金的发放。就业见习补贴100.00万元。"])
        Checking.run(&doc)
        XCTAssertEqual(doc.checks.filter { !$0.passed }.count, 1)
        XCTAssertEqual(doc.checks.filter { $0.passed }.count, 1)
        XCTAssertEqual(doc.checks.first { !$0.passed }?.printed, "3000.00万元")
    }

    /// A table with no body rows whose header names a figure (三公经费 style) must not trap the
    /// narrative check: the row it would blame does not exist (the crash of issue 11).
    func testNarrativeOverATableWithoutRowsDoesNotTrap() {
        var empty = table(kind: .threePublic, paths: [["机关运行经费预算数"], ["公务接待费预算数"]], rows: [])
        empty.unit = "万元"
        var doc = BudgetDocument(source: "x", info: DocumentInfo(), tables: [empty],
                                 narrative: ["机关运行经费预算为12.00万元，公务接待费预算为1.00万元。"])
        Checking.run(&doc)
        XCTAssertTrue(doc.checks.allSatisfy { $0.table == 1 })
    }
}
