import Budget
import Layout
import Foundation
import Pipeline
import XCTest

/// Whole documents against their exact ground truth: the seed rendered by three producers,
/// a real Shanghai budget, and variants made with shared/gen (other names, years, units, rows).
final class CorpusTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    struct Score { var tablesFound = 0, tables = 0, pathsOK = 0, paths = 0, exactRows = 0, rows = 0, tp = 0, fp = 0, fn = 0
        /// The scorer's last figure: tables that lost or garbled anything (and pieces matching no
        /// truth table), and how many of them ask for review (the table or one of its rows).
        var imperfect = 0, imperfectFlagged = 0
        var f1: Double { let p = Double(tp) / Double(max(1, tp + fp)), r = Double(tp) / Double(max(1, tp + fn)); return p + r == 0 ? 0 : 2 * p * r / (p + r) }
    }

    /// Order-preserving alignment maximising equal content cells (as the scorer does).
    static func align(_ t: [[String]], _ e: [[String]]) -> [(Int, Int)] {
        let n = t.count, m = e.count
        func sim(_ i: Int, _ j: Int) -> Int { zip(t[i], e[j]).filter { !$0.0.isEmpty && $0.0 == $0.1 }.count }
        var dp = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                let s = sim(i, j)
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], s > 0 ? dp[i + 1][j + 1] + s : -1)
            }
        }
        var pairs: [(Int, Int)] = [], i = 0, j = 0
        while i < n && j < m {
            let s = sim(i, j)
            if s > 0 && dp[i][j] == dp[i + 1][j + 1] + s { pairs.append((i, j)); i += 1; j += 1 } else if dp[i + 1][j] >= dp[i][j + 1] { i += 1 } else { j += 1 }
        }
        return pairs
    }

    /// A fixture of `Tests/Fixtures/FOLDER` (NAME.pdf beside NAME.truth.json) read and scored
    /// with the scorer's port; its figures printed for the log.
    static func scoreFixture(_ folder: String, _ name: String, settings: ExtractionSettings = .standard) throws -> (BudgetDocument, Score) {
        let dir = fixtures.appendingPathComponent(folder)
        let doc = try Extractor.extract(path: dir.appendingPathComponent("\(name).pdf").path, settings: settings)
        let s = score(doc, truth: try Truth.load(dir.appendingPathComponent("\(name).truth.json").path))
        print("score \(folder)/\(name): tables \(s.tablesFound)/\(s.tables) columns \(s.pathsOK)/\(s.paths) exact rows \(s.exactRows)/\(s.rows) "
              + "F1 \(String(format: "%.4f", s.f1)) tables with errors flagged \(s.imperfectFlagged)/\(s.imperfect)")
        return (doc, s)
    }

    static func score(_ doc: BudgetDocument, truth: [TruthTable]) -> Score {
        var s = Score()
        var kindCount: [String: Int] = [:]
        for t in truth { kindCount[t.kind, default: 0] += 1 }
        func key(_ kind: String, _ title: String) -> String { kind == "other" || kindCount[kind, default: 0] > 1 ? kind + "|" + Truth.norm(title) : kind }
        func asksForReview(_ ts: [BudgetTable]) -> Bool { ts.contains { $0.review || $0.rows.contains(where: \.review) } }
        for t in truth {
            s.tables += 1; s.paths += t.paths.count; s.rows += t.rows.count
            let content = t.rows.flatMap { $0 }.filter { !$0.isEmpty }.count
            let mine = doc.tables.filter { key($0.kind.rawValue, $0.title) == key(t.kind, t.title) }
            guard let first = mine.first else { s.fn += content; s.imperfect += 1; continue }
            s.tablesFound += 1
            let paths = first.columns.map { $0.path.map(Truth.norm).filter { !$0.isEmpty }.joined(separator: "/") }
            let pathsOK = zip(paths, t.paths).filter { $0.0 == $0.1 }.count
            s.pathsOK += pathsOK
            let rows = mine.flatMap(\.rows).map { $0.cells.map(Truth.norm) }
            var tp = 0, exact = 0
            for (i, j) in align(t.rows, rows) {
                tp += zip(t.rows[i], rows[j]).filter { !$0.0.isEmpty && $0.0 == $0.1 }.count
                if t.rows[i] == rows[j] { exact += 1 }
            }
            let fp = rows.flatMap { $0 }.filter { !$0.isEmpty }.count - tp
            s.exactRows += exact
            s.tp += tp; s.fn += content - tp; s.fp += fp
            if tp < content || fp > 0 || pathsOK < t.paths.count || exact < t.rows.count {
                s.imperfect += 1
                if asksForReview(mine) { s.imperfectFlagged += 1 }
            }
        }
        // Pieces that match no truth table are errors too.
        let known = Set(truth.map { key($0.kind, $0.title) })
        var strays: [String: [BudgetTable]] = [:]
        for t in doc.tables where !known.contains(key(t.kind.rawValue, t.title)) { strays[key(t.kind.rawValue, t.title), default: []].append(t) }
        s.imperfect += strays.count
        s.imperfectFlagged += strays.values.filter(asksForReview).count
        return s
    }

    func check(_ pdf: String, truth: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try Self.check(pdf, truth: truth, file: file, line: line)
    }

    static func check(_ pdf: String, truth: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let doc = try Extractor.extract(path: Self.fixtures.appendingPathComponent(pdf).path)
        let t = try Truth.load(Self.fixtures.appendingPathComponent(truth).path)
        let s = Self.score(doc, truth: t)
        print("score \(pdf): tables \(s.tablesFound)/\(s.tables) columns \(s.pathsOK)/\(s.paths) exact rows \(s.exactRows)/\(s.rows) F1 \(String(format: "%.4f", s.f1))")
        XCTAssertEqual(s.tablesFound, s.tables, "tables found", file: file, line: line)
        XCTAssertEqual(s.pathsOK, s.paths, "header paths", file: file, line: line)
        XCTAssertGreaterThanOrEqual(s.f1, 0.99, "cell F1", file: file, line: line)
        XCTAssertGreaterThanOrEqual(Double(s.exactRows), Double(s.rows) * 0.98, "exact rows", file: file, line: line)
    }

    func testSeedOffice() throws { try check("corpus/seed/office.pdf", truth: "corpus/seed/truth.json") }
    func testSeedDirect() throws { try check("corpus/seed/direct.pdf", truth: "corpus/seed/truth.json") }
    func testSeedDirectRotated() throws { try check("corpus/seed/direct-rotated.pdf", truth: "corpus/seed/truth.json") }
    func testShanghaiPutuo() throws {
        try check("corpus/shanghai-putuo-commerce-2025/document.pdf", truth: "corpus/shanghai-putuo-commerce-2025/truth.json")
    }
    /// The Shanghai document's tables under the national final-accounts titles (收入支出决算总表 …),
    /// and under Jiangsu's budget titles (一般公共预算支出预算表（功能科目） …): the same kinds, and the
    /// type each title set says (scripts/retitle_truth.py, rendered by shared/gen).
    func testFinalAccountsTitles() throws {
        try check("variants/final-accounts/direct.pdf", truth: "variants/final-accounts/truth.json")
        let doc = try Extractor.extract(path: Self.fixtures.appendingPathComponent("variants/final-accounts/direct.pdf").path)
        XCTAssertEqual(doc.info.type, .finalAccounts)
        XCTAssertEqual(doc.info.year, 2024)
    }
    func testJiangsuTitles() throws {
        try check("variants/jiangsu-titles/direct.pdf", truth: "variants/jiangsu-titles/truth.json")
        let doc = try Extractor.extract(path: Self.fixtures.appendingPathComponent("variants/jiangsu-titles/direct.pdf").path)
        XCTAssertEqual(doc.info.type, .budget)
    }

    func testVariantAOffice() throws { try check("variants/variant-a/office.pdf", truth: "variants/variant-a/truth.json") }
    func testVariantADirect() throws { try check("variants/variant-a/direct.pdf", truth: "variants/variant-a/truth.json") }
    func testVariantBOffice() throws { try check("variants/variant-b/office.pdf", truth: "variants/variant-b/truth.json") }
    func testVariantBDirect() throws { try check("variants/variant-b/direct.pdf", truth: "variants/variant-b/truth.json") }

    func testDocumentMetadataIsReadNotAssumed() throws {
        let a = try Extractor.extract(path: Self.fixtures.appendingPathComponent("variants/variant-a/direct.pdf").path)
        XCTAssertEqual(a.info.year, 2026)
        XCTAssertEqual(a.info.department, "某市示范局")
        XCTAssertEqual(a.tables.first?.unit, "元")
        let sh = try Extractor.extract(path: Self.fixtures.appendingPathComponent("corpus/shanghai-putuo-commerce-2025/document.pdf").path)
        XCTAssertEqual(sh.info.year, 2025)
        XCTAssertEqual(sh.info.unit, "元")
        XCTAssertEqual(sh.tables.first { $0.kind == .threePublic }?.unit, "万元")
    }
}
