import XCTest
@testable import Budget
@testable import Layout
@testable import Tables

/// Which rows a total or a coded row covers, on small constructed tables.
final class RowHierarchyTests: XCTestCase {
    func rows(_ cells: [[String]]) -> [BudgetRow] {
        let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        return cells.map { BudgetRow(cells: $0, page: 1, box: zero, cellBoxes: []) }
    }

    // code | name | amount
    lazy var coded = RowHierarchy(rows([
        ["", "合计", "10.00"],            // 0
        ["201", "一般公共服务", "6.00"],    // 1
        ["20101", "人大事务", "4.00"],      // 2
        ["2010101", "行政运行", "4.00"],    // 3
        ["20103", "政府办公厅", "2.00"],    // 4
        ["205", "教育", "4.00"],           // 5
        ["20502", "普通教育", "4.00"],      // 6
    ]), amounts: [2])

    func testCodesAndTotals() {
        XCTAssertEqual(coded.keys.map { $0?.code }, [nil, "201", "20101", "2010101", "20103", "205", "20502"])
        XCTAssertEqual(coded.totals, [0])
    }

    func testChildrenAreOneLevelDownWithinTheScope() {
        XCTAssertEqual(coded.scopeEnd(after: 1), 5)
        XCTAssertEqual(coded.children(of: 1), [2, 4])
        XCTAssertEqual(coded.children(of: 2), [3])
        XCTAssertEqual(coded.children(of: 0), [], "a row without a code has no children by code")
    }

    func testTheTotalCoversTheTopLevel() {
        XCTAssertEqual(coded.totalReading(0).kids, [1, 5])
        XCTAssertEqual(coded.totalReading(0).label, "total")
    }

    func testRollupsByCodeAndNoneWhereNothingHolds() {
        XCTAssertEqual(coded.rollupReading(1), [2, 4])
        XCTAssertEqual(coded.rollupReading(5), [6])
        XCTAssertNil(coded.rollupReading(3), "a leaf has nothing to roll up")
        XCTAssertNil(coded.rollupReading(0))
    }

    func testASubtotalCoversItsGroupAndNumberedGroupsAreFound() {
        let h = RowHierarchy(rows([
            ["", "总计", "9.00"],          // 0
            ["甲", "小计", "5.00"],         // 1
            ["甲", "一、工资", "2.00"],      // 2
            ["甲", "二、福利", "3.00"],      // 3
            ["乙", "小计", "4.00"],         // 4
            ["乙", "一、办公", "4.00"],      // 5
        ]), amounts: [2])
        XCTAssertEqual(h.totals, [0, 1, 4])
        XCTAssertEqual(h.totalReading(1).kids, [2, 3])
        XCTAssertEqual(h.totalReading(1).label, "subtotal")
        XCTAssertEqual(h.totalReading(4).kids, [5])
        let numbered = RowHierarchy(rows([["一、工资", "2.00"], ["（一）基本工资", "2.00"], ["二、福利", "3.00"]]), amounts: [1])
        XCTAssertEqual(numbered.numberedTop([0, 1, 2]), [0, 2])
        // 总计 sits above the first 小计: its scope ends there, and the reading that holds is the 小计 rows.
        XCTAssertEqual(h.totalReading(0).kids, [1, 4])
    }
}
