import Budget
import Foundation
import Output

/// What `extract` prints about one document: a line per table, in aligned columns.
public enum Summary {
    public static func text(_ doc: BudgetDocument, folder: String, files: [String]) -> String {
        let i = doc.info
        var lines = ["\(doc.source): \(i.pageCount) pages, \(i.type == .finalAccounts ? "final accounts" : "budget"), "
            + (doc.isNarrativeOnly ? "narrative only (no tables), \(doc.facts.count) stated figures" : "\(doc.tables.count) tables")
            + (i.department.map { ", \($0)" } ?? "") + (i.year.map { ", \($0)" } ?? "") + (i.unit.map { ", \($0)" } ?? "")]
        let anyReview = doc.tables.contains { $0.rows.contains(where: \.review) }
        let rows = doc.tables.map { t -> [String] in
            let review = t.rows.filter(\.review).count
            let pages = t.pages.count > 1 ? "pp. \(t.pages.first ?? 0)–\(t.pages.last ?? 0)" : "p. \(t.pages.first ?? 0)"
            return ["\(t.number)", t.kind.rawValue, pages, "\(t.columns.count) cols", "\(t.rows.count) rows"]
                + (anyReview ? [review > 0 ? "\(review) to review" : ""] : []) + [t.title]
        }
        lines += aligned(rows, rightAligned: [0, 3, 4]).map { "  " + $0 }
        let checks = doc.tables.flatMap(\.checks) + doc.checks
        let failed = checks.filter { !$0.passed }.count
        let review = doc.tables.flatMap(\.rows).filter(\.review).count
        lines.append("checks: \(checks.count), \(failed) failed; rows to review: \(review) of \(doc.tables.flatMap(\.rows).count)"
                     + (failed > 0 ? " (budgetpdf check FILE lists them)" : ""))
        if doc.isNarrativeOnly {
            lines += aligned(doc.facts.map { f in [f.key, "\(f.printed) \(f.unit)", "p. \(f.page.map(String.init) ?? "?")", f.label] })
                .map { "  " + $0 }
        }
        lines.append("wrote \(folder)/tables.json, \(doc.tables.count) table CSV files and \(TidyCSV.fileName)")
        return lines.joined(separator: "\n")
    }

    /// Rows of cells as lines whose columns line up, however long any cell is: each column as
    /// wide as its widest cell (the last column is not padded), two spaces between columns.
    static func aligned(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { cells in
            cells.enumerated().map { c, text in
                let pad = String(repeating: " ", count: max(0, widths[c] - text.count))
                if rightAligned.contains(c) { return pad + text }
                return c == cells.count - 1 ? text : text + pad
            }.joined(separator: "  ")
        }
    }
}
