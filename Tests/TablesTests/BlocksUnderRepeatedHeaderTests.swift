import XCTest
@testable import Layout
@testable import Tables

/// No rules, a continuation page under the header printed again on the page before: an
/// indicator row wrapped a character a line above its project's amounts, its figure (≤36.48
/// 万元) read as an amount, stands more lines above the project's line of amounts than lines
/// between two lines of amounts may: two blocks. Under a repeated header, with nothing but such
/// lines between, they are one table.
final class BlocksUnderRepeatedHeaderTests: XCTestCase {
    private func page(repeatedHeader: Bool) -> PageLayout {
        func mark(_ cs: [TextChar]) -> [TextChar] { cs.map { var c = $0; c.repeated = repeatedHeader; return c } }
        var cs = mark(chars("项目名称", x: 40, y: 40) + chars("资金总额", x: 140, y: 40) + chars("三级指标", x: 240, y: 40)
                      + chars("指标值", x: 320, y: 40) + chars("满意度", x: 400, y: 40))
        cs += mark(chars("（万元）", x: 140, y: 52))
        // The first project's cost indicator: 救助资金总成本 a character a line, ≤ / 36.48 / 万元 beside it.
        for (i, ch) in ["救", "助", "资", "金", "总", "成", "本"].enumerated() { cs += chars(ch, x: 240, y: 70 + Double(i) * 10) }
        cs += chars("≤", x: 320, y: 90) + chars("36.48", x: 320, y: 100) + chars("万元", x: 320, y: 110)
        // Its line of amounts, then its output indicator row, then two more projects.
        let items = [("春节救助", "36.48", "救助人数", "≥600人", "满意"), ("", "", "覆盖率", "100%", ""),
                     ("技能补贴", "12.00", "补贴人数", "≥50人", "满意"), ("就业见习", "8.50", "见习人数", "≥20人", "满意")]
        for (i, r) in items.enumerated() {
            let y = 144 + Double(i) * 14
            cs += chars(r.0, x: 40, y: y) + chars(r.1, x: 140, y: y) + chars(r.2, x: 240, y: y) + chars(r.3, x: 320, y: y) + chars(r.4, x: 400, y: y)
        }
        return PageLayout(number: 2, width: 500, height: 400, chars: cs, segments: [])
    }

    func testBlocksPartedByAnIndicatorRowsLinesAreOneTableUnderARepeatedHeader() throws {
        let tables = StreamTables.tables(on: page(repeatedHeader: true), excluding: [])
        XCTAssertEqual(tables.count, 1)
        let table = try XCTUnwrap(tables.first)
        // The indicator whole, its figure beside it, and the projects under it (without the
        // merge the figure's block was no table: ≤36.48万元 lost, 救助 and 资金 with it).
        let indicator = try XCTUnwrap(table.cells.first { $0.text == "救助资金总成本" })
        XCTAssertEqual(table.cells.first { $0.row == indicator.row && $0.col == indicator.col + 1 }?.text, "≤36.48万元")
        XCTAssertTrue(table.cells.contains { $0.text == "春节救助" } && table.cells.contains { $0.text == "就业见习" })
        // The header is the lines printed again, above the indicator's.
        XCTAssertEqual(table.cells.filter { $0.row == 0 }.map(\.text), ["项目名称", "资金总额", "三级指标", "指标值", "满意度"])
    }

    /// A header read from lines printed again is the header repeated: its rows are settled by
    /// the layout, so a continuation whose header lines were cut into cells otherwise than the
    /// first page's (a header stacked past `maxStackedHeaderLines`) gives the table no rows of
    /// header text. Read without the mark, the two lines settle nothing.
    func testAHeaderPrintedAgainSettlesItsRows() throws {
        let marked = try XCTUnwrap(StreamTables.tables(on: page(repeatedHeader: true), excluding: []).first)
        XCTAssertEqual(marked.headerRowsFromLayout, 2)
        let plain = StreamTables.tables(on: page(repeatedHeader: false), excluding: [])
        XCTAssertTrue(plain.allSatisfy { $0.headerRowsFromLayout == nil })
    }

    func testWithoutTheRepeatedHeaderTheBlocksStayApart() {
        XCTAssertGreaterThan(StreamTables.tables(on: page(repeatedHeader: false), excluding: []).count, 1)
    }
}
