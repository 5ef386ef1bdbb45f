import XCTest
@testable import Layout
@testable import Tables

final class NameCutAtBreakTests: XCTestCase {
    let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
    func row(_ name: String, _ amount: String = "") -> TableRow {
        TableRow(cells: ["", name, amount], page: 1, box: zero, cellBoxes: [])
    }

    func testItemNumbers() {
        XCTAssertEqual(["一、一般公共服务支出", "二十、自然", "（三）商品", "1.人员", "12、其他", "1.50", "等支出", "其中：一、"].map(NameCutAtBreak.startsWithItemNumber),
                       [true, true, true, true, true, false, false, false])
    }

    func testTheTailOfANumberedNameAfterABreakIsMarked() {
        var rows = [row("十八、住房保障支出", "1.00"), row("十九、粮油物资储备支出"), row("二十、自然资源海洋气象"), row("等支出"),
                    row("二十一、灾害防治及应急管理支出", "2.00")]
        NameCutAtBreak.mark(&rows, breakRows: [3], columnCount: 3)
        XCTAssertEqual(rows.map { $0.flags.contains(.nameCutByPageBreak) }, [false, false, false, true, false])
        // The next item opening the page, or a row carrying amounts, is a row of its own.
        var next = [row("十八、住房保障支出", "1.00"), row("十九、粮油物资储备支出"), row("二十、自然资源海洋气象"), row("二十一、灾害防治")]
        NameCutAtBreak.mark(&next, breakRows: [3], columnCount: 3)
        var amounts = [row("十八、住房保障支出", "1.00"), row("十九、粮油物资储备支出"), row("二十、自然资源"), row("其他支出", "3.00")]
        NameCutAtBreak.mark(&amounts, breakRows: [3], columnCount: 3)
        XCTAssertFalse((next + amounts).contains { $0.flags.contains(.nameCutByPageBreak) })
    }
}
