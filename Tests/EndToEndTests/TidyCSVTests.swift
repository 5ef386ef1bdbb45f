import Budget
import Foundation
import Output
import Pipeline
import XCTest

/// The CSVs as analysis tools and spreadsheets read them.
final class TidyCSVTests: XCTestCase {
    var tmp: URL!
    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("tidy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }
    override func tearDownWithError() throws { if let tmp { try? FileManager.default.removeItem(at: tmp) } }

    static func python(_ script: String, _ args: [String]) throws -> (status: Int32, out: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Python's csv module reads the tidy CSV of the Shanghai budget; the 类 rows (three-digit
    /// codes) of the general-budget expenditure table sum, column by column, to the 合计 row,
    /// whose figures are those of the truth (371,514,655.00 / 19,830,655.00 / 351,684,000.00 元).
    func testPythonSumsATableColumnToItsPrintedTotal() throws {
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("corpus/shanghai-putuo-commerce-2025/document.pdf").path)
        try Writer.write(doc, to: tmp.appendingPathComponent("out").path)
        let script = """
        import csv, sys
        from decimal import Decimal
        rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
        t = [r for r in rows if r["table_kind"] == "gpb_expenditure"]
        assert t and all(r["unit"] == "元" for r in t)
        for col in sorted({r["column"] for r in t}):
            parts = sum(Decimal(r["value"]) for r in t if r["column"] == col and len(r["row_code"]) == 3)
            total = [r for r in t if r["column"] == col and r["row_label"] == "合计"][0]
            printed = Decimal(total["printed"].replace(",", ""))
            assert parts == Decimal(total["value"]) == printed, (col, parts, total)
            print(col, parts)
        """
        let r = try Self.python(script, [tmp.appendingPathComponent("out/tidy.csv").path])
        XCTAssertEqual(r.status, 0, r.out)
        XCTAssertEqual(r.out.split(separator: "\n").sorted(), [
            "一般公共预算支出/合计 371514655", "一般公共预算支出/基本支出 19830655", "一般公共预算支出/项目支出 351684000"], r.out)
    }

    /// 万元 figures come out in 元, exactly: 1,234.5678 万元 is 12345678 元; percentages stay %.
    func testTidyValuesAreInYuan() throws {
        var file = try Self.file(cells: [["一、工资福利支出", "1,234.5678", "12.5%"]], values: [[nil, "1234.5678", "12.5"]], unit: "万元")
        file.facts = [NarrativeFact(key: "revenue_total", label: "收入总计", value: "10.01", unit: "万元", printed: "10.01", page: 3, sentence: "收入总计10.01万元。")]
        let lines = TidyCSV.lines(file)
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines[0][12...13].map { $0 }, ["12345678", "元"])
        XCTAssertEqual(lines[0][10], "一、工资福利支出")
        XCTAssertEqual(lines[1][12...13].map { $0 }, ["12.5", "%"])
        XCTAssertEqual(lines[2][5], "narrative")
        XCTAssertEqual(lines[2][12...13].map { $0 }, ["100100", "元"])
    }

