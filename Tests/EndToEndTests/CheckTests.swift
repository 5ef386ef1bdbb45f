import Budget
import Foundation
import Pipeline
import XCTest

/// The checks on real renderings: identities that hold are reported as holding, slips in
/// the narrative are found, and changed amounts never pass as confident.
final class CheckTests: XCTestCase {
    func extract(_ path: String) throws -> BudgetDocument {
        try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent(path).path)
    }

    func testSeedIdentitiesHoldAndTheNarrativeSlipIsReported() throws {
        let doc = try extract("corpus/seed/office.pdf")
        let tableChecks = doc.tables.flatMap(\.checks)
        XCTAssertTrue(tableChecks.allSatisfy(\.passed), tableChecks.filter { !$0.passed }.map(\.message).joined(separator: "\n"))
        for kind in ["column_total", "row_total", "code_rollup", "balance"] {
            XCTAssertTrue(tableChecks.contains { $0.kind == kind && $0.passed }, "a \(kind) check holds")
        }
        XCTAssertTrue(doc.checks.contains { $0.kind == "cross_table" && $0.passed })
        let failed = doc.checks.filter { !$0.passed }
        // The text gives 机关事业单位养老保险基金缺口 as 3000.00万元; every table prints 30,000.00.
        XCTAssertEqual(failed.count, 1, failed.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(failed.first?.message.contains("机关事业单位养老保险基金缺口") == true)
        XCTAssertEqual(failed.first?.printed, "3000.00万元")
        XCTAssertEqual(failed.first?.expected, "30,000.00")
        // 教育支出 4648.29 is the general public budget share of table 1's 4,838.29: not a slip.
        XCTAssertFalse(doc.checks.contains { !$0.passed && $0.message.contains("教育") })
        XCTAssertEqual(doc.tables.flatMap(\.rows).filter(\.review).count, 0)
    }

    func testShanghaiChecksHoldInYuan() throws {
        let doc = try extract("corpus/shanghai-putuo-commerce-2025/document.pdf")
        let all = doc.tables.flatMap(\.checks) + doc.checks
        XCTAssertGreaterThan(all.count, 20)
        XCTAssertTrue(all.allSatisfy(\.passed), all.filter { !$0.passed }.map(\.message).joined(separator: "\n"))
    }

    /// Variant-b with 14 printed amounts changed (scripts/mutate_truth.py): each changed row
    /// fails a check and asks for review, and the report names the cells.
    func testEveryChangedAmountIsCaught() throws {
        let doc = try extract("variants/mutated/direct.pdf")
        struct Mutation: Decodable { var kind: String; var row: Int; var column: Int; var old: String; var new: String }
        let data = try Data(contentsOf: CorpusTests.fixtures.appendingPathComponent("variants/mutated/mutations.json"))
        let mutations = try JSONDecoder().decode([Mutation].self, from: data)
        XCTAssertEqual(mutations.count, 14)
        for m in mutations {
            let t = try XCTUnwrap(doc.tables.first { $0.kind.rawValue == m.kind })
            let row = t.rows[m.row]
            XCTAssertEqual(row.cells[m.column], m.new, "\(m.kind) row \(m.row) extracted as printed")
            XCTAssertTrue(row.review, "\(m.kind) row \(m.row): \(m.old) → \(m.new) must ask for review")
            XCTAssertTrue(row.flags.contains("check_failed"))
            let failures = t.checks.filter { !$0.passed && $0.rows.contains(m.row) }
            XCTAssertFalse(failures.isEmpty)
            XCTAssertTrue(failures.contains { $0.printed != nil && $0.expected != nil && !$0.columns.isEmpty })
        }
        let flagged = doc.tables.flatMap(\.rows).filter(\.review).count
        XCTAssertLessThan(flagged, 60, "review stays focused: \(flagged) rows")
    }
}
