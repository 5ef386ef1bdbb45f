import Foundation
import Layout
import PDFDocument
import Pipeline
import XCTest

/// Bad input gets one clear line and a non-zero exit, never a crash.
final class BadInputTests: XCTestCase {
    static let bad = CorpusTests.fixtures.appendingPathComponent("bad")

    func expectError(_ name: String, contains words: String) {
        let path = Self.bad.appendingPathComponent(name).path
        XCTAssertThrowsError(try Extractor.extract(path: path), name) { e in
            let line = "\(e)"
            XCTAssertTrue(line.contains(words), "\(name): \(line)")
            XCTAssertFalse(line.contains("\n"), "one line: \(line)")
        }
    }

    func testMissingFile() { expectError("does-not-exist.pdf", contains: "no such file") }
    func testNotAPDF() { expectError("not-a-pdf.pdf", contains: "not a PDF") }
    func testEmptyFile() { expectError("empty.pdf", contains: "not a PDF") }
    func testTruncated() { expectError("truncated.pdf", contains: "damaged") }
    func testEncrypted() { expectError("encrypted.pdf", contains: "encrypted") }
    func testScannedPagesWithoutText() { expectError("scanned.pdf", contains: "no text") }
    func testDocumentWithoutTables() { expectError("no-tables.pdf", contains: "no ruled tables") }
    /// Printed again by Ghostscript, whose fonts kept no Unicode map: the text reads ª«¬… where
    /// Chinese was printed (Tests/Fixtures/bad: no-unicode-map.pdf).
    func testTextWithoutAUnicodeMap() { expectError("no-unicode-map.pdf", contains: "text cannot be read") }

    /// A page is misread when Latin-1 letters make much of its text and ideographs almost none:
    /// a Chinese page with a few such signs, or a page of figures, is not.
    func testMisreadPagesAreToldByTheirCharacters() {
        func page(_ s: String) -> [TextChar] {
            s.map { TextChar(text: String($0), box: Rect(x0: 0, y0: 0, x1: 1, y1: 1)) }
        }
        XCTAssertTrue(MisreadText.pageIsMisread(page(String(repeating: "12. ª«¬-®–¯°±²³´µ(Š‹) ;2. ª«¬±²³º»¼;3. ª«¬-¿ÀÁ» ", count: 2))))
        XCTAssertFalse(MisreadText.pageIsMisread(page("一般公共预算支出 12,345.67 · × ° ± 一般公共预算支出 ª«")))
        XCTAssertFalse(MisreadText.pageIsMisread(page("1,234.56 7,890.12 3,456.78 9,012.34 5,678.90")))
        XCTAssertFalse(MisreadText.pageIsMisread(page(String(repeating: "预算收支总表预算收支总表", count: 4) + "ª«¬-®–¯°±²³´µŠ‹ª«¬±²³º»¼")))
    }

    /// A page 200 inches square: rendered at a reduced scale (at most 40 M pixels), not at 2 px/pt (3 GB).
    func testHugePageIsReadAtABoundedScale() throws {
        let doc = try Extractor.extract(path: Self.bad.appendingPathComponent("huge-page.pdf").path)
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables.first?.rows.count, 5)
        XCTAssertEqual(PDFFile.safeScale(2, width: 14400, height: 14400), (40_000_000.0 / (14400.0 * 14400)).squareRoot())
        XCTAssertEqual(PDFFile.safeScale(2, width: 595, height: 842), 2)
    }

    /// The command line: one line on stderr, exit status 1, no output folder left behind.
    func testCommandLineReportsOneLineAndWritesNothing() throws {
        let bin = CorpusTests.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/budgetpdf")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: bin.path), "binary not built")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString)")
        let p = Process()
        p.executableURL = bin
        p.arguments = ["extract", Self.bad.appendingPathComponent("encrypted.pdf").path, "-o", out.path]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run(); p.waitUntilExit()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 1)
        XCTAssertEqual(text.split(separator: "\n").count, 1, text)
        XCTAssertTrue(text.contains("encrypted"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }
}
