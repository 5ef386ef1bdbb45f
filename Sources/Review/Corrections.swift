import Foundation

/// The corrections file the review page saves (docs/review.md): one decision per row a person
/// accepted or edited.
public struct CorrectionsFile: Codable, Equatable, Sendable {
    public static let formatName = "budgetpdf-corrections/1"
    public var format: String
    /// ISO 8601 time the file was saved.
    public var created: String?
    public var reviewer: String?
    public var decisions: [Decision]

    public init(created: String? = nil, reviewer: String? = nil, decisions: [Decision]) {
        format = Self.formatName
        self.created = created; self.reviewer = reviewer; self.decisions = decisions
    }

    public struct DocumentRef: Codable, Equatable, Sendable {
        /// The PDF's file name (tables.json `source.file`).
        public var file: String
        public var sha256: String?
        /// The result folder as the page knew it (a hint; documents are matched by sha256, then file).
        public var folder: String?
        public init(file: String, sha256: String?, folder: String? = nil) { self.file = file; self.sha256 = sha256; self.folder = folder }
    }

    public enum Action: String, Codable, Sendable { case accept, edit }

    public struct Edit: Codable, Equatable, Sendable {
        /// 0-based column index.
        public var column: Int
        /// The column's name (path joined by "/"), for people reading the file.
        public var name: String?
        /// The text the page showed (the extracted cell); the edit is refused when tables.json differs.
        public var from: String?
        public var to: String
        public init(column: Int, name: String? = nil, from: String? = nil, to: String) {
            self.column = column; self.name = name; self.from = from; self.to = to
        }
    }

    public struct Decision: Codable, Equatable, Sendable {
        public var document: DocumentRef
        /// The table's `number` (1-based, as in tables.json).
        public var table: Int
        /// 0-based body row index (as in tables.json and in checks' `rows`).
        public var row: Int
        public var action: Action
        public var edits: [Edit]?
        /// The row's cells as the page showed them; a decision on a row that has changed since is refused.
        public var was: [String]?
        /// Ids of the failed checks the page showed for the row (accepting a row accepts these as printed).
        public var checks: [String]?
        public var at: String?
        public var by: String?

        public init(document: DocumentRef, table: Int, row: Int, action: Action, edits: [Edit]? = nil,
                    was: [String]? = nil, checks: [String]? = nil, at: String? = nil, by: String? = nil) {
            self.document = document; self.table = table; self.row = row; self.action = action
            self.edits = edits; self.was = was; self.checks = checks; self.at = at; self.by = by
        }
    }

    public static func read(path: String) throws -> CorrectionsFile {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ReviewError("\(path): cannot read (\(error.localizedDescription))")
        }
        let file: CorrectionsFile
        do { file = try JSONDecoder().decode(CorrectionsFile.self, from: data) } catch {
            throw ReviewError("\(path): not a corrections file (\(Self.describe(error)))")
        }
        guard file.format == formatName else { throw ReviewError("\(path): format is \(file.format), expected \(formatName)") }
        return file
    }

    public func encoded() throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try enc.encode(self)
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let k, let c): return "missing \((c.codingPath + [k]).map(\.stringValue).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "wrong value at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let c): return c.debugDescription
        default: return "\(error)"
        }
    }
}

/// A failure a person can act on, printed as one line.
public struct ReviewError: Error, CustomStringConvertible, LocalizedError {
    public var description: String
    public init(_ d: String) { description = d }
    public var errorDescription: String? { description }
}
