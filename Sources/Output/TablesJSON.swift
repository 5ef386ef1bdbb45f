import Budget
import Foundation
import Layout
import Tables
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `tables.json` document (schema: docs/tables.schema.json). Field order is the order written.
public struct TablesFile: Codable {
    public var format = "budgetpdf/1"
    public var tool: Tool
    public var source: Source
    public var document: Document
    public var tables: [TableOut]
    public var checks: [CheckResult]
    /// The document's text outside tables, line by line (情况说明 and the rest): what the
    /// narrative checks read.
    public var narrative: [String]?
    /// The figures the narrative states, with page and sentence (absent in files of older versions).
    public var facts: [NarrativeFact]?

    public struct Tool: Codable { public var name: String; public var version: String }
    public struct Source: Codable {
        public var file: String
        public var sha256: String?
        public var pages: Int
        public var producer: String?
        /// Where the PDF was read from: the path as given, and resolved to an absolute path
        /// without symbolic links (the review page finds the PDF there from any folder).
        public var path: String?
        public var resolved: String?
    }
    public struct Document: Codable {
        /// budget or final_accounts (absent in files of older versions: budget).
        public var type: String?
        public var title: String?
        public var department: String?
        public var year: Int?
        public var unit: String?
        public var tables: [TableRef]
    }
    public struct TableRef: Codable { public var number: Int; public var kind: String; public var title: String; public var pages: [Int] }
    public struct ColumnOut: Codable {
        public var path: [String]; public var name: String
        /// The side-by-side block (1, 2, …) where the header repeats one group of columns; absent otherwise.
        public var block: Int?
    }
    public struct RegionOut: Codable { public var page: Int; public var box: [Double] }
    public struct RowOut: Codable {
        public var cells: [String]
        public var values: [String?]
        public var code: String?
        public var page: Int
        public var box: [Double]
        public var cell_boxes: [[Double]]
        public var confidence: Double
        public var review: Bool
        public var flags: [Flag]
        public var checks: [String]
        /// Set when a person checked the row against the PDF (`budgetpdf apply`); absent otherwise.
        public var reviewed: Reviewed? = nil
    }
    /// A person's decision on a row: who, when, which columns they changed (and from what), and the
    /// ids of failed checks they saw and accepted as printed.
    public struct Reviewed: Codable, Equatable {
        public var by: String?
        public var at: String
        public var edited: [String]
        public var was: [String]?
        public var checks: [String]?
        public init(by: String?, at: String, edited: [String], was: [String]? = nil, checks: [String]? = nil) {
            self.by = by; self.at = at; self.edited = edited; self.was = was; self.checks = checks
        }
    }
    public struct TableOut: Codable {
        public var number: Int
        public var kind: String
        public var code: String?
        public var title: String
        public var department: String?
        public var unit: String?
        public var value_unit: String?
        public var pages: [Int]
        public var regions: [RegionOut]
        public var header_rows: Int
        public var columns: [ColumnOut]
        public var rows: [RowOut]
        public var notes: [String]
        public var checks: [CheckResult]
        public var indicators: [Indicator]?
        public var csv: String
        /// The table as a whole asks for review, and why (docs/flags.md). Optional when read,
        /// so that files written before they existed still load.
        public var review: Bool? = nil
        public var flags: [Flag]? = nil
    }
}

public enum TablesJSON {
    public static let version = "0.1.0"

    static func box(_ r: Rect) -> [Double] { let q = r.rounded(); return [q.x0, q.y0, q.x1, q.y1] }

    static func decimalString(_ d: Decimal) -> String {
        var v = d
        return NSDecimalString(&v, Amount.posix)
    }

    public static func csvName(_ t: BudgetTable) -> String {
        String(format: "%02d-%@.csv", t.number, t.kind.rawValue)
    }

