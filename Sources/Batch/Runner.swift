import Foundation
import Output
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct BatchOptions: @unchecked Sendable {
    /// The documents, as `Discovery.documents(in:)` gives them.
    public var files: [String]
    public var outputDir: String
    public var jobs: Int
    /// Seconds one document may take before its child is killed.
    public var timeout: Double
    /// Redo documents whose result is up to date.
    public var force: Bool
    /// The program run once per document (normally this very executable).
    public var executable: String
    /// Its arguments for one document and its result folder.
    public var arguments: (_ file: String, _ folder: String) -> [String]
    /// Result folder names, one per file; nil: `Discovery.folderNames(for: files)`. A shard passes
    /// the names given to its files among all the documents, so that its folders are named as one
    /// machine doing the whole batch would name them.
    public var folders: [String]?

    public init(files: [String], outputDir: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                timeout: Double = 120, force: Bool = false, executable: String = Subprocess.currentExecutable(),
                arguments: @escaping (_ file: String, _ folder: String) -> [String] = BatchOptions.extractOne,
                folders: [String]? = nil) {
        self.files = files; self.outputDir = outputDir; self.jobs = max(1, jobs); self.timeout = timeout
        self.force = force; self.executable = executable; self.arguments = arguments
        self.folders = folders.flatMap { $0.count == files.count ? $0 : nil }
    }

    /// `budgetpdf extract-one FILE -o FOLDER --json-status`: the hidden command a child runs.
    public static func extractOne(_ file: String, _ folder: String) -> [String] {
        ["extract-one", file, "-o", folder, "--json-status"]
    }
}

/// Runs a batch: every document in its own child process, `jobs` at a time, each with a time limit.
/// A document that fails, hangs or crashes is recorded as an error; the others go on.
public enum BatchRunner {
    struct Work { var index: Int; var file: String; var folder: String; var sha256: String }

    final class Shared: @unchecked Sendable {
        let lock = NSLock()
        let work: [Work]
        var next = 0
        var records: [ManifestRecord?]
        init(work: [Work], records: [ManifestRecord?]) { self.work = work; self.records = records }
        func take() -> Work? {
            lock.lock(); defer { lock.unlock() }
            guard next < work.count else { return nil }
            next += 1
            return work[next - 1]
        }
        func put(_ r: ManifestRecord, at i: Int) { lock.lock(); records[i] = r; lock.unlock() }
    }

    public static func run(_ o: BatchOptions, progress: BatchProgress? = nil) -> (records: [ManifestRecord], seconds: Double) {
        let start = Date()
        let names = o.folders ?? Discovery.folderNames(for: o.files)
        var records = [ManifestRecord?](repeating: nil, count: o.files.count)
        var work: [Work] = []
        var skipped: [ManifestRecord] = []
        // Plan: hash every file, and take over the results that are already there.
        for (i, file) in o.files.enumerated() {
            let folder = names[i]
            guard let sha = FileDigest.sha256(path: file) else {
                records[i] = ManifestRecord(file: file, status: .error, error: unreadable(file))
                continue
            }
            let dir = (o.outputDir as NSString).appendingPathComponent(folder)
            if !o.force, let stats = Resume.existing(folder: dir, sha256: sha) {
                let r = ManifestRecord(file: file, sha256: sha, status: .skipped, folder: folder, pages: stats.pages,
                                       tables: stats.tables, review_rows: stats.review_rows, seconds: 0)
                records[i] = r
                skipped.append(r)
            } else {
                work.append(Work(index: i, file: file, folder: folder, sha256: sha))
            }
        }
        let planErrors = records.compactMap { $0 }.filter { $0.status == .error }
        progress?.begin(total: o.files.count, skipped: skipped, toDo: work.count + planErrors.count)
        for r in planErrors { progress?.finished(r) }

        // Work: a fixed pool of threads, each running one child at a time.
        let shared = Shared(work: work, records: records)
        let group = DispatchGroup()
        for _ in 0..<min(o.jobs, work.count) {
            group.enter()
            let t = Thread {
                while let w = shared.take() {
                    let r = runOne(w, o)
                    shared.put(r, at: w.index)
                    progress?.finished(r)
                }
                group.leave()
            }
            t.stackSize = 1 << 20
            t.start()
        }
        group.wait()
        records = shared.records
        progress?.end()
        return (records.map { $0! }, Date().timeIntervalSince(start))
    }

    static func unreadable(_ file: String) -> String {
        let fm = FileManager.default
        if !fm.fileExists(atPath: file) { return "no such file" }
        if Discovery.isDirectory(file) { return "is a folder" }
        return "cannot read the file"
    }

    static func runOne(_ w: Work, _ o: BatchOptions) -> ManifestRecord {
        let dir = (o.outputDir as NSString).appendingPathComponent(w.folder)
        let res = Subprocess.run(o.executable, o.arguments(w.file, dir), timeout: o.timeout)
        var r = ManifestRecord(file: w.file, sha256: w.sha256, status: .error, seconds: (res.seconds * 1000).rounded() / 1000)
        let status = ChildStatus.parse(res.stdout)
        switch res.end {
        case .exited(0) where status?.status == .ok || status?.status == .narrativeOnly:
            r.status = status?.status ?? .ok
            r.folder = w.folder
            r.pages = status?.pages; r.tables = status?.tables; r.review_rows = status?.review_rows
        case .exited(let code):
            r.error = (status?.error ?? lastLine(res.stderr).map { stripPrefix($0) } ?? "exited with status \(code)")
            // The file is in the record already; the message need not name it again.
            if let e = r.error, e.hasPrefix(w.file + ": ") { r.error = String(e.dropFirst(w.file.count + 2)) }
        case .signaled(let sig):
            r.error = "crashed (\(Subprocess.signalName(sig)))"
        case .timedOut:
            r.error = "timed out after \(Int(o.timeout.rounded())) s"
        case .couldNotStart(let why):
            r.error = "could not start: \(why)"
        }
        if r.status == .error { cleanUp(folder: w.folder, in: o.outputDir) }
        return r
    }

    static func lastLine(_ s: String) -> String? {
        s.split(whereSeparator: \.isNewline).last.map(String.init)
    }

    static func stripPrefix(_ s: String) -> String {
        s.hasPrefix("budgetpdf: ") ? String(s.dropFirst("budgetpdf: ".count)) : s
    }

    /// What a killed child may have left beside its result folder (see AtomicOutput): half-written
    /// temporary folders go; a previous result moved aside is put back.
    static func cleanUp(folder: String, in outDir: String) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: outDir) else { return }
        let target = (outDir as NSString).appendingPathComponent(folder)
        for n in names where n.hasPrefix(".\(folder).tmp-") || n.hasPrefix(".\(folder).old-") {
            let p = (outDir as NSString).appendingPathComponent(n)
            if n.hasPrefix(".\(folder).old-") && !fm.fileExists(atPath: target) {
                try? fm.moveItem(atPath: p, toPath: target)
            } else {
                try? fm.removeItem(atPath: p)
            }
        }
    }
}
