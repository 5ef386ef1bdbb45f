import Budget
import Layout
import Pipeline
import Tables
import XCTest

/// Nothing lost in silence: documents built so that something is lost or cannot be checked
/// (scripts/make_loss_fixtures.py). Each table that lost anything, and each loose piece, asks
/// for review, with the reason in the flag vocabulary.
final class LossTests: XCTestCase {
    func extract(_ name: String) throws -> (BudgetDocument, CorpusTests.Score) {
        try CorpusTests.scoreFixture("loss", name)
    }

    /// A spreadsheet's print with horizontal rules only (scripts/heldout/calc_render.py, style
    /// hlines): the codes, right-aligned in 类/款/项, end a point or two before the left-aligned
    /// names start, no rule between. The edges aligned down the rows part the columns
    /// (`stream.minAlignedEdgeRows`); what is still wrong asks for review. Without that reading
    /// the rule under 科目编码, which stops where 项 meets 科目名称 (a group's underline ends at
    /// a cell's edge, `StreamTables.columnLinesAtRuleEnds`), still parts code from name; with
    /// neither, code and name were one cell (01行政运行) and every such row asked for review
    /// (`several_values_in_cell`, ColumnsRunTogetherTests).
    func testCodesSetRightBesideNamesSetLeft() throws {
        let (_, s) = try extract("columns-run-together")
        XCTAssertGreaterThanOrEqual(s.exactRows, 30)
        XCTAssertEqual(s.rows, 31)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        var noEdges = ExtractionSettings.standard
        noEdges.stream.minAlignedEdgeRows = .max
        let (_, js) = try CorpusTests.scoreFixture("loss", "columns-run-together", settings: noEdges)
        XCTAssertEqual(js.exactRows, 31)
    }

