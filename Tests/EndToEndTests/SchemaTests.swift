import Foundation
import Pipeline
import XCTest

/// Real output against docs/tables.schema.json, validated by python3-jsonschema (installed
/// by scripts/deps), and the CSV next to it.
final class SchemaTests: XCTestCase {
    static let root = CorpusTests.fixtures.deletingLastPathComponent().deletingLastPathComponent()

    func validate(_ pdf: String) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent(pdf).path)
        let files = try Writer.write(doc, to: out.path)
        XCTAssertEqual(files.count, doc.tables.count + 2)      // tables.json, one CSV per table, tidy.csv
        XCTAssertTrue(files.contains("tidy.csv"))
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        doc = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=str)
        for e in errors[:5]: print(list(e.absolute_path), e.message)
        sys.exit(1 if errors else 0)
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, Self.root.appendingPathComponent("docs/tables.schema.json").path,
                       out.appendingPathComponent("tables.json").path]
        let pipe = Pipe()
        p.standardOutput = pipe; p.standardError = pipe
        try p.run(); p.waitUntilExit()
        let said = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if said.contains("No module named") {
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("python3-jsonschema missing: \(said)") }
            throw XCTSkip("python3-jsonschema is not installed (scripts/deps installs it)")
        }
        XCTAssertEqual(p.terminationStatus, 0, said)

        // Values are exact decimal strings for amount columns only; codes and empty cells are null.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("tables.json"))) as! [String: Any]
        let tables = json["tables"] as! [[String: Any]]
        for t in tables where (t["kind"] as? String) == "revenue" {
            let rows = t["rows"] as! [[String: Any]]
            for row in rows {
                let cells = row["cells"] as! [String], values = row["values"] as! [Any]
                for (c, text) in cells.enumerated() {
                    if text.isEmpty || !text.contains(".") { XCTAssertTrue(values[c] is NSNull, "\(text) has no value") }
                    if text.contains(",") && text.contains(".") {
                        XCTAssertEqual(values[c] as? String, text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression))
                    }
                }
            }
        }

        // CSV: header of column paths joined by "/", one line per row, RFC 4180 line ends.
        let first = try XCTUnwrap(doc.tables.first)
        let csv = try String(contentsOf: out.appendingPathComponent(String(format: "%02d-%@.csv", first.number, first.kind.rawValue)), encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.first, first.columns.map { $0.path.joined(separator: "/") }.joined(separator: ","))
        XCTAssertGreaterThanOrEqual(lines.count, first.rows.count + 1)
    }

    func testShanghaiOutputMatchesSchema() throws { try validate("corpus/shanghai-putuo-commerce-2025/document.pdf") }
    func testSeedOutputMatchesSchema() throws { try validate("corpus/seed/direct-rotated.pdf") }
}
