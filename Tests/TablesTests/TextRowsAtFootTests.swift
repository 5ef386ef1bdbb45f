import XCTest
@testable import Layout
@testable import Tables

/// Horizontal rules only, rows of a project's indicators: the page break leaves the next
/// project's first indicator row at the page's foot, text only (its code, name and amounts are
/// in cells merged down onto the next page, so the rule under the row stops short of them). That
/// row is the table's, not a note under it (which ended the table: its next page was left
/// unstitched, and the indicator lost).
final class TextRowsAtFootTests: XCTestCase {
    func testATextOnlyRowAtThePagesFootIsTheTables() throws {
        var cs = chars("编码", x: 20, y: 34) + chars("名称", x: 60, y: 34) + chars("金额", x: 110, y: 34)
            + chars("三级指标", x: 160, y: 34) + chars("指标值", x: 230, y: 34)
        cs += chars("1001", x: 20, y: 52) + chars("甲项目", x: 60, y: 52) + chars("12.50", x: 110, y: 52)
            + chars("工作完成率", x: 160, y: 52) + chars("100%", x: 230, y: 52)
        cs += chars("1002", x: 20, y: 70) + chars("乙项目", x: 60, y: 70) + chars("8.00", x: 110, y: 70)
            + chars("服务满意度", x: 160, y: 70) + chars("≥95%", x: 230, y: 70)
        cs += chars("指标完成及时性", x: 160, y: 88) + chars("及时", x: 230, y: 88)
        let rules = [28.0, 46, 64, 82].map { Segment(.horizontal, at: $0, from: 10, to: 270) }
            + [Segment(.horizontal, at: 100, from: 150, to: 270)]
        let page = PageLayout(number: 1, width: 280, height: 110, chars: cs, segments: rules)
        let table = try XCTUnwrap(PageTableBuilder.tables(on: page).first)
        let texts = table.cells.map(\.text)
        XCTAssertTrue(texts.contains("指标完成及时性"), "\(texts)")
        XCTAssertTrue(texts.contains("及时"), "\(texts)")
        XCTAssertTrue(texts.contains("12.50"), "\(texts)")
    }
}
