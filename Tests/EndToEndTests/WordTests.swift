import Budget
import Tables
import Pipeline
import XCTest

/// Tables as a word processor exports them (scripts/make_word_fixtures.py: python-docx tables
/// converted by LibreOffice Writer): ruled grids whose cells wrap in narrow columns, header rows
/// repeated on each page, rows that break across a page.
final class WordTests: XCTestCase {
    /// Names wrapped on two or three lines and amounts on two ("35713." / "76") inside one ruled
    /// cell: one row each, not an item per line.
    func testWrappedCellsInNarrowColumnsAreOneRow() throws {
        try CorpusTests.check("word/wrapped-cells.pdf", truth: "word/wrapped-cells.truth.json")
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("word/wrapped-cells.pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertFalse(t.rows.contains { $0.flags.contains(.rowsFromText) })
    }
}
