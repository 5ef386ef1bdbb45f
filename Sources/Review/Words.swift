import Budget
import Foundation
import Output

/// Flags and checks in plain words, for the review page.
public enum Words {
    public static let flag: [String: String] = [
        "wrapped_cell": "A cell's text was joined from several printed lines.",
        "merged_cell_filled": "A merged cell's text was copied into this row.",
        "split_by_page_break": "A merged cell cut by a page break gave its text to this row.",
        "empty_after_break": "Just after a page break, a cell is empty in a column that is filled on nearly every row: a merged cell cut by the break may be missing here.",
        "column_mismatch": "This page's columns differ from the table's first page; cells were matched by position.",
        "text_outside_cell": "Some text inside the table fell outside every cell.",
        "text_across_columns": "A character straddles a column line: text may belong to the next cell.",
        "unparsed_number": "An amount cell holds text that is not a number.",
        "garbled_text": "Unreadable characters (the PDF's font has no Unicode map).",
        "check_failed": "A sum over this row does not add up.",
        "no_rulings": "The table has no ruling lines; columns were read from text alignment.",
    ]

    /// Short names for the filter menu.
    public static let flagShort: [String: String] = [
        "wrapped_cell": "wrapped cell", "merged_cell_filled": "merged cell", "split_by_page_break": "split by page break", "empty_after_break": "empty after page break",
        "column_mismatch": "column mismatch", "text_outside_cell": "text outside cell",
        "text_across_columns": "text across columns", "unparsed_number": "not a number", "garbled_text": "garbled text",
        "check_failed": "sum does not add up", "no_rulings": "no ruling lines",
    ]

    public static let checkKind: [String: String] = [
        "column_total": "A total column does not equal its parts",
        "row_total": "A total row does not equal the rows it covers",
        "code_rollup": "A heading row does not equal the rows under it",
        "balance": "Income and spending totals differ",
        "cross_table": "Disagrees with another table",
        "narrative": "Disagrees with the text of the document",
    ]

    static func number(_ s: String?) -> Decimal? {
        guard let s else { return nil }
        return Amount.parse(s)?.value
    }

    static func format(_ d: Decimal) -> String {
        let f = NumberFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.numberStyle = .decimal
        f.usesGroupingSeparator = true
        f.groupingSeparator = ","
        f.minimumFractionDigits = 2
        f.maximumFractionDigits = 6
        return f.string(from: d as NSDecimalNumber) ?? "\(d)"
    }

    /// "Printed 477.50, but the figures it should equal come to 487.50 (off by 10.00)."
    public static func figures(_ c: CheckResult) -> String? {
        guard let p = c.printed, let e = c.expected else { return nil }
        var s = "Printed \(p), but the figures it should equal come to \(e)"
        if let a = number(p), let b = number(e) {
            var d = b - a
            if d < 0 { d = -d }
            s += " (off by \(format(d)))"
        }
        return s + "."
    }

    /// Where this row stands in a failed check, when that helps the reader.
    public static func role(_ c: CheckResult, row: Int) -> String? {
        switch c.kind {
        case "row_total", "code_rollup":
            guard let parent = c.rows.first else { return nil }
            if parent == row { return "This row is the total; the error may be in it or in any row it covers." }
            return "This row is one of the \(c.rows.count - 1) rows summed into row \(parent + 1); the error may be in any of them."
        case "column_total": return "The error is in one of the highlighted cells of this row."
        default: return nil
        }
    }

    /// A short label for the row: its code and its first cell that holds words (a name).
    public static func label(_ r: TablesFile.RowOut) -> String {
        var parts: [String] = []
        if let code = r.code { parts.append(code) }
        if let name = r.cells.first(where: { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }) {
            parts.append(name.count > 40 ? String(name.prefix(39)) + "…" : name)
        }
        return parts.joined(separator: " ")
    }
}
