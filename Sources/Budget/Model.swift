import Foundation
import Layout
import Tables

/// Where a piece of a table is printed.
public struct PageRegion: Equatable, Sendable, Codable {
    public var page: Int
    public var box: Rect
    public init(page: Int, box: Rect) { self.page = page; self.box = box }
}

/// A body row, ready for users: cells as printed, parsed amounts, where it came from, and trust.
public struct BudgetRow: Sendable {
    public var cells: [String]
    public var values: [Amount?]
    public var page: Int
    public var box: Rect
    public var cellBoxes: [Rect]
    public var flags: Set<Flag>
    public var confidence: Double
    public var review: Bool
    /// Ids of the checks that failed over this row.
    public var failedChecks: [String]
    /// Columns whose cell is empty just after a page break where a merged cell may have been
    /// cut (`empty_after_break`): the checks may find the empty cell accounted for.
    public var emptyAfterBreakColumns: Set<Int> = []

    /// A row read back (from tables.json, or corrected by a person): values parsed anew.
    public init(cells: [String], page: Int, box: Rect, cellBoxes: [Rect], flags: Set<Flag> = []) {
        self.cells = cells
        values = cells.map { Amount.parse($0) }
        self.page = page; self.box = box; self.cellBoxes = cellBoxes
        self.flags = flags
        confidence = 1; review = false; failedChecks = []
    }

    public init(_ row: TableRow) {
        cells = row.cells
        values = row.cells.map { Amount.parse($0) }
        page = row.page; box = row.box; cellBoxes = row.cellBoxes
        flags = row.flags
        // Read once more on the row as assembled: a merged cell's text carried over a page break
        // (某市劳ú人事争°仲裁院) is this row's too.
        if row.cells.contains(where: MisreadText.isGarbled) { flags.insert(.garbledText) }
        emptyAfterBreakColumns = Set(row.cellFlags.indices.filter { row.cellFlags[$0].contains(.emptyAfterBreak) })
        confidence = 1; review = false; failedChecks = []
    }

    /// The cell in column `c`, empty where a ragged row has none: checks read any shape of table.
    public func cell(_ c: Int) -> String { cells.indices.contains(c) ? cells[c] : "" }
    /// The parsed amount in column `c`, nil where there is none.
    public func value(_ c: Int) -> Amount? { values.indices.contains(c) ? values[c] : nil }
}

public struct BudgetTable: Sendable {
    public var number: Int
    public var kind: TableKind
    public var code: String?
    public var title: String
    public var department: String?
    public var unit: String?
    public var pages: [Int]
    public var regions: [PageRegion]
    public var headerRows: Int
    public var columns: [Column]
    public var rows: [BudgetRow]
    public var notes: [String]
    public var checks: [CheckResult] = []
    /// Reasons for doubt about the table as a whole (amounts in no cell, a missing total, …).
    public var flags: Set<Flag> = []
    /// The table as a whole asks for review: it may have lost something no row can show.
    public var review: Bool { !flags.isEmpty }

    public init(number: Int, kind: TableKind, block: TitleBlock, assembled: AssembledTable, notes: [String]) {
        self.number = number; self.kind = kind
        code = block.code; title = block.title ?? ""; department = block.department; unit = block.unit
        pages = assembled.pages
        regions = assembled.pieces.map { PageRegion(page: $0.page, box: $0.printed($0.box)) }
        headerRows = assembled.headerRows
        columns = assembled.columns
        rows = assembled.rows.map(BudgetRow.init)
        self.notes = notes
        if assembled.pieces.contains(where: { !$0.lostAmounts.isEmpty }) { flags.insert(.amountsOutsideCells) }
        for piece in assembled.pieces { flags.formUnion(piece.tableFlags) }
        if HeaderDoubt.found(kind: kind, columns: assembled.columns, rows: assembled.rows) { flags.insert(.headerUncertain) }
        // A header or title holding characters no font map gave (合« for 合计, 本\u{80}拨款): which
        // column is which, or which table this is, the text cannot say, and no row shows it.
        if MisreadText.isGarbled(title) || columns.contains(where: { $0.path.contains(where: MisreadText.isGarbled) }) {
            flags.insert(.garbledText)
        }
    }

    /// A table read back from tables.json (for re-checking corrected figures).
    public init(number: Int, kind: TableKind, code: String?, title: String, department: String?, unit: String?,
                pages: [Int], regions: [PageRegion], headerRows: Int, columns: [Column], rows: [BudgetRow], notes: [String]) {
        self.number = number; self.kind = kind; self.code = code; self.title = title
        self.department = department; self.unit = unit; self.pages = pages; self.regions = regions
        self.headerRows = headerRows; self.columns = columns; self.rows = rows; self.notes = notes
    }

    public var columnPaths: [String] { columns.map { $0.path.joined(separator: "/") } }
}

public struct DocumentInfo: Sendable {
    public var title: String?
    public var department: String?
    public var year: Int?
    public var unit: String?
    public var pageCount: Int
    public var producer: String?
    /// Budget or final accounts (决算).
    public var type: DocumentType = .budget
    public init(title: String? = nil, department: String? = nil, year: Int? = nil, unit: String? = nil, pageCount: Int = 0, producer: String? = nil) {
        self.title = title; self.department = department; self.year = year; self.unit = unit
        self.pageCount = pageCount; self.producer = producer
    }
}

public struct BudgetDocument: Sendable {
    public var source: String
    public var info: DocumentInfo
    public var tables: [BudgetTable]
    public var narrative: [String]
    /// The page of each narrative line.
    public var narrativePages: [Int]
    /// The figures the narrative states (NarrativeFacts).
    public var facts: [NarrativeFact]
    public var checks: [CheckResult]
    public init(source: String, info: DocumentInfo, tables: [BudgetTable], narrative: [String] = [], narrativePages: [Int] = [],
                facts: [NarrativeFact] = [], checks: [CheckResult] = []) {
        self.source = source; self.info = info; self.tables = tables; self.narrative = narrative
        self.narrativePages = narrativePages; self.facts = facts; self.checks = checks
    }

    /// A budget published as narrative only (its tables in another file): no tables, but its
    /// text states the year's figures.
    public var isNarrativeOnly: Bool { tables.isEmpty && NarrativeFacts.describesBudget(facts) }
}
