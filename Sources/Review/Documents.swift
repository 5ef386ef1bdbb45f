import Batch
import Foundation
import Output

/// One document on the review page: its tables.json, where it came from, and its PDF.
public struct ReviewDocument {
    /// Short id unique on the page (`d1`, `d2`, …): the prefix of row ids and of the image folder.
    public var id: String
    public var file: TablesFile
    /// The result folder holding tables.json.
    public var folder: String
    /// The original PDF (nil until resolved; needed only when the document has rows to review).
    public var pdf: String?

    public init(id: String, file: TablesFile, folder: String, pdf: String? = nil) {
        self.id = id; self.file = file; self.folder = folder; self.pdf = pdf
    }

    public var reviewRows: Int { file.tables.reduce(0) { $0 + $1.rows.filter(\.review).count } }
}

/// A result folder: one document's (tables.json) or a batch's (manifest.json and one folder per document).
public enum ResultFolders {
    public struct Found {
        public var folder: String
        public var file: TablesFile
        /// Candidate paths of the PDF, best first (from the manifest, or beside the folder).
        public var pdfCandidates: [String]
        public var manifestDir: String?
    }

    public static func readTables(folder: String) throws -> TablesFile {
        let path = (folder as NSString).appendingPathComponent("tables.json")
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ReviewError("\(path): cannot read (\(error.localizedDescription))")
        }
        do { return try JSONDecoder().decode(TablesFile.self, from: data) } catch {
            throw ReviewError("\(path): not a budgetpdf tables.json (\(CorrectionsFile.describe(error)))")
        }
    }

    /// Where an extraction's PDF was read from, as tables.json records it: the resolved path,
    /// and the path as given when that is absolute.
    static func recorded(_ source: TablesFile.Source) -> [String] {
        [source.resolved, source.path.flatMap { $0.hasPrefix("/") ? $0 : nil }].compactMap { $0 }
    }

    /// Where a single extraction's PDF may be: where it was read from, then its `source.file`
    /// beside the folder, inside it, or in the current directory.
    static func singleCandidates(folder: String, source: TablesFile.Source) -> [String] {
        let dir = URL(fileURLWithPath: folder).standardizedFileURL
        return recorded(source) + [dir.deletingLastPathComponent().appendingPathComponent(source.file).path,
                                   dir.appendingPathComponent(source.file).path,
                                   URL(fileURLWithPath: source.file).standardizedFileURL.path]
    }

    /// Reads every document under the given folders, in order.
    public static func load(_ dirs: [String]) throws -> [Found] {
        var out: [Found] = []
        let fm = FileManager.default
        for dir in dirs {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw ReviewError("\(dir): no such folder")
            }
            let manifestPath = (dir as NSString).appendingPathComponent("manifest.json")
            if fm.fileExists(atPath: (dir as NSString).appendingPathComponent("tables.json")) {
                let f = try readTables(folder: dir)
                out.append(Found(folder: dir, file: f, pdfCandidates: singleCandidates(folder: dir, source: f.source)))
            } else if fm.fileExists(atPath: manifestPath) {
                let m: Manifest
                do { m = try Manifest.read(from: dir) } catch {
                    throw ReviewError("\(manifestPath): not a budgetpdf manifest (\(CorrectionsFile.describe(error)))")
                }
                let parent = URL(fileURLWithPath: dir).standardizedFileURL.deletingLastPathComponent()
                for r in m.documents where r.status != .error {
                    guard let sub = r.folder else { continue }
                    let folder = (dir as NSString).appendingPathComponent(sub)
                    let f = try readTables(folder: folder)
                    var candidates = [r.file]
                    if !r.file.hasPrefix("/") { candidates.append(parent.appendingPathComponent(r.file).path) }
                    candidates += singleCandidates(folder: dir, source: f.source)
                    out.append(Found(folder: folder, file: f, pdfCandidates: candidates, manifestDir: dir))
                }
            } else {
                throw ReviewError("\(dir): neither tables.json nor manifest.json found (not a budgetpdf result folder)")
            }
        }
        return out
    }

    /// The PDF of a result: the first candidate that exists and, when the result knows it, has
    /// the same SHA-256; else, among the PDFs `given` (files, or folders searched for PDFs), the
    /// one with that SHA-256 (`--pdf`, for moved files and for several documents at once); a
    /// single file given for a result without a recorded hash is taken as it is.
    public static func resolvePDF(_ found: Found, given: [String] = []) throws -> String {
        let fm = FileManager.default
        let want = found.file.source.sha256
        func matches(_ path: String) -> Bool {
            guard let want else { return true }
            return FileDigest.sha256(path: path) == want
        }
        var mismatched: String?
        var seen = Set<String>()
        for c in found.pdfCandidates where seen.insert(c).inserted && fm.fileExists(atPath: c) {
            if matches(c) { return c }
            mismatched = mismatched ?? c
        }
        let offered = try pdfs(in: given)
        if let want, let hit = offered.first(where: { FileDigest.sha256(path: $0) == want }) { return hit }
        if want == nil, offered.count == 1, let only = offered.first { return only }
        if let wrong = offered.first ?? mismatched {
            throw ReviewError("\(wrong): not the PDF \(found.folder)/tables.json was extracted from (SHA-256 differs); give it with --pdf FILE")
        }
        let readFrom = found.file.source.resolved.map { " at \($0) (where it was read)," } ?? ""
        throw ReviewError("\(found.file.source.file): PDF not found\(readFrom) beside \(found.folder) or in the current folder; give it with --pdf FILE")
    }

    /// The PDF files among `paths`: files as they are, folders searched (recursively) for *.pdf.
    static func pdfs(in paths: [String]) throws -> [String] {
        var out: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { throw ReviewError("\(p): no such file") }
            out += isDir.boolValue ? Discovery.documents(in: [p]) : [p]
        }
        return out
    }

    /// Page ids: `d1`, `d2`, … in order.
    public static func documents(_ found: [Found]) -> [ReviewDocument] {
        found.enumerated().map { i, f in ReviewDocument(id: "d\(i + 1)", file: f.file, folder: f.folder) }
    }
}
