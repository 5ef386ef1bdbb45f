import Batch
import Foundation
import GRDB
import XCTest

/// A batch done as three shards in three separate processes (as on three machines), then merged,
/// holds exactly what one machine doing the whole batch holds; a shard killed midway and run
/// again finishes its share.
final class ShardMergeTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/budgetpdf").path
    static let fixtures = root.appendingPathComponent("Tests/Fixtures").path

    var tmp: String!
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.binary), "binary not built: \(Self.binary)")
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("shards-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: tmp + "/in", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { if let tmp { try? FileManager.default.removeItem(atPath: tmp) } }

    /// Small fixture PDFs, two that fail, and one 26-page document (slow enough to be killed during).
    func makeInputs() throws -> String {
        let fm = FileManager.default
        for rel in ["stream/hrules.pdf", "stream/light-rules.pdf", "stream/plain.pdf", "rotated/turned-ccw.pdf",
                    "rotated/turned-cw.pdf", "bad/not-a-pdf.pdf", "bad/no-tables.pdf"] {
            try fm.copyItem(atPath: Self.fixtures + "/" + rel, toPath: tmp + "/in/" + (rel as NSString).lastPathComponent)
        }
        try fm.copyItem(atPath: Self.fixtures + "/corpus/shanghai-putuo-commerce-2025/document.pdf", toPath: tmp + "/in/putuo.pdf")
        return tmp + "/in"
    }

    func start(_ args: [String], environment: [String: String] = [:]) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    @discardableResult
    func run(_ args: [String], environment: [String: String] = [:]) throws -> Int32 {
        let p = try start(args, environment: environment)
        p.waitUntilExit()
        return p.terminationStatus
    }

    func testThreeShardsMergedEqualOneRunAndAKilledShardFinishesWhenRunAgain() throws {
        let input = try makeInputs()
        let single = tmp + "/single", singleDB = tmp + "/single.sqlite"
        XCTAssertEqual(try run(["extract", input, "-o", single, "--db", singleDB, "--jobs", "1", "-q"]), 1)  // two bad inputs
        let whole = try Manifest.read(from: single)
        XCTAssertEqual(whole.counts, .init(ok: 6, error: 2, skipped: 0))

        // Three shards at once, in three processes, three output folders; the index given three ways.
        let shards = try [
            start(["extract", input, "-o", tmp + "/s0", "--shard", "0/3", "--jobs", "1", "-q"]),
            start(["extract", input, "-o", tmp + "/s1", "--shard", "auto/3", "--jobs", "1", "-q"], environment: ["JOB_COMPLETION_INDEX": "1"]),
            start(["extract", input, "-o", tmp + "/s2", "--shard", "auto/3", "--jobs", "1", "-q"],
                  environment: ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "1"]),
        ]
        for p in shards { p.waitUntilExit() }
        let parts = try (0..<3).map { try Manifest.read(from: tmp + "/s\($0)") }
        XCTAssertEqual(parts.map(\.shard), (0..<3).map { Shard(index: $0, count: 3) })
        // Every document in exactly one shard.
        let shardFiles = parts.flatMap { $0.documents.map(\.file) }
        XCTAssertEqual(shardFiles.count, Set(shardFiles).count)
        XCTAssertEqual(Set(shardFiles), Set(whole.documents.map(\.file)))

        // A merge that lacks a shard is refused and writes nothing.
        XCTAssertEqual(try run(["merge", tmp + "/s0", tmp + "/s1", "-o", tmp + "/partial", "-q"]), 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp + "/partial"))

        // Nor one whose output would replace or lie inside an input.
        XCTAssertEqual(try run(["merge", tmp + "/s0", tmp + "/s1", tmp + "/s2", "-o", tmp, "--force", "-q"]), 1)
        XCTAssertEqual(try run(["merge", tmp + "/s0", tmp + "/s1", tmp + "/s2", "-o", tmp + "/s0/all", "-q"]), 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: tmp + "/s0/manifest.json"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp + "/s0/all"))

        XCTAssertEqual(try run(["merge", tmp + "/s0", tmp + "/s1", tmp + "/s2", "-o", tmp + "/all", "--db", tmp + "/all.sqlite", "-q"]), 0)
        try assertSameBatch(single, singleDB, tmp + "/all", tmp + "/all.sqlite")

        // The shard with the 26-page document, killed once a document of it is done, then run again.
        let big = try XCTUnwrap(parts.firstIndex { $0.documents.contains { $0.file.hasSuffix("/putuo.pdf") } })
        let share = parts[big].documents.map(\.file)
        let killed = tmp + "/killed"
        let args = ["extract", input, "-o", killed, "--shard", "\(big)/3", "--jobs", "1", "-q"]
        let victim = try start(args)
        let deadline = Date().addingTimeInterval(60)
        while !hasResult(in: killed) && victim.isRunning && Date() < deadline { usleep(2000) }
        killWithChildren(victim.processIdentifier)
        victim.waitUntilExit()
        XCTAssertTrue(hasResult(in: killed), "no document was done before the kill")
        XCTAssertFalse(FileManager.default.fileExists(atPath: killed + "/manifest.json"), "the shard had finished before it was killed")
        _ = try run(args)
        let again = try Manifest.read(from: killed)
        XCTAssertEqual(again.documents.map(\.file), share)
        XCTAssertGreaterThan(again.counts.skipped, 0, "the documents done before the kill are not redone")
        XCTAssertEqual(again.counts.ok + again.counts.skipped, parts[big].counts.ok)

        // Merged with the others, and with the first run of the same shard as well (each of its
        // documents is then found twice and kept once): still what one machine makes.
        var inputs = (0..<3).filter { $0 != big }.map { tmp + "/s\($0)" } + [killed]
        XCTAssertEqual(try run(["merge"] + inputs + ["-o", tmp + "/all2", "--db", tmp + "/all2.sqlite", "-q"]), 0)
        try assertSameBatch(single, singleDB, tmp + "/all2", tmp + "/all2.sqlite")
        inputs.append(tmp + "/s\(big)")
        XCTAssertEqual(try run(["merge"] + inputs + ["-o", tmp + "/all3", "--db", tmp + "/all3.sqlite", "-q"]), 0)
        try assertSameBatch(single, singleDB, tmp + "/all3", tmp + "/all3.sqlite")
    }

    func hasResult(in dir: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.contains { !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: dir + "/" + $0 + "/tables.json") }
    }

    /// Stops the parent (so it starts nothing new), kills its children, then the parent: as a
    /// machine that goes away would.
    func killWithChildren(_ pid: Int32) {
        kill(pid, SIGSTOP)
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        for t in tasks {
            let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(t)/children", encoding: .utf8)) ?? ""
            for c in children.split(separator: " ").compactMap({ Int32($0) }) { kill(c, SIGKILL) }
        }
        kill(pid, SIGKILL)
    }

    /// The same documents with the same numbers and result files, and the same database rows,
    /// table by table and cell by cell (surrogate ids replaced by what they point at).
    func assertSameBatch(_ aDir: String, _ aDB: String, _ bDir: String, _ bDB: String,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        let a = try Manifest.read(from: aDir), b = try Manifest.read(from: bDir)
        func comparable(_ m: Manifest) -> [String: ManifestRecord] {
            Dictionary(uniqueKeysWithValues: m.documents.map { r in var r = r; r.seconds = 0; return (r.file, r) })
        }
        XCTAssertEqual(comparable(a), comparable(b), file: file, line: line)
        XCTAssertEqual(a.counts, b.counts, file: file, line: line)
        for r in a.documents {
            guard let folder = r.folder else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: aDir + "/" + folder) {
                XCTAssertEqual(FileManager.default.contents(atPath: aDir + "/" + folder + "/" + name),
                               FileManager.default.contents(atPath: bDir + "/" + folder + "/" + name),
                               "\(folder)/\(name)", file: file, line: line)
            }
        }
        XCTAssertEqual(FileManager.default.contents(atPath: aDir + "/tidy.csv"), FileManager.default.contents(atPath: bDir + "/tidy.csv"),
                       "tidy.csv", file: file, line: line)
        let da = try dump(aDB), db = try dump(bDB)
        XCTAssertEqual(da.keys.sorted(), db.keys.sorted(), file: file, line: line)
        XCTAssertGreaterThan(da["cells"]?.count ?? 0, 100, file: file, line: line)
        for (table, rows) in da {
            XCTAssertEqual(rows, db[table] ?? [], "table \(table)", file: file, line: line)
        }
    }

    /// Every row of every table as text, with document, table and row ids replaced by the document's
    /// path, table number and row index, and the fields of the run itself (when, how long, where) left out.
    func dump(_ path: String) throws -> [String: [String]] {
        let q = try DatabaseQueue(path: path)
        return try q.read { db in
            var docs: [Int64: String] = [:], tables: [Int64: String] = [:], rows: [Int64: String] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT id, path FROM documents") { docs[r["id"]] = r["path"] }
            for r in try Row.fetchAll(db, sql: "SELECT id, document_id, number FROM tables") {
                tables[r["id"]] = (docs[r["document_id"]] ?? "?") + "#" + String(r["number"] as Int64)
            }
            for r in try Row.fetchAll(db, sql: "SELECT id, table_id, row_index FROM rows") {
                rows[r["id"]] = (tables[r["table_id"]] ?? "?") + "#" + String(r["row_index"] as Int64)
            }
            var out: [String: [String]] = [:]
            let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            for name in names {
                out[name] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(name)\"").map { row in
                    row.columnNames.compactMap { col -> String? in
                        let v = row[col] as DatabaseValue
                        switch col {
                        case "id", "loaded_at", "seconds": return nil
                        case "document_id": return "\(col)=" + (Int64.fromDatabaseValue(v).flatMap { docs[$0] } ?? "\(v)")
                        case "table_id": return "\(col)=" + (Int64.fromDatabaseValue(v).flatMap { tables[$0] } ?? "\(v)")
                        case "row_id": return "\(col)=" + (Int64.fromDatabaseValue(v).flatMap { rows[$0] } ?? "\(v)")
                        case "folder": return "\(col)=" + (String.fromDatabaseValue(v).map { ($0 as NSString).lastPathComponent } ?? "null")
                        default: return "\(col)=\(v)"
                        }
                    }.joined(separator: "|")
                }.sorted()
            }
            return out
        }
    }
}

