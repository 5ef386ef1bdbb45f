import XCTest
@testable import Layout
@testable import Tables

/// A form printed with horizontal rules only, its first row a label wrapped over three lines
/// (部门 / (单位) / 名称) beside its value, under the table's top rule: the rows of labels and
/// text under rules are the body (the rule over them its top), no header above them.
final class FirstRowUnderTopRuleTests: XCTestCase {
    private func page() -> PageLayout {
        var cs = chars("部门", x: 40, y: 104) + chars("(单位)", x: 40, y: 116) + chars("示范局", x: 100, y: 116) + chars("名称", x: 40, y: 128)
        let rows = [("预算情况", "部门预算总额", "53,056.22"), ("预算情况", "基本支出", "11,292.80"), ("预算情况", "项目支出", "41,763.42")]
        for (i, r) in rows.enumerated() {
            let y = 150 + Double(i) * 24
            cs += chars(r.0, x: 40, y: y) + chars(r.1, x: 100, y: y) + chars(r.2, x: 330, y: y)
        }
        let segs = [100.0, 142, 166, 190, 214].map { Segment(.horizontal, at: $0, from: 38, to: 400) }
        return PageLayout(number: 1, width: 450, height: 600, chars: cs, segments: segs)
    }

    /// The first row keeps the label's first line (部门 was dropped: the lines under the top
    /// rule above the first amounts were taken for a header, their top line of one word cut
    /// off as a title, the header's rows set below the body's top).
    func testALabelWrappedUnderTheTopRuleKeepsItsFirstLine() throws {
        let table = try XCTUnwrap(StreamTables.tables(on: page(), excluding: []).first)
        XCTAssertEqual(table.cells.filter { $0.row == 0 }.sorted { $0.col < $1.col }.first?.text, "部门(单位)名称")
        XCTAssertEqual(table.grid.ys, table.grid.ys.sorted())
    }
}
