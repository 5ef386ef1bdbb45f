import Foundation
import Output
import XCTest

/// `budgetpdf extract /some/where/x.pdf -o out`, then `budgetpdf review out` from another working
/// folder: the page finds the PDF where it was read (tables.json records the path), for one
/// output and for two; a moved PDF is found by content among the `--pdf` paths.
final class ReviewFromAnyFolderTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let bin = root.appendingPathComponent(".build/debug/budgetpdf")

    @discardableResult
    func budgetpdf(_ args: [String], in cwd: URL, expect status: Int32 = 0) throws -> String {
        let p = Process()
        p.executableURL = Self.bin
        p.arguments = args
        p.currentDirectoryURL = cwd
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, status, "budgetpdf \(args.joined(separator: " ")) in \(cwd.path): \(text)")
        return text
    }

    func folder(_ url: URL) throws -> URL {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func testReviewFindsThePDFsFromAnyWorkingFolder() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.bin.path), "binary not built")
        let fm = FileManager.default
        let t = fm.temporaryDirectory.appendingPathComponent("anywhere-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: t) }
        let variants = Self.root.appendingPathComponent("Tests/Fixtures/variants")
        let x = try folder(t.appendingPathComponent("some/where")).appendingPathComponent("x.pdf")
        let y = try folder(t.appendingPathComponent("else")).appendingPathComponent("y.pdf")
        try fm.copyItem(at: variants.appendingPathComponent("mutated-shanghai/office.pdf"), to: x)
        try fm.copyItem(at: variants.appendingPathComponent("mutated/direct.pdf"), to: y)

        // x.pdf given relative to one folder, y.pdf absolute from another.
        let a = try folder(t.appendingPathComponent("a"))
        try budgetpdf(["extract", "../some/where/x.pdf", "-o", "out1", "-q"], in: a)
        try budgetpdf(["extract", y.path, "-o", t.appendingPathComponent("b/out2").path, "-q"], in: t)
        let out1 = a.appendingPathComponent("out1").path, out2 = t.appendingPathComponent("b/out2").path
        let recorded = try JSONDecoder().decode(TablesFile.self, from: Data(contentsOf: URL(fileURLWithPath: out1 + "/tables.json"))).source
        XCTAssertEqual(recorded.path, "../some/where/x.pdf")
        XCTAssertEqual(recorded.resolved, x.resolvingSymlinksInPath().path)

        // One output, from a folder that has nothing to do with it.
        let elsewhere = try folder(t.appendingPathComponent("elsewhere"))
        try budgetpdf(["review", out1, "-o", "one.html", "-q"], in: elsewhere)
        XCTAssertTrue(fm.fileExists(atPath: elsewhere.appendingPathComponent("one.html").path))
        XCTAssertFalse(try fm.contentsOfDirectory(atPath: elsewhere.appendingPathComponent("one-images/d1").path).isEmpty)

        // Two outputs, the page written into a folder (-o names a folder).
        let other = try folder(t.appendingPathComponent("other"))
        try budgetpdf(["review", out1, out2, "-o", "pages", "-q"], in: other)
        let page = try String(contentsOf: other.appendingPathComponent("pages/review.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("x.pdf") && page.contains("y.pdf"))
        XCTAssertFalse(try fm.contentsOfDirectory(atPath: other.appendingPathComponent("pages/review-images/d2").path).isEmpty)

        // Both PDFs moved: one line saying so; --pdf with the folder they went to finds both by content.
        let moved = try folder(t.appendingPathComponent("moved"))
        try fm.moveItem(at: x, to: moved.appendingPathComponent("renamed.pdf"))
        try fm.moveItem(at: y, to: moved.appendingPathComponent("y.pdf"))
        let said = try budgetpdf(["review", out1, out2, "-o", "pages"], in: other, expect: 1)
        XCTAssertEqual(said.split(separator: "\n").count, 1, said)
        XCTAssertTrue(said.contains("x.pdf: PDF not found") && said.contains("--pdf"), said)
        try budgetpdf(["review", out1, out2, "-o", "pages", "-q", "--pdf", moved.path], in: other)
    }
}
