import XCTest
@testable import Layout
@testable import Tables

/// With no rules, lines set just above a row's amounts are the row's name wrapped round them
/// only when they hold no more cells left of its last amount than the row has labels: a header's
/// wrapped last line over columns empty in the row (基金 | 经营 under 政府性 | 国有资本, left of
/// 单位资金's figures) heads columns.
final class WrappedNameCellsTests: XCTestCase {
    func testAHeadersLastLineOverEmptyColumnsIsNoWrappedName() throws {
        var cs = chars("项目", x: 20, y: 40) + chars("合计", x: 120, y: 40) + chars("一般公共预算", x: 170, y: 40)
            + chars("政府性", x: 250, y: 40) + chars("国有资本", x: 300, y: 40) + chars("单位资金", x: 360, y: 40)
        cs += chars("基金", x: 254, y: 52) + chars("经营", x: 304, y: 52)
        let body = [("合计", "30.00"), ("办公费", "12.00"), ("差旅费", "10.00"), ("培训费", "8.00")]
        for (n, (name, amount)) in body.enumerated() {
            let y = 59 + Double(n) * 14
            cs += chars(name, x: 20, y: y) + chars(amount, x: 120, y: y) + chars(amount, x: 180, y: y) + chars("0.00", x: 370, y: y)
        }
        let table = try XCTUnwrap(PageTableBuilder.tables(on: PageLayout(number: 1, width: 460, height: 300, chars: cs, segments: [])).first)
        let h = TableAssembler.detectHeaderRows(table)
        let bodyTexts = table.cells.filter { $0.row >= h }.map(\.text)
        XCTAssertFalse(bodyTexts.contains { $0.contains("基金") || $0.contains("经营") }, "\(bodyTexts)")
        XCTAssertTrue(bodyTexts.contains("合计"))
    }
}
