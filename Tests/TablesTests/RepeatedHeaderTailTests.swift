import XCTest
@testable import Layout
@testable import Tables

/// A continuation page repeats the header with its cells wrapped differently, and a cell's
/// wrapped tail (对个人和家 / 庭的补助) read as a cell of its own spanning down over the rows
/// under it (its column empty in every row of the page).
final class RepeatedHeaderTailTests: XCTestCase {
    private func page(_ n: Int) -> PageLayout {
        let xs: [Double] = [0, 100, 200, 300], ys: [Double] = [0, 20, 40, 60, 80]
        var cs: [TextChar] = []
        var segs: [Segment]
        if n == 1 {
            segs = ruled(xs: xs, ys: ys)
            cs += chars("名称", x: 5, y: 6) + chars("对个人和家庭的补助", x: 105, y: 6) + chars("工资福利支出", x: 205, y: 6)
            for (r, name) in ["甲单位", "乙单位", "丙单位"].enumerated() {
                cs += chars(name, x: 5, y: Double(r + 1) * 20 + 6) + chars("\(r + 1).00", x: 250, y: Double(r + 1) * 20 + 6)
            }
        } else {
            // The tail's cell (column 2, rows 1 to 3): no rule under it but at the foot.
            segs = ruled(xs: xs, ys: ys, skipH: [(2, 100...200), (3, 100...200)])
            cs += chars("名称", x: 5, y: 6) + chars("对个人和家", x: 105, y: 6) + chars("工资福利", x: 205, y: 6)
            cs += chars("庭的补助", x: 105, y: 26) + chars("支出", x: 205, y: 26)
            for (r, name) in ["丁单位", "戊单位"].enumerated() {
                cs += chars(name, x: 5, y: Double(r + 2) * 20 + 6) + chars("\(r + 4).00", x: 250, y: Double(r + 2) * 20 + 6)
            }
        }
        return PageLayout(number: n, width: 400, height: 400, chars: cs, segments: segs)
    }

    /// The header taken in stops short of the rows holding amounts (a header prints none), and
    /// the tail's cell gives them nothing: both rows as printed (they were dropped with the
    /// header, or given 庭的补助 in a column empty on the page).
    func testARepeatedHeaderCellSpanningDownTakesNoRowOfAmounts() throws {
        let t1 = try XCTUnwrap(PageTableBuilder.tables(on: page(1)).first)
        let t2 = try XCTUnwrap(PageTableBuilder.tables(on: page(2)).first)
        XCTAssertEqual(t2.cells.first { $0.text == "庭的补助" }?.rowSpan, 3)
        let a = TableAssembler.assemble([t1, t2], headerRows: 1)
        XCTAssertEqual(a.rows.map(\.cells), [["甲单位", "", "1.00"], ["乙单位", "", "2.00"], ["丙单位", "", "3.00"],
                                             ["丁单位", "", "4.00"], ["戊单位", "", "5.00"]])
    }
}
