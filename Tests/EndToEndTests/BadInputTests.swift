import Foundation
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
