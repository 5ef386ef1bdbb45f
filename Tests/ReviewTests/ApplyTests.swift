import Foundation
import Output
@testable import Review
import XCTest

/// `apply` on the mutated fixture: a corrected amount changes tables.json and the CSV, and the checks pass again.
final class ApplyTests: XCTestCase {
    var work: URL!
    var out: String!

    override func setUpWithError() throws { (work, out) = try MutatedFixture.copy() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    func ref(_ f: TablesFile) -> CorrectionsFile.DocumentRef { .init(file: f.source.file, sha256: f.source.sha256) }

    func fix(_ f: TablesFile, _ m: MutatedFixture.Mutation) -> CorrectionsFile.Decision {
        let t = f.tables.first { $0.kind == m.kind }!
        return .init(document: ref(f), table: t.number, row: m.row, action: .edit,
                     edits: [.init(column: m.column, name: t.columns[m.column].name, from: m.new, to: m.old)],
                     was: t.rows[m.row].cells, checks: t.rows[m.row].checks)
    }

    func testCorrectingOneAmountMakesItsCheckPass() throws {
        let before = try MutatedFixture.tables(out)
        let m = MutatedFixture.mutations.first { $0.kind == "operating_costs" }!
        let t0 = before.tables.first { $0.kind == m.kind }!
        XCTAssertEqual(t0.rows[m.row].cells[m.column], m.new, "the extraction reads the mutated figure")
        XCTAssertTrue(t0.rows[m.row].review)
        let failing = t0.rows[m.row].checks
        XCTAssertFalse(failing.isEmpty)
        XCTAssertTrue(failing.allSatisfy { id in t0.checks.contains { $0.id == id && !$0.passed } })
        let reviewBefore = t0.rows.filter(\.review).count

        let corrections = CorrectionsFile(reviewer: "tester", decisions: [fix(before, m)])
        let result = try CorrectionApplier.apply(outdir: out, corrections: corrections)
        XCTAssertEqual(result.documents.count, 1)
        XCTAssertEqual(result.documents[0].outcome.refused, [])

        let after = try MutatedFixture.tables(out)
        let t = after.tables.first { $0.kind == m.kind }!
        let row = t.rows[m.row]
        XCTAssertEqual(row.cells[m.column], m.old, "the cell is corrected")
        XCTAssertEqual(row.values[m.column], "23.2")
        XCTAssertFalse(row.review)
        XCTAssertEqual(row.confidence, 1)
        XCTAssertEqual(row.flags, [])
        XCTAssertEqual(row.reviewed?.by, "tester")
        XCTAssertEqual(row.reviewed?.edited, [t.columns[m.column].name])
        XCTAssertEqual(row.reviewed?.was, [m.new])
        for id in failing { XCTAssertEqual(t.checks.first { $0.id == id }?.passed, true, "\(id) passes on the corrected figure") }
        XCTAssertEqual(t.rows.filter(\.review).count, 0, "the \(reviewBefore) rows the failed sum marked are cleared")
        // Extraction flags of rows nobody edited stay.
        XCTAssertEqual(zip(t0.rows, t.rows).filter { $0.0.flags.contains(.wrappedCell) && !$0.1.flags.contains(.wrappedCell) }.count, 1,
                       "only the edited row lost its wrapped_cell")
        // The CSV follows.
        let csv = try String(contentsOfFile: out + "/" + t.csv, encoding: .utf8)
        let line = csv.components(separatedBy: "\r\n")[m.row + 1]
        XCTAssertTrue(line.hasSuffix(",23.20"), line)
        // Other tables are untouched.
        for (a, b) in zip(before.tables, after.tables) where a.number != t.number {
            XCTAssertEqual(a.rows.map(\.cells), b.rows.map(\.cells))
            XCTAssertEqual(a.rows.map(\.review), b.rows.map(\.review))
        }
        // Applying again leaves the record and the result as they are.
        _ = try CorrectionApplier.apply(outdir: out, corrections: corrections)
        let again = try MutatedFixture.tables(out).tables.first { $0.kind == m.kind }!
        XCTAssertEqual(again.rows[m.row].reviewed?.edited, row.reviewed?.edited)
        XCTAssertEqual(again.rows.map(\.review), t.rows.map(\.review))
    }

    func testCorrectingEveryMutationLeavesNoFailedSum() throws {
        let before = try MutatedFixture.tables(out)
        let decisions = MutatedFixture.mutations.map { fix(before, $0) }
        let r = try CorrectionApplier.apply(outdir: out, corrections: CorrectionsFile(decisions: decisions))
        XCTAssertEqual(r.documents[0].outcome.edited, 14)
        let after = try MutatedFixture.tables(out)
        let kinds = Set(MutatedFixture.mutations.map(\.kind))
        for t in after.tables where kinds.contains(t.kind) {
            XCTAssertEqual(t.checks.filter { !$0.passed }.map(\.message), [], "table \(t.number) \(t.kind)")
        }
        XCTAssertEqual(after.checks.filter { !$0.passed && $0.kind == .crossTable }.map(\.message), [])
        XCTAssertLessThan(r.documents[0].outcome.reviewAfter, r.documents[0].outcome.reviewBefore)
    }

    func testAcceptingKeepsAFailedCheckButClearsReview() throws {
        let before = try MutatedFixture.tables(out)
        let t0 = before.tables.first { $0.kind == "gpb_expenditure" }!
        let i = t0.rows.firstIndex { $0.review && !$0.checks.isEmpty }!
        let d = CorrectionsFile.Decision(document: ref(before), table: t0.number, row: i, action: .accept,
                                         was: t0.rows[i].cells, checks: t0.rows[i].checks)
        _ = try CorrectionApplier.apply(outdir: out, corrections: CorrectionsFile(decisions: [d]))
        let row = try MutatedFixture.tables(out).tables.first { $0.number == t0.number }!.rows[i]
        XCTAssertFalse(row.review, "the person saw the failed sum and accepted the row as printed")
        XCTAssertEqual(row.confidence, 1)
        XCTAssertEqual(row.checks, t0.rows[i].checks, "the failed checks are still reported")
        XCTAssertEqual(row.reviewed?.edited, [])
        XCTAssertEqual(Set(row.reviewed?.checks ?? []), Set(t0.rows[i].checks))
    }

    func testRefusesADecisionOnARowThatChanged() throws {
        let before = try MutatedFixture.tables(out)
        let m = MutatedFixture.mutations[0]
        var d = fix(before, m)
        d.was = d.was.map { $0.map { $0 + "x" } }
        var e = fix(before, m)
        e.edits![0].from = "999"
        var other = fix(before, m)
        other.document.sha256 = String(repeating: "0", count: 64)
        let r = try CorrectionApplier.apply(outdir: out, corrections: CorrectionsFile(decisions: [d, e, other]))
        XCTAssertEqual(r.documents[0].outcome.refused.count, 2)
        XCTAssertEqual(r.unmatched.count, 1)
        let t = try MutatedFixture.tables(out).tables.first { $0.kind == m.kind }!
        XCTAssertEqual(t.rows[m.row].cells[m.column], m.new, "nothing changed")
    }

    func testBuildsThePageForTheFixture() throws {
        let page = work.appendingPathComponent("review.html").path
        let cwd = FileManager.default.currentDirectoryPath
        let r = try ReviewBuilder.build(folders: [out], output: page)   // finds direct.pdf beside out/
        XCTAssertEqual(FileManager.default.currentDirectoryPath, cwd)
        let f = try MutatedFixture.tables(out)
        let review = f.tables.reduce(0) { $0 + $1.rows.filter(\.review).count }
        XCTAssertEqual(r.rows, review)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        XCTAssertEqual(html.components(separatedBy: "<article class=\"row").count - 1, review)
        XCTAssertGreaterThan(html.components(separatedBy: "loading=\"lazy\"").count - 1, review - 5, "pictures further down load lazily")
        let images = work.appendingPathComponent("review-images/d1").path
        let files = try FileManager.default.contentsOfDirectory(atPath: images)
        XCTAssertEqual(files.count, r.images)
        XCTAssertTrue(files.contains("p52.png"))
        // Every picture the page names exists.
        let srcs = html.components(separatedBy: "src=\"review-images/").dropFirst().map { $0.components(separatedBy: "\"")[0] }
        XCTAssertEqual(srcs.count, review + html.components(separatedBy: "class=\"head\"").count - 1)
        for s in srcs { XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("review-images/" + s).path), s) }
        // The PDF moved away from where it was read and from beside the folder: one plain error;
        // --pdf finds it, given as the file or as a folder holding it (matched by content).
        var moved = try MutatedFixture.tables(out)
        moved.source.path = "/nowhere/direct.pdf"
        moved.source.resolved = "/nowhere/direct.pdf"
        try TablesJSON.encode(moved).write(to: URL(fileURLWithPath: out + "/tables.json"))
        try FileManager.default.removeItem(at: work.appendingPathComponent("direct.pdf"))
        XCTAssertThrowsError(try ReviewBuilder.build(folders: [out], output: page)) { e in
            XCTAssertTrue("\(e)".contains("direct.pdf: PDF not found at /nowhere/direct.pdf (where it was read), beside"), "\(e)")
        }
        XCTAssertNoThrow(try ReviewBuilder.build(folders: [out], output: page, pdfs: [MutatedFixture.pdf]))
        XCTAssertNoThrow(try ReviewBuilder.build(folders: [out], output: page, pdfs: [MutatedFixture.root.deletingLastPathComponent().path]))
        XCTAssertThrowsError(try ReviewBuilder.build(folders: [out], output: page, pdfs: [MutatedFixture.root.appendingPathComponent("../../stream/plain.pdf").standardized.path])) { e in
            XCTAssertTrue("\(e)".contains("SHA-256 differs"), "\(e)")
        }
    }
}
