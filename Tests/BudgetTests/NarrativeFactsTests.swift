import XCTest
@testable import Budget

/// The figures a narrative states, read from constructed text in budget and final-accounts wording.
final class NarrativeFactsTests: XCTestCase {
    func facts(_ lines: [String]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for f in NarrativeFacts.extract(lines: lines, pages: lines.indices.map { $0 / 3 + 1 }) {
            out[f.key, default: []].append("\(f.value)\(f.unit)")
        }
        return out
    }

    func testBudgetWording() {
        let f = facts([
            "某某局 2026 年度收入、支出预算总计 1,234.50",
            "万元，与上年相比收、支预算总计各增加 10.00 万元。",
            "（一）收入预算总计 1,234.50 万元。包括：",
            "1.财政拨款收入预算总计 1,200.00 万元。",          // a scope of the total, not the total
            "此外，基本支出预算数为 800.25 万元。与上年相比增加 5 万元。",
            "项目支出预算数为 434.25 万元。",
            "“三公”经费预算数为 30.5 万元，其中：因公出国（境）费 10 万元，公务用车购置及运行维护费 12.5",
            "万元（其中，公务用车购置费 0 万元，公务用车运行维护费 12.5 万元），公务接待费 8 万元。",
            "一般公共预算机关运行经费支出预算 99.99 万元，比上年增加 1.00 万元。",
            "部门政府采购预算总金额为 50 万元。其中，货物类政府采购支出预算 20 万元。",
        ])
        XCTAssertEqual(f["revenue_total"], ["1234.5万元"])
        XCTAssertEqual(f["expenditure_total"], ["1234.5万元"])
        XCTAssertEqual(f["basic_expenditure"], ["800.25万元"])
        XCTAssertEqual(f["project_expenditure"], ["434.25万元"])
        XCTAssertEqual(f["three_public_total"], ["30.5万元"])
        XCTAssertEqual(f["three_public_abroad"], ["10万元"])
        XCTAssertEqual(f["three_public_vehicles"], ["12.5万元"])
        XCTAssertEqual(f["three_public_vehicle_purchase"], ["0万元"])
        XCTAssertEqual(f["three_public_vehicle_operation"], ["12.5万元"])
        XCTAssertEqual(f["three_public_reception"], ["8万元"])
        XCTAssertEqual(f["operating_costs"], ["99.99万元"])
        XCTAssertEqual(f["procurement_total"], ["50万元"])
    }

    func testFinalAccountsWording() {
        let f = facts([
            "2024 年度收入总计 9,859.38 万元。其中：本年收入合计 9,746.50 万元，",
            "年初结转和结余 112.88 万元。支出总计 9,859.38 万元，其中：本年支出合计 9,759.38 万元，",
            "年末结转和结余 100.00 万元。",
            "基本支出决算数为 5,377.64 万元，完成预算的 98.5%；项目支出决算数为 4,381.74 万元。",
            "2024 年度“三公”经费决算数为 12.34 万元，完成预算的 80.00%。",
        ])
        XCTAssertEqual(f["revenue_total"], ["9859.38万元"])
        XCTAssertEqual(f["revenue_year"], ["9746.5万元"])
        XCTAssertEqual(f["expenditure_total"], ["9859.38万元"])
        XCTAssertEqual(f["expenditure_year"], ["9759.38万元"])
        XCTAssertEqual(f["basic_expenditure"], ["5377.64万元"])
        XCTAssertEqual(f["project_expenditure"], ["4381.74万元"])
        XCTAssertEqual(f["three_public_total"], ["12.34万元"])
    }

    func testPageAndSentenceOfAFact() {
        let lines = ["一、概况", "本部门职能如下。", "（一）收入预算总计 10 万元。包括："]
        let all = NarrativeFacts.extract(lines: lines, pages: [3, 3, 4])
        XCTAssertEqual(all.count, 1)
        XCTAssertEqual(all.first?.page, 4)
        XCTAssertEqual(all.first?.sentence, "（一）收入预算总计 10 万元。")
        XCTAssertEqual(all.first?.printed, "10")
    }

    /// A text about budgets that states no figure (a notice) is not a narrative-only budget.
    func testNoFiguresIsNoBudget() {
        let f = NarrativeFacts.extract(lines: ["部门预算公开的内容包括部门收支预算情况以及“三公”经费预算情况等。",
                                               "本文件仅为文字说明，不含任何预算表格。"], pages: [1, 1])
        XCTAssertTrue(f.isEmpty)
        XCTAssertFalse(NarrativeFacts.describesBudget(f))
        // Parts of 三公经费 alone do not make a budget either.
        let parts = NarrativeFacts.extract(lines: ["公务接待费 8 万元。"], pages: [1])
        XCTAssertEqual(parts.count, 1)
        XCTAssertFalse(NarrativeFacts.describesBudget(parts))
    }
}