    /// Text that would start a formula is written as text (OWASP): numbers and dashes are not touched.
    func testFormulaTextIsDefused() {
        XCTAssertEqual(CSVWriter.field("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        XCTAssertEqual(CSVWriter.field("@SUM(A1:A9)"), "\"'@SUM(A1:A9)\"")
        XCTAssertEqual(CSVWriter.field("+cmd|' /C calc'!A0"), "\"'+cmd|' /C calc'!A0\"")
        XCTAssertEqual(CSVWriter.field("-2+3"), "\"'-2+3\"")
        XCTAssertEqual(CSVWriter.field("\t=1"), "\"'\t=1\"")
        XCTAssertEqual(CSVWriter.field("-12.00"), "-12.00")
        XCTAssertEqual(CSVWriter.field("-1,234.50"), "\"-1,234.50\"")
        XCTAssertEqual(CSVWriter.field("-"), "-")
        XCTAssertEqual(CSVWriter.field("——"), "——")
        XCTAssertEqual(CSVWriter.field("一般公共服务支出"), "一般公共服务支出")
    }

    /// A field holding a comma, a quote or a line break is quoted (RFC 4180), a CRLF pair (one
    /// Character in Swift, equal to neither "\r" nor "\n") and a comma under a combining mark included.
    func testSeparatorsAndLineBreaksAreQuoted() {
        XCTAssertEqual(CSVWriter.field("a\r\nb"), "\"a\r\nb\"")
        XCTAssertEqual(CSVWriter.field("a\nb"), "\"a\nb\"")
        XCTAssertEqual(CSVWriter.field("1,\u{301}2"), "\"1,\u{301}2\"")
        XCTAssertEqual(CSVWriter.field("说\"明"), "\"说\"\"明\"")
        XCTAssertEqual(CSVWriter.field("项目名称"), "项目名称")
    }

    /// A table cell from the PDF that starts a formula, end to end through the per-table and tidy CSVs.
    func testTableCSVsDefuseFormulasAndWriteNumbersAndBOMOnRequest() throws {
        let file = try Self.file(cells: [["=1+2", "1,234.50"], ["合计", "1,234.50"]], values: [[nil, "1234.5"], [nil, "1234.5"]], unit: "元")
        let plain = CSVFiles.make(file)
        let table = String(decoding: try XCTUnwrap(plain.first { $0.0 == "01-revenue.csv" }).1, as: UTF8.self)
        XCTAssertEqual(table, "项目,金额\r\n\"'=1+2\",\"1,234.50\"\r\n合计,\"1,234.50\"\r\n")
        let tidy = String(decoding: try XCTUnwrap(plain.first { $0.0 == "tidy.csv" }).1, as: UTF8.self)
        XCTAssertTrue(tidy.contains(",\"'=1+2\",金额,1234.5,元,\"1,234.50\",0\r\n"), tidy)

        let options = CSVOptions(bom: true, numbers: true)
        let files = CSVFiles.make(file, options: options)
        let data = try XCTUnwrap(files.first { $0.0 == "01-revenue.csv" }).1
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: data.dropFirst(3), as: UTF8.self), "项目,金额\r\n\"'=1+2\",1234.5\r\n合计,1234.5\r\n")
        XCTAssertTrue(files.allSatisfy { Array($0.1.prefix(3)) == [0xEF, 0xBB, 0xBF] })
    }

    /// A one-table tables.json, as the pipeline would write it.
    static func file(cells: [[String]], values: [[String?]], unit: String) throws -> TablesFile {
        let names = (0..<(cells.first?.count ?? 0)).map { $0 == 0 ? "项目" : "金额" }
        let rows: [[String: Any]] = zip(cells, values).map { c, v in
            ["cells": c, "values": v.map { $0 as Any? ?? NSNull() }, "page": 1, "box": [0, 0, 1, 1], "cell_boxes": [[Double]](),
             "confidence": 1, "review": false, "flags": [String](), "checks": [String]()]
        }
        let table: [String: Any] = [
            "number": 1, "kind": "revenue", "title": "收入预算表", "unit": unit, "value_unit": unit, "pages": [1],
            "regions": [[String: Any]](), "header_rows": 1, "columns": names.map { ["path": [$0], "name": $0] },
            "rows": rows, "notes": [String](), "checks": [[String: Any]](), "csv": "01-revenue.csv"]
        let json: [String: Any] = [
            "format": "budgetpdf/1", "tool": ["name": "budgetpdf", "version": "test"], "source": ["file": "test.pdf", "pages": 1],
            "document": ["type": "budget", "department": "某某局", "year": 2026, "unit": unit,
                         "tables": [["number": 1, "kind": "revenue", "title": "收入预算表", "pages": [1]]]],
            "tables": [table], "checks": [[String: Any]](), "narrative": [String]()]
        return try JSONDecoder().decode(TablesFile.self, from: JSONSerialization.data(withJSONObject: json))
    }
}
