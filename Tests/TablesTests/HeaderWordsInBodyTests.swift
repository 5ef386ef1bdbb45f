import XCTest
@testable import Layout
@testable import Tables

final class HeaderWordsInBodyTests: XCTestCase {
    let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)

    func testABodyCellReadingAsItsOwnColumnsHeaderIsMarked() {
        let columns = [Column(path: ["一级指标"], box: zero), Column(path: ["二级指标"], box: zero), Column(path: ["指标值"], box: zero)]
        var rows = [TableRow(cells: ["产出指标", "数量指标", "100%"], page: 1, box: zero, cellBoxes: []),
                    TableRow(cells: ["一级指标", "二级指标", "100%"], page: 2, box: zero, cellBoxes: []),
                    // Another column's header word in a cell is not its own header.
                    TableRow(cells: ["二级指标", "", "90%"], page: 2, box: zero, cellBoxes: [])]
        HeaderWordsInBody.mark(&rows, columns: columns)
        XCTAssertEqual(rows.map { $0.flags.contains(.headerTextInBody) }, [false, true, false])
    }

    func testTotalsAndNumbersUnderAHeaderOfTheSameWordAreRight() {
        let columns = [Column(path: ["项目"], box: zero), Column(path: ["合计"], box: zero), Column(path: ["2024"], box: zero)]
        var rows = [TableRow(cells: ["合计", "合计", "2024"], page: 1, box: zero, cellBoxes: [])]
        HeaderWordsInBody.mark(&rows, columns: columns)
        XCTAssertFalse(rows[0].flags.contains(.headerTextInBody))
    }

    /// The last lines of header words wrapped in narrow columns (算, 预算), read as the first row
    /// under a page's header, in columns no other row fills: marked. A first row of text in
    /// columns other rows fill too is an item.
    func testHeaderTailReadAsTheFirstRowIsMarked() {
        let columns = ["项目", "预算数", "政府性基金预", "国有资本经营"].map { Column(path: [$0], box: zero) }
        var rows = [TableRow(cells: ["", "", "算", "预算"], page: 1, box: zero, cellBoxes: []),
                    TableRow(cells: ["一、一般公共预算", "100.00", "", ""], page: 1, box: zero, cellBoxes: []),
                    TableRow(cells: ["二、政府性基金", "", "", ""], page: 1, box: zero, cellBoxes: []),
                    TableRow(cells: ["三、国有资本经营预算", "", "", ""], page: 2, box: zero, cellBoxes: [])]
        HeaderWordsInBody.mark(&rows, columns: columns)
        XCTAssertEqual(rows.map { $0.flags.contains(.headerTextInBody) }, [true, false, false, false])
    }
}
