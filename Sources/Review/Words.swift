import Budget
import Foundation
import Output
import Tables

/// Flags and checks in plain words, for the review page.
public enum Words {
    /// A flag in a sentence.
    public static func flag(_ f: Flag) -> String {
        switch f {
        case .wrappedCell: return "A cell's text was joined from several printed lines."
        case .mergedCellFilled: return "A merged cell's text was copied into this row."
        case .splitByPageBreak: return "A merged cell cut by a page break gave its text to this row."
        case .emptyAfterBreak: return "Just after a page break, a cell is empty in a column that is filled on nearly every row: a merged cell cut by the break may be missing here."
        case .columnMismatch: return "This page's columns differ from the table's first page; cells were matched by position."
        case .textOutsideCell: return "Some text inside the table fell outside every cell."
        case .textAcrossColumns: return "A character straddles a column line: text may belong to the next cell."
        case .unparsedNumber: return "An amount cell holds text that is not a number."
        case .garbledText: return "Unreadable characters (the PDF's font has no Unicode map)."
        case .checkFailed: return "A sum over this row does not add up."
        case .noRulings: return "The table has no ruling lines; columns were read from text alignment."
        case .rowsFromText: return "No rule separates this row from its neighbours; it was set apart by the spacing of its text lines."
        case .rowBoundaryUncertain: return "No rule or spacing tells where this row ends: a line may continue the row above or be an item of its own."
        case .severalValuesInCell: return "A cell holds several lines each with its own amount or code (a rule between two rows may have been missed), or a figure that belongs to the column beside it."
        case .headerTextInBody: return "A cell reads as its own column's header: a repeated header was read as a row here, and this row's own text may be lost."
        case .nameCutByPageBreak: return "Just after a page break, a row holds only a piece of text under a numbered item: the item's name may have been cut in two by the break."
        case .joinedAcrossBreak: return "Text at the foot of one page and the head of the next was joined into this row: check that it is one row, not two."
        case .amountsOutsideCells: return "Amounts printed in the table's area landed in no cell."
        case .pieceNotStitched: return "A piece of table that could be neither joined to a table nor classified."
        case .tableNotRead: return "A page titles this table, and no table was read under the title: its rows are missing."
        case .totalMissing: return "Tables of this kind print a total, and none was read."
        case .checkNotRun: return "A check could not run: a row it needs is not there."
        case .structureUncertain: return "The table's rows, columns or header were read from too little to be sure (a ruled table without amounts)."
        case .cutAtPageEdge: return "Text runs past the end of the table's rules: the table was cut at the page's edge, and its last columns may not be printed."
        case .headerUncertain: return "A header cell holds lines that no rule parts, each level with a header row of its own: they may be cells of their own, stacked, and the columns' headings wrong; or a group's total column stands between the group's other columns, where a column line guessed from the text may have given a column to the wrong group."
        }
    }

    /// A flag's short name, for the filter menu.
    public static func flagShort(_ f: Flag) -> String {
        switch f {
        case .wrappedCell: return "wrapped cell"
        case .mergedCellFilled: return "merged cell"
        case .splitByPageBreak: return "split by page break"
        case .emptyAfterBreak: return "empty after page break"
        case .columnMismatch: return "column mismatch"
        case .textOutsideCell: return "text outside cell"
        case .textAcrossColumns: return "text across columns"
        case .unparsedNumber: return "not a number"
        case .garbledText: return "garbled text"
        case .checkFailed: return "sum does not add up"
        case .noRulings: return "no ruling lines"
        case .rowsFromText: return "rows from text lines"
        case .rowBoundaryUncertain: return "row boundary uncertain"
        case .severalValuesInCell: return "several values in a cell"
        case .headerTextInBody: return "header text in a body cell"
        case .nameCutByPageBreak: return "name cut by a page break"
        case .joinedAcrossBreak: return "joined across a page break"
        case .amountsOutsideCells: return "amounts outside cells"
        case .pieceNotStitched: return "piece not stitched"
        case .tableNotRead: return "table not read"
        case .totalMissing: return "total missing"
        case .checkNotRun: return "check not run"
        case .structureUncertain: return "structure uncertain"
        case .cutAtPageEdge: return "cut at the page's edge"
        case .headerUncertain: return "header uncertain"
        }
    }

    /// What a failed check of this kind means.
    public static func checkKind(_ k: CheckKind) -> String {
        switch k {
        case .columnTotal: return "A total column does not equal its parts"
        case .rowTotal: return "A total row does not equal the rows it covers"
        case .codeRollup: return "A heading row does not equal the rows under it"
        case .balance: return "Income and spending totals differ"
        case .carryOver: return "Opening balance plus income does not equal spending plus closing balance"
        case .crossTable: return "Disagrees with another table"
        case .narrative: return "Disagrees with the text of the document"
        case .notRun: return "A check could not run on what was read"
        }
    }

    static func number(_ s: String?) -> Decimal? {
        guard let s else { return nil }
        return Amount.parse(s)?.value
    }

    static func format(_ d: Decimal) -> String { Amount.format(d, grouped: true) }

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
        case .rowTotal, .codeRollup:
            guard let parent = c.rows.first else { return nil }
            if parent == row { return "This row is the total; the error may be in it or in any row it covers." }
            return "This row is one of the \(c.rows.count - 1) rows summed into row \(parent + 1); the error may be in any of them."
        case .columnTotal: return "The error is in one of the highlighted cells of this row."
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
