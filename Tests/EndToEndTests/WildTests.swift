import Budget
import Foundation
import Layout
import Output
import Pipeline
import XCTest

/// Tables as they are printed in the wild (Tests/Fixtures/wild, made by its make.py): each
/// fixture scored against its exact truth with the scorer's port, and its checks all holding
/// (the amounts are sums of their parts, so a failed check is a misread table).
final class WildTests: XCTestCase {
    static func extract(_ name: String, settings: ExtractionSettings = .standard) throws -> (BudgetDocument, CorpusTests.Score) {
        try CorpusTests.scoreFixture("wild", name, settings: settings)
    }

    func assertExact(_ s: CorpusTests.Score, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(s.tablesFound, s.tables, "tables found", file: file, line: line)
        XCTAssertEqual(s.pathsOK, s.paths, "header paths", file: file, line: line)
        XCTAssertEqual(s.exactRows, s.rows, "exact rows", file: file, line: line)
        XCTAssertGreaterThanOrEqual(s.f1, 0.99, "cell F1", file: file, line: line)
    }

    func assertChecksHold(_ doc: BudgetDocument, file: StaticString = #filePath, line: UInt = #line) {
        let failed = doc.tables.flatMap(\.checks).filter { !$0.passed }
        XCTAssertEqual(failed.map(\.message), [], file: file, line: line)
        XCTAssertGreaterThan(doc.tables.flatMap(\.checks).count, 0, file: file, line: line)
    }

    /// Chromium's print of long HTML tables: rows cut by page breaks (text on one page, the rest
    /// or an empty sliver under the repeated header on the next), and 单位资金 wrapped in a
    /// narrow header cell whose character boxes overlap from line to line.
    func testBrowserPrintWithRowsCutByPageBreaks() throws {
        let (doc, s) = try Self.extract("browser-split-rows")
        assertExact(s)
        assertChecksHold(doc)
        XCTAssertEqual(doc.tables.first?.columns.last?.path, ["单位资金"])
        // The browser's running head (date, page title) is no title: each table runs on as one.
        XCTAssertEqual(doc.tables.map(\.pages.count), [4, 2])
        // The rows joined over a break say so. Each was cut mid-text: its text before the break
        // fills its cell's last line of room, so the join is sure and asks for no review.
        let rows = doc.tables.flatMap(\.rows)
        XCTAssertTrue(rows.contains { $0.flags.contains(.splitByPageBreak) })
        XCTAssertFalse(rows.contains { $0.flags.contains(.joinedAcrossBreak) })
        XCTAssertEqual(rows.filter(\.review).count, 0)
    }

    /// Chromium's print of tables whose merged cells (a unit, a type, a project's name) sit in
    /// narrow columns, set in the middle of the rows they span. Where a page break cuts such a
    /// cell, no rule is drawn under it at the page's foot, and its text goes on at the top of the
    /// next page under the repeated header ("某市劳动人事争议" / "仲裁院", "人员" / "经费"): one
    /// cell, whose whole text every row under it carries, on both pages.
    func testBrowserPrintWithMergedCellsCutByPageBreaks() throws {
        let (doc, s) = try Self.extract("browser-merged-breaks")
        assertExact(s)
        XCTAssertEqual(doc.tables.map(\.pages.count), [3, 2])
        let rows = doc.tables.flatMap(\.rows)
        XCTAssertTrue(rows.contains { $0.flags.contains(.splitByPageBreak) })
        XCTAssertEqual(rows.filter(\.review).count, 0)
    }

