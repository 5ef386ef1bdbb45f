import Foundation
import XCTest
@testable import Budget
@testable import Tables

/// The flags and check kinds are enums; docs/flags.md and the JSON Schema must say the same.
final class VocabularyTests: XCTestCase {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs")

    /// The first-column names of a markdown table's rows, with the second column.
    func tableRows(_ markdown: String, header: String) -> [(String, String)] {
        guard let start = markdown.range(of: header) else { return [] }
        var out: [(String, String)] = []
        for line in markdown[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2) {
            guard line.hasPrefix("| `") else { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            out.append((cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), cells[1]))
        }
        return out
    }

    func testFlagsDocumentedWithTheirPenalties() throws {
        let md = try String(contentsOf: Self.docs.appendingPathComponent("flags.md"), encoding: .utf8)
        let rows = tableRows(md, header: "| flag | penalty | meaning |")
        XCTAssertEqual(Set(rows.map(\.0)), Set(Flag.allCases.map(\.rawValue)))
        for (name, penalty) in rows {
            guard let flag = Flag(rawValue: name), let p = Double(penalty) else { XCTFail("\(name) \(penalty)"); continue }
            XCTAssertEqual(flag.penalty, p, accuracy: 1e-9, name)
        }
    }

    func testCheckKindsDocumented() throws {
        let md = try String(contentsOf: Self.docs.appendingPathComponent("flags.md"), encoding: .utf8)
        XCTAssertEqual(Set(tableRows(md, header: "| kind | what |").map(\.0)), Set(CheckKind.allCases.map(\.rawValue)))
    }

    func testSchemaListsTheSameNames() throws {
        let data = try Data(contentsOf: Self.docs.appendingPathComponent("tables.schema.json"))
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let defs = try XCTUnwrap(schema["$defs"] as? [String: Any])
        let flags = try XCTUnwrap((defs["flag"] as? [String: Any])?["enum"] as? [String])
        XCTAssertEqual(Set(flags), Set(Flag.allCases.map(\.rawValue)))
        let check = try XCTUnwrap((defs["check"] as? [String: Any])?["properties"] as? [String: Any])
        let kinds = try XCTUnwrap((check["kind"] as? [String: Any])?["enum"] as? [String])
        XCTAssertEqual(Set(kinds), Set(CheckKind.allCases.map(\.rawValue)))
    }

    func testJSONWritesTheDocumentedStrings() throws {
        let r = CheckResult(id: "x", kind: .codeRollup, passed: true, message: "m")
        let json = String(decoding: try JSONEncoder().encode(r), as: UTF8.self)
        XCTAssertTrue(json.contains("\"kind\":\"code_rollup\""), json)
        XCTAssertEqual(String(decoding: try JSONEncoder().encode([Flag.checkFailed]), as: UTF8.self), "[\"check_failed\"]")
    }
}