final class ShardUnitTests: XCTestCase {
    func testShardParsing() throws {
        XCTAssertEqual(try Shard.parse("0/4", environment: [:]), Shard(index: 0, count: 4))
        XCTAssertEqual(try Shard.parse("3/4", environment: [:]), Shard(index: 3, count: 4))
        XCTAssertThrowsError(try Shard.parse("4/4", environment: [:]))
        XCTAssertThrowsError(try Shard.parse("1/0", environment: [:]))
        XCTAssertThrowsError(try Shard.parse("-1/4", environment: [:]))
        XCTAssertThrowsError(try Shard.parse("2", environment: [:]))
        XCTAssertEqual(try Shard.parse("auto/10", environment: ["JOB_COMPLETION_INDEX": "7"]), Shard(index: 7, count: 10))
        // Slurm arrays may count from 1 (--array=1-10): the index is taken from the array's start.
        XCTAssertEqual(try Shard.parse("auto/10", environment: ["SLURM_ARRAY_TASK_ID": "10", "SLURM_ARRAY_TASK_MIN": "1"]),
                       Shard(index: 9, count: 10))
        XCTAssertEqual(try Shard.parse("auto/10", environment: ["SLURM_ARRAY_TASK_ID": "0"]), Shard(index: 0, count: 10))
        XCTAssertThrowsError(try Shard.parse("auto/10", environment: [:])) { e in
            XCTAssertEqual(e as? Shard.ParseError, .noIndexInEnvironment)
        }
    }

