import Budget
import Foundation
import Layout
import Pipeline
import Tables
import XCTest

/// Tables ruled by vertical lines only (Tests/Fixtures/vrules, made by its make.py: HTML printed
/// by Chromium with rules between all columns, at the table's top and bottom and under the last
/// header row's own cells), scored against their exact truth with the scorer's port; their
/// amounts add up within and across tables, so every check must hold.
final class VerticalRulesTests: XCTestCase {
    static func extract(_ name: String, settings: ExtractionSettings = .standard) throws -> (BudgetDocument, CorpusTests.Score) {
        try CorpusTests.scoreFixture("vrules", name, settings: settings)
    }

    /// Extracts a fixture and asserts that it reads whole: `rows` rows, every one exact, cell F1
    /// 1.0 and, with `paths`, every header path.
    @discardableResult
    static func readWhole(_ name: String, rows: Int, paths: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> BudgetDocument {
        let (doc, s) = try extract(name)
        XCTAssertEqual(s.rows, rows, "rows", file: file, line: line)
        XCTAssertEqual(s.exactRows, s.rows, "exact rows", file: file, line: line)
        if paths { XCTAssertEqual(s.pathsOK, s.paths, "header paths", file: file, line: line) }
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9, "cell F1", file: file, line: line)
        return doc
    }

