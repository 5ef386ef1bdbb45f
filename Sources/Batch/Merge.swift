import Foundation
import Output
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Joins the outputs of several batch runs (the shards of one batch, run on several machines)
/// into one output folder, as if one machine had done the whole batch.
public enum Merge {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case noManifest(String)
        case unreadableManifest(String, String)
        case mixedShardCounts([Int])
        case missingShards([Int], of: Int)
        case outputExists(String)
        case outputIsInput(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .noManifest(let d): return "\(d): no manifest.json (not the output of a batch, or its run did not finish: run it again)"
            case .unreadableManifest(let d, let why): return "\(d)/manifest.json: cannot read (\(why))"
            case .mixedShardCounts(let ns): return "the inputs were split into different numbers of shards (\(ns.map(String.init).joined(separator: ", ")))"
            case .missingShards(let ks, let n):
                return "shard\(ks.count > 1 ? "s" : "") \(ks.map { "\($0)/\(n)" }.joined(separator: ", ")) missing (--partial merges what is there)"
            case .outputExists(let o): return "\(o) exists and is not empty (--force replaces it)"
            case .outputIsInput(let o): return "\(o) is, holds or lies inside one of the inputs"
            case .cannotWrite(let o, let why): return "\(o): cannot write (\(why))"
            }
        }
    }

    /// One document of the merged batch, and the folder its result is taken from.
    public struct Entry: Equatable, Sendable {
        public var record: ManifestRecord
        /// The result folder to take over (absolute or relative to the current folder); nil when none.
        public var source: String?
    }

    public struct Plan: Equatable, Sendable {
        public var entries: [Entry]
        /// Sum of the inputs' seconds: the machine time the batch took.
        public var seconds: Double
        /// Documents found more than once (in more than one input) and kept once.
        public var duplicates: Int
        public var records: [ManifestRecord] { entries.map(\.record) }
    }

    /// Reads the inputs' manifests and decides what the merged batch holds.
    ///
    /// - A document found twice (same content under the same file name, or the same path, as the
    ///   database counts documents) is kept once: a result over an error, else the first input's.
    /// - `skipped` becomes `ok`: in the merged batch the result is there, whichever run made it.
    /// - Folder names are kept (shards name their folders as the whole batch would); a name taken
    ///   by another document gets `-2`, `-3`, ….
    /// - Inputs that are shards must all be shards of the same N and, unless `partial`, cover 0 … N-1.
    public static func plan(inputs: [String], partial: Bool = false) throws -> Plan {
        var manifests: [(dir: String, manifest: Manifest)] = []
        for dir in inputs {
            let path = (dir as NSString).appendingPathComponent("manifest.json")
            guard FileManager.default.fileExists(atPath: path) else { throw Failure.noManifest(dir) }
            do { manifests.append((dir, try Manifest.read(from: dir))) } catch {
                throw Failure.unreadableManifest(dir, "\(error)")
            }
        }
        let shards = manifests.compactMap(\.manifest.shard)
        let counts = Set(shards.map(\.count))
        if counts.count > 1 { throw Failure.mixedShardCounts(counts.sorted()) }
        if let n = counts.first, !partial {
            let missing = Set(0..<n).subtracting(shards.map(\.index)).sorted()
            if !missing.isEmpty { throw Failure.missingShards(missing, of: n) }
        }

        var entries: [Entry] = []
        var byContent: [String: Int] = [:], byPath: [String: Int] = [:]
        var duplicates = 0
        for (dir, m) in manifests {
            for var r in m.documents {
                if r.status == .skipped { r.status = .ok }
                let source = r.folder.map { (dir as NSString).appendingPathComponent($0) }
                let contentKey = r.sha256.map { $0 + "\u{1}" + (r.file as NSString).lastPathComponent }
                let pathKey = Discovery.canonical(r.file)
                if let i = contentKey.flatMap({ byContent[$0] }) ?? byPath[pathKey] {
                    duplicates += 1
                    if entries[i].record.status == .error && r.status == .ok {
                        entries[i] = Entry(record: r, source: source)
                        if let k = contentKey { byContent[k] = i }
                        byPath[pathKey] = i
                    }
                    continue
                }
                if let k = contentKey { byContent[k] = entries.count }
                byPath[pathKey] = entries.count
                entries.append(Entry(record: r, source: source))
            }
        }
        entries.sort { $0.record.file < $1.record.file }
        // Folder names stay, unless another document has taken one already.
        var used = Set<String>()
        for i in entries.indices {
            guard let name = entries[i].record.folder else { continue }
            var n = name, k = 2
            while used.contains(n.lowercased()) { n = name + "-\(k)"; k += 1 }
            entries[i].record.folder = n
            used.insert(n.lowercased())
        }
        let seconds = manifests.reduce(0) { $0 + $1.manifest.seconds }
        return Plan(entries: entries, seconds: seconds, duplicates: duplicates)
    }

    /// Builds the merged output in a temporary folder beside `output`: every result folder
    /// (hard-linked where the file system allows, else copied) and manifest.json/.csv.
    /// Returns the temporary folder, for `commit` (or removal).
    public static func stage(_ plan: Plan, for output: String, inputs: [String], force: Bool) throws -> String {
        let fm = FileManager.default
        let target = Discovery.canonical(output)
        // Replacing OUT must never take an input with it (nor put OUT inside an input).
        if inputs.contains(where: { input in
            let i = Discovery.canonical(input)
            return i == target || i.hasPrefix(target + "/") || target.hasPrefix(i + "/")
        }) { throw Failure.outputIsInput(output) }
        if Discovery.isDirectory(output), let items = try? fm.contentsOfDirectory(atPath: output), !items.isEmpty, !force {
            throw Failure.outputExists(output)
        }
        let tmp = sibling(of: output, tag: "tmp")
        do {
            try fm.createDirectory(atPath: tmp, withIntermediateDirectories: true)
            for e in plan.entries {
                guard let src = e.source, let name = e.record.folder else { continue }
                try linkTree(src, (tmp as NSString).appendingPathComponent(name))
            }
            try Manifest(documents: plan.records, seconds: plan.seconds).write(to: tmp)
            // One tidy CSV of the merged batch, as a single batch run writes it.
            let folders = plan.records.filter { $0.status != .error }.compactMap { $0.folder.map { (tmp as NSString).appendingPathComponent($0) } }
            try joinTidyCSVs(folders, into: (tmp as NSString).appendingPathComponent(TidyCSV.fileName), bom: nil)
        } catch {
            try? fm.removeItem(atPath: tmp)
            throw Failure.cannotWrite(output, "\(error.localizedDescription)")
        }
        return tmp
    }

    /// Puts the staged folder in place of `output` (an earlier `output` is moved aside first, and
    /// removed once the new one is in place).
    public static func commit(_ staged: String, to output: String) throws {
        let fm = FileManager.default
        var old: String?
        if fm.fileExists(atPath: output) {
            let aside = sibling(of: output, tag: "old")
            guard rename(output, aside) == 0 else {
                throw Failure.cannotWrite(output, String(cString: strerror(errno)))
            }
            old = aside
        }
        guard rename(staged, output) == 0 else {
            let why = String(cString: strerror(errno))
            if let old { _ = rename(old, output) }
            throw Failure.cannotWrite(output, why)
        }
        if let old { try? fm.removeItem(atPath: old) }
    }

    /// The batch's tidy CSV from its documents' own (each result folder has one: the header and
    /// that document's lines), appended one after the other under one header: the same file as
    /// `TidyCSV.csv(folders:)`, written as it is read, so memory does not grow with the batch.
    /// A folder without its own tidy CSV has its lines made from its tables.json. `bom`: whether
    /// the file starts with a byte order mark (nil: as the documents' files do). Written to a
    /// temporary file, then renamed: whole or not at all.
    public static func joinTidyCSVs(_ folders: [String], into path: String, bom wanted: Bool?) throws {
        let bom = Data([0xEF, 0xBB, 0xBF])
        let tmp = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: tmp, contents: nil), let out = FileHandle(forWritingAtPath: tmp) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(path): cannot create"])
        }
        do {
            var started = false
            func start(bom withBOM: Bool) throws {
                guard !started else { return }
                started = true
                if wanted ?? withBOM { try out.write(contentsOf: bom) }
                try out.write(contentsOf: Data(CSVWriter.line(TidyCSV.columns).utf8))
            }
            for folder in folders {
                if var data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(TidyCSV.fileName)) {
                    let hadBOM = data.starts(with: bom)
                    if hadBOM { data.removeFirst(bom.count) }
                    try start(bom: hadBOM)
                    // Past the header line (CRLF-terminated, as CSVWriter writes lines).
                    if let end = data.firstRange(of: Data("\r\n".utf8)) { try out.write(contentsOf: data[end.upperBound...]) }
                } else if let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("tables.json")),
                          let file = try? JSONDecoder().decode(TablesFile.self, from: data) {
                    try start(bom: false)
                    for line in TidyCSV.lines(file) { try out.write(contentsOf: Data(CSVWriter.line(line).utf8)) }
                }
            }
            try start(bom: false)
            try out.close()
        } catch {
            try? out.close()
            unlink(tmp)
            throw error
        }
        guard rename(tmp, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(tmp)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(path): \(why)"])
        }
    }

    /// `.NAME.tag-PID` in the folder that holds `path`: same file system, so one rename moves it.
    static func sibling(of path: String, tag: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let name = url.lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent(".\(name).\(tag)-\(getpid())").path
    }

    /// A copy of a folder tree whose files are hard links to the originals where possible (results
    /// are never rewritten in place: every writer replaces files by renaming).
    static func linkTree(_ src: String, _ dst: String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: dst, withIntermediateDirectories: false)
        for name in try fm.contentsOfDirectory(atPath: src) {
            let s = (src as NSString).appendingPathComponent(name), d = (dst as NSString).appendingPathComponent(name)
            if Discovery.isDirectory(s) {
                try linkTree(s, d)
            } else if link(s, d) != 0 {
                try fm.copyItem(atPath: s, toPath: d)
            }
        }
    }
}
