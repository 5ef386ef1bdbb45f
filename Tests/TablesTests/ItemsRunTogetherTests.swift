import XCTest
@testable import Layout
@testable import Tables

final class ItemsRunTogetherTests: XCTestCase {
    func testChineseItemNumbers() {
        XCTAssertEqual(["一", "九", "十", "十二", "二十", "三十三", "九十九", "百", "十十", ""].map { ItemsRunTogether.chineseNumber(Substring($0)) },
                       [1, 9, 10, 12, 20, 33, 99, nil, nil, nil])
    }

    func testTwoNumberedItemsRunTogetherInAListColumnAreMarked() {
        let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        let names = ["(三十)其他支出", "（三十一）转移性支出", "(三十二)债务付息(三十三)债务发行费用支出",
                     "(一)说明中提到(三)的事项", "其中：(一)人员"]
        var rows = names.map { TableRow(cells: [$0, "1.00"], page: 1, box: zero, cellBoxes: []) }
        ItemsRunTogether.mark(&rows, columnCount: 2)
        XCTAssertEqual(rows.map { $0.flags.contains(.severalValuesInCell) }, [false, false, true, false, false])
        // Outside a column listing numbered items, a cell naming two is prose.
        var prose = [TableRow(cells: ["(一)完成培训(二)发放补贴", "1.00"], page: 1, box: zero, cellBoxes: [])]
        ItemsRunTogether.mark(&prose, columnCount: 2)
        XCTAssertFalse(prose[0].flags.contains(.severalValuesInCell))
    }

    /// Two indicator rows whose parting was missed (rows set by spacing): their targets run
    /// together in one cell. One target with a range or a figure in its unit is no such cell.
    func testTwoTargetsRunTogetherInATargetColumnAreMarked() {
        let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        let targets = ["≥95%", "≤30天", "≥9500人次≥90%", "≥1000人", "≤10个工作日", "≥ 2100人", "100%"]
        var rows = targets.map { TableRow(cells: ["指标", $0], page: 1, box: zero, cellBoxes: []) }
        ItemsRunTogether.mark(&rows, columnCount: 2)
        XCTAssertEqual(rows.map { $0.flags.contains(.severalValuesInCell) }, [false, false, true, false, false, false, false])
        XCTAssertTrue(ItemsRunTogether.holdsTwoTargets("≥9500人次 ≤90%"))
        XCTAssertFalse(ItemsRunTogether.holdsTwoTargets("≥90%"))
        XCTAssertFalse(ItemsRunTogether.holdsTwoTargets("90%≥"))
        XCTAssertFalse(ItemsRunTogether.holdsTwoTargets("完成≥90%≥95%"), "a target opens the cell")
        // Outside a column of targets (two of them only), nothing is marked.
        var few = [TableRow(cells: ["指标", "≥1≥2"], page: 1, box: zero, cellBoxes: []),
                   TableRow(cells: ["指标", "≥3人"], page: 1, box: zero, cellBoxes: [])]
        ItemsRunTogether.mark(&few, columnCount: 2)
        XCTAssertFalse(few[0].flags.contains(.severalValuesInCell))
    }
}