    /// Column lines from every vertical rule in the body (those under 功能分类科目编码, 支出预算 and
    /// 财政拨款 start below the table's top and cross no horizontal rule); the header's three
    /// levels apart where the rules start (no rule between them); the rule under the header,
    /// drawn under 类/款/项 only, closes the whole header; body rows from the text lines, a name
    /// wrapped round its centred amounts kept with them; 合计 merged over the code and name
    /// columns where their rules end; the table over two pages; a two-sided summary.
    func testVerticalRulesOnly() throws {
        let (doc, s) = try Self.extract("vrules")
        XCTAssertEqual(s.tablesFound, s.tables, "tables found")
        XCTAssertEqual(s.pathsOK, s.paths, "header paths")
        XCTAssertEqual(s.exactRows, s.rows, "exact rows")
        XCTAssertEqual(s.rows, 67)
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9, "cell F1")
        let failed = doc.tables.flatMap(\.checks).filter { !$0.passed } + doc.checks.filter { !$0.passed }
        XCTAssertEqual(failed.map(\.message), [])
        // Rows set by spacing say so (合计, closed by where the code columns' rules end, is a
        // ruled row); none of these right rows asks for review (the summary's sparse left side
        // has a label of its own on every line).
        XCTAssertTrue(doc.tables.allSatisfy { $0.rows.filter { $0.flags.contains(.rowsFromText) }.count >= $0.rows.count - 1 })
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0)
        let expenditure = try XCTUnwrap(doc.tables.first { $0.kind == .expenditure })
        XCTAssertEqual(expenditure.pages.count, 2)
        XCTAssertEqual(expenditure.columns.map(\.path), [["项目", "功能分类科目编码", "类"], ["项目", "功能分类科目编码", "款"],
                                                          ["项目", "功能分类科目编码", "项"], ["项目", "功能分类科目名称"],
                                                          ["支出预算", "合计"], ["支出预算", "基本支出"], ["支出预算", "项目支出"]])
        XCTAssertEqual(expenditure.rows.last?.cells.first, "合计")
        let basic = try XCTUnwrap(doc.tables.first { $0.kind == .gpbBasicExpenditure })
        XCTAssertEqual(basic.columns.map { $0.path.joined(separator: "/") }, ["科目编码", "科目名称", "合计", "财政拨款/基本支出", "财政拨款/项目支出"])
    }

    /// A two-sided summary under vertical rules only whose expenditure side lists every class
    /// with amounts for a few (the rest are labels alone) and whose names wrap in their narrow
    /// columns, amounts centred beside them (Tests/Fixtures/vrules/labels, make.py labels): a
    /// label row with no amounts is a row of its own, a wrapped name is one row with its amount,
    /// and nothing asks for review (the old reading glued each label onto the amount line near it).
    func testLabelRowsWithoutAmountsAndWrappedNames() throws {
        let doc = try Self.readWhole("labels", rows: 17)
        let failed = doc.tables.flatMap(\.checks).filter { !$0.passed }
        XCTAssertEqual(failed.map(\.message), [])
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0)
    }

    /// The same summary with more classes than a page holds (Tests/Fixtures/vrules/labels-tail,
    /// make.py labels-tail): the page after the break holds only label rows, their names wrapped,
    /// and the totals' line, the one line with figures (one in each of two columns, so no column
    /// holds the two amounts an amount column needs). That line anchors its item and each label
    /// above it is a row of its own (the old reading ran every label on the page into one cell).
    func testListTailWithOneLineOfFigures() throws {
        let doc = try Self.readWhole("labels-tail", rows: 29)
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(table.pages, [1, 2])
        XCTAssertEqual(table.rows.filter { $0.page == 2 }.count, 8)
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// A budget book's expenditure table under vertical rules only (Tests/Fixtures/vrules/code-lines,
    /// make.py code-lines; as Taiwan's 歲出機關別預算表): a code line over each name, amounts on the
    /// name line, 說明 prose set at the top of tall rows, cut by the page breaks. The rest of a cut
    /// cell at the top of a page is not the first item's (neither its code line nor rows merged
    /// under its name): it goes on the row the break cut, so every item keeps its own code and
    /// the whole of its prose.
    func testCodeLinesAndProseCutByPageBreaks() throws {
        let doc = try Self.readWhole("code-lines", rows: 17)
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(table.pages.count, 3)
        XCTAssertEqual(table.rows.filter { $0.flags.contains(.splitByPageBreak) }.count, 2, "both cut rows joined")
        XCTAssertFalse(table.rows.contains { $0.flags.contains(.mergedCellFilled) }, "no cell copied onto the rest of a cut one")
    }

    /// Units and kinds of spending printed once for the rows they span (cells merged down two
    /// columns, Tests/Fixtures/vrules/merged, make.py merged): each label centred in its rows,
    /// the one cut by the page break at the top of its first part and nowhere on the next page,
    /// a wrapped unit name over two lines. Every row carries its unit and kind, none asks for
    /// review (the old reading gave each label to the one or two rows beside it).
    func testLabelsMergedDownTheRowsTheySpan() throws {
        let doc = try Self.readWhole("merged", rows: 46)
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(table.pages, [1, 2])
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// The same reading with other units and kinds (Tests/Fixtures/vrules/merged-foot, make.py
    /// merged-foot): on the table's last page, its foot ruled, the last unit's name stands level
    /// with one of its rows' text (two lines centred over an odd number of rows). A foot rule
    /// closes the cell there, so it is read centred on its rows, not at the top of the rows under
    /// it as a cell a page break cuts would be (the old reading gave the rows above it to the
    /// unit before, in silence).
    /// After a page break (Tests/Fixtures/vrules/merged-middle, make.py merged-middle) a kind over
    /// three rows prints its one-line name on the middle row's line, the rows above and below it
    /// blank in the column though they print their names: it reads as merged over them, not as the
    /// middle row's own cell (the first row took the kind cut at the break, 公用经费 for 基本工资,
    /// and the last none, both in silence).
    func testAKindLevelWithOneRowBetweenBlankRowsIsMergedOverThem() throws {
        let (doc, s) = try Self.extract("merged-middle")
        XCTAssertEqual(s.exactRows, s.rows, "exact rows")
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9, "cell F1")
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(table.pages, [1, 2])
        XCTAssertEqual(table.rows.filter { $0.page == 2 }.map { $0.cell(1) }, ["人员类", "人员类", "人员类"])
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// A unit's name longer than the part of its cell a page holds (Tests/Fixtures/vrules/
    /// merged-overflow, make.py merged-overflow): its second line runs on below the table's
    /// foot, its last character opens the next page level with the first row. The name is read
    /// whole over every row of the unit, on both pages, and the rows on the next page keep their
    /// unit and kinds (the old reading cut the name at the foot in silence, gave the next page's
    /// rows a unit 心, and left the table's last row none).
    func testAMergedNameRunOnPastThePagesFootGoesOnAtTheNextPagesTop() throws {
        let doc = try Self.readWhole("merged-overflow", rows: 49)
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(table.pages, [1, 2])
        XCTAssertEqual(Set(table.rows.filter { $0.page == 2 }.map { $0.cell(0) }), ["某县非物质文化遗产保护中心"])
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    func testMergedLabelLevelWithARowAboveTheTablesFoot() throws {
        let doc = try Self.readWhole("merged-foot", rows: 58)
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(table.pages, [1, 2])
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// A project performance table under vertical rules only (Tests/Fixtures/vrules/indicators,
    /// make.py indicators): each project's code, name and amounts printed once, centred down the
    /// indicator rows it spans (often between two of them; a long name running past them), the
    /// indicator name and value pairs of three classes right of the amounts, the cost class given
    /// for a few projects only. Each indicator row is a row of its own, set apart from the one
    /// above by the rows' spacing (not wrapped on into the project's row as prose would be), and
    /// carries its project; a sparse cost indicator stays on its own row (no label merged over
    /// rows); a unit's row with no indicators stays one row; a project the page break cuts goes
    /// on over the next page's first rows with its whole name. The old reading glued all of a
    /// project's indicators into one row.
    func testIndicatorRowsUnderProjectsMergedOverThem() throws {
        let doc = try Self.readWhole("indicators", rows: 54)
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(table.pages, [1, 2, 3, 4])
        // A project over five indicator rows: five rows, each with its name and amounts (unit
        // funds, a column printed for few projects, among them).
        let five = table.rows.filter { $0.cells[0] == "40100220260105" }
        XCTAssertEqual(five.map { $0.cells[7] }, ["培训覆盖人数", "开展专题培训班次", "设备维护完成率", "服务对象投诉处理率", "任务完成及时性"])
        XCTAssertTrue(five.allSatisfy { $0.cells[1] == "古籍保护修复经费" && $0.cells[2...4] == ["726.80", "698.26", "28.54"] })
        // A cost indicator given for one row of a project: on that row only.
        let costed = table.rows.filter { $0.cells[0] == "40100220260108" }
        XCTAssertEqual(costed.map { $0.cells[5] }, ["单位服务成本", "", "", ""])
        // Cut by the break after its first row: its name printed in two parts, its amounts once.
        let cut = table.rows.filter { $0.cells[0] == "40100220260104" }
        XCTAssertEqual(cut.map(\.page), [2, 3, 3, 3])
        XCTAssertTrue(cut.allSatisfy { $0.cells[1] == "业余文艺团队培训经费" && $0.cells[2] == "182.08" })
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// The same projects with unit funds given for half of them (Tests/Fixtures/vrules/indicators-carry,
    /// make.py indicators-carry): a project with unit funds is cut by a page break, its merged
    /// cells (printed once, on the page where they start) going on blank over the next page's
    /// first rows; the next projects on that page have no unit funds, that column blank down to
    /// the page's foot. The cut project's figures go on only until a new project's code and
    /// name start (the old reading gave its 单位资金 to every later project on the page, unflagged).
    func testMergedFiguresCutByABreakStopAtTheNextProject() throws {
        let doc = try Self.readWhole("indicators-carry", rows: 47)
        let table = try XCTUnwrap(doc.tables.first)
        let later = table.rows.filter { ["40100220260104", "40100220260105", "40100220260106"].contains($0.cells[0]) }
        XCTAssertFalse(later.isEmpty)
        XCTAssertTrue(later.allSatisfy { $0.cells[4] == "" }, "no unit funds of the cut project on later ones")
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// The same shapes (Tests/Fixtures/vrules/indicators-carry-value, make.py
    /// indicators-carry-value): an indicator row at a page's foot whose name and value fill
    /// their cells (宣传活动场次 / ≥100场), the next page opening with a whole indicator row
    /// (任务完成及时性 / 及时). Nothing printed tells a cut row from two: the join is a guess where a
    /// target value before the break would go on, and the joined row asks for review
    /// (`joined_across_break`; it was read 宣传活动场次任务完成及时性 / ≥100场及时 in silence).
    func testATargetValueBeforeABreakGoingOnIsAGuess() throws {
        let (doc, s) = try Self.extract("indicators-carry-value")
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        let table = try XCTUnwrap(doc.tables.first)
        let joined = try XCTUnwrap(table.rows.first { $0.cells.contains("≥100场及时") })
        XCTAssertTrue(joined.review)
        XCTAssertTrue(joined.flags.contains(.joinedAcrossBreak))
        XCTAssertGreaterThanOrEqual(s.exactRows, s.rows - 2)
    }

    /// A project's name longer than the rows left on the page (Tests/Fixtures/vrules/indicators-overflow,
    /// make.py indicators-overflow): the browser prints the merged cell's lines that do not fit
    /// below the table's last line, where no rule is drawn (the page broke the table; its end is
    /// ruled), and the rest at the next page's top. Those lines are the cell's; the project goes on
    /// over the next page's rows with its whole name, code and figures (the old reading lost
    /// them and gave those rows neither code nor figures, unflagged).
    func testMergedNameRunningOnBelowAnOpenFoot() throws {
        let doc = try Self.readWhole("indicators-overflow", rows: 53)
        let table = try XCTUnwrap(doc.tables.first)
        let cut = table.rows.filter { $0.cells[0] == "40100120260005" }
        XCTAssertEqual(cut.map(\.page), [1, 1, 2, 2, 2])
        XCTAssertTrue(cut.allSatisfy { $0.cells[1] == "公共文化场馆免费开放补助资金" && $0.cells[2] == "535.49" })
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// An indicator row cut by a page break (Tests/Fixtures/vrules/indicators-cut-row, make.py
    /// indicators-cut-row): the last line of its indicator's name is printed at the next page's
    /// top, beside the rest of the project's name, which runs on down past it beside the project's
    /// next indicator row. That row lies beside the first only through the name, wholly below
    /// its prose: a row of its own. The cut row is joined with its rest, and the next row keeps its
    /// own text (the old reading ran the rest into the next row: 任务完成及时 | 性宣传活动场次).
    func testIndicatorRowCutByABreakBesideTheRestOfTheName() throws {
        let doc = try Self.readWhole("indicators-cut-row", rows: 49)
        let table = try XCTUnwrap(doc.tables.first)
        let cut = table.rows.filter { $0.cells[0] == "40100220260104" }
        XCTAssertTrue(cut.allSatisfy { $0.cells[1] == "业余文艺团队培训经费" && $0.cells[2] == "289.32" })
        XCTAssertTrue(cut.contains { $0.cells[7] == "任务完成及时性" })
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// A project of one indicator row whose name wraps over six lines, reaching over the rows
    /// beside it, below a project of five rows under the unit's row of amounts (Tests/Fixtures/
    /// vrules/indicators-tall-name, make.py indicators-tall-name): each project's merged cells span
    /// the rows its amounts are centred in, not every row its name's lines reach (the old reading
    /// gave the unit the first project's first row and moved each project a row down, unflagged).
    func testAProjectsRowsAreTheRowsItsAmountsAreCentredIn() throws {
        let doc = try Self.readWhole("indicators-tall-name", rows: 54)
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(table.rows.filter { $0.cells[0] == "401001" }.count, 1)
        XCTAssertEqual(table.rows.filter { $0.cells[0] == "40100120260001" }.count, 5)
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// The last project alone on the last page, its name's first line level with its first
    /// indicator row and its code centred lower (Tests/Fixtures/vrules/indicators-code-carried,
    /// make.py indicators-code-carried): that row takes the code of the project before, carried
    /// over the break, beside its own name and amounts. Code and name change together on every
    /// other row: parting here, the row asks (it asked nothing), and so do the rows of the project
    /// before the break (had the row gone on with that project, its name would be the rest of a
    /// name the break cut, and theirs its first part). No other row asks.
    func testACodeCarriedBesideANewNameAsks() throws {
        let (doc, s) = try Self.extract("indicators-code-carried")
        XCTAssertEqual(s.rows, 42)
        XCTAssertEqual(s.exactRows, 41)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        let asking = try XCTUnwrap(doc.tables.first).rows.filter(\.review)
        XCTAssertEqual(asking.map { $0.cells[1] }, ["图书购置经费", "图书购置经费", "非遗传承人补助"])
        XCTAssertTrue(asking.allSatisfy { $0.flags.contains(.rowBoundaryUncertain) })
    }

    /// An indicator name cut by a page break whose rest opens the next page a line above the next
    /// indicator's name and value, set in the middle of their row (Tests/Fixtures/vrules/
    /// indicators-rest-above, make.py indicators-rest-above): the rest reads into that row
    /// (率宣传活动场次), as a name wrapped over two lines would; nothing in the text alone tells
    /// the two apart, so the cut row and that one ask (the old reading asked nothing). Every other
    /// row reads right and asks nothing.
    func testTheRestOfACutNameAboveTheNextRowAsks() throws {
        let (doc, s) = try Self.extract("indicators-rest-above")
        XCTAssertEqual(s.rows, 50)
        XCTAssertEqual(s.exactRows, 48)
        XCTAssertEqual(s.imperfectFlagged, s.imperfect)
        let table = try XCTUnwrap(doc.tables.first)
        let asking = table.rows.filter(\.review)
        XCTAssertEqual(asking.map { $0.cells[7] }, ["设备维护完成", "率宣传活动场次"])
        XCTAssertTrue(asking.allSatisfy { $0.flags.contains(.rowBoundaryUncertain) })
    }

    /// A project's first indicator row cut by a page break, the rest of the project's name at the
    /// next page's top beside the rest of that row (Tests/Fixtures/vrules/indicators-name-rest,
    /// make.py indicators-name-rest): once that top row is joined with the cut one, its name's
    /// rest is no new project's; the project's code, whole name and figures go on over the rows
    /// under it (the old reading gave them its code only, unflagged).
    func testMergedCellsGoOnUnderTheJoinedRestOfACutRow() throws {
        let doc = try Self.readWhole("indicators-name-rest", rows: 50)
        let table = try XCTUnwrap(doc.tables.first)
        let last = table.rows.filter { $0.cells[0] == "40100220260110" }
        XCTAssertEqual(last.count, 5)
        XCTAssertTrue(last.allSatisfy { $0.cells[1] == "非遗传承人补助" && $0.cells[2] == "48.94" })
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// A form under vertical rules only (Tests/Fixtures/vrules/form, make.py form: a department's
    /// performance targets, no header): its column set changes from block to block (two columns,
    /// then three, four and five: the rules of each block start and end where it does), labels
    /// are merged down the rows they span in the first column, text is merged over columns and
    /// wraps, and the indicator block runs on to the next page. Rows come from the text lines:
    /// a cell is the lines of one column set at a wrap's spacing, a row the cells that overlap
    /// in height, a label spanning rows the text between two breaks of its column. The old
    /// reading made the whole page one row.
    func testFormWhoseColumnSetChangesBetweenBlocks() throws {
        let doc = try Self.readWhole("form", rows: 31)
        let table = try XCTUnwrap(doc.tables.first { $0.kind == .deptPerformance })
        XCTAssertEqual(table.pages, [1, 2])
        XCTAssertEqual(table.rows.filter { $0.cells.first == "年度主要任务" }.count, 4)
        // 预算情况 on two lines beside two budget lines, one with no amount ((3) 单位资金): merged
        // over all six, the line without an amount a row of its own.
        XCTAssertEqual(table.rows.filter { $0.cells.first == "预算情况" }.count, 6)
        XCTAssertEqual(table.rows.first { $0.cells[1] == "（3）单位资金" }?.cells[3], "")
        // 绩效管理 cut by the break: its rows at the top of the next page carry it, both.
        XCTAssertEqual(table.rows.filter { $0.cells[1] == "绩效管理" }.count, 3)
        XCTAssertEqual(table.rows.filter { $0.cells.first == "投入管理指标" }.count, 14)
        XCTAssertEqual(table.rows.filter(\.review).count, 0)
    }

    /// The same page read with the vertical-rules reading turned off (no table counts as ruled by
    /// vertical lines only): the header swallows the first body row and columns under spanning
    /// header cells are lost, so the reading is what makes the figures above.
    func testWithoutTheReadingTheHeaderAndColumnsAreLost() throws {
        let (_, s) = try Self.extract("vrules")
        var off = ExtractionSettings.standard
        off.rulings.verticalOnlyMaxRowRules = 0
        off.rulings.loneVerticalOverlap = 2
        let (_, without) = try Self.extract("vrules", settings: off)
        XCTAssertLessThan(without.pathsOK, s.pathsOK)
        XCTAssertLessThan(without.exactRows, s.exactRows)
    }

    /// Grid geometry alone: a rule starting below the top (under a header cell spanning two
    /// columns) joins the table and ends that cell there; the partial rule under the header runs
    /// across; a rule ending above the bottom (合计 merged over two columns) implies a full-width
    /// row line.
    func testImpliedRowLinesFromWhereVerticalRulesStartAndEnd() throws {
        let segs = [Segment(.horizontal, at: 0, from: 0, to: 90), Segment(.horizontal, at: 20, from: 0, to: 30),
                    Segment(.horizontal, at: 100, from: 0, to: 90),
                    Segment(.vertical, at: 0, from: 0, to: 100), Segment(.vertical, at: 30, from: 0, to: 100),
                    Segment(.vertical, at: 60, from: 10, to: 100), Segment(.vertical, at: 90, from: 0, to: 100),
                    Segment(.vertical, at: 15, from: 20, to: 80)]
        let g = try XCTUnwrap(GridFinder.grids(from: segs).first)
        XCTAssertEqual(g.xs, [0, 15, 30, 60, 90])
        XCTAssertEqual(g.ys, [0, 10, 20, 80, 100])
        // Row 0: the cell over columns 2–3 (no rule at 60 above y 10); row 1: 60 splits them.
        XCTAssertTrue(g.spans().contains(Grid.Span(row: 0, col: 2, rowSpan: 1, colSpan: 2)))
        XCTAssertEqual(g.hRuled[2], [true, true, true, true], "the header's rule runs across")
        XCTAssertEqual(g.hRuled[3], [true, true, true, true], "a row line where the rule at 15 ends")
        XCTAssertTrue(g.spans().contains(Grid.Span(row: 3, col: 0, rowSpan: 1, colSpan: 2)))
    }

    /// A table ruled by vertical lines only, broken by the page (no rule at its foot): the rule
    /// under its header is drawn under the cells of a group header only, between rules that
    /// start below the table's top rule, so it crosses none of the outer rules. The two parts
    /// are one table; a table inside a page frame (ending above the frame's foot) stays apart.
    func testInnerRulesStartingBelowTheTopJoinTheTableAtAPageBreak() throws {
        let table = [Segment(.horizontal, at: 0, from: 0, to: 100),
                     Segment(.vertical, at: 0, from: 0, to: 200), Segment(.vertical, at: 40, from: 0, to: 200),
                     Segment(.vertical, at: 100, from: 0, to: 200),
                     Segment(.vertical, at: 60, from: 10, to: 200), Segment(.vertical, at: 80, from: 10, to: 200),
                     Segment(.horizontal, at: 30, from: 60, to: 80)]
        let grids = GridFinder.grids(from: table)
        XCTAssertEqual(grids.count, 1)
        let g = try XCTUnwrap(grids.first)
        XCTAssertEqual(g.xs, [0, 40, 60, 80, 100])
        XCTAssertEqual(g.ys.first, 0)
        XCTAssertEqual(g.ys.last, 200)
        // Without the join there is no table at all: each part has a single horizontal rule.
        let frame = [Segment(.horizontal, at: -20, from: -20, to: 120), Segment(.horizontal, at: 260, from: -20, to: 120),
                     Segment(.vertical, at: -20, from: -20, to: 260), Segment(.vertical, at: 120, from: -20, to: 260)]
        let framed = table.map { s in s.orientation == .vertical ? Segment(.vertical, at: s.position, from: s.start, to: s.end - 20) : s }
            + [Segment(.horizontal, at: 180, from: 0, to: 100)]
        let inFrame = GridFinder.grids(from: frame + framed)
        XCTAssertEqual(inFrame.count, 2, "the frame and the table inside it are two grids")
        // A table running off the page's side (clipped: no outer rule on the right, its top rule
        // runs on to the clip): the rules under the group header still join it.
        let clipped = table.filter { !($0.orientation == .vertical && $0.position == 100) }
            + [Segment(.vertical, at: 99.5, from: 10, to: 200)]
        XCTAssertEqual(GridFinder.grids(from: clipped).count, 1)
        XCTAssertEqual(GridFinder.grids(from: clipped).first?.xs.prefix(4), [0, 40, 60, 80])
    }
    /// A table wider than the page, cut by the browser inside its last column (Tests/Fixtures/
    /// vrules/clipped, make.py clipped): no rule closes its right side, its top rule runs on to
    /// the clip, and the rules under the group header on the right (上年结转) start below the top;
    /// on the page the table runs on from there is no rule at the foot either, so they cross no
    /// rule at all. They are the table's column lines all the same (the old reading cut the table
    /// at the last rule that reaches its top on that page, and the piece on the next page matched
    /// it no more), and the column the clip cuts into is one of its own where two rules run on.
    func testTableRunningOffThePageSide() throws {
        let doc = try Self.readWhole("clipped", rows: 42, paths: true)
        let revenue = try XCTUnwrap(doc.tables.first { $0.kind == .revenue })
        XCTAssertEqual(revenue.pages.count, 2)
        XCTAssertEqual(doc.tables.filter { $0.kind == .other }.count, 0)
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0)
    }
    /// Units and kinds printed once, merged down their rows, centred in them (Tests/Fixtures/
    /// vrules/merged-nested, make.py merged-nested): a unit's name centred down its rows reads as
    /// well over fewer rows at both ends (rows above it left to nobody, the next unit reaching
    /// up), but the kinds inside it then stand off their rows' middles: the two columns are read
    /// together (the old reading left the first unit's rows with no unit or kind at all, 19 of 52
    /// rows exact).
    func testNestedMergedLabelsReadTogether() throws {
        let doc = try Self.readWhole("merged-nested", rows: 52)
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0)
    }
    /// A project performance table whose last page holds one project alone (Tests/Fixtures/
    /// vrules/indicators-alone, make.py indicators-alone): its amounts, merged down beside its
    /// three indicator rows and centred in them, are the only figures with separators on the
    /// page, one line of them, while two indicator values are bare percentages (90%). That line
    /// anchors the project, the indicators are rows beside it and the project's cells are
    /// merged over them (the old reading anchored rows on the percentages: the first row took the
    /// project before the break, the last none).
    func testOneProjectAlonePrintingPercentages() throws {
        let doc = try Self.readWhole("indicators-alone", rows: 46)
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0)
    }

    /// A form's top rows with a browser's default padding (Tests/Fixtures/vrules/form-narrow, make.py
    /// form-narrow): 部门（单位）名称 wraps over three lines in a narrow first column beside a
    /// unit's name of one line, and 年度履职目标 over two beside the goal's prose, which is merged
    /// over the four columns the rows below part and wraps over three lines, one broken at a
    /// space before a figure and so ending short of the side. The prose is one cell (read whole,
    /// not cut at the lines of columns its band does not draw), its lines a wrap's spacing apart
    /// are not two rows the label beside them spans, and the two labels head two rows. The old
    /// reading made them one row (部门（单位）名称年度履职目标), asking for nothing.
    func testLabelsBesideProseMergedOverColumnsAreRowsOfTheirOwn() throws {
        let (doc, s) = try Self.extract("form-narrow")
        XCTAssertEqual(s.rows, 31)
        XCTAssertEqual(s.exactRows, s.rows, "exact rows")
        XCTAssertEqual(s.f1, 1.0, accuracy: 1e-9, "cell F1")
        let table = try XCTUnwrap(doc.tables.first { $0.kind == .deptPerformance })
        XCTAssertEqual(table.rows.prefix(2).map { $0.cells[0] }, ["部门（单位）名称", "年度履职目标"])
        XCTAssertEqual(table.rows.first?.cells[1], "某县文化和旅游局")
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0)
    }

    /// Projects over three indicator rows each, the first row tall (a long effect indicator
    /// wrapping over four lines and more), the others over two or three, a browser's default
    /// padding (Tests/Fixtures/vrules/indicators-tall, make.py indicators-tall): the project's
    /// amounts, centred in its rows, stand in the padding between the first and the second row,
    /// level with the second row's first line, nearer the first row's last line than a row's
    /// spacing. The second row's indicator is set a row's spacing below the first's: the first
    /// row is a row of its own, not prose wrapping on into the project's. The old reading joined
    /// the rows (设备维护完成率服务对象投诉处理率…, 98%95%…), asking for nothing.
    func testTallFirstIndicatorRowAboveTheProjectsAmountsIsARowOfItsOwn() throws {
        let doc = try Self.readWhole("indicators-tall", rows: 50)
        let table = try XCTUnwrap(doc.tables.first)
        let last = table.rows.filter { $0.cells[0] == "40100220260110" }
        XCTAssertEqual(last.map { $0.cells[7] }, ["设备维护完成率", "服务对象投诉处理率", "项目验收合格率"])
        XCTAssertTrue(last.allSatisfy { $0.cells[2] == "344.60" })
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0)
    }
}