    func testShardKeyIsContentNotName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shardkey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.pdf"), b = dir.appendingPathComponent("sub-b.pdf"), c = dir.appendingPathComponent("c.pdf")
        try Data("%PDF-1.4 one".utf8).write(to: a)
        try Data("%PDF-1.4 one".utf8).write(to: b)
        try Data("%PDF-1.4 two".utf8).write(to: c)
        XCTAssertEqual(Shard.key(path: a.path), Shard.key(path: b.path))
        XCTAssertNotEqual(Shard.key(path: a.path), Shard.key(path: c.path))
        XCTAssertNil(Shard.key(path: dir.appendingPathComponent("missing.pdf").path))
        // Every file is taken by exactly one of N shards; an unreadable one by shard 0.
        for n in 1...5 {
            for f in [a, c, dir.appendingPathComponent("missing.pdf")] {
                XCTAssertEqual((0..<n).filter { Shard(index: $0, count: n).takes(path: f.path) }.count, 1)
            }
            XCTAssertTrue(Shard(index: 0, count: n).takes(path: dir.appendingPathComponent("missing.pdf").path))
        }
    }

    func testMergePlanKeepsADocumentFoundTwiceOnceAndPrefersAResult() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mergeplan-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let x = ManifestRecord(file: "/in/x.pdf", sha256: "aa", status: .error, error: "timed out after 120 s")
        let xOK = ManifestRecord(file: "/in/x.pdf", sha256: "aa", status: .skipped, folder: "x", pages: 2, tables: 1, review_rows: 0)
        let y = ManifestRecord(file: "/other/y.pdf", sha256: "bb", status: .ok, folder: "x", pages: 1, tables: 1, review_rows: 0)
        try Manifest(documents: [x, y], seconds: 1, shard: Shard(index: 0, count: 2)).write(to: dir + "/a")
        try Manifest(documents: [xOK], seconds: 2, shard: Shard(index: 1, count: 2)).write(to: dir + "/b")
        let plan = try Merge.plan(inputs: [dir + "/a", dir + "/b"])
        XCTAssertEqual(plan.records.map(\.file), ["/in/x.pdf", "/other/y.pdf"])
        XCTAssertEqual(plan.duplicates, 1)
        XCTAssertEqual(plan.records[0].status, .ok, "the result is kept over the error, and counts as ok")
        XCTAssertEqual(plan.entries[0].source, dir + "/b/x")
        XCTAssertEqual(plan.records.map(\.folder), ["x", "x-2"], "a folder name taken by another document is not reused")
        XCTAssertEqual(plan.seconds, 3)
        XCTAssertThrowsError(try Merge.plan(inputs: [dir + "/a"])) { e in
            XCTAssertEqual(e as? Merge.Failure, .missingShards([1], of: 2))
        }
        XCTAssertEqual(try Merge.plan(inputs: [dir + "/a"], partial: true).records.count, 2)
        XCTAssertThrowsError(try Merge.plan(inputs: [dir + "/nothing"]))
    }
}
