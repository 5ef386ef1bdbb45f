import XCTest
@testable import Layout
@testable import Tables

/// Two columns read as one: a code or an amount run into the text beside it.
final class ColumnsRunTogetherTests: XCTestCase {
    private func rows(_ cells: [[String]]) -> [TableRow] {
        cells.map { TableRow(cells: $0, page: 1, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1), cellBoxes: $0.map { _ in Rect(x0: 0, y0: 0, x1: 1, y1: 1) }) }
    }

    func testCodesRunIntoNamesMarkTheirRowsWhereTheColumnHoldsThem() {
        var r = rows([["30216培训费", "17.95"], ["30215会议费", "1.50"], ["办公费", "85.71"], ["", "100.00"]])
        ColumnsRunTogether.mark(&r, columnCount: 2, settings: .init())
        XCTAssertEqual(r.map { $0.flags.contains(.severalValuesInCell) }, [true, true, false, false])
    }

    /// One name that opens with digits is a name; years and counts are no codes.
    func testNamesOpeningWithNumbersStayUnmarked() {
        var r = rows([["12345热线运行经费", "3.00"], ["2024年中央补助", "2.00"], ["培训费", "1.00"], ["办公费", "4.00"], ["水费", "5.00"], ["电费", "6.00"]])
        ColumnsRunTogether.mark(&r, columnCount: 2, settings: .init())
        XCTAssertFalse(r.contains { $0.flags.contains(.severalValuesInCell) })
        XCTAssertFalse(ColumnsRunTogether.codeRunIntoName("100人次"))
        XCTAssertFalse(ColumnsRunTogether.amountRunIntoText("1.49万人"))
    }

    /// An amount run into a name at either end of a cell marks its row alone.
    func testAmountRunIntoTextMarksItsRow() {
        var r = rows([["一、一般公共预算资金", "371,514,655.00一、一般公共服务支出"], ["行政运行9,389,913.00", ""], ["二、政府性基金", "二、科学技术支出"]])
        ColumnsRunTogether.mark(&r, columnCount: 2, settings: .init())
        XCTAssertEqual(r.map { $0.flags.contains(.severalValuesInCell) }, [true, true, false])
    }
}
