import Foundation
import Tables

/// Headers that do not say which figure is which. Each rule reads only the columns' paths and the
/// rows' cells, so each is checked on a constructed table; any one makes the table ask for review
/// (`header_uncertain`), even where its own sums hold.
public enum HeaderDoubt {
    /// Whether the header of a table of `kind` leaves in doubt which figure is which.
    public static func found(kind: TableKind, columns: [Column], rows: [TableRow]) -> Bool {
        totalOutOfPlace(columns: columns, rows: rows)
            || amountsUnderNoHeader(kind: kind, columns: columns, rows: rows)
            || (kind == .projectPerformance && classWithoutTargets(columns: columns))
            || sameHeaderOverAmounts(columns: columns, rows: rows)
    }

    /// Columns told from the text alone: a group's total between its columns says a column line
    /// was guessed on the wrong side of a group's edge (a ruled header says it as printed).
    static func totalOutOfPlace(columns: [Column], rows: [TableRow]) -> Bool {
        rows.contains { $0.flags.contains(.noRulings) } && HeaderTotalsOrder.totalOutOfPlace(columns: columns, rows: rows)
    }

    /// Columns of amounts under no header at all: which figure is which, nothing printed says (a
    /// header read as rows of the body, or lost). A form (targets, prose) may have none; one
    /// column of amounts says which figure it is by its row alone.
    static func amountsUnderNoHeader(kind: TableKind, columns: [Column], rows: [TableRow]) -> Bool {
        let named = columns.contains { $0.path.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
        let amountColumns = columns.indices.filter { c in
            rows.filter { c < $0.cells.count && TableAssembler.looksNumeric($0.cells[c]) }.count >= 2
        }
        return !kind.isForm && !named && amountColumns.count >= 2
    }

    /// A project performance table pairs each class's indicator names (三级指标) with their
    /// targets (指标值), both under the class; a class whose names stand alone while others are
    /// paired lost its targets' column (a spreadsheet prints the columns that do not fit on pages
    /// of their own, after the table's), and names and targets under two classes say a class's
    /// label was set over the wrong columns (a header read without rules between its groups).
    static func classWithoutTargets(columns: [Column]) -> Bool {
        let paths = columns.map { $0.path.map { String($0.filter { !$0.isWhitespace }) } }
        let leaves = paths.map { $0.last ?? "" }
        let names = leaves.indices.filter { leaves[$0] == "三级指标" }
        let paired = names.filter { $0 + 1 < leaves.count && leaves[$0 + 1] == "指标值" && paths[$0].dropLast() == paths[$0 + 1].dropLast() }
        return !paired.isEmpty && paired.count < names.count
    }

    /// Two columns side by side, amounts in one, under the very same header (公务接待费 and the
    /// three columns of 公务用车购置及运行费 read as one cell): the header's words ran together over
    /// columns the body keeps apart. An amount is as printed with its decimals or separators (a
    /// code, 301, is digits alone: a code and its name under 科目 are no doubt).
    static func sameHeaderOverAmounts(columns: [Column], rows: [TableRow]) -> Bool {
        func holdsAmount(_ c: Int) -> Bool {
            rows.contains { row in
                c < row.cells.count && TableAssembler.looksNumeric(row.cells[c]) && row.cells[c].contains { $0 == "." || $0 == "," }
            }
        }
        let paths = columns.map { $0.path.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty } }
        return paths.indices.dropLast().contains { c in
            !paths[c].isEmpty && paths[c] == paths[c + 1] && (holdsAmount(c) || holdsAmount(c + 1))
        }
    }
}
