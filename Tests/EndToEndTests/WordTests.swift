import Budget
import Tables
import Pipeline
import XCTest

/// Tables as a word processor exports them (scripts/make_word_fixtures.py: python-docx tables
/// converted by LibreOffice Writer): ruled grids whose cells wrap in narrow columns, header rows
/// repeated on each page, rows that break across a page.
final class WordTests: XCTestCase {
    /// Names wrapped on two or three lines and amounts on two ("35713." / "76") inside one ruled
    /// cell: one row each, not an item per line.
    func testWrappedCellsInNarrowColumnsAreOneRow() throws {
        try CorpusTests.check("word/wrapped-cells.pdf", truth: "word/wrapped-cells.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("word/wrapped-cells.pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertFalse(t.rows.contains { $0.flags.contains(.rowsFromText) })
    }

    /// Units and types merged down over their items across pages, item names wrapping: Writer
    /// breaks rows across the pages and the tail of a name ("（行政）") opens the next page under
    /// the repeated header, beside the merged cells carried over. Joined to its row, not lost.
    func testRowBrokenAcrossPageBesideMergedCellsIsJoined() throws {
        try CorpusTests.check("word/merged-units.pdf", truth: "word/merged-units.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("word/merged-units.pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertGreaterThan(t.pages.count, 1)
        // No row of a bare name tail: every row has its figures.
        XCTAssertTrue(t.rows.allSatisfy { !$0.cells[3].trimmingCharacters(in: .whitespaces).isEmpty })
    }

    /// Units and types merged down in narrow columns: a unit's name wraps down its merged cell
    /// and the page break parts it ("青峰县畜牧兽医服务" / "中心" under the next page's header),
    /// its type merged on, empty there. Every row of the unit carries the whole name and its type,
    /// on both pages.
    func testMergedNameWrappedOverABreakIsWholeOnBothPages() throws {
        try CorpusTests.check("word/units-cut-at-break.pdf", truth: "word/units-cut-at-break.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("word/units-cut-at-break.pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertGreaterThan(t.pages.count, 5)
        XCTAssertEqual(t.rows.first?.cells[2], "合计")
        XCTAssertTrue(t.rows.dropFirst().allSatisfy { $0.cells[0].hasPrefix("青峰县") && !$0.cells[1].isEmpty }, "\(t.rows.map { $0.cells[0] })")
    }

    /// Project performance targets, each project's code, name and amount merged over its
    /// indicator rows: a page break cuts a project and Writer prints the rest of its wrapped code
    /// and name at the top of the next page ("4111002426" / "39595000006"). One code, one name,
    /// on every row of the project; the split row's empty sliver is no row.
    func testMergedCellTextCutByPageBreakIsWhole() throws {
        try CorpusTests.check("word/cut-groups.pdf", truth: "word/cut-groups.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("word/cut-groups.pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertGreaterThan(t.pages.count, 1)
        // Every project code whole (21 digits) and every indicator row kept.
        XCTAssertTrue(t.rows.allSatisfy { $0.cells[0].count == 21 && !$0.cells[3].isEmpty })
        // A code wrapped onto lines of equal length (41110 / 02426) in its narrow column is one
        // code: no row says several values share a cell, and none asks for review.
        XCTAssertFalse(t.rows.contains { $0.flags.contains(.severalValuesInCell) })
        XCTAssertEqual(t.rows.filter(\.review).count, 0)
    }

    /// A page break between two indicator rows of a project whose code, name and amount are
    /// merged down over them (scripts/make_break_fixtures.py): the first row of the next page is
    /// a whole row under the merged cells carried over, its texts starting short lines of their
    /// own; and where Writer cut a row, the empty sliver of it opens the next page. Each row
    /// once, none joined to another, none lost under the sliver.
    func testWholeRowsUnderMergedCellsAtABreakStayRows() throws {
        try CorpusTests.check("breaks/whole-rows.pdf", truth: "breaks/whole-rows.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("breaks/whole-rows.pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        let truth = try Truth.load(CorpusTests.fixtures.appendingPathComponent("breaks/whole-rows.truth.json").path)
        XCTAssertEqual(t.rows.map { $0.cells.map(Truth.norm) }, truth.first?.rows)
        XCTAssertFalse(t.rows.contains { $0.flags.contains(.joinedAcrossBreak) })
        XCTAssertEqual(t.rows.filter(\.review).count, 0)
    }

    /// A WPS-like print (reportlab, ../shared/gen render_direct seed 428): each indicator row is
    /// closed by a rule at the page's foot, and the next page opens with the project's next
    /// indicator under its merged cells carried over. A value there opening with a bound (≥220次
    /// under 及时) starts a row of its own: the rest of a cut text never does. Every row once
    /// (before: two indicator rows each joined to the one above the break, two rows lost).
    func testATargetAfterABreakStartsARowOfItsOwn() throws {
        try CorpusTests.check("breaks/targets-after-break.pdf", truth: "breaks/targets-after-break.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("breaks/targets-after-break.pdf").path)
        let s = CorpusTests.score(doc, truth: try Truth.load(CorpusTests.fixtures.appendingPathComponent("breaks/targets-after-break.truth.json").path))
        XCTAssertEqual(s.exactRows, s.rows)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertFalse(t.rows.contains { $0.flags.contains(.joinedAcrossBreak) })
        XCTAssertEqual(t.rows.filter(\.review).count, 0)
    }

    /// A page break through the first row of a unit whose long name wraps in its narrow merged
    /// cell: the rest of the unit's name and of the item's name open the next page. The unit is
    /// one name on all its rows and the item one row: the texts before the break fill their lines.
    func testUnitNameAndRowCutByABreakAreWholeAgain() throws {
        try CorpusTests.check("breaks/cut-units.pdf", truth: "breaks/cut-units.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("breaks/cut-units.pdf").path)
        let s = CorpusTests.score(doc, truth: try Truth.load(CorpusTests.fixtures.appendingPathComponent("breaks/cut-units.truth.json").path))
        XCTAssertEqual(s.exactRows, s.rows)
        XCTAssertEqual(doc.tables.first?.rows.filter(\.review).count, 0)
    }

    /// A two-sided summary whose three-row header repeats on every page, 项目 merged down the
    /// header's two lower rows: the 收入 side ends on the second page's last row. The third
    /// page's rows stay empty on that side (a repeated header's merged cell is no merged cell of
    /// the table's rows, to carry the last 收入 item over the break), and none asks for review.
    func testTwoSidedSummaryEndingAtABreakCarriesNothingOver() throws {
        try CorpusTests.check("breaks/two-sided.pdf", truth: "breaks/two-sided.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("breaks/two-sided.pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        let last = try XCTUnwrap(t.pages.last)
        XCTAssertEqual(t.pages.count, 3)
        let onLastPage = t.rows.filter { $0.page == last }
        XCTAssertFalse(onLastPage.isEmpty)
        XCTAssertTrue(onLastPage.allSatisfy { $0.cells[0].isEmpty && !$0.flags.contains(.mergedCellFilled) })
        XCTAssertEqual(t.rows.filter(\.review).count, 0)
    }

    /// A page of the budget's explanation as Writer sets it: headings, then sentences stating
    /// amounts set apart by a space (…涉及项目预算资金 7264.35 万元。), the longest line's last
    /// word alone past every other line's end. Prose, not a table of one row under a header of
    /// sentences: the document has its one ruled table, and the sentences stay in the narrative,
    /// where their figures are read.
    func testSentencesStatingAmountsAreNoTable() throws {
        try CorpusTests.check("word/narrative-amounts.pdf", truth: "word/narrative-amounts.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("word/narrative-amounts.pdf").path)
        XCTAssertEqual(doc.tables.map(\.kind), [.revenue])
        XCTAssertTrue(doc.narrative.contains { $0.contains("7264.35") })
        XCTAssertTrue(doc.facts.contains { $0.key == "procurement_total" && $0.printed == "64.80" })
    }
}
