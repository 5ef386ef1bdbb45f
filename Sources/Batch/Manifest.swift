import Foundation
import Output

/// What happened to one document of a batch.
public enum DocStatus: String, Codable, Sendable {
    case ok, error, skipped
    /// A budget published as narrative only: no tables, its stated figures in tables.json `facts`.
    case narrativeOnly = "narrative_only"
}

/// One record of manifest.json / manifest.csv.
public struct ManifestRecord: Codable, Equatable, Sendable {
    /// The PDF as found (relative when the input was relative).
    public var file: String
    public var sha256: String?
    public var status: DocStatus
    public var error: String?
    /// The result folder, relative to the output folder (nil when nothing was written).
    public var folder: String?
    public var pages: Int?
    public var tables: Int?
    public var review_rows: Int?
    /// Wall-clock seconds spent on the document (0 for skipped ones).
    public var seconds: Double

    public init(file: String, sha256: String? = nil, status: DocStatus, error: String? = nil, folder: String? = nil,
                pages: Int? = nil, tables: Int? = nil, review_rows: Int? = nil, seconds: Double = 0) {
        self.file = file; self.sha256 = sha256; self.status = status; self.error = error; self.folder = folder
        self.pages = pages; self.tables = tables; self.review_rows = review_rows; self.seconds = seconds
    }
}

/// manifest.json: the tool, when, and one record per document in input order.
public struct Manifest: Codable, Equatable, Sendable {
    public struct Tool: Codable, Equatable, Sendable { public var name: String; public var version: String }
    public struct Counts: Codable, Equatable, Sendable {
        public var ok: Int, error: Int, skipped: Int
        /// Documents without tables whose narrative states the figures (absent in older manifests).
        public var narrative_only: Int?
        public init(ok: Int, error: Int, skipped: Int, narrative_only: Int? = nil) {
            self.ok = ok; self.error = error; self.skipped = skipped; self.narrative_only = narrative_only
        }
    }
    public var format = "budgetpdf-manifest/1"
    public var tool: Tool
    public var created: String
    public var seconds: Double
    public var counts: Counts
    /// The shard of the input this run did (`extract --shard K/N`); nil for a whole batch.
    public var shard: Shard?
    public var documents: [ManifestRecord]

    public init(documents: [ManifestRecord], seconds: Double, created: Date = Date(), shard: Shard? = nil) {
        tool = Tool(name: "budgetpdf", version: TablesJSON.version)
        let f = ISO8601DateFormatter()
        self.created = f.string(from: created)
        self.seconds = (seconds * 1000).rounded() / 1000
        counts = Counts(ok: documents.filter { $0.status == .ok }.count,
                        error: documents.filter { $0.status == .error }.count,
                        skipped: documents.filter { $0.status == .skipped }.count,
                        // Written only when there are some, so older readers and counts compare as before.
                        narrative_only: documents.contains { $0.status == .narrativeOnly }
                            ? documents.filter { $0.status == .narrativeOnly }.count : nil)
        self.documents = documents
        self.shard = shard
    }

    public static let csvColumns = ["file", "sha256", "status", "error", "folder", "pages", "tables", "review_rows", "seconds"]

    public func json() throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try enc.encode(self)
    }

    /// RFC 4180 CSV, UTF-8, CRLF line ends, the columns of `csvColumns`.
    public func csv() -> String {
        var out = Self.csvColumns.joined(separator: ",") + "\r\n"
        for r in documents {
            let fields: [String] = [
                r.file, r.sha256 ?? "", r.status.rawValue, r.error ?? "", r.folder ?? "",
                r.pages.map(String.init) ?? "", r.tables.map(String.init) ?? "", r.review_rows.map(String.init) ?? "",
                String(format: "%.3f", r.seconds),
            ]
            out += fields.map(Self.csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Quoted as RFC 4180 needs; a file name or message that would start a formula is written as
    /// text, as in every CSV budgetpdf writes (CSVWriter.field).
    static func csvField(_ s: String) -> String { CSVWriter.field(s) }

    /// Writes manifest.json and manifest.csv into `dir`, each replaced in one rename. The result
    /// folders of the batch are forced to the disk first (once, for the whole file system: each
    /// document's files are not, for speed), so that a manifest, which says the share is done,
    /// never outlives the results it lists when a machine loses power.
    public func write(to dir: String) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        AtomicOutput.flushFileSystem(holding: dir)
        try Self.atomicWrite(try json(), to: (dir as NSString).appendingPathComponent("manifest.json"))
        try Self.atomicWrite(Data(csv().utf8), to: (dir as NSString).appendingPathComponent("manifest.csv"))
    }

    public static func read(from dir: String) throws -> Manifest {
        let data = try Data(contentsOf: URL(fileURLWithPath: (dir as NSString).appendingPathComponent("manifest.json")))
        return try JSONDecoder().decode(Manifest.self, from: data)
    }

    static func atomicWrite(_ data: Data, to path: String) throws { try AtomicOutput.writeFile(path, data) }
}

/// The numbers of a document, as the manifest gives them.
public struct DocStats: Codable, Equatable, Sendable {
    public var pages: Int
    public var tables: Int
    public var review_rows: Int
    public init(pages: Int, tables: Int, review_rows: Int) { self.pages = pages; self.tables = tables; self.review_rows = review_rows }

    public init(_ file: TablesFile) {
        pages = file.source.pages
        tables = file.tables.count
        review_rows = file.tables.reduce(0) { $0 + $1.rows.filter(\.review).count }
    }
}

/// Whether a result folder already holds the result for a document.
public enum Resume {
    /// The numbers from `folder/tables.json` when it was made from a file with this SHA-256 by this
    /// version of the tool; nil when the document has to be done (again).
    public static func existing(folder: String, sha256: String, version: String = TablesJSON.version) -> DocStats? {
        let path = (folder as NSString).appendingPathComponent("tables.json")
        guard let data = FileManager.default.contents(atPath: path),
              let file = try? JSONDecoder().decode(TablesFile.self, from: data),
              file.source.sha256 == sha256, file.tool.version == version else { return nil }
        return DocStats(file)
    }
}
