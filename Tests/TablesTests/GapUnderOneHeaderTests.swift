import XCTest
@testable import Layout
@testable import Tables

/// With no rules, columns are the gaps no body word crosses. A value printed with a space (≤2 万元,
/// wrapped ≤2 万 / 元) in a column that holds no other value on its page leaves such a gap inside
/// its cell; the header word over the cell (指标值) stands over the text on both sides of it.
final class GapUnderOneHeaderTests: XCTestCase {
    private func word(_ text: String, _ x0: Double, _ x1: Double, row: Int, numeric: Bool = false) -> StreamTables.Word {
        StreamTables.Word(text: text, box: Rect(x0: x0, y0: Double(row) * 12, x1: x1, y1: Double(row) * 12 + 9), numeric: numeric)
    }

    /// The gap between ≤2 and 万, under the leaf 指标值 and no header word lower, parts no columns
    /// (it did: the column read as two, 指标值 over ≤2 / 元 and an empty path over 万).
    func testAGapUnderALeafHeaderOverTextOnBothSidesPartsNoColumns() {
        let header = [word("三级指标", 400, 436, row: 1), word("指标值", 459, 486, row: 1)]
        let body = [word("项目总成本", 400, 445, row: 3), word("≤2", 455, 466, row: 3), word("万", 474, 483, row: 3),
                    word("元", 455, 464, row: 4)]
        let xs = StreamTables.columnLines(body: body, header: header, from: 398, to: 490, minGap: ExtractionSettings.standard.stream.minColumnGap)
        XCTAssertEqual(xs.count, 3, "\(xs)")
        XCTAssertTrue(xs.dropFirst().dropLast().allSatisfy { $0 > 445 && $0 < 455 }, "\(xs)")
    }

    /// A group's head over the gap between two columns (项目 over 编码 | 名称, the leaf 科目名称
    /// under it on the right), or a wrapped group's last line over one of them (编码 over 款):
    /// the gap parts the columns as before.
    func testAGapUnderAGroupHeadStillPartsColumns() {
        let header = [word("项目", 165, 189, row: 1), word("科目编码", 120, 160, row: 2), word("经济分类科目名称", 189, 285, row: 3),
                      word("款", 150, 160, row: 3)]
        let body = (4..<7).flatMap { [word("01", 152, 163, row: $0, numeric: true), word("基本工资", 172, 208, row: $0)] }
        let xs = StreamTables.columnLines(body: body, header: header, from: 148, to: 290, minGap: ExtractionSettings.standard.stream.minColumnGap)
        XCTAssertTrue(xs.contains { $0 > 163 && $0 < 172 }, "\(xs)")
    }
}
