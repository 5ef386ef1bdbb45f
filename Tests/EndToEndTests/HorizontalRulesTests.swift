import Budget
import Foundation
import Layout
import Pipeline
import XCTest

/// Tables ruled by horizontal lines only, and with no rules at all (Tests/Fixtures/hrules, made
/// by its make.py: HTML printed by Chromium), each scored against its exact truth with the
/// scorer's port; their amounts add up within and across tables, so every check must hold.
final class HorizontalRulesTests: XCTestCase {
    static func extract(_ name: String, settings: ExtractionSettings = .standard) throws -> (BudgetDocument, CorpusTests.Score) {
        try CorpusTests.scoreFixture("hrules", name, settings: settings)
    }

    func assertExact(_ doc: BudgetDocument, _ s: CorpusTests.Score, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(s.tablesFound, s.tables, "tables found", file: file, line: line)
        XCTAssertEqual(s.pathsOK, s.paths, "header paths", file: file, line: line)
        XCTAssertEqual(s.exactRows, s.rows, "exact rows", file: file, line: line)
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9, "cell F1", file: file, line: line)
        let failed = doc.tables.flatMap(\.checks).filter { !$0.passed } + doc.checks.filter { !$0.passed }
        XCTAssertEqual(failed.map(\.message), [], file: file, line: line)
        // Read from alignment: said on every row, and no right row asks for review.
        XCTAssertTrue(doc.tables.flatMap(\.rows).allSatisfy { $0.flags.contains(.noRulings) }, file: file, line: line)
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0, file: file, line: line)
    }

    /// Every body row between two rules: rows from the rules (wrapped names stay one row), code
    /// columns 类/款/项 apart from the names, a three-level header whose partial rule closes only
    /// the code group, 合计 centred over the code and name columns, the table stitched over two
    /// pages under its repeated header, and a two-sided summary whose sides stay apart.
    func testEveryRowRuled() throws {
        let (doc, s) = try Self.extract("every-row")
        assertExact(doc, s)
        let expenditure = try XCTUnwrap(doc.tables.first { $0.kind == .expenditure })
        XCTAssertEqual(expenditure.pages.count, 2)
        XCTAssertEqual(expenditure.columns.prefix(4).map(\.path), [["项目", "功能分类科目编码", "类"], ["项目", "功能分类科目编码", "款"],
                                                                   ["项目", "功能分类科目编码", "项"], ["项目", "功能分类科目名称"]])
        XCTAssertTrue(expenditure.rows.contains { $0.cells[3].hasSuffix("（含人员经费、公用经费和专项业务费）") })
        // Words parted at the width of a printed space only: codes and names run together.
        var loose = ExtractionSettings.standard
        loose.stream.wordGapFactor = 0.9
        loose.stream.digitGapFactor = 0.9
        let (_, merged) = try Self.extract("every-row", settings: loose)
        XCTAssertLessThan(merged.exactRows, s.exactRows)
    }

    /// Rules above and under the header and under the last row only (booktabs): one row per line,
    /// a group header (财政拨款) over its two columns.
    func testBooktabs() throws {
        let (doc, s) = try Self.extract("booktabs")
        assertExact(doc, s)
        let basic = try XCTUnwrap(doc.tables.first { $0.kind == .gpbBasicExpenditure })
        XCTAssertEqual(basic.columns.map { $0.path.joined(separator: "/") }, ["科目编码", "科目名称", "合计", "财政拨款/基本支出", "财政拨款/项目支出"])
    }

    /// Rows many lines tall (a unit name one character a line beside amounts set in the row's
    /// middle), two or three a page, rows cut by page breaks, a three-level header whose band
    /// stands many lines tall (其中：财政拨款 under 一般公共预算), repeated at each page's top
    /// without its top rule: one table over the pages, every column's header path, each cut row
    /// joined. The last row's tail printed alone on the next page (no amount there) is read from
    /// the rules alone and not joined: the table asks for review (`structure_uncertain`).
    func testTallRows() throws {
        let (doc, s) = try Self.extract("tall-rows")
        XCTAssertEqual(s.tablesFound, 1)
        XCTAssertEqual(s.pathsOK, s.paths)
        XCTAssertGreaterThanOrEqual(s.exactRows, s.rows - 1)
        XCTAssertGreaterThan(s.f1, 0.97)
        let revenue = try XCTUnwrap(doc.tables.first { $0.kind == .revenue })
        XCTAssertEqual(revenue.pages.prefix(3), [1, 2, 3])
        XCTAssertTrue(revenue.rows.contains { $0.cells.count > 1 && $0.cells[1] == "某市劳动人事争议仲裁院" })   // cut by the break, joined
        // The rows read whole ask for no review; the loss at the last break is said: the table
        // asks, and so does the tail's lone character read as a row of its own (心).
        XCTAssertEqual(revenue.rows.filter(\.review).filter { !$0.flags.contains(.checkFailed) }.map { $0.cells.joined() }, ["心"])
        XCTAssertTrue(revenue.flags.contains(.structureUncertain))
    }

    /// A table wider than the page, cut by the browser at the page's edge (its last columns not
    /// printed, an amount cut through): the rows stay whole (a line printed past the rules' end is
    /// still between them, names one character a line joined), and the table asks for review.
    func testCutAtThePageEdge() throws {
        let (doc, s) = try Self.extract("clipped")
        XCTAssertEqual(s.tablesFound, 1)
        let revenue = try XCTUnwrap(doc.tables.first { $0.kind == .revenue })
        XCTAssertEqual(revenue.rows.count, 9)
        XCTAssertTrue(revenue.rows.contains { $0.cells.count > 1 && $0.cells[1] == "某市劳动人事争议仲裁院" })
        XCTAssertTrue(revenue.review)
        XCTAssertTrue(revenue.flags.contains(.cutAtPageEdge))
        // A table inside its rules is not said to be cut.
        let (whole, _) = try Self.extract("tall-rows")
        XCTAssertFalse(whole.tables.contains { $0.flags.contains(.cutAtPageEdge) })
    }

    /// The same table with every cell ruled: its left side ruled, its right side cut off with
    /// the page, the last printed column's glyphs running to the clip. The table says it was cut.
    func testRuledTableCutAtThePageEdge() throws {
        let (doc, _) = try Self.extract("clipped-grid")
        let revenue = try XCTUnwrap(doc.tables.first { $0.kind == .revenue })
        XCTAssertTrue(revenue.flags.contains(.cutAtPageEdge))
        XCTAssertTrue(revenue.review)
    }

    /// Codes set right in their cells under 类 and 款 centred (neither header stands over its
    /// codes, and 款 stands nearer the codes of 款 than those of 类): each code column its own;
    /// the 合计 row, flush left over 类 | 款 | 名称, alone with a few rows on the next page, one
    /// cell over the label columns; an empty table (its header and a 合计 row without amounts)
    /// is found, read right, and asks for review since only its rules give its structure.
    func testCodesSetRightAndAnEmptyTable() throws {
        let (doc, s) = try Self.extract("codes-right")
        XCTAssertEqual(s.tablesFound, s.tables)
        XCTAssertEqual(s.pathsOK, s.paths)
        XCTAssertEqual(s.exactRows, s.rows)
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9)
        let basic = try XCTUnwrap(doc.tables.first { $0.kind == .gpbBasicExpenditure })
        XCTAssertEqual(basic.pages, [1, 2])
        XCTAssertEqual(basic.rows.filter(\.review).count, 0)
        XCTAssertFalse(basic.review)
        let empty = try XCTUnwrap(doc.tables.first { $0.kind == .govFund })
        XCTAssertEqual(empty.rows.count, 1)
        XCTAssertTrue(empty.review)
        XCTAssertTrue(empty.flags.contains(.structureUncertain))
    }

    /// A group header over the code columns wider than them wraps (部门经济分类科目编 / 码): its
    /// last line, centred over the group, stands over the codes of 类 set right, while 类 itself,
    /// centred in its cell, stands off them. The rule under the group closes the tail's cell: it
    /// heads the group, not a column, and the codes stay under 类 (no empty column left of
    /// them), every row exact.
    func testWrappedGroupHeaderOverCodesSetRight() throws {
        let (doc, s) = try Self.extract("wrapped-group")
        assertExact(doc, s)
        let basic = try XCTUnwrap(doc.tables.first { $0.kind == .gpbBasicExpenditure })
        XCTAssertEqual(basic.columns.prefix(2).map(\.path), [["项目", "部门经济分类科目编码", "类"], ["项目", "部门经济分类科目编码", "款"]])
        XCTAssertEqual(basic.rows.first?.cells.prefix(3), ["301", "", "工资福利支出"])
    }

    /// A two-sided summary whose expenditure side runs on alone for three pages in a narrow name
    /// column: under the repeated header the revenue side is empty (收入 over 项目 | 金额, its
    /// cell closed by the rule under it, heads no column of its own though nothing stands under
    /// it), and a page holds more rows of text only above its one row of amounts than a header
    /// has bands (rows taken in on the way up are no header bands): one table, every row exact.
    func testOneSideRunningOnAloneOverPages() throws {
        let (doc, s) = try Self.extract("long-sides")
        assertExact(doc, s)
        let summary = try XCTUnwrap(doc.tables.first { $0.kind == .budgetSummary })
        XCTAssertEqual(summary.pages, [1, 2, 3])
        XCTAssertEqual(summary.columns.map { $0.path.joined(separator: "/") }, ["收入/项目", "收入/金额", "支出/项目", "支出/金额"])
        XCTAssertEqual(summary.rows.count, 28)
    }

    /// Every cell ruled top and bottom. A two-sided summary whose expenditure side runs on alone
    /// for rows of text without amounts (one table, not pieces), names wrapped in narrow columns
    /// so that amounts stand on lines of their own, 收入 | 支出 centred over a gap of the body;
    /// a line-item table whose unit and type cells are merged down over their items (the rules
    /// stop short of them, the unit name runs past its first item's rule, a type's second line
    /// stands under a page's last rule) and whose names hang a closing mark （行政） into the
    /// padding beside the amounts: one table over its pages, every column apart.
    func testMergedLabelsAndRowsOfTextOnly() throws {
        let (doc, s) = try Self.extract("merged-labels")
        assertExact(doc, s)
        let summary = try XCTUnwrap(doc.tables.first { $0.kind == .budgetSummary })
        XCTAssertEqual(summary.rows.count, 19)
        XCTAssertEqual(summary.rows[10].cells, ["", "", "十一、城乡社区支出", ""])
        let detail = try XCTUnwrap(doc.tables.first { $0.kind == .gpbBasicDetail })
        XCTAssertEqual(detail.pages, [2, 3, 4])
        XCTAssertEqual(detail.columns.map { $0.path.joined(separator: "/") }, ["项目单位", "类型", "项目名称", "合计", "一般公共预算", "财政专户管理资金"])
        XCTAssertTrue(detail.rows.contains { $0.cells[2] == "工伤保险费（行政）" && $0.cells[1] == "人员类" && $0.cells[0] == "某市社会保险事业管理服务中心" })
    }

    /// The line-item table with names wrapped so that each row stands three lines tall: a unit's
    /// name, merged down a column the row rules stop short of, prints a line on a row's line of
    /// amounts (that row is still the one between the rules over its amounts) and another between
    /// two rows; the last row alone on the last page under its repeated header, its name wrapped
    /// round its amounts, is one row (not a row per line, its first line joined to the row before
    /// the break). One table over five pages, every row exact.
    func testMergedLabelOnAnAmountLineAndARowAloneOnAPage() throws {
        let (doc, s) = try Self.extract("merged-narrow")
        assertExact(doc, s)
        let detail = try XCTUnwrap(doc.tables.first { $0.kind == .gpbBasicDetail })
        XCTAssertEqual(detail.pages, [1, 2, 3, 4, 5])
        XCTAssertEqual(detail.rows.last?.cells, ["某市就业创业服务中心", "人员类", "住房公积金（事业）", "175.71", "175.71", ""])
    }

    /// Rows of text only cut by page breaks: the first lines under a page's last rule with no
    /// rule under them (once on a page printing no amount at all) belong to the table, which
    /// runs on as one over the four pages instead of closing there (the cut lines read as notes
    /// under it) and leaving its continuations loose. A cut row whose text goes on is joined,
    /// whether its last line fills its cell or only leaves less room than the first word after
    /// the break needs (十、节能 / 环保支出: 环保 would not have fitted).
    func testRowsOfTextCutByPageBreaks() throws {
        let (doc, s) = try Self.extract("cut-rows")
        XCTAssertEqual(s.tablesFound, 1)
        XCTAssertEqual(s.exactRows, s.rows)
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9)
        let summary = try XCTUnwrap(doc.tables.first { $0.kind == .budgetSummary })
        XCTAssertEqual(doc.tables.filter { $0.kind == .budgetSummary }.count, 1)
        XCTAssertEqual(summary.pages, [1, 2, 3, 4])
        XCTAssertEqual(summary.rows.count, 28)
        for name in ["十八、自然资源海洋气象等支出", "十、节能环保支出"] {
            let joined = try XCTUnwrap(summary.rows.first { $0.cells[2] == name })
            XCTAssertTrue(joined.flags.contains(.splitByPageBreak), name)
        }
        XCTAssertFalse(summary.flags.contains(.pieceNotStitched))
    }

    /// A performance table: each project's code, name and amounts merged down over its indicator
    /// rows, printed once in the middle; the rules between indicator rows stop short of the merged
    /// columns, amounts included. They part rows (the merged cells span them): every row exact.
    /// Were only rules over the amounts row rules, each project would be one row of stacked lines.
    func testRulesStoppingShortOfMergedAmounts() throws {
        let (doc, s) = try Self.extract("indicator-rows")
        assertExact(doc, s)
        var strict = ExtractionSettings.standard
        strict.stream.partialRowRuleMinFraction = 2
        let (_, stacked) = try Self.extract("indicator-rows", settings: strict)
        XCTAssertLessThan(stacked.exactRows, s.exactRows)
    }

    /// Projects of six to eight indicator rows, each project's code, name and amounts centred in
    /// cells merged down over them: a page's first amounts stand several indicator rows under its
    /// header. Those rows, ruled short of the merged columns as the header's own partial rules
    /// are, hold text only where the body has text that is no amount: they are body rows, not
    /// header bands (read as the header, they were lost without a word). Every row exact.
    func testIndicatorRowsAboveAPagesFirstAmounts() throws {
        let (doc, s) = try Self.extract("indicator-tall")
        assertExact(doc, s)
        let table = try XCTUnwrap(doc.tables.first { $0.kind == .projectPerformance })
        XCTAssertEqual(table.pages, [1, 2])
        XCTAssertEqual(table.columns.map { $0.path.joined(separator: "/") }, ["项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "三级指标", "指标值"])
    }

    /// A performance table whose indicators stand in four groups of narrow columns under 绩效目标
    /// (each 三级指标 | 指标值), each indicator row several lines tall: a project's rows stand taller
    /// together, between the rules across the whole width, than a row may (`rowBandFactor`), but
    /// the rules that stop short of its merged code, name and amounts part them. The lines of
    /// such a project are rows of the table: the first page's project is read (it was left out
    /// but for a fragment). The narrow wrapped columns are not read whole yet (the first
    /// project's top rows go to the header): every table that lost anything asks for review.
    func testTallProjectsPartedByRulesShortOfTheMergedColumns() throws {
        let (doc, s) = try Self.extract("indicator-groups")
        XCTAssertEqual(s.tablesFound, s.tables)
        XCTAssertGreaterThan(s.f1, 0.45)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        XCTAssertTrue(doc.tables.contains { t in
            t.kind == .projectPerformance && t.pages.first == 1
                && t.rows.contains { $0.cells.prefix(4) == ["410800240000000001", "职业技能提升培训经费", "91.76", "91.76"] }
        })
    }

    /// A narrow indicator column: names wrap over two lines and the value beside them, centred,
    /// stands on a line of its own between them, figures only (≥95%, 100%), whose em no CJK
    /// character tells (Chromium reports twice the point size as its font size). Such a line is
    /// no larger title between two tables: a project's rows between its amounts and the next
    /// project's are rows of the one table. What is still lost asks for review.
    func testLinesOfFiguresOnlyBetweenProjects() throws {
        let (doc, s) = try Self.extract("indicator-wrapped")
        XCTAssertEqual(s.tablesFound, s.tables)
        XCTAssertGreaterThan(s.f1, 0.9)
        XCTAssertGreaterThanOrEqual(s.exactRows, 38)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        // Lines of text between projects held to a stricter size part the table.
        var strict = ExtractionSettings.standard
        strict.stream.maxRowEmFactor = 0.9
        let (_, parted) = try Self.extract("indicator-wrapped", settings: strict)
        XCTAssertLessThan(parted.f1, s.f1 - 0.05)
    }

    /// A performance form with no header whose columns change from block to block (label | prose,
    /// label | task | text, label | item | amount set right, five indicator columns), its labels
    /// merged down rows the rules stop short of. The column lines a block's rows show are lines of
    /// the whole form (rows crossing them are one cell there), and the ruled bands over its first
    /// amounts are rows of it, not a header: five columns, every task and indicator row exact (a
    /// value wider than its column's others stays in its cell), a cell whose text stops short of
    /// the columns it spans (the name, 主要内容) spanning them as the row beside it shows. Spans
    /// that rest on whitespace alone (an amount set right in a cell over two columns) are not all
    /// read: the form asks for review. With the whole body's whitespace only, the blocks run together.
    func testFormWhoseColumnsChangeBetweenBlocks() throws {
        let (doc, s) = try Self.extract("form-blocks")
        XCTAssertEqual(s.tablesFound, s.tables)
        XCTAssertEqual(s.pathsOK, s.paths)
        XCTAssertGreaterThanOrEqual(s.exactRows, 17)
        XCTAssertGreaterThan(s.f1, 0.95)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        let form = try XCTUnwrap(doc.tables.first { $0.kind == .deptPerformance })
        XCTAssertEqual(form.columns.count, 5)
        XCTAssertEqual(form.rows.count, 22)
        XCTAssertTrue(form.rows.contains { $0.cells == ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"] })
        XCTAssertTrue(form.rows.contains { $0.cells == ["产出指标", "数量指标", "职业技能培训人次", "≥12000人次", ""] })
        XCTAssertTrue(form.rows.contains { $0.cells.prefix(2) == ["年度主要任务", "公共就业服务"] && Set($0.cells.dropFirst(2)).count == 1 })
        XCTAssertTrue(form.rows.contains { $0.cells == ["年度主要任务", "任务名称", "主要内容", "主要内容", "主要内容"] })
        XCTAssertTrue(form.rows.contains { $0.cells == ["部门（单位）名称"] + Array(repeating: "某市人力资源和社会保障局", count: 4) })
        XCTAssertEqual(form.rows.filter { $0.cells.first == "预算情况" }.map { $0.cells.last }, ["5,056.02", "4,209.70", "846.32", "2,525.82", "2,530.20"])
        XCTAssertTrue(form.review)
        var wholeBodyOnly = ExtractionSettings.standard
        wholeBodyOnly.stream.minBlockRows = 1000
        let (_, merged) = try Self.extract("form-blocks", settings: wholeBodyOnly)
        XCTAssertLessThan(merged.f1, s.f1 - 0.2)
    }

    /// A header of three levels with no vertical rule (绩效目标 over four groups over 三级指标 |
    /// 指标值) beside 项目金额(万元) spanning two header rows over its amounts: the rule under
    /// 项目金额 runs at the height of the rules under the groups, one line with them, and a group
    /// takes only the columns its own text is centred over (成本指标 was read over the amounts,
    /// 绩效目标 lost). Projects in narrow columns over three pages: a page's first amounts several
    /// indicator rows under its header (those rows are the project's), a project cut by the page
    /// break at a page's foot (its lines under the last rule, none under its code column): one
    /// table, every row exact, nothing asking for review.
    func testThreeLevelHeaderAndProjectsCutByPageBreaks() throws {
        let (doc, s) = try Self.extract("indicator-breaks")
        assertExact(doc, s)
        let table = try XCTUnwrap(doc.tables.first { $0.kind == .projectPerformance })
        XCTAssertEqual(table.pages, [1, 2, 3])
        XCTAssertEqual(table.columns.map { $0.path.joined(separator: "/") }.prefix(7),
                       ["项目编码", "项目名称", "项目金额(万元)/资金总额", "项目金额(万元)/财政拨款", "项目金额(万元)/其他资金",
                        "绩效目标/成本指标/三级指标", "绩效目标/成本指标/指标值"])
        XCTAssertEqual(table.columns.last?.path, ["绩效目标", "满意度指标", "指标值"])
    }

    /// The same table whose last page holds only the last project's indicator rows (no amount on
    /// the page): read once from its rules, the rules between those rows (short of the merged
    /// columns) no table of their own, and stitched on.
    func testLastPageOfIndicatorRowsOnly() throws {
        let (doc, s) = try Self.extract("indicator-tail")
        assertExact(doc, s)
        XCTAssertEqual(doc.tables.filter { $0.kind == .projectPerformance }.map(\.pages), [[1, 2, 3, 4]])
    }

    /// Empty tables (a header and a 合计 row with nothing in it) whose 合计 is set flush left: with
    /// no amount to tell the label columns by, the label spans the columns the header's top cell
    /// over it spans (项目 over 类 | 款 | 项 | 名称). Read from rules alone, they still ask for review.
    func testTotalFlushLeftInAnEmptyTable() throws {
        let (doc, s) = try Self.extract("empty-left")
        XCTAssertEqual(s.tablesFound, s.tables)
        XCTAssertEqual(s.exactRows, s.rows)
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9)
        for kind in [TableKind.govFund, .stateCapital] {
            let table = try XCTUnwrap(doc.tables.first { $0.kind == kind })
            XCTAssertEqual(table.rows.map(\.cells), [["合计", "合计", "合计", "合计", "", "", ""]])
            XCTAssertTrue(table.review)
        }
    }

    /// No rule at all: columns from alignment, a row per line, the header the lines above.
    func testNoRules() throws {
        let (doc, s) = try Self.extract("no-rules")
        assertExact(doc, s)
    }
}
