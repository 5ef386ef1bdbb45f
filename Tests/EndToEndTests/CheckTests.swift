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
        for kind in [CheckKind.columnTotal, .rowTotal, .codeRollup, .balance] {
            XCTAssertTrue(tableChecks.contains { $0.kind == kind && $0.passed }, "a \(kind) check holds")
        }
        XCTAssertTrue(doc.checks.contains { $0.kind == .crossTable && $0.passed })
        let failed = doc.checks.filter { !$0.passed }
        // The text gives 机关事业单位养老保险基金缺口 as 3000.00万元; every table prints 30,000.00.
        XCTAssertEqual(failed.count, 1, failed.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(failed.first?.message.contains("机关事业单位养老保险基金缺口") == true)
        XCTAssertEqual(failed.first?.printed, "3000.00万元")
        XCTAssertEqual(failed.first?.expected, "30,000.00")
        // 教育支出 4648.29 is the general public budget share of table 1's 4,838.29: not a slip.
        XCTAssertFalse(doc.checks.contains { !$0.passed && $0.message.contains("教育") })
        // Only the row the text disagrees with asks for review.
        let review = doc.tables.flatMap(\.rows).filter(\.review)
        XCTAssertEqual(review.map { $0.cells.contains("机关事业单位养老保险基金缺口") }, [true])
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
        try checkMutations("variants/mutated/direct.pdf", count: 14)
    }

    /// The real Shanghai budget (元, nine tables) with 12 amounts changed, two-sided tables included.
    func testEveryChangedAmountIsCaughtInShanghai() throws {
        try checkMutations("variants/mutated-shanghai/office.pdf", count: 12)
    }

    func checkMutations(_ pdf: String, count: Int) throws {
        let doc = try extract(pdf)
        let folder = (pdf as NSString).deletingLastPathComponent
        struct Mutation: Decodable { var kind: String; var row: Int; var column: Int; var old: String; var new: String }
        let data = try Data(contentsOf: CorpusTests.fixtures.appendingPathComponent(folder).appendingPathComponent("mutations.json"))
        let mutations = try JSONDecoder().decode([Mutation].self, from: data)
        XCTAssertEqual(mutations.count, count)
        for m in mutations {
            let t = try XCTUnwrap(doc.tables.first { $0.kind.rawValue == m.kind })
            let row = t.rows[m.row]
            XCTAssertEqual(row.cells[m.column], m.new, "\(m.kind) row \(m.row) extracted as printed")
            XCTAssertTrue(row.review, "\(m.kind) row \(m.row): \(m.old) → \(m.new) must ask for review")
            XCTAssertTrue(row.flags.contains(.checkFailed))
            let failures = (t.checks + doc.checks).filter { !$0.passed && $0.rows.contains(m.row) && ($0.table ?? t.number) == t.number }
            XCTAssertFalse(failures.isEmpty)
            XCTAssertTrue(failures.contains { $0.printed != nil && $0.expected != nil })
        }
        let flagged = doc.tables.flatMap(\.rows).filter(\.review).count
        XCTAssertLessThan(Double(flagged), Double(doc.tables.flatMap(\.rows).count) * 0.25, "review stays focused: \(flagged) rows")
    }
}
