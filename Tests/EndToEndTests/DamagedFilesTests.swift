import Foundation
import XCTest

/// The command line over a few hundred damaged PDFs (scripts/damage_pdfs.py, from a seed, made at
/// test time): each either extracts with nothing on standard error, or fails with exactly one
/// line and exit status 1, and leaves no output; never a crash (a signal) nor a hang.
final class DamagedFilesTests: XCTestCase {
    static let root = CorpusTests.fixtures.deletingLastPathComponent().deletingLastPathComponent()

    struct Run { var file: String; var status: Int32; var signalled: Bool; var stderr: String; var wroteOutput: Bool; var hung: Bool }

    static func run(_ bin: URL, _ file: URL, out: URL) -> Run {
        let p = Process()
        p.executableURL = bin
        p.arguments = ["extract", file.path, "-o", out.path, "--timeout", "20", "--quiet"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        do { try p.run() } catch { return Run(file: file.lastPathComponent, status: -1, signalled: false, stderr: "\(error)", wroteOutput: false, hung: false) }
        // The file's own --timeout should stop it; this is the guard that it does.
        let deadline = DispatchTime.now() + 60
        let done = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in done.signal() }
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let hung = done.wait(timeout: deadline) == .timedOut
        if hung { p.terminate(); p.waitUntilExit() }
        return Run(file: file.lastPathComponent, status: p.terminationStatus, signalled: p.terminationReason == .uncaughtSignal,
                   stderr: text, wroteOutput: FileManager.default.fileExists(atPath: out.appendingPathComponent("tables.json").path), hung: hung)
    }

    func testDamagedPDFsFailInOneLine() throws {
        let bin = Self.root.appendingPathComponent(".build/debug/budgetpdf")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: bin.path), "binary not built")
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let fixtures = CorpusTests.fixtures
        let sources = ["stream/plain.pdf", "stream/hrules.pdf", "stream/light-rules.pdf", "rotated/turned-cw.pdf",
                       "bad/huge-page.pdf", "corpus/shanghai-putuo-commerce-2025/document.pdf"].map { fixtures.appendingPathComponent($0).path }
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        make.arguments = ["python3", Self.root.appendingPathComponent("scripts/damage_pdfs.py").path,
                          "--seed", "11", "--per-mode", "25", "--out", tmp.appendingPathComponent("in").path] + sources
        make.standardOutput = FileHandle.nullDevice
        try make.run(); make.waitUntilExit()
        try XCTSkipIf(make.terminationStatus != 0, "python3 could not make the damaged files")
        let files = try FileManager.default.contentsOfDirectory(at: tmp.appendingPathComponent("in"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "pdf" }.sorted { $0.path < $1.path }
        XCTAssertGreaterThanOrEqual(files.count, 250)

        // Two at a time: the machine running the tests is small.
        final class Runs: @unchecked Sendable { var all: [Run?] = [] }
        let results = Runs()
        results.all = Array(repeating: nil, count: files.count)
        let lock = NSLock()
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 2
        for (i, f) in files.enumerated() {
            queue.addOperation {
                let r = Self.run(bin, f, out: tmp.appendingPathComponent("out/\(i)"))
                lock.lock(); results.all[i] = r; lock.unlock()
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        let runs = results.all

        var failed = 0
        for r in runs.compactMap({ $0 }) {
            XCTAssertFalse(r.hung, "\(r.file): still running after 60 s")
            XCTAssertFalse(r.signalled, "\(r.file): crashed (signal \(r.status)): \(r.stderr)")
            let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            if r.status == 0 {
                XCTAssertEqual(r.stderr, "", "\(r.file): extracted, yet said something")
                XCTAssertTrue(r.wroteOutput, r.file)
            } else {
                failed += 1
                XCTAssertEqual(r.status, 1, "\(r.file): \(r.stderr)")
                XCTAssertEqual(lines.count, 1, "\(r.file): \(r.stderr)")
                XCTAssertTrue(lines.first?.hasPrefix("budgetpdf: ") == true, "\(r.file): \(r.stderr)")
                XCTAssertFalse(r.wroteOutput, "\(r.file): failed, yet wrote output")
            }
        }
        print("damaged PDFs: \(runs.count) run, \(failed) failed in one line, \(runs.count - failed) extracted")
    }
}