    /// Open sides (no rule down the table's left and right edges): a table that fits its page is
    /// not said to be cut; two set wider than the page, cut by the browser where the page ends,
    /// ask for review (`cut_at_page_edge`): at 135 % the rules run on just past the last vertical
    /// rule, all to the clip; at 138 % the digits of cut amounts run past the rules' end.
    func testOpenSidedTablesCutByThePageEdgeAskForReview() throws {
        let (doc, s) = try extract("clipped-open")
        XCTAssertEqual(s.tablesFound, s.tables)
        XCTAssertEqual(s.imperfect, 2)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        XCTAssertEqual(doc.tables.map(\.kind), [.revenue, .expenditure, .gpbExpenditure])
        XCTAssertEqual(doc.tables.map { $0.flags.contains(.cutAtPageEdge) }, [false, true, true])
        XCTAssertEqual(doc.tables.map(\.review), [false, true, true])
        XCTAssertEqual(doc.tables.first?.rows.filter(\.review).count, 0)
        // The rules alone tell the table at 135 % was cut, glyphs or none (neither their place nor
        // the page's clip cutting them through taken into account).
        var rulesOnly = ExtractionSettings.standard
        rulesOnly.text.openSidesPastDistance = .infinity
        rulesOnly.text.openEdgeTouchDistance = .infinity
        rulesOnly.text.clipCellSpan = .infinity
        let cut = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("loss/clipped-open.pdf").path, settings: rulesOnly)
        XCTAssertEqual(cut.tables.map { $0.flags.contains(.cutAtPageEdge) }, [false, true, false])
    }

    /// The same tables printed with no rules at all (Tests/Fixtures/wild/make.py OUTDIR
    /// browser-clipped-none, renamed), at 100 %, 138 % and 150 % of the page's width. No rule ends
    /// short of the text; the glyphs the page's clip cuts through say the two wider ones were cut:
    /// at 138 % amounts (9,173.9 of 9,173.9x), at 150 % a header word whose next character the clip hides
    /// wholly (国有资|本). Each asks for review (`cut_at_page_edge`); the one that fits does not.
    func testTablesWithNoRulesCutByThePageEdgeAskForReview() throws {
        let (doc, s) = try extract("clipped-none")
        XCTAssertEqual(s.tablesFound, s.tables)
        XCTAssertEqual(s.imperfect, 2)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        XCTAssertEqual(doc.tables.map(\.kind), [.revenue, .expenditure, .gpbExpenditure])
        XCTAssertEqual(doc.tables.map { $0.flags.contains(.cutAtPageEdge) }, [false, true, true])
        XCTAssertEqual(doc.tables.first?.review, false)
        // With no clip taken for wider than a cell, no glyph is marked cut, and the tables say nothing of it.
        var noMarks = ExtractionSettings.standard
        noMarks.text.clipCellSpan = .infinity
        let unmarked = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("loss/clipped-none.pdf").path, settings: noMarks)
        XCTAssertEqual(unmarked.tables.map { $0.flags.contains(.cutAtPageEdge) }, [false, false, false])
    }

    /// A performance form (label | value, cells merged over irregular spans; made by
    /// Tests/Fixtures/wild/make.py, written here because it is not read whole) printed with
    /// horizontal rules only: no rule says where its cells start and end, so however it is read,
    /// every table of it asks for review (`structure_uncertain`) rather than passing as read.
    func testFormWithHorizontalRulesOnlyAsksForReview() throws {
        let (doc, s) = try extract("form-hrules-only")
        XCTAssertEqual(s.tablesFound, s.tables)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        XCTAssertFalse(doc.tables.isEmpty)
        for t in doc.tables {
            XCTAssertTrue(t.flags.contains(.structureUncertain), "table \(t.number)")
            XCTAssertTrue(t.review, "table \(t.number)")
        }
    }

    /// The last row printed under the bottom rule, outside the column lines.
    func testAmountsUnderTheBottomRuleInNoCellFlagTheTable() throws {
        let (doc, s) = try extract("outside")
        XCTAssertEqual(s.imperfect, 1)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertTrue(t.review)
        XCTAssertTrue(t.flags.contains(.amountsOutsideCells))
    }

    /// A narrower piece with other columns and no title on the next page.
    func testLoosePieceFlagged() throws {
        let (doc, s) = try extract("loose-piece")
        XCTAssertGreaterThan(s.imperfect, 0)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        XCTAssertTrue(doc.tables.contains { $0.flags.contains(.pieceNotStitched) && $0.review })
    }

    /// Two amounts on two lines of one cell: the rows read from it ask for review.
    func testSeveralAmountsInOneCellAskForReview() throws {
        let (doc, s) = try extract("several-values")
        XCTAssertEqual(s.imperfect, 1)
        XCTAssertEqual(s.imperfectFlagged, 1)
        let flagged = try XCTUnwrap(doc.tables.first).rows.filter { $0.flags.contains(.severalValuesInCell) }
        XCTAssertFalse(flagged.isEmpty)
        XCTAssertTrue(flagged.allSatisfy(\.review))
        XCTAssertTrue(flagged.contains { $0.cells.contains("2,000.00") })
    }

    /// No 收入总计/支出总计 in the summary, no 合计 in the expenditure table: read right, yet the
    /// totals are missing and the checks across tables cannot run, and the tables say so.
    func testMissingTotalsAndChecksThatCouldNotRun() throws {
        let (doc, s) = try extract("totals")
        XCTAssertGreaterThanOrEqual(s.f1, 0.99)
        let summary = try XCTUnwrap(doc.tables.first { $0.kind == .budgetSummary })
        let expenditure = try XCTUnwrap(doc.tables.first { $0.kind == .expenditure })
        XCTAssertTrue(summary.flags.isSuperset(of: [.totalMissing, .checkNotRun]))
        XCTAssertTrue(expenditure.flags.contains(.totalMissing))
        XCTAssertTrue(summary.review && expenditure.review)
        XCTAssertTrue(doc.checks.contains { $0.kind == .notRun && $0.table == summary.number })
        // Right rows do not ask for review for it: the table does.
        XCTAssertFalse(doc.tables.flatMap(\.rows).contains(where: \.review))
    }

    /// A row cut by a page break whose rest, on the next page, is one line that reads as a header
    /// word (支出, under 收入 | 支出): the repeated header is read top down, so that line is no
    /// header row but the end of the row cut above it, and the row is whole.
    func testRowTailThatReadsAsAHeaderWordIsJoinedToItsRow() throws {
        let (doc, s) = try extract("header-word-at-break")
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9)
        XCTAssertEqual(s.exactRows, s.rows)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(t.pages, [1, 2])
        let cut = t.rows.filter { $0.flags.contains(.splitByPageBreak) }
        XCTAssertEqual(cut.count, 1)
        XCTAssertTrue(cut.first.map { $0.cell(2).hasSuffix("支出") && $0.cell(2).count == 10 } ?? false)
    }

    /// Vertical rules only, no rule between the header's rows: an amount column headed by two
    /// cells stacked (机关运行经费支出 over 合计), each line level with a header row of its own,
    /// is read as one cell, and the table asks for review (`header_uncertain`); a heading that is
    /// one cell whose text wraps (its first line fills it) does not.
    func testStackedHeaderCellsWithNoRuleBetweenAskForReview() throws {
        let (doc, s) = try extract("stacked-header")
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9)
        XCTAssertEqual(s.imperfect, 1)
        XCTAssertEqual(s.imperfectFlagged, 1)
        XCTAssertEqual(doc.tables.map { $0.flags.contains(.headerUncertain) }, [true, false])
        XCTAssertEqual(doc.tables.map(\.review), [true, false])
        XCTAssertEqual(doc.tables.last?.columns.last?.path, ["本年机关运行经费预算数"])
        // The rows were read right: they do not ask for review, the table does.
        XCTAssertFalse(doc.tables.flatMap(\.rows).contains(where: \.review))
    }

    /// Vertical rules only, labels merged down their rows: after a page break, a type group whose
    /// one-line label sits on its middle row, the rows above and below it blank in the column
    /// though they print their names, reads as merged over them (`TextRows.mergedLabelColumns`):
    /// no row loses its type. (Where a row is still left empty in such a column after a break,
    /// it asks for review, `empty_after_break`.)
    func testRowsThatLoseAMergedLabelAfterABreakAskForReview() throws {
        let (doc, s) = try extract("merged-label-after-break")
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        XCTAssertEqual(s.exactRows, s.rows)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(t.pages, [1, 2])
        XCTAssertFalse(t.rows.contains { $0.cell(1).isEmpty })
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// A ruled row whose other columns' cells are merged on down past its rules (a project's code
    /// and name over its indicator rows): two lines with figures in it (a code wrapped into
    /// lines of one length, a target's figure on its second line) are cut apart by spacing,
    /// through the merged cells' text, which the rules keep as one row. The rows about the cut
    /// ask for review (`row_boundary_uncertain`).
    func testCutBySpacingThroughACellMergedPastTheRulesAsksForReview() throws {
        let (doc, s) = try extract("cut-through-merged")
        XCTAssertGreaterThan(s.imperfect, 0)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        let t = try XCTUnwrap(doc.tables.first)
        let cut = t.rows.filter { $0.flags.contains(.rowBoundaryUncertain) }
        XCTAssertTrue(cut.allSatisfy(\.review))
        // Each project's first row, cut from the rest of its code, asks for review.
        XCTAssertTrue(t.rows.filter { !$0.cell(2).isEmpty }.allSatisfy { $0.flags.contains(.rowBoundaryUncertain) })
    }

    /// An open-sided table cut by the page's edge in the blank left part of a column (its header
    /// centred further right, its body empty): no glyph touches the cut, but the rules run on a
    /// column's width past the last vertical rule over a band where nothing is printed. The
    /// table asks for review (`cut_at_page_edge`); its rows, read right as far as printed, do not.
    func testOpenSidedTableCutInABlankBandAsksForReview() throws {
        let (doc, s) = try extract("clipped-blank")
        XCTAssertEqual(s.imperfect, 1)
        XCTAssertEqual(s.imperfectFlagged, 1)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertTrue(t.flags.contains(.cutAtPageEdge))
        XCTAssertTrue(t.review)
        XCTAssertEqual(t.columns.count, 6)
    }

    /// An open-sided table cut in the blank right part of a column under a grouped header: no
    /// glyph touches the cut and the rules end where a column could, but the group's label
    /// (上年结转) stands right of the middle of the columns printed under it, centred over one
    /// more. The table asks for review (`cut_at_page_edge`); the header's other groups, centred,
    /// say the header centres its cells.
    func testGroupLabelCentredOverColumnsNotPrintedAsksForReview() throws {
        let (doc, s) = try extract("clipped-group")
        XCTAssertEqual(s.imperfect, 1)
        XCTAssertEqual(s.imperfectFlagged, 1)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertTrue(t.flags.contains(.cutAtPageEdge))
        XCTAssertTrue(t.review)
        XCTAssertFalse(t.rows.contains(where: \.review))
    }

    /// Tables that lost nothing carry no table flag (the corpus).
    func testCorpusTablesCarryNoTableFlags() throws {
        for pdf in ["corpus/seed/direct.pdf", "corpus/shanghai-putuo-commerce-2025/document.pdf"] {
            let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent(pdf).path)
            XCTAssertEqual(doc.tables.filter(\.review).map(\.title), [], pdf)
        }
    }
}
