import Budget
import Tables
import Pipeline
import XCTest

/// Rows that no rule separates, rules a detector misses or invents, and amounts as other
/// producers print them (scripts/make_row_fixtures.py: HTML printed by chromium).
final class RowsTests: XCTestCase {
    /// Vertical rules only: a code line above each name line, long names and a 说明 column of
    /// prose wrapping within their item.
    func testVerticalRulesOnlyRowsFromTextLines() throws {
        try CorpusTests.check("rows/vrules.pdf", truth: "rows/vrules.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("rows/vrules.pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertTrue(t.rows.allSatisfy { $0.flags.contains(.rowsFromText) })
        let sold = try XCTUnwrap(t.rows.first { $0.cells[3].hasSuffix("财产售价") })
        XCTAssertEqual(sold.cells[3], "0403310200财产售价")
        XCTAssertEqual(sold.cells[7], "依出售闲置土地及房屋计划估列，计土地2笔、房屋1栋，较上年度增列1,000千元。")
    }

    /// Rules under subtotal rows in a light hairline, lighter than the ink threshold: found all the same.
    func testFaintSubtotalRulesStillPartRows() throws {
        try CorpusTests.check("rows/thin-rules.pdf", truth: "rows/thin-rules.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("rows/thin-rules.pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertFalse(t.rows.contains { $0.cells[0] == "20120113" || $0.cells[2].contains("23,103.7623") })
        // Found as rules (Rulings.faintRules), not merely parted by text lines.
        XCTAssertFalse(t.rows.contains { $0.flags.contains(.rowsFromText) })
        XCTAssertTrue(t.checks.allSatisfy(\.passed), t.checks.filter { !$0.passed }.map(\.message).joined(separator: "\n"))
    }

    /// Big bold figures full of 1s against the vertical rules: no stem becomes a column line.
    func testBoldDigitStemsAreNoRules() throws {
        try CorpusTests.check("rows/bold-digits.pdf", truth: "rows/bold-digits.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("rows/bold-digits.pdf").path)
        XCTAssertEqual(doc.tables.first?.columns.count, 5)
    }

    /// A font whose descriptor reports boxes a fifth of its glyphs' height: the stems of big bold
    /// 1s stand out of their boxes and touch the row rules. They are glyph strokes, no column lines.
    func testStemsOutOfShortGlyphBoxesAreNoRules() throws {
        try CorpusTests.check("rows/short-boxes.pdf", truth: "rows/short-boxes.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("rows/short-boxes.pdf").path)
        XCTAssertEqual(doc.tables.first?.columns.count, 5)
        XCTAssertTrue(doc.tables.first?.checks.allSatisfy(\.passed) ?? false)
    }

    /// Pages of three sizes; amounts with six decimals, without thousands separators, with them.
    func testMixedPageSizesAndAmountFormats() throws {
        try CorpusTests.check("rows/formats.pdf", truth: "rows/formats.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("rows/formats.pdf").path)
        XCTAssertEqual(doc.tables.count, 3)
        let six = try XCTUnwrap(doc.tables.first?.rows.first)
        XCTAssertEqual(six.values[2]?.value, Decimal(string: "31693.269010"))
        let plain = try XCTUnwrap(doc.tables.dropFirst().first?.rows.first)
        XCTAssertEqual(plain.values[2]?.value, Decimal(string: "316901000"))
        for t in doc.tables {
            XCTAssertTrue(t.checks.allSatisfy(\.passed), t.checks.filter { !$0.passed }.map(\.message).joined(separator: "\n"))
            XCTAssertTrue(t.rows.allSatisfy { !$0.review })
        }
    }
}
