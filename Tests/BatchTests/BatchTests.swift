import Batch
import BudgetDB
import Foundation
import GRDB
import Output
import XCTest

/// The pure parts of a batch: discovery, names, manifest, status lines, progress.
final class BatchUnitTests: XCTestCase {
    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("batch-unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    func touch(_ rel: String, _ text: String = "x") throws {
        let u = tmp.appendingPathComponent(rel)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: u)
    }

    func testDiscoveryFindsPDFsRecursivelyAnyCase() throws {
        try touch("a.pdf"); try touch("sub/B.PDF"); try touch("sub/deeper/c.Pdf")
        try touch("notes.txt"); try touch(".hidden.pdf"); try touch("sub/.cache/d.pdf")
        let found = Discovery.documents(in: [tmp.path]).map { ($0 as NSString).lastPathComponent }
        XCTAssertEqual(Set(found), ["a.pdf", "B.PDF", "c.Pdf"])
        // A file named twice, through a folder and by name, is done once; a named non-PDF is kept.
        let twice = Discovery.documents(in: [tmp.path, tmp.appendingPathComponent("a.pdf").path, tmp.appendingPathComponent("notes.txt").path])
        XCTAssertEqual(twice.count, 4)
        XCTAssertTrue(Discovery.isBatch([tmp.path]))
        XCTAssertTrue(Discovery.isBatch(["x.pdf", "y.pdf"]))
        XCTAssertFalse(Discovery.isBatch([tmp.appendingPathComponent("a.pdf").path]))
        XCTAssertFalse(Discovery.isBatch(["missing.pdf"]))
    }

    func testFolderNamesAreUniqueAndStable() {
        let paths = ["/x/2025/budget.pdf", "/x/2024/Budget.PDF", "/x/other.pdf", "/x/.odd.pdf"]
        let names = Discovery.folderNames(for: paths)
        XCTAssertEqual(names[2], "other")
        XCTAssertEqual(names[3], "_odd")
        XCTAssertTrue(names[0].hasPrefix("budget-") && names[0].count == "budget-".count + 8, names[0])
        XCTAssertTrue(names[1].hasPrefix("Budget-"), names[1])
        XCTAssertEqual(Set(names.map { $0.lowercased() }).count, 4)
        XCTAssertEqual(Discovery.folderNames(for: paths), names, "the same inputs give the same names")
    }

    func testChildStatusRoundTripsThroughOutput() {
        let s = ChildStatus(status: .ok, pages: 26, tables: 9, review_rows: 2)
        XCTAssertEqual(ChildStatus.parse("some noise\n" + s.line() + "\n"), s)
        XCTAssertNil(ChildStatus.parse("budgetpdf: oops\n"))
    }

    func testManifestCSVQuotesAndCounts() throws {
        let m = Manifest(documents: [
            ManifestRecord(file: "a,b.pdf", sha256: "00", status: .ok, folder: "a,b", pages: 3, tables: 2, review_rows: 1, seconds: 1.5),
            ManifestRecord(file: "c.pdf", status: .error, error: "bad \"thing\"", seconds: 0.1),
            ManifestRecord(file: "=HYPERLINK(x).pdf", status: .error, error: "@bad", seconds: 0),
        ], seconds: 2)
        XCTAssertEqual(m.counts, .init(ok: 1, error: 2, skipped: 0))
        let lines = m.csv().components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "file,sha256,status,error,folder,pages,tables,review_rows,seconds")
        XCTAssertEqual(lines[1], "\"a,b.pdf\",00,ok,,\"a,b\",3,2,1,1.500")
        XCTAssertEqual(lines[2], "c.pdf,,error,\"bad \"\"thing\"\"\",,,,,0.100")
        // A name that would start a formula is text in a spreadsheet.
        XCTAssertEqual(lines[3], "\"'=HYPERLINK(x).pdf\",,error,\"'@bad\",,,,,0.000")
        try m.write(to: tmp.path)
        XCTAssertEqual(try Manifest.read(from: tmp.path).documents, m.documents)
    }

    func testProgressEstimate() {
        var p = ProgressState()
        p.total = 10; p.toDo = 8
        p.workStart = Date(timeIntervalSince1970: 0)
        p.count(ManifestRecord(file: "s", status: .skipped))
        XCTAssertNil(p.eta(now: Date(timeIntervalSince1970: 5)))
        p.count(ManifestRecord(file: "a", status: .ok))
        p.count(ManifestRecord(file: "b", status: .error))
        XCTAssertEqual(p.eta(now: Date(timeIntervalSince1970: 10))!, 30, accuracy: 0.001)   // 5 s each, 6 left
        let bar = p.bar(width: 200, now: Date(timeIntervalSince1970: 10))
        XCTAssertTrue(bar.contains("3/10") && bar.contains("ok 1") && bar.contains("error 1") && bar.contains("ETA 0:30"), bar)
        XCTAssertLessThanOrEqual(p.bar(width: 30).count, 30)
    }

    /// Children that hang, crash or fail are recorded; the others finish.
    func testRunnerIsolatesHangsAndCrashes() throws {
        for n in ["hang", "crash", "fine", "fails"] { try touch("in/\(n).pdf", n) }
        let files = ["hang", "crash", "fine", "fails"].map { tmp.appendingPathComponent("in/\($0).pdf").path }
        let script = """
        case "$1" in
        *hang.pdf) exec sleep 30 ;;
        *crash.pdf) kill -SEGV $$ ;;
        *fails.pdf) echo "budgetpdf: $1: not a PDF file" >&2; exit 1 ;;
        *) mkdir -p "$2" && echo '{"status":"ok","pages":1,"tables":2,"review_rows":0}' ;;
        esac
        """
        let out = tmp.appendingPathComponent("out").path
        let o = BatchOptions(files: files, outputDir: out, jobs: 4, timeout: 1, executable: "/bin/sh",
                             arguments: { f, d in ["-c", script, "sh", f, d] })
        let start = Date()
        let (records, _) = BatchRunner.run(o)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        XCTAssertEqual(records.map(\.status), [.error, .error, .ok, .error])
        XCTAssertEqual(records[0].error, "timed out after 1 s")
        XCTAssertTrue(records[1].error?.hasPrefix("crashed (SIGSEGV") == true, records[1].error ?? "")
        XCTAssertEqual(records[2].tables, 2)
        XCTAssertEqual(records[2].folder, "fine")
        XCTAssertEqual(records[3].error, "not a PDF file")
        XCTAssertNotNil(records[0].sha256)
    }
}

