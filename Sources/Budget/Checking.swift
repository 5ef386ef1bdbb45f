import Foundation
import Tables

/// The one way a document is checked, after extraction and again after a person's
/// corrections: amount columns, unreadable amounts, the checks of each table and of the
/// document, the rows their failures mark, and each row's confidence. Each step is a pure
/// function over the tables; only this entry point writes into the document.
public enum Checking {
    public static func run(_ doc: inout BudgetDocument) {
        let amounts = doc.tables.map(Checker.amountColumns)
        let documentResults = DocumentChecks.check(doc, amounts: amounts)
        run(&doc, amounts: amounts, documentResults: documentResults)
    }

    /// The same, given `amounts` (`Checker.amountColumns` of each table) and `documentResults`
    /// (`DocumentChecks.check` of this document as it is now), which a caller may have had
    /// computed on another thread while the tables' own checks run here.
    public static func run(_ doc: inout BudgetDocument, amounts: [Set<Int>], documentResults: @autoclosure () -> [CheckResult]) {
        let tableResults = doc.tables.indices.map { Checker.check(doc.tables[$0], amounts: amounts[$0]) }
        let documentResults = documentResults()

        for i in doc.tables.indices {
            var t = doc.tables[i]
            // What earlier checks set is set anew (apply re-runs the checks on corrected cells).
            for r in t.rows.indices {
                t.rows[r].flags.subtract(Flag.setByChecks)
                t.rows[r].failedChecks = []
            }
            for r in Checker.unparsedRows(t, amounts: amounts[i]) { t.rows[r].flags.insert(.unparsedNumber) }
            // The table's own failures first, then the document's that name this table: the
            // table or the text may be the wrong one; either way the row is worth a look.
            let documentMarks = documentResults.filter { !$0.passed && $0.table == t.number }
                .flatMap { res in res.rows.map { (row: $0, check: res.id) } }
            for mark in Checker.blame(tableResults[i], table: t) + documentMarks where t.rows.indices.contains(mark.row) {
                t.rows[mark.row].flags.insert(.checkFailed)
                t.rows[mark.row].failedChecks.append(mark.check)
            }
            for r in Checker.emptyCellsAccountedFor(t, amounts: amounts[i]) { t.rows[r].flags.remove(.emptyAfterBreak) }
            for r in t.rows.indices { Confidence.score(&t.rows[r]) }
            t.flags.subtract(Flag.setByChecks)
            if Checker.lacksTotal(t, amounts: amounts[i]) { t.flags.insert(.totalMissing) }
            // A failed sum whose blame was narrowed to the rows that can explain it.
            if Checker.narrowedSums(tableResults[i], table: t) { t.flags.insert(.checkFailed) }
            // A column identity failing alike on nearly every row: the header is in doubt.
            if Checker.misreadIdentities(tableResults[i]) { t.flags.insert(.checkFailed) }
            // A check that could not run for want of a row: the table says so as a whole.
            if (tableResults[i] + documentResults).contains(where: { $0.kind == .notRun && $0.table == t.number }) {
                t.flags.insert(.checkNotRun)
            }
            t.checks = tableResults[i]
            doc.tables[i] = t
        }
        doc.checks = documentResults
    }
}
