import Budget
import Foundation
import Output
import Pipeline
import XCTest

/// Real documents beside the standard budget: a final-accounts document and a budget published
/// as narrative only (Tests/Fixtures/real, copies of shared/corpus/real-no-truth).
final class DocumentTypeTests: XCTestCase {
    static let real = CorpusTests.fixtures.appendingPathComponent("real")

    /// 江苏省政协办公厅 2017: the narrative only, its tables in another file. Figures checked
    /// against the PDF's text (pdftotext, pages 7–19).
    func testNarrativeOnlyBudgetStatesItsFigures() throws {
        let doc = try Extractor.extract(path: Self.real.appendingPathComponent("jiangsu-cppcc-office-2017-text.pdf").path)
        XCTAssertTrue(doc.tables.isEmpty)
        XCTAssertTrue(doc.isNarrativeOnly)
        XCTAssertEqual(doc.info.type, .budget)
        XCTAssertEqual(doc.info.year, 2017)
        var byKey: [String: NarrativeFact] = [:]
        for f in doc.facts where byKey[f.key] == nil { byKey[f.key] = f }
        let expected: [(String, String, Int)] = [
            ("revenue_total", "9146.79", 7), ("expenditure_total", "9146.79", 7),
            ("basic_expenditure", "5916.27", 8), ("project_expenditure", "3123.68", 8),
            ("operating_costs", "3348.98", 17),
            ("three_public_abroad", "76", 18), ("three_public_vehicles", "156.6", 18),
            ("three_public_vehicle_purchase", "0", 19), ("three_public_vehicle_operation", "156.6", 19),
            ("three_public_reception", "443.5", 19),
            ("procurement_total", "1271.22", 19),
        ]
        for (key, value, page) in expected {
            let f = try XCTUnwrap(byKey[key], key)
            XCTAssertEqual(f.value, value, key)
            XCTAssertEqual(f.unit, "万元", key)
            XCTAssertEqual(f.page, page, key)
        }
        XCTAssertTrue(try XCTUnwrap(byKey["procurement_total"]).sentence.contains("政府采购预算总金额为"))
        // A change on the previous year (增加 498.72 万元) is no stated figure.
        XCTAssertFalse(doc.facts.contains { $0.value == "498.72" })

        // Written: tables.json with the facts, and a tidy CSV of them; no table CSV.
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("narrative-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let files = try Writer.write(doc, to: out.path)
        XCTAssertEqual(Set(files), ["tables.json", "tidy.csv"])
        let file = try JSONDecoder().decode(TablesFile.self, from: Data(contentsOf: out.appendingPathComponent("tables.json")))
        XCTAssertEqual(file.document.type, "budget")
        XCTAssertEqual(file.facts?.count, doc.facts.count)
        let tidy = try String(contentsOf: out.appendingPathComponent("tidy.csv"), encoding: .utf8)
        XCTAssertTrue(tidy.contains(",budget,,narrative,,7,,,收入、支出预算总计,revenue_total,91467900,元,\"9,146.79万元\",0\r\n"), tidy)
    }

    /// 上海市普陀区规划和自然资源局 2024 年度部门决算: final accounts, each table under the kind of
    /// its budget twin (tables.md), the list of units as unit_composition.
    func testFinalAccountsKindsAndType() throws {
        let doc = try Extractor.extract(path: Self.real.appendingPathComponent("shanghai-putuo-planning-2024-final-accounts.pdf").path)
        XCTAssertEqual(doc.info.type, .finalAccounts)
        XCTAssertEqual(doc.tables.map(\.kind), [.unitComposition, .budgetSummary, .revenue, .expenditure, .fiscalSummary,
                                                .gpbExpenditure, .gpbBasicExpenditure, .threePublic, .govFund, .stateCapital])
    }

    /// The same document's checks (a checker's sample with problems planted): both two-sided
    /// tables balance with their opening and closing balances (总表: 9746.50 + 112.88 =
    /// 9759.38 + 100.00); the revenue and expenditure tables differ by exactly those balances;
    /// every stated completion rate agrees; the blocks of the basic-expenditure table roll up
    /// apart. What is reported is what the PDF prints inconsistently (pdftotext, pages 7, 10–14):
    /// 卫生健康支出 236.63 in the summaries against 236.64 in the function tables, 城乡社区支出
    /// 3845.25 against 3845.24; those rows, and only those, ask for review.
    func testFinalAccountsChecks() throws {
        let doc = try Extractor.extract(path: Self.real.appendingPathComponent("shanghai-putuo-planning-2024-final-accounts.pdf").path)
        let tableChecks = doc.tables.flatMap(\.checks)
        let carry = tableChecks.filter { $0.kind == .carryOver }
        XCTAssertEqual(carry.map(\.table), [2, 5])
        XCTAssertTrue(carry.allSatisfy(\.passed), carry.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(carry[0].message.contains("年初结转和结余 112.88") && carry[0].message.contains("年末结转和结余 100.00"), carry[0].message)
        XCTAssertTrue(tableChecks.allSatisfy(\.passed), tableChecks.filter { !$0.passed }.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(doc.checks.contains { $0.passed && $0.message.contains("收入合计 + 年初结转和结余 − 年末结转和结余 = 支出合计") })
        let rates = doc.checks.filter { $0.id.hasPrefix("doc-rate") }
        XCTAssertEqual(rates.count, 15)
        XCTAssertTrue(rates.allSatisfy(\.passed), rates.filter { !$0.passed }.map(\.message).joined(separator: "\n"))
        let failed = doc.checks.filter { !$0.passed }
        XCTAssertEqual(failed.map(\.printed), ["236.63", "3845.25", "236.63"], failed.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(failed.map(\.expected), ["236.64", "3845.24", "236.64"])
        var review: [String] = []
        for t in doc.tables { for r in t.rows where r.review { review.append("\(t.number):\(r.cells.first { $0.contains("支出") } ?? "")") } }
        XCTAssertEqual(review, ["2:九、卫生健康支出", "2:十一、城乡社区支出", "5:九、卫生健康支出"])
    }

    /// Final accounts published as narrative only: the planning bureau's document without its table
    /// pages (qpdf: pages 1–5 and 20–30 of the original). It is final accounts, and its facts are
    /// the actual figures (决算), not what was budgeted: "“三公”经费财政拨款支出年初预算为 2.85
    /// 万元，支出决算为 0.39 万元" gives 0.39. Figures checked against pdftotext of those pages.
    func testNarrativeOnlyFinalAccounts() throws {
        let doc = try Extractor.extract(path: Self.real.appendingPathComponent("shanghai-putuo-planning-2024-final-accounts-text.pdf").path)
        XCTAssertTrue(doc.isNarrativeOnly)
        XCTAssertEqual(doc.info.type, .finalAccounts)
        let facts = Dictionary(doc.facts.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(facts, [
            "revenue_total": "9859.38", "expenditure_total": "9859.38", "revenue_year": "9746.5", "expenditure_year": "9759.38",
            "basic_expenditure": "5377.64", "project_expenditure": "4381.74", "three_public_total": "0.39",
            "three_public_abroad": "0", "three_public_vehicles": "0", "three_public_reception": "0.39", "operating_costs": "142.8",
        ])
        // 财政拨款收入支出总计 (9746.50) is the fiscal scope, not the document's total.
        XCTAssertEqual(doc.facts.filter { $0.key == "expenditure_total" }.count, 1)
    }

    /// 江苏省高级人民法院 2017 (a Word export): its basic-expenditure table breaks after 30205 水费
    /// and page 16 starts with 30206 电费 above the page's first rule (pdftotext, pages 15–16).
    /// Every check holds, the code roll-ups included, and no row asks for review: the text's
    /// "增加江苏法院云平台租赁费 400 万元" is a change of that item, not its amount (1,000.00).
    func testWordExportWithOpenPageBreakEdgesPassesEveryCheck() throws {
        let doc = try Extractor.extract(path: Self.real.appendingPathComponent("jiangsu-high-court-2017.pdf").path)
        let all = doc.tables.flatMap(\.checks) + doc.checks
        XCTAssertTrue(all.allSatisfy(\.passed), all.filter { !$0.passed }.map(\.message).joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(all.filter { $0.kind == .codeRollup }.count, 20)
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0)
        let basic = try XCTUnwrap(doc.tables.first { $0.kind == .gpbBasicExpenditure })
        let codes = basic.rows.map { $0.cells.first ?? "" }
        let at = try XCTUnwrap(codes.firstIndex(of: "30205"))
        XCTAssertEqual(Array(codes[at...].prefix(2)), ["30205", "30206"])
        XCTAssertEqual(basic.rows[at + 1].cells.last, "235.00")
        XCTAssertEqual(basic.rows[at + 1].page, 16)
    }

    /// The budgets of the corpus stay budgets.
    func testCorpusBudgetsAreBudgets() throws {
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("corpus/shanghai-putuo-commerce-2025/document.pdf").path)
        XCTAssertEqual(doc.info.type, .budget)
    }
}
