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

    /// Where a single extraction's PDF may be: `--pdf`, then its `source.file` beside the folder,
    /// inside it, or in the current directory.
    static func singleCandidates(folder: String, file: String) -> [String] {
        let dir = URL(fileURLWithPath: folder).standardizedFileURL
        return [dir.deletingLastPathComponent().appendingPathComponent(file).path,
                dir.appendingPathComponent(file).path,
                URL(fileURLWithPath: file).standardizedFileURL.path]
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
                out.append(Found(folder: dir, file: f, pdfCandidates: singleCandidates(folder: dir, file: f.source.file)))
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
                    let name = (r.file as NSString).lastPathComponent
                    var candidates = [r.file]
                    if !r.file.hasPrefix("/") { candidates.append(parent.appendingPathComponent(r.file).path) }
                    candidates += singleCandidates(folder: dir, file: name)
                    out.append(Found(folder: folder, file: f, pdfCandidates: candidates, manifestDir: dir))
                }
            } else {
                throw ReviewError("\(dir): neither tables.json nor manifest.json found (not a budgetpdf result folder)")
            }
        }
        return out
    }

    /// The first candidate that exists and, when the result knows it, has the same SHA-256.
    public static func resolvePDF(_ found: Found, explicit: String? = nil) throws -> String {
        let fm = FileManager.default
        let want = found.file.source.sha256
        if let explicit {
            guard fm.fileExists(atPath: explicit) else { throw ReviewError("\(explicit): no such file") }
            if let want, let got = FileDigest.sha256(path: explicit), got != want {
                throw ReviewError("\(explicit): not the PDF \(found.folder)/tables.json was extracted from (SHA-256 differs)")
            }
            return explicit
        }
        var mismatched: String?
        var seen = Set<String>()
        for c in found.pdfCandidates where seen.insert(c).inserted && fm.fileExists(atPath: c) {
            if let want, let got = FileDigest.sha256(path: c), got != want { mismatched = c; continue }
            return c
        }
        if let mismatched {
            throw ReviewError("\(mismatched): not the PDF \(found.folder)/tables.json was extracted from (SHA-256 differs); give it with --pdf")
        }
        throw ReviewError("\(found.file.source.file): PDF not found beside \(found.folder) or in the current folder; give it with --pdf FILE")
    }

    /// Page ids: `d1`, `d2`, … in order.
    public static func documents(_ found: [Found]) -> [ReviewDocument] {
        found.enumerated().map { i, f in ReviewDocument(id: "d\(i + 1)", file: f.file, folder: f.folder) }
    }
}