/// The real command on a small folder: two good PDFs, a text file and an empty file named *.pdf.
final class BatchCommandTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/budgetpdf")
    static var shanghai: String? {
        [root.appendingPathComponent("Tests/Fixtures/corpus/shanghai-putuo-commerce-2025/document.pdf").path,
         "/work/shared/corpus/shanghai-putuo-commerce-2025/document.pdf"].first { FileManager.default.fileExists(atPath: $0) }
    }

    var tmp: URL!
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.binary.path), "binary not built: \(Self.binary.path)")
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("batch-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("in/sub"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { if let tmp { try? FileManager.default.removeItem(at: tmp) } }

    @discardableResult
    func budgetpdf(_ args: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = args
        let out = tmp.appendingPathComponent("stdout-\(UUID().uuidString)"), err = tmp.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    func makeInputs() throws -> (good: [String], dir: String) {
        let sh = try XCTUnwrap(Self.shanghai, "Shanghai document not found")
        let fm = FileManager.default
        let a = tmp.appendingPathComponent("in/putuo.pdf").path, b = tmp.appendingPathComponent("in/sub/putuo-copy.PDF").path
        try fm.copyItem(atPath: sh, toPath: a)
        try fm.copyItem(atPath: sh, toPath: b)
        try Data("this is not a PDF\n".utf8).write(to: tmp.appendingPathComponent("in/notes.pdf"))
        _ = fm.createFile(atPath: tmp.appendingPathComponent("in/sub/empty.pdf").path, contents: Data())
        return ([a, b], tmp.appendingPathComponent("in").path)
    }

    func testBatchManifestResumeForceAndDatabase() throws {
        let (_, dir) = try makeInputs()
        let out = tmp.appendingPathComponent("out").path, db = tmp.appendingPathComponent("budget.sqlite").path

        // First run: two documents done, two errors, exit status 1, everything still finished.
        let r1 = try budgetpdf(["extract", dir, "-o", out, "--jobs", "2", "--db", db])
        XCTAssertEqual(r1.status, 1, r1.stderr)
        XCTAssertTrue(r1.stdout.contains("4 documents"), r1.stdout)
        var m = try Manifest.read(from: out)
        XCTAssertEqual(m.documents.count, 4)
        let byName = Dictionary(uniqueKeysWithValues: m.documents.map { (($0.file as NSString).lastPathComponent, $0) })
        for name in ["putuo.pdf", "putuo-copy.PDF"] {
            let r = try XCTUnwrap(byName[name])
            XCTAssertEqual(r.status, .ok, name)
            XCTAssertEqual(r.pages, 26); XCTAssertEqual(r.tables, 9)
            XCTAssertEqual(r.sha256?.count, 64)
            let folder = (out as NSString).appendingPathComponent(try XCTUnwrap(r.folder))
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/tables.json"), folder)
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/09-three_public.csv"), folder)
        }
        XCTAssertEqual(byName["notes.pdf"]?.status, .error)
        XCTAssertEqual(byName["notes.pdf"]?.error, "not a PDF file")
        XCTAssertEqual(byName["empty.pdf"]?.status, .error)
        XCTAssertNil(byName["empty.pdf"]?.folder)
        let csv = try String(contentsOfFile: out + "/manifest.csv", encoding: .utf8)
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 5)
        try checkDatabase(db, documents: 4)

        // Second run: nothing to redo, the numbers kept from tables.json.
        let r2 = try budgetpdf(["extract", dir, "-o", out, "--db", db])
        XCTAssertEqual(r2.status, 1)
        m = try Manifest.read(from: out)
        XCTAssertEqual(m.counts, .init(ok: 0, error: 2, skipped: 2))
        XCTAssertEqual(m.documents.filter { $0.status == .skipped }.map(\.tables), [9, 9])
        try checkDatabase(db, documents: 4)      // replaced, not added twice

        // --force redoes them.
        let r3 = try budgetpdf(["extract", dir, "-o", out, "--force", "--db", db])
        XCTAssertEqual(r3.status, 1)
        XCTAssertEqual(try Manifest.read(from: out).counts, .init(ok: 2, error: 2, skipped: 0))
        try checkDatabase(db, documents: 4)
    }

    func checkDatabase(_ path: String, documents: Int) throws {
        let q = try DatabaseQueue(path: path)
        try q.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents"), documents)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE status = 'error' AND error = 'not a PDF file'"), 2)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM tables"), 18)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT DISTINCT department FROM documents WHERE status <> 'error'"), ["上海市普陀区商务委员会"])
            // The income total of the summary table (truth: 371,514,655.00 元).
            let hits = try Row.fetchAll(db, sql: """
                SELECT d.file, c.value, c.unit FROM cells c JOIN documents d ON d.id = c.document_id
                WHERE c.table_kind = 'budget_summary' AND c.text = '371,514,655.00'
                """)
            XCTAssertEqual(Set(hits.map { $0["file"] as String }), ["putuo.pdf", "putuo-copy.PDF"])
            XCTAssertTrue(hits.allSatisfy { $0["value"] as String == "371514655" && $0["unit"] as String == "元" })
            // Every cell of every row, in long form.
            let cells = try Int.fetchOne(db, sql: "SELECT count(*) FROM cells")!
            let expected = try Int.fetchOne(db, sql: "SELECT sum(t.row_count * t.column_count) FROM tables t")!
            XCTAssertEqual(cells, expected)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM cell_view WHERE table_kind = 'three_public'"),
                           try Int.fetchOne(db, sql: "SELECT count(*) FROM cells WHERE table_kind = 'three_public'"))
        }
    }

    func testAllGoodExitsZeroAndSingleFileModeIsUnchanged() throws {
        let (good, _) = try makeInputs()
        let out = tmp.appendingPathComponent("batch").path
        let r = try budgetpdf(["extract", good[0], good[1], "-o", out, "--jobs", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try Manifest.read(from: out).counts, .init(ok: 2, error: 0, skipped: 0))

        // One file: the result goes straight into OUTDIR, no manifest.
        let one = tmp.appendingPathComponent("one").path
        let s = try budgetpdf(["extract", good[0], "-o", one])
        XCTAssertEqual(s.status, 0, s.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: one + "/tables.json"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: one + "/manifest.json"))
        XCTAssertTrue(s.stdout.contains("9 tables"), s.stdout)
        let bad = try budgetpdf(["extract", tmp.appendingPathComponent("in/notes.pdf").path, "-o", tmp.appendingPathComponent("bad").path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderr.split(separator: "\n").count, 1, bad.stderr)
    }

    /// One narrative-only PDF on the command line: exit 0, its figures listed; check says what it is.
    func testNarrativeOnlySingleFile() throws {
        let pdf = Self.root.appendingPathComponent("Tests/Fixtures/real/jiangsu-cppcc-office-2017-text.pdf").path
        let out = tmp.appendingPathComponent("one").path
        let r = try budgetpdf(["extract", pdf, "-o", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("budget, narrative only (no tables), 13 stated figures"), r.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/tidy.csv"))
        let c = try budgetpdf(["check", pdf])
        XCTAssertEqual(c.status, 0, c.stderr)
        XCTAssertTrue(c.stdout.contains("procurement_total: 1,271.22 万元, page 19"), c.stdout)
    }

    /// A budget published as narrative only is no error: its status says what it is, its figures
    /// reach the tidy CSV and the database. A text with no figures at all still fails.
    func testNarrativeOnlyDocumentInABatch() throws {
        let fixtures = Self.root.appendingPathComponent("Tests/Fixtures")
        let fm = FileManager.default
        try fm.copyItem(atPath: fixtures.appendingPathComponent("real/jiangsu-cppcc-office-2017-text.pdf").path,
                        toPath: tmp.appendingPathComponent("in/cppcc.pdf").path)
        try fm.copyItem(atPath: fixtures.appendingPathComponent("bad/no-tables.pdf").path,
                        toPath: tmp.appendingPathComponent("in/notice.pdf").path)
        try fm.copyItem(atPath: fixtures.appendingPathComponent("real/shanghai-putuo-planning-2024-final-accounts.pdf").path,
                        toPath: tmp.appendingPathComponent("in/final.pdf").path)
        let out = tmp.appendingPathComponent("out").path, db = tmp.appendingPathComponent("b.sqlite").path
        let r = try budgetpdf(["extract", tmp.appendingPathComponent("in").path, "-o", out, "--db", db])
        XCTAssertEqual(r.status, 1, r.stderr)          // the notice is an error
        let m = try Manifest.read(from: out)
        let byName = Dictionary(uniqueKeysWithValues: m.documents.map { (($0.file as NSString).lastPathComponent, $0) })
        XCTAssertEqual(byName["cppcc.pdf"]?.status, .narrativeOnly)
        XCTAssertEqual(byName["cppcc.pdf"]?.tables, 0)
        XCTAssertEqual(byName["notice.pdf"]?.status, .error)
        XCTAssertEqual(m.counts, .init(ok: 1, error: 1, skipped: 0, narrative_only: 1))
        let manifestCSV = try String(contentsOfFile: out + "/manifest.csv", encoding: .utf8)
        XCTAssertTrue(manifestCSV.contains(",narrative_only,"), manifestCSV)
        let tidy = try String(contentsOfFile: out + "/tidy.csv", encoding: .utf8)
        XCTAssertTrue(tidy.contains("cppcc.pdf,江苏省政协办公厅,2017,budget,,narrative,"), tidy)
        let q = try DatabaseQueue(path: db)
        try q.read { db in
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT type FROM documents WHERE file = 'cppcc.pdf'"), "budget")
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT status FROM documents WHERE file = 'cppcc.pdf'"), "ok")
            XCTAssertEqual(try String.fetchOne(db, sql: """
                SELECT value_yuan FROM facts f JOIN documents d ON d.id = f.document_id
                WHERE d.file = 'cppcc.pdf' AND f.key = 'three_public_reception'
                """), "4435000")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT page FROM facts WHERE key = 'procurement_total'"), 19)
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT type FROM documents WHERE file = 'final.pdf'"), "final_accounts")
            // The summary's closing balance, found by the document's type (truth: 100.00 万元, page 7).
            XCTAssertEqual(try String.fetchOne(db, sql: """
                SELECT value FROM cell_view WHERE document_type = 'final_accounts' AND table_kind = 'budget_summary'
                AND row_label = '年初结转和结余' AND column_path = '支出/决算数'
                """), "100")
        }
    }
}