    /// The same browser print printed again by Ghostscript, whose Unicode maps send some glyphs
    /// to other characters (编v与 for 编制与, g98% for ≥98%, 合« for 合计, a merged unit's name
    /// carried over a break). The text is lost, but no row loses it in silence: each row that
    /// differs from the truth asks for review, and each right row does not.
    func testCharactersAGhostscriptCopyMisreadAskForReview() throws {
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("reprint/merged-breaks-gs.pdf").path)
        let truth = try Truth.load(CorpusTests.fixtures.appendingPathComponent("reprint/merged-breaks-gs.truth.json").path)
        XCTAssertEqual(doc.tables.count, truth.count)
        var wrong = 0
        for (t, expected) in zip(doc.tables, truth) {
            let right = Set(expected.rows.map { $0.joined(separator: "|") })
            for row in t.rows {
                let isRight = right.contains(row.cells.map(Truth.norm).joined(separator: "|"))
                if !isRight { wrong += 1 }
                XCTAssertEqual(row.review, !isRight, "\(row.cells)")
            }
        }
        XCTAssertGreaterThan(wrong, 100)
    }

    /// A group header over narrow code columns at an open side (科目编码 over 类 | 款 | 项), its text
    /// filling its cell, each character's box reported as tall as its line and reaching below the
    /// rule under the cell: the rule is no stroke of those characters. Without it the header
    /// would read 科目编码类款项 over all three columns.
    func testRuleUnderANarrowHeaderCellIsNoGlyphStroke() throws {
        let (doc, s) = try Self.extract("narrow-group-header")
        assertExact(s)
        assertChecksHold(doc)
        XCTAssertEqual(doc.tables.first?.columns.prefix(3).map(\.path), [["科目编码", "类"], ["科目编码", "款"], ["科目编码", "项"]])
    }

    /// A Word export broken over pages: the first row of each continuation above the page's first
    /// horizontal rule, between the vertical rules. Without open edges those rows are lost.
    func testWordExportWithContinuationRowsAboveTheFirstRule() throws {
        let (doc, s) = try Self.extract("word-open-edges")
        assertExact(s)
        assertChecksHold(doc)
        var closed = ExtractionSettings.standard
        closed.rulings.openEdgeMinExtent = .infinity
        let (_, without) = try Self.extract("word-open-edges", settings: closed)
        XCTAssertLessThan(without.exactRows, s.exactRows)
    }

    /// A browser's print printed again through cairo (make.py cairo-reprint): its fonts map the
    /// glyphs an ideograph shares with a radical to the radical (⼀ for 一, ⻔ for 门). Read as the
    /// ideographs they print, the title tells the table's kind and every name matches.
    func testPrintThroughCairoReadsRadicalsAsTheIdeographsTheyPrint() throws {
        let (doc, s) = try Self.extract("cairo-reprint")
        assertExact(s)
        assertChecksHold(doc)
        XCTAssertEqual(doc.tables.map(\.kind), [.gpbExpenditure])
        XCTAssertEqual(doc.tables.first?.title, "2025年一般公共预算支出预算表")
        XCTAssertEqual(doc.tables.first?.department, "某市公共资源交易中心")
    }

    /// The corpus seed's print with bold text set as fill and stroke, printed again through cairo
    /// (Tests/Fixtures/reprint/make.sh): the strokes of the bold glyphs are paths now, short lines
    /// inside the characters' boxes (the stems of 费, 公, 计). They are no column lines: the “三公”
    /// table keeps its six columns and its header cells whole.
    func testGlyphStrokesDrawnAsPathsAreNoRules() throws {
        let (doc, s) = try CorpusTests.scoreFixture("reprint", "three-public-cairo")
        assertExact(s)
        XCTAssertEqual(doc.tables.map(\.kind), [.threePublic])
        XCTAssertEqual(doc.tables.first?.columns.count, 6)
        XCTAssertEqual(doc.tables.first?.rows.filter(\.review).count, 0)
    }

    /// A browser's print with horizontal rules only, printed again through cairo
    /// (Tests/Fixtures/reprint/make.sh): its Type 3 fonts box the digits as tall as the browser's
    /// line and a colon, comma or point by its own small outline near the baseline, off the
    /// line's middle: the note under the empty table (注：本部门…) was read as a line of its own
    /// between the rules and the table's seven columns ran into two. Small glyphs set exactly
    /// between their neighbours stay on their line.
    func testSmallGlyphsBoxedOffTheirLineStayOnIt() throws {
        let (doc, s) = try CorpusTests.scoreFixture("reprint", "state-capital-type3")
        assertExact(s)
        XCTAssertEqual(doc.tables.map(\.kind), [.stateCapital])
        XCTAssertEqual(doc.tables.first?.columns.count, 7)
    }

    /// A browser's print with vertical rules only, printed again through cairo
    /// (Tests/Fixtures/reprint/make.sh): the digits, brackets and signs are reported at about half
    /// the size of the Chinese beside them, boxed short and low about the same baseline, a third
    /// of an em off the Chinese: "(3)" was read as a line of its own after "单位资金" and the rows
    /// of the indicator block ran into one (3 of 36 rows). Boxed alike about their baseline they
    /// read as the browser's print does. Under 一级指标 a 二级指标 is printed once, on its middle
    /// row's line (工作目标管理 over three rows) or at the top of a run the page break cuts
    /// (预算和财务管理, on over the next page): the rows blank beside it are its rows.
    func testCharactersOnOneBaselineAreBoxedAlikeAndNestedFormLabelsMerge() throws {
        let (doc, s) = try CorpusTests.scoreFixture("reprint", "dept-performance-vrules-cairo")
        assertExact(s)
        XCTAssertEqual(doc.tables.map(\.kind), [.deptPerformance])
        XCTAssertEqual(doc.tables.first?.rows.filter(\.review).count, 0)
    }

    /// A performance table with vertical rules only, printed again through cairo
    /// (Tests/Fixtures/reprint/make.sh, project-performance-vrules-cairo): a year wrapped alone in
    /// a narrow name column (2024 between 提前下达 and 年中央…) is the one line of digits on its
    /// baseline, and a value's sign (≤ before 892) is boxed as short as the digits after it, so on
    /// their baseline the tallest box is itself a short one. Boxed by what the sign's and digits'
    /// boxes are beside the Chinese elsewhere on the page, the year stands on its line of the name:
    /// the name (提前下达 / 2024年中央财政就业补助资金) was parted line by line among the rows it is
    /// merged down, asking for nothing (7 rows on the last page).
    func testDigitsAloneOnTheirBaselineAreBoxedAsBesideTheChinese() throws {
        let (doc, s) = try CorpusTests.scoreFixture("reprint", "project-performance-vrules-cairo")
        XCTAssertEqual(doc.tables.map(\.kind), [.projectPerformance])
        let truth = try XCTUnwrap(Truth.load(CorpusTests.fixtures.appendingPathComponent("reprint/project-performance-vrules-cairo.truth.json").path).first)
        let rows = doc.tables.flatMap(\.rows)
        let lastPage = try XCTUnwrap(rows.map(\.page).max())
        let onLastPage = rows.filter { $0.page == lastPage }.map { $0.cells.map(Truth.norm) }
        // The last page's rows: the tail of one project and the two whose names wrap 2024 alone.
        let expected = truth.rows.suffix(onLastPage.count)
        XCTAssertEqual(onLastPage, Array(expected))
        XCTAssertTrue(expected.contains { $0.contains { $0.contains("提前下达2024年中央财政就业补助资金") } })
        // Whatever else is not read whole asks for review.
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        XCTAssertGreaterThanOrEqual(s.exactRows, s.rows - 2)
    }

    /// Printed with no rules at all (Tests/Fixtures/wild/title-alone, make.py title-alone): an
    /// empty table (its header and a lone 合计) and a table of one row, each on a page of its
    /// own. The empty one is listed by the kind its title tells, with no rows, asking for review
    /// (`table_not_read`), not dropped into the narrative; the one row under a header of cells
    /// side by side is read, its columns resting on one line (`structure_uncertain`); a
    /// numbered heading of the narrative naming a table's subject (二、机关运行经费预算) lists nothing.
    func testTitleWithNoTableReadUnderItIsListedForReview() throws {
        let (doc, s) = try Self.extract("title-alone")
        XCTAssertEqual(s.tablesFound, 3)
        XCTAssertEqual(doc.tables.map(\.kind), [.expenditure, .govFund, .threePublic])
        XCTAssertEqual(doc.tables[1].rows.count, 0)
        XCTAssertTrue(doc.tables[1].flags.contains(.tableNotRead))
        XCTAssertTrue(doc.tables[1].review)
        XCTAssertEqual(doc.tables[2].title, "2026年一般公共预算“三公”经费支出预算表")
        XCTAssertEqual(doc.tables[2].rows.map(\.cells), [["3.20", "", "1.20", "2.00"]])
        XCTAssertTrue(doc.tables[2].flags.contains(.structureUncertain))
        XCTAssertTrue(doc.tables[2].review)
        XCTAssertEqual(doc.tables.map(\.pages), [[2], [3], [4]])
        XCTAssertFalse(doc.tables[0].review, "the table read whole asks for nothing")
        XCTAssertFalse(doc.tables.contains { $0.kind == .operatingCosts })
    }

    /// A grand total carried alone to the next page (合计 merged over the code and name columns,
    /// no header repeated), once on a page of its own and once followed by the next table.
    func testGrandTotalAloneOnTheNextPage() throws {
        let (doc, s) = try Self.extract("grand-total-alone")
        assertExact(s)
        assertChecksHold(doc)
        XCTAssertEqual(doc.tables.count, 3)
        for t in doc.tables.prefix(2) {
            XCTAssertEqual(t.rows.last?.cells.prefix(4).map { $0 }, ["合计", "合计", "合计", "合计"])
            XCTAssertEqual(t.pages.count, 2)
        }
    }

    /// A text table's last row carried alone to the next page (no amounts, no header repeated,
    /// its first-level label merged down over the break): that page holds one line of cells and
    /// must still be searched for a table, or the row goes to the narrative without a word.
    func testTextRowAloneOnTheNextPage() throws {
        let (doc, s) = try Self.extract("text-row-alone")
        assertExact(s)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(t.pages, [1, 2])
        XCTAssertEqual(t.rows.last?.cells.first, "效益指标")
        XCTAssertFalse(doc.narrative.joined().contains("服务对象满意度"))
    }

    /// Columns outside the outermost vertical rule, the horizontal rules running on past it:
    /// 金额 on the right, the codes on the left, both sides at once.
    func testColumnsOutsideTheBoxAreColumnsOfTheTable() throws {
        let (doc, s) = try Self.extract("open-sides")
        assertExact(s)
        assertChecksHold(doc)
        XCTAssertEqual(doc.tables.map(\.columns.count), [3, 5, 3])
    }

    /// Final accounts with blocks of the same columns side by side (2 and 3 blocks): each block
    /// a list of its own for the checks, and each column says its block.
    func testSideBySideBlocksAreCheckedAsListsOfTheirOwn() throws {
        let (doc, s) = try Self.extract("side-by-side")
        assertExact(s)
        assertChecksHold(doc)
        XCTAssertEqual(doc.tables.map { $0.columns.map(\.block) },
                       [[0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1, 2, 2, 2], [0, 0, 0, 1, 1, 1]])
        // Every class (301, 302, 303, 310) rolls up within its block, in every block.
        XCTAssertEqual(doc.tables.map { $0.checks.filter { $0.kind == .codeRollup && $0.passed }.count }, [4, 4, 3])
        XCTAssertTrue(doc.tables[1].checks.contains { $0.message.hasPrefix("block 3") })
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0)
        // tables.json says the block of every column.
        let file = TablesJSON.make(doc, sha256: "")
        XCTAssertEqual(file.tables[1].columns.map(\.block), [1, 1, 1, 2, 2, 2, 3, 3, 3])
        XCTAssertEqual(file.tables[2].columns.map(\.path), [["人员经费", "科目编码"], ["人员经费", "科目名称"], ["人员经费", "决算数"],
                                                             ["公用经费", "科目编码"], ["公用经费", "科目名称"], ["公用经费", "决算数"]])
    }

    /// Another browser print: landscape, sans, 元, a three-row header printed once (continuations
    /// open with the rest of a cut row and no header), the 合计 carried to a page of its own.
    func testBrowserPrintLandscapeWithoutRepeatedHeader() throws {
        let (doc, s) = try Self.extract("browser-landscape")
        assertExact(s)
        assertChecksHold(doc)
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables.first?.pages, [1, 2, 3, 4, 5])
        XCTAssertEqual(doc.tables.first?.rows.last?.cells.first, "合计")
    }

    /// Titles printed in the top margin of every page a table runs over: a running head after
    /// its first page, but still the table's title there.
    func testTitlesRepeatedInTheTopMargin() throws {
        let (doc, s) = try Self.extract("titles-in-margin")
        assertExact(s)
        assertChecksHold(doc)
        XCTAssertEqual(doc.tables.map(\.title), ["2025年部门支出预算表", "2025年一般公共预算支出预算表"])
        XCTAssertEqual(doc.tables.map(\.pages), [[1, 2], [3, 4]])
    }
}
