import Budget
import Foundation

/// How CSVs are written: for spreadsheets (a BOM, so Excel reads UTF-8) and for analysis tools
/// (plain numbers instead of the printed text in amount columns).
public struct CSVOptions: Sendable, Equatable {
    /// Start each CSV with a UTF-8 byte order mark (Excel otherwise reads the file as ANSI).
    public var bom: Bool
    /// Per-table CSVs: amount cells as plain decimals (371514655.00), not as printed ("371,514,655.00").
    public var numbers: Bool
    public init(bom: Bool = false, numbers: Bool = false) { self.bom = bom; self.numbers = numbers }

    public func data(_ text: String) -> Data {
        bom ? Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8) : Data(text.utf8)
    }
}

/// RFC 4180 CSV, UTF-8, CRLF line ends, header line of column paths joined by "/".
public enum CSVWriter {
    /// A field, quoted when it must be. Text from a PDF can start a spreadsheet formula
    /// (=HYPERLINK(…), @SUM(…), +cmd|…): a cell that begins with = + - @, a tab or a carriage
    /// return and is not a number gets a leading apostrophe, so Excel and LibreOffice show it as
    /// text (OWASP, CSV injection). Numbers (-12.00) and dash placeholders (-, —) are left alone.
    public static func field(_ s: String) -> String {
        var t = s
        var guarded = false
        if let first = t.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
           Amount.parse(t) == nil, !Amount.isDash(t) {
            t = "'" + t
            guarded = true
        }
        // Bytes, not characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        if guarded || t.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
            return "\"" + t.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return t
    }

    public static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    /// A table as printed (or, with `options.numbers`, with the amount cells as plain decimals in
    /// the table's `value_unit`).
    public static func csv(_ t: TablesFile.TableOut, options: CSVOptions = CSVOptions()) -> String {
        var out = line(t.columns.map(\.name))
        for r in t.rows {
            let cells = r.cells.enumerated().map { c, text -> String in
                guard options.numbers, c < r.values.count, let v = r.values[c] else { return text }
                return v
            }
            out += line(cells)
        }
        return out
    }

    /// The same from the pipeline's table (its printed text).
    public static func csv(_ t: BudgetTable) -> String {
        var out = line(t.columns.map { $0.path.joined(separator: "/") })
        for r in t.rows { out += line(r.cells) }
        return out
    }
}

/// One tidy, long-form CSV: a line per amount, of every table and of the figures the narrative
/// states, with the document, table and row it belongs to. Values are plain decimals in 元
/// (percentages in %), whatever unit the table prints; the printed text stands beside them.
public enum TidyCSV {
    public static let fileName = "tidy.csv"
    public static let columns = ["document", "department", "year", "type", "table", "table_kind", "table_title", "page",
                                 "row", "row_code", "row_label", "column", "value", "unit", "printed", "review"]

    static func decimal(_ s: String) -> Decimal? { Decimal(string: s, locale: Amount.posix) }
    static func text(_ d: Decimal) -> String { var v = d; return NSDecimalString(&v, Amount.posix) }

    /// A value written in `unit`, in 元; nil when the unit is not known.
    static func inYuan(_ value: String, unit: String?) -> String? {
        guard let v = decimal(value), let f = Amount.yuanFactor(unit) else { return nil }
        return text(v * f)
    }

    /// The lines of one document (without the header).
    public static func lines(_ f: TablesFile) -> [[String]] {
        let doc = [f.source.file, f.document.department ?? "", f.document.year.map(String.init) ?? "", f.document.type ?? "budget"]
        var out: [[String]] = []
        for t in f.tables {
            let unit = t.value_unit ?? t.unit ?? f.document.unit
            for (ri, r) in t.rows.enumerated() {
                let amounts = Set(r.values.indices.filter { r.values[$0] != nil })
                for (c, v) in r.values.enumerated() {
                    guard let v, c < r.cells.count else { continue }
                    let label = rowLabel(r, amounts: amounts, for: c)
                    let percent = r.cells[c].trimmingCharacters(in: .whitespaces).hasSuffix("%")
                    let (value, valueUnit): (String, String) = percent ? (v, "%")
                        : inYuan(v, unit: unit).map { ($0, "元") } ?? (v, unit ?? "")
                    let column = c < t.columns.count ? t.columns[c].name : "#\(c + 1)"
                    out.append(doc + [String(t.number), t.kind, t.title, String(r.page), String(ri + 1), r.code ?? "", label,
                                      column, value, valueUnit, r.cells[c], r.review ? "1" : "0"])
                }
            }
        }
        for fact in f.facts ?? [] {
            let value = inYuan(fact.value, unit: fact.unit).map { ($0, "元") } ?? (fact.value, fact.unit)
            out.append(doc + ["", "narrative", "", fact.page.map(String.init) ?? "", "", "", fact.label, fact.key,
                              value.0, value.1, fact.printed + fact.unit, "0"])
        }
        return out
    }

    /// The name of an amount's row: the row's first cell that is neither an amount nor a code;
    /// in a two-sided table (收入 items and amounts, then 支出 items and amounts) the name nearest
    /// to the left of the amount, past the other side's amounts.
    static func rowLabel(_ r: TablesFile.RowOut, amounts: Set<Int>, for column: Int) -> String {
        func isName(_ c: Int) -> Bool {
            guard !amounts.contains(c), c < r.cells.count else { return false }
            let t = r.cells[c].trimmingCharacters(in: .whitespacesAndNewlines)
            return !t.isEmpty && !t.allSatisfy { $0.isASCII && $0.isNumber }
        }
        let names = r.cells.indices.filter(isName)
        guard let first = names.first else { return "" }
        let nearest = names.last { $0 < column } ?? first
        let otherSide = amounts.contains { $0 > first && $0 < nearest }
        return r.cells[otherSide ? nearest : first].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The tidy CSV of a batch: every result folder's tables.json (folders without one, or with
    /// one that does not read, are left out).
    public static func csv(folders: [String]) -> String {
        csv(folders.compactMap { folder in
            let path = (folder as NSString).appendingPathComponent("tables.json")
            return FileManager.default.contents(atPath: path).flatMap { try? JSONDecoder().decode(TablesFile.self, from: $0) }
        })
    }

    public static func csv(_ files: [TablesFile]) -> String {
        var out = CSVWriter.line(columns)
        for f in files { for l in lines(f) { out += CSVWriter.line(l) } }
        return out
    }
}

/// The CSV files of one result folder: one per table and the tidy one.
public enum CSVFiles {
    public static func make(_ f: TablesFile, options: CSVOptions = CSVOptions()) -> [(String, Data)] {
        var files = f.tables.map { t in (t.csv, options.data(CSVWriter.csv(t, options: options))) }
        files.append((TidyCSV.fileName, options.data(TidyCSV.csv([f]))))
        return files
    }
}
