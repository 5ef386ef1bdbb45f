import XCTest
@testable import Layout
@testable import Tables

/// A table wider than its page, printed by a browser with no rules: the page's clip cuts its last
/// printed column through (a header word drawn in part, 国有资|本). Nothing but the cut glyphs says
/// that columns are missing; a table holding one in its first or last column asks for review
/// (`cut_at_page_edge`). The same glyph in a title above, or no glyph cut, says nothing.
final class CutByClipTests: XCTestCase {
    private func page(cutHeader: Bool, cutTitle: Bool = false) -> PageLayout {
        func mark(_ cs: [TextChar], _ on: Bool) -> [TextChar] {
            cs.enumerated().map { i, c in var c = c; c.cutByClip = on && i == cs.count - 1; return c }
        }
        var cs = mark(chars("部门收入预算表", x: 150, y: 10, size: 12), cutTitle)
        cs += chars("科目编码", x: 40, y: 40) + chars("科目名称", x: 100, y: 40) + chars("合计", x: 200, y: 40)
            + chars("一般公共预算", x: 260, y: 40) + mark(chars("国有资", x: 340, y: 40), cutHeader)
        let rows = [("201", "一般公共服务支出", "1,234.56", "1,000.00"), ("20101", "人大事务", "234.56", "200.00"),
                    ("208", "社会保障和就业支出", "3,000.00", "2,500.00"), ("20805", "行政事业单位养老支出", "3,000.00", "2,500.00")]
        for (i, r) in rows.enumerated() {
            let y = 60 + Double(i) * 14
            cs += chars(r.0, x: 40, y: y) + chars(r.1, x: 100, y: y) + chars(r.2, x: 200, y: y) + chars(r.3, x: 260, y: y)
        }
        return PageLayout(number: 1, width: 400, height: 300, chars: cs, segments: [])
    }

    func testAGlyphTheClipCutsInTheLastColumnMeansTheTableWasCut() throws {
        let cut = try XCTUnwrap(StreamTables.tables(on: page(cutHeader: true), excluding: []).first)
        XCTAssertTrue(cut.tableFlags.contains(.cutAtPageEdge))
        let whole = try XCTUnwrap(StreamTables.tables(on: page(cutHeader: false), excluding: []).first)
        XCTAssertFalse(whole.tableFlags.contains(.cutAtPageEdge))
        let title = try XCTUnwrap(StreamTables.tables(on: page(cutHeader: false, cutTitle: true), excluding: []).first)
        XCTAssertFalse(title.tableFlags.contains(.cutAtPageEdge))
    }

    /// Ruled, the same: a grid whose last column's glyph is cut by the page's clip.
    func testRuledTableWithACutGlyphInItsLastColumnWasCut() {
        func page(cut: Bool) -> PageLayout {
            var cs = chars("科目", x: 4, y: 6) + chars("合计", x: 44, y: 6)
            cs += chars("一般公", x: 84, y: 6).enumerated().map { i, c in var c = c; c.cutByClip = cut && i == 2; return c }
            for (r, code) in ["201", "20101", "208"].enumerated() {
                let y = 26 + 20 * Double(r)
                cs += chars(code, x: 4, y: y) + chars("1,234.56", x: 44, y: y) + chars("1,000.00", x: 84, y: y)
            }
            return PageLayout(number: 1, width: 300, height: 400, chars: cs,
                              segments: ruled(xs: [0, 40, 80, 120], ys: [0, 20, 40, 60, 80]))
        }
        XCTAssertEqual(PageTableBuilder.tables(on: page(cut: true)).first?.tableFlags.contains(.cutAtPageEdge), true)
        XCTAssertEqual(PageTableBuilder.tables(on: page(cut: false)).first?.tableFlags.contains(.cutAtPageEdge), false)
    }
}