    /// `yuan`: write every parsed value in 元 (exact decimal scaling), whatever the printed unit.
    public static func make(_ doc: BudgetDocument, sha256: String?, yuan: Bool = false) -> TablesFile {
        let tables = doc.tables.map { t in
            let amounts = Checker.amountColumns(t)
            let factor: Decimal = yuan ? (Amount.yuanFactor(t.unit) ?? 1) : 1
            let valueUnit = yuan && Amount.yuanFactor(t.unit) != nil ? "元" : t.unit
            return TablesFile.TableOut(
                number: t.number, kind: t.kind.rawValue, code: t.code, title: t.title, department: t.department,
                unit: t.unit, value_unit: valueUnit, pages: t.pages,
                regions: t.regions.map { .init(page: $0.page, box: box($0.box)) },
                header_rows: t.headerRows,
                columns: t.columns.map { .init(path: $0.path, name: $0.path.joined(separator: "/"), block: $0.block.map { $0 + 1 }) },
                rows: t.rows.map { r in
                    .init(cells: r.cells,
                          // Only amount columns carry values: a code (2080101) or a year is no amount.
                          values: r.values.enumerated().map { c, v in
                              guard amounts.contains(c) else { return nil }
                              return v.map { decimalString($0.isPercent ? $0.value : $0.value * factor) }
                          },
                          code: Normaliser.fullCode(r, amounts: amounts),
                          page: r.page, box: box(r.box), cell_boxes: r.cellBoxes.map(box),
                          confidence: (r.confidence * 100).rounded() / 100, review: r.review,
                          flags: r.flags.sorted { $0.rawValue < $1.rawValue }, checks: r.failedChecks)
                },
                notes: t.notes, checks: t.checks,
                indicators: t.kind == .deptPerformance || t.kind == .projectPerformance ? Normaliser.indicators(t) : nil,
                csv: csvName(t), review: t.review, flags: t.flags.sorted { $0.rawValue < $1.rawValue })
        }
        return TablesFile(
            tool: .init(name: "budgetpdf", version: version),
            source: .init(file: (doc.source as NSString).lastPathComponent, sha256: sha256, pages: doc.info.pageCount, producer: doc.info.producer,
                          path: doc.source, resolved: URL(fileURLWithPath: doc.source).standardizedFileURL.resolvingSymlinksInPath().path),
            document: .init(type: doc.info.type.rawValue, title: doc.info.title, department: doc.info.department, year: doc.info.year, unit: doc.info.unit,
                            tables: doc.tables.map { .init(number: $0.number, kind: $0.kind.rawValue, title: $0.title, pages: $0.pages) }),
            tables: tables, checks: doc.checks, narrative: doc.narrative, facts: doc.facts)
    }

    public static func encode(_ file: TablesFile) throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]   // stable, diffable output
        return try enc.encode(file)
    }
}

/// Writes a folder's files whole or not at all: everything goes to a temporary folder beside
/// the target, which then replaces the target in one rename.
/// Files are written with plain write(2), not `Data.write(to:)`, which forces each file to the
/// disk (fsync) before it returns: a dozen journal commits per document, most of the time a small
/// document took on a busy disk, and no part of "whole or not at all" (the rename gives that;
/// surviving a power cut is the file system's, as for any other program's output).
public enum AtomicOutput {
    static func write(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var done = 0
            while done < buffer.count {
                guard let base = buffer.baseAddress else { return }
                let n = Foundation.write(fd, base + done, buffer.count - done)
                if n < 0 { if errno == EINTR { continue }; throw failure(path) }
                done += n
            }
        }
    }

    /// Forces what was written on the file system holding `path` to the disk (syncfs(2), where
    /// the C library has it; sync(2) otherwise).
    public static func flushFileSystem(holding path: String) {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        if fd >= 0, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") {
            _ = unsafeBitCast(symbol, to: SyncFS.self)(fd)
        } else {
            sync()
        }
    }

    static func failure(_ path: String) -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(errno)))"])
    }

    /// One file, replaced in one rename (a reader sees the old file or the new one, never half).
    public static func writeFile(_ path: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        do {
            try write(data, to: tmp.path)
            if rename(tmp.path, url.path) != 0 { throw failure(path) }
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        }
    }

    public static func writeFolder(_ dir: String, files: [(String, Data)]) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: dir).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let tmp = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        do {
            for (name, data) in files { try write(data, to: tmp.appendingPathComponent(name).path) }
            if fm.fileExists(atPath: target.path) {
                let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
                try fm.moveItem(at: target, to: old)
                try fm.moveItem(at: tmp, to: target)
                try? fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: tmp, to: target)
            }
        } catch {
            try? fm.removeItem(at: tmp)
            throw error
        }
    }
}
