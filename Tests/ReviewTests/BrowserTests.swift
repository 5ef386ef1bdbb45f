import Foundation
import Output
@testable import Review
import XCTest

/// The page in a real browser (Debian's headless Chromium): the rows are there, and a correction made
/// through the page's own code reaches tables.json through `budgetpdf apply`.
final class BrowserTests: XCTestCase {
    static func chromium() -> String? {
        if let p = ProcessInfo.processInfo.environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: p) { return p }
        return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs a program; its standard output, or a failure after `timeout` seconds.
    @discardableResult
    static func run(_ exe: String, _ args: [String], timeout: Double = 40) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        // Output to files: no pipe to drain while the browser runs.
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: base.path + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: base.path + ".err", contents: nil)
        defer { try? FileManager.default.removeItem(atPath: base.path + ".out"); try? FileManager.default.removeItem(atPath: base.path + ".err") }
        let outFile = try FileHandle(forWritingTo: URL(fileURLWithPath: base.path + ".out"))
        let errFile = try FileHandle(forWritingTo: URL(fileURLWithPath: base.path + ".err"))
        p.standardOutput = outFile
        p.standardError = errFile
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let killer = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        p.waitUntilExit()
        killer.cancel()
        try? outFile.close(); try? errFile.close()
        let out = (try? Data(contentsOf: URL(fileURLWithPath: base.path + ".out"))) ?? Data()
        let err = (try? Data(contentsOf: URL(fileURLWithPath: base.path + ".err"))) ?? Data()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    func testPageDrivesACorrectionThroughApply() throws {
        guard let chrome = Self.chromium() else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                XCTFail("chromium is not installed (scripts/deps installs it)"); return
            }
            throw XCTSkip("chromium is not installed")
        }
        let (work, out) = try MutatedFixture.copy()
        defer { try? FileManager.default.removeItem(at: work) }
        let page = work.appendingPathComponent("review.html").path
        _ = try ReviewBuilder.build(folders: [out], output: page)
        let before = try MutatedFixture.tables(out)
        let m = MutatedFixture.mutations.first { $0.kind == "operating_costs" }!
        let t = before.tables.first { $0.kind == m.kind }!
        let edited = ReviewPage.rowID("d1", t.number, m.row)
        let other = before.tables.first { $0.kind == "gpb_expenditure" }!
        let acceptedRow = other.rows.firstIndex(where: \.review)!
        let accepted = ReviewPage.rowID("d1", other.number, acceptedRow)

        let base = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                    "--user-data-dir=" + work.appendingPathComponent("profile").path, "--virtual-time-budget=4000"]
        let url = URL(fileURLWithPath: page).absoluteString
        // A picture a person would see first (kept when REVIEW_SCREENSHOTS names a folder).
        let shot = work.appendingPathComponent("review.png").path
        try Self.run(chrome, base + ["--screenshot=" + shot, "--window-size=1400,1000", url])
        XCTAssertGreaterThan((try? FileManager.default.attributesOfItem(atPath: shot)[.size] as? Int) ?? 0, 20_000, "a screenshot with content")
        if let keep = ProcessInfo.processInfo.environment["REVIEW_SCREENSHOTS"] {
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: keep + "/review.png")
            try? FileManager.default.copyItem(atPath: shot, toPath: keep + "/review.png")
        }

        // The page's own code edits one cell and accepts another row (test hook in the URL's fragment).
        let hook = "#autotest=edit:\(edited):\(m.column):\(m.old);accept:\(accepted)"
        let dom = try Self.run(chrome, base + ["--dump-dom", url + hook]).out
        XCTAssertTrue(dom.contains("data-autotest=\"done\""), String(dom.prefix(300)))
        let review = before.tables.reduce(0) { $0 + $1.rows.filter(\.review).count }
        XCTAssertEqual(dom.components(separatedBy: "<article class=\"row").count - 1, review, "every row to review is listed")
        XCTAssertTrue(dom.contains("id=\"\(edited)\""))
        XCTAssertTrue(dom.contains("\(review - 2) of \(review) rows left · 1 accepted · 1 edited"))

        let pre = dom.components(separatedBy: "<pre id=\"corrections\"")[1].components(separatedBy: ">").dropFirst().joined(separator: ">")
            .components(separatedBy: "</pre>")[0]
        let json = Self.unescape(pre)
        let corrections = try JSONDecoder().decode(CorrectionsFile.self, from: Data(json.utf8))
        XCTAssertEqual(corrections.decisions.count, 2)
        XCTAssertEqual(corrections.decisions.first { $0.action == .edit }?.edits?.first?.to, m.old)
        let file = work.appendingPathComponent("corrections.json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: file))

        // The command when it is built (it is, by `swift build --build-tests`), else the same code in-process.
        let exe = Bundle(for: Self.self).bundleURL.deletingLastPathComponent().appendingPathComponent("budgetpdf").path
        if FileManager.default.isExecutableFile(atPath: exe) {
            let r = try Self.run(exe, ["apply", out, file])
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertTrue(r.out.contains("1 row edited (1 cell), 1 accepted"), r.out)
        } else {
            _ = try CorrectionApplier.apply(outdir: out, corrections: CorrectionsFile.read(path: file))
        }
        let after = try MutatedFixture.tables(out)
        let row = after.tables.first { $0.number == t.number }!.rows[m.row]
        XCTAssertEqual(row.cells[m.column], m.old)
        XCTAssertNotNil(row.reviewed)
        XCTAssertFalse(row.review)
        XCTAssertNotNil(after.tables.first { $0.number == other.number }!.rows[acceptedRow].reviewed)
        XCTAssertEqual(after.tables.first { $0.number == t.number }!.checks.filter { !$0.passed }.count, 0)
    }
}
