import XCTest
@testable import Layout
@testable import Tables

/// Horizontal rules only, a row so tall that the page break cuts it right under the page's last
/// rule: its code, the first character of its name and its amounts on one line, the rest of the
/// name a character a line under them down to the page's foot, no rule under it. Those lines are
/// the row's name, not notes under the table (which then ended the table, and its next page was
/// left unstitched).
final class CutRowUnderLastRuleTests: XCTestCase {
    func testNameRunningToTheFootUnderTheLastRuleIsTheRows() throws {
        var cs = chars("代码", x: 20, y: 34) + chars("名称", x: 60, y: 34) + chars("总计", x: 110, y: 34) + chars("一般公共预算", x: 160, y: 34)
        // The rest of the name of a row cut at the page before, between the header's rule and the last.
        for (n, ch) in "市人力资源局".enumerated() { cs += chars(String(ch), x: 64, y: 52 + Double(n) * 12) }
        let name = "焦作市职业技术培训教研室"
        for (n, ch) in name.enumerated() {
            cs += chars(String(ch), x: 64, y: 136 + Double(n) * 12)
            if n == 0 { cs += chars("302", x: 20, y: 136) + chars("88.08", x: 114, y: 136) + chars("88.08", x: 178, y: 136) }
        }
        let rules = [Segment(.horizontal, at: 28, from: 10, to: 230), Segment(.horizontal, at: 46, from: 10, to: 230),
                     Segment(.horizontal, at: 130, from: 10, to: 230)]
        let page = PageLayout(number: 1, width: 240, height: 300, chars: cs, segments: rules)
        let table = try XCTUnwrap(PageTableBuilder.tables(on: page).first)
        let texts = table.cells.map(\.text)
        XCTAssertTrue(texts.contains(name), "\(texts)")
        XCTAssertTrue(texts.contains("302"), "\(texts)")
    }
}
