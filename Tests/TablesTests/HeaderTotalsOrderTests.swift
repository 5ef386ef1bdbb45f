import XCTest
@testable import Tables

/// A group's total column printed between the group's other columns: the header path is in doubt.
final class HeaderTotalsOrderTests: XCTestCase {
    /// 其他收入, the last column of 本年收入, read under 上年结转结余 ahead of its 合计.
    func testALeafBeforeItsGroupsTotalIsOutOfPlace() {
        let paths = [["单位名称"], ["总计"], ["本年收入", "合计"], ["本年收入", "事业收入"],
                     ["上年结转结余", "其他收入"], ["上年结转结余", "合计"], ["上年结转结余", "一般公共预算"]]
        XCTAssertTrue(HeaderTotalsOrder.totalOutOfPlace(paths, holdsFigures: [false] + Array(repeating: true, count: 6)))
    }

    /// Totals first or last in their groups, nested groups, and a grand total between the top
    /// level's columns (科目名称 | 总计 | 基本支出) are as printed.
    func testTotalsFirstOrLastAndTopLevelTotalsAreInPlace() {
        let paths = [["科目名称"], ["总计"], ["基本支出", "合计"], ["基本支出", "人员经费", "小计"],
                     ["基本支出", "人员经费", "工资福利支出"], ["基本支出", "公用经费", "商品和服务支出"],
                     ["基本支出", "公用经费", "小计"], ["项目支出", "特定目标类"], ["项目支出", "合计"]]
        XCTAssertFalse(HeaderTotalsOrder.totalOutOfPlace(paths, holdsFigures: [false] + Array(repeating: true, count: 8)))
        XCTAssertFalse(HeaderTotalsOrder.totalOutOfPlace([["合计"], ["上年结转", "合计"]], holdsFigures: [true, true]))
    }

    /// A two-sided summary's 支出 side prints its items before its 合计: items are no figures.
    func testItemsBeforeATotalAreNoColumnsOfTheGroup() {
        let paths = [["收入", "项目"], ["收入", "预算数"], ["支出", "项目"], ["支出", "合计"], ["支出", "一般公共预算"]]
        XCTAssertFalse(HeaderTotalsOrder.totalOutOfPlace(paths, holdsFigures: [false, true, false, true, true]))
        XCTAssertTrue(HeaderTotalsOrder.totalOutOfPlace(paths, holdsFigures: [false, true, true, true, true]))
    }
}
