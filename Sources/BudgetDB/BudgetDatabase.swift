import Batch
import Foundation
import GRDB
import Output

/// One SQLite database for many documents, filled from their tables.json files (never from the
/// pipeline's types, so it follows the published format only). Schema: docs/database.md.
public final class BudgetDatabase {
    public let queue: DatabaseQueue

    /// Opens (creating if need be) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        var config = Configuration()
        config.foreignKeysEnabled = true
        queue = try DatabaseQueue(path: path, configuration: config)
        try Self.migrator.migrate(queue)
    }

    /// What is known about a document besides its tables.json.
    public struct Entry: Sendable {
        /// The absolute path of the PDF: with (sha256, file name), the identity of the document.
        public var path: String
        public var file: String
        public var sha256: String?
        public var status: String
        public var error: String?
        /// The result folder holding tables.json.
        public var folder: String?
        public var seconds: Double?
        public init(path: String, file: String, sha256: String?, status: String, error: String? = nil, folder: String? = nil, seconds: Double? = nil) {
            self.path = path; self.file = file; self.sha256 = sha256; self.status = status; self.error = error
            self.folder = folder; self.seconds = seconds
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in try db.execute(sql: schemaV1) }
        m.registerMigration("v2-type-facts") { db in try db.execute(sql: schemaV2) }
        m.registerMigration("v3-cell-view-type") { db in try db.execute(sql: schemaV3) }
        return m
    }

    static let schemaV1 = """
    CREATE TABLE documents (
        id              INTEGER PRIMARY KEY,
        path            TEXT NOT NULL UNIQUE,
        file            TEXT NOT NULL,
        sha256          TEXT,
        status          TEXT NOT NULL CHECK (status IN ('ok', 'error', 'skipped')),
        error           TEXT,
        folder          TEXT,
        tool_version    TEXT,
        pages           INTEGER,
        producer        TEXT,
        title           TEXT,
        department      TEXT,
        year            INTEGER,
        unit            TEXT,
        tables_found    INTEGER,
        rows_for_review INTEGER,
        seconds         REAL,
        loaded_at       TEXT NOT NULL
    );
    CREATE INDEX documents_sha256 ON documents(sha256);

    CREATE TABLE tables (
        id           INTEGER PRIMARY KEY,
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        number       INTEGER NOT NULL,
        kind         TEXT NOT NULL,
        code         TEXT,
        title        TEXT NOT NULL,
        department   TEXT,
        unit         TEXT,
        first_page   INTEGER,
        last_page    INTEGER,
        pages        TEXT NOT NULL,
        header_rows  INTEGER NOT NULL,
        column_count INTEGER NOT NULL,
        row_count    INTEGER NOT NULL,
        review_rows  INTEGER NOT NULL,
        csv          TEXT,
        notes        TEXT NOT NULL,
        UNIQUE (document_id, number)
    );
    CREATE INDEX tables_kind ON tables(kind);

    CREATE TABLE columns (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        table_id    INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
        col_index   INTEGER NOT NULL,
        path        TEXT NOT NULL,
        path_json   TEXT NOT NULL,
        depth       INTEGER NOT NULL,
        PRIMARY KEY (table_id, col_index)
    );
    CREATE INDEX columns_document ON columns(document_id);

    CREATE TABLE rows (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        table_id    INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
        row_index   INTEGER NOT NULL,
        label       TEXT NOT NULL,
        page        INTEGER,
        box         TEXT,
        confidence  REAL,
        review      INTEGER NOT NULL,
        failed_checks TEXT NOT NULL,
        UNIQUE (table_id, row_index)
    );
    CREATE INDEX rows_document ON rows(document_id);
    CREATE INDEX rows_review ON rows(review) WHERE review = 1;

    CREATE TABLE cells (
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        table_id     INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
        row_id       INTEGER NOT NULL REFERENCES rows(id) ON DELETE CASCADE,
        table_kind   TEXT NOT NULL,
        table_number INTEGER NOT NULL,
        row_index    INTEGER NOT NULL,
        col_index    INTEGER NOT NULL,
        column_path  TEXT NOT NULL,
        text         TEXT NOT NULL,
        value        TEXT,
        unit         TEXT,
        PRIMARY KEY (row_id, col_index)
    );
    CREATE INDEX cells_document ON cells(document_id);
    CREATE INDEX cells_table ON cells(table_id, row_index);
    CREATE INDEX cells_kind ON cells(table_kind, column_path);
    CREATE INDEX cells_value ON cells(value);

    CREATE TABLE checks (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        table_id    INTEGER REFERENCES tables(id) ON DELETE CASCADE,
        check_id    TEXT NOT NULL,
        kind        TEXT NOT NULL,
        passed      INTEGER NOT NULL,
        message     TEXT NOT NULL,
        expected    TEXT,
        printed     TEXT,
        rows        TEXT NOT NULL,
        columns     TEXT NOT NULL
    );
    CREATE INDEX checks_document ON checks(document_id);
    CREATE INDEX checks_table ON checks(table_id);

    CREATE TABLE flags (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        table_id    INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
        row_id      INTEGER NOT NULL REFERENCES rows(id) ON DELETE CASCADE,
        row_index   INTEGER NOT NULL,
        flag        TEXT NOT NULL,
        PRIMARY KEY (row_id, flag)
    );
    CREATE INDEX flags_document ON flags(document_id);
    CREATE INDEX flags_flag ON flags(flag);

    CREATE VIEW cell_view AS
    SELECT d.id AS document_id, d.file, d.department AS document_department, d.year,
           t.number AS table_number, t.kind AS table_kind, t.title AS table_title, t.department,
           r.row_index, r.label AS row_label, r.review,
           c.col_index, c.column_path, c.text, c.value, c.unit
    FROM cells c
    JOIN rows r ON r.id = c.row_id
    JOIN tables t ON t.id = c.table_id
    JOIN documents d ON d.id = c.document_id;
    """

    /// Budget or final accounts, and the figures the narrative states (with page and sentence).
    static let schemaV2 = """
    ALTER TABLE documents ADD COLUMN type TEXT;

    CREATE TABLE facts (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        key         TEXT NOT NULL,
        label       TEXT NOT NULL,
        value       TEXT NOT NULL,
        unit        TEXT NOT NULL,
        value_yuan  TEXT,
        printed     TEXT NOT NULL,
        page        INTEGER,
        sentence    TEXT NOT NULL
    );
    CREATE INDEX facts_document ON facts(document_id);
    CREATE INDEX facts_key ON facts(key);
    """

    /// cell_view gains the document's type, so that a budget and its final accounts can be put
    /// side by side without another join.
    static let schemaV3 = """
    DROP VIEW cell_view;
    CREATE VIEW cell_view AS
    SELECT d.id AS document_id, d.file, d.department AS document_department, d.year,
           t.number AS table_number, t.kind AS table_kind, t.title AS table_title, t.department,
           r.row_index, r.label AS row_label, r.review,
           c.col_index, c.column_path, c.text, c.value, c.unit, d.type AS document_type
    FROM cells c
    JOIN rows r ON r.id = c.row_id
    JOIN tables t ON t.id = c.table_id
    JOIN documents d ON d.id = c.document_id;
    """

    /// The status a document is stored under: a narrative-only one is a document read whole
    /// (status ok, no tables, its facts in `facts`).
    static func storedStatus(_ s: String) -> String { s == DocStatus.narrativeOnly.rawValue ? DocStatus.ok.rawValue : s }

    /// Replaces everything known about a document, in one transaction: its earlier rows (same path,
    /// or same content under the same file name) go, then the document and, when given, its tables.
    @discardableResult
    public func replace(_ e: Entry, tables file: TablesFile?) throws -> Int64 {
        try queue.write { db in
            let old = try Int64.fetchAll(db, sql: "SELECT id FROM documents WHERE path = ? OR (sha256 = ? AND file = ?)",
                                         arguments: [e.path, e.sha256, e.file])
            for id in old {
                for t in ["facts", "cells", "flags", "checks", "columns", "rows", "tables", "documents"] {
                    try db.execute(sql: "DELETE FROM \(t) WHERE \(t == "documents" ? "id" : "document_id") = ?", arguments: [id])
                }
            }
            return try Self.insert(db, e, file)
        }
    }

    static func yuanFactor(_ unit: String) -> Decimal? {
        ["元": 1, "千元": 1000, "万元": 10000, "亿元": 100_000_000][unit]
    }

    static func json<T: Encodable>(_ v: T) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: (try? enc.encode(v)) ?? Data("null".utf8), as: UTF8.self)
    }

    static func insert(_ db: GRDB.Database, _ e: Entry, _ f: TablesFile?) throws -> Int64 {
        let now = ISO8601DateFormatter().string(from: Date())
        let review = f.map { $0.tables.reduce(0) { $0 + $1.rows.filter(\.review).count } }
        try db.execute(sql: """
            INSERT INTO documents (path, file, sha256, status, error, folder, tool_version, pages, producer, title,
                                   department, year, unit, tables_found, rows_for_review, seconds, loaded_at, type)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [e.path, e.file, e.sha256 ?? f?.source.sha256, storedStatus(e.status), e.error, e.folder, f?.tool.version,
                             f?.source.pages, f?.source.producer, f?.document.title, f?.document.department,
                             f?.document.year, f?.document.unit, f?.tables.count, review, e.seconds, now,
                             f.map { $0.document.type ?? "budget" }])
        let docID = db.lastInsertedRowID
        guard let f else { return docID }

        let insFact = try db.cachedStatement(sql: """
            INSERT INTO facts (document_id, key, label, value, unit, value_yuan, printed, page, sentence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for fact in f.facts ?? [] {
            let yuan = Decimal(string: fact.value, locale: Locale(identifier: "en_US_POSIX")).flatMap { v in
                yuanFactor(fact.unit).map { f -> String in var x = v * f; return NSDecimalString(&x, Locale(identifier: "en_US_POSIX")) }
            }
            try insFact.execute(arguments: [docID, fact.key, fact.label, fact.value, fact.unit, yuan, fact.printed, fact.page, fact.sentence])
        }

        let insTable = try db.cachedStatement(sql: """
            INSERT INTO tables (document_id, number, kind, code, title, department, unit, first_page, last_page, pages,
                                header_rows, column_count, row_count, review_rows, csv, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insColumn = try db.cachedStatement(sql:
            "INSERT INTO columns (document_id, table_id, col_index, path, path_json, depth) VALUES (?, ?, ?, ?, ?, ?)")
        let insRow = try db.cachedStatement(sql: """
            INSERT INTO rows (document_id, table_id, row_index, label, page, box, confidence, review, failed_checks)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insCell = try db.cachedStatement(sql: """
            INSERT INTO cells (document_id, table_id, row_id, table_kind, table_number, row_index, col_index, column_path,
                               text, value, unit)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insFlag = try db.cachedStatement(sql:
            "INSERT OR IGNORE INTO flags (document_id, table_id, row_id, row_index, flag) VALUES (?, ?, ?, ?, ?)")
        let insCheck = try db.cachedStatement(sql: """
            INSERT INTO checks (document_id, table_id, check_id, kind, passed, message, expected, printed, rows, columns)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)

        var tableIDs: [Int: Int64] = [:]
        var tableChecks = Set<String>()
        for t in f.tables {
            let unit = t.unit ?? f.document.unit
            try insTable.execute(arguments: [docID, t.number, t.kind, t.code, t.title, t.department, unit,
                                             t.pages.min(), t.pages.max(), json(t.pages), t.header_rows,
                                             t.columns.count, t.rows.count, t.rows.filter(\.review).count, t.csv, json(t.notes)])
            let tableID = db.lastInsertedRowID
            tableIDs[t.number] = tableID
            let paths = t.columns.map { $0.path.joined(separator: "/") }
            for (i, c) in t.columns.enumerated() {
                try insColumn.execute(arguments: [docID, tableID, i, paths[i], json(c.path), c.path.count])
            }
            for (ri, r) in t.rows.enumerated() {
                let label = r.cells.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
                try insRow.execute(arguments: [docID, tableID, ri, label, r.page, json(r.box), r.confidence,
                                               r.review, json(r.checks)])
                let rowID = db.lastInsertedRowID
                for (ci, text) in r.cells.enumerated() {
                    let value: String? = ci < r.values.count ? r.values[ci] : nil
                    let path = ci < paths.count ? paths[ci] : "#\(ci + 1)"
                    try insCell.execute(arguments: [docID, tableID, rowID, t.kind, t.number, ri, ci, path, text, value,
                                                    value == nil ? nil : unit])
                }
                for flag in r.flags { try insFlag.execute(arguments: [docID, tableID, rowID, ri, flag.rawValue]) }
            }
            for c in t.checks {
                tableChecks.insert("\(t.number)\u{1}\(c.id)")
                try insCheck.execute(arguments: [docID, tableID, c.id, c.kind.rawValue, c.passed, c.message, c.expected, c.printed,
                                                 json(c.rows), json(c.columns)])
            }
        }
        // Document-level checks; those already stored with their table are not stored twice.
        for c in f.checks where !tableChecks.contains("\(c.table ?? -1)\u{1}\(c.id)") {
            try insCheck.execute(arguments: [docID, c.table.flatMap { tableIDs[$0] }, c.id, c.kind.rawValue, c.passed, c.message,
                                             c.expected, c.printed, json(c.rows), json(c.columns)])
        }
        return docID
    }

    /// Reads a result folder's tables.json (unknown fields are ignored).
    public static func readTables(folder: String) throws -> TablesFile {
        let data = try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("tables.json")))
        return try JSONDecoder().decode(TablesFile.self, from: data)
    }

    /// Loads every document of a batch: ok and skipped ones with their tables, failed ones as a
    /// document row with the error. Returns the documents whose tables.json could not be read.
    /// `recordedDir` is the output folder the database names (default `outputDir`): `merge` reads
    /// a folder that is not yet in its place.
    @discardableResult
    public func load(records: [ManifestRecord], outputDir: String, recordedDir: String? = nil) throws -> [String] {
        var problems: [String] = []
        for r in records {
            let folder = r.folder.map { (outputDir as NSString).appendingPathComponent($0) }
            let recorded = r.folder.map { ((recordedDir ?? outputDir) as NSString).appendingPathComponent($0) }
            var entry = Entry(path: Discovery.canonical(r.file), file: (r.file as NSString).lastPathComponent,
                              sha256: r.sha256, status: r.status.rawValue, error: r.error,
                              folder: recorded.map { URL(fileURLWithPath: $0).standardizedFileURL.path }, seconds: r.seconds)
            var tables: TablesFile?
            if r.status != .error, let folder {
                do { tables = try Self.readTables(folder: folder) } catch {
                    entry.status = DocStatus.error.rawValue
                    entry.error = "\(folder)/tables.json: cannot read (\(error))"
                    problems.append(r.file)
                }
            }
            try replace(entry, tables: tables)
        }
        return problems
    }
}
