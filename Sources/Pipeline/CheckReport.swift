import Budget
import Foundation

/// The person-readable report of `budgetpdf check`.
public enum CheckReport {
    public static func text(_ doc: BudgetDocument, includePassing: Bool) -> String {
        var out: [String] = []
        let all = doc.tables.flatMap(\.checks) + doc.checks
        let failed = all.filter { !$0.passed }
        out.append("\(doc.source): \(doc.info.type == .finalAccounts ? "final accounts" : "budget"), "
                   + "\(doc.tables.count) tables, \(all.count) checks, \(failed.count) failed, "
                   + "\(doc.tables.flatMap(\.rows).filter(\.review).count) rows to review"
                   + (doc.tables.contains(where: \.review) ? ", \(doc.tables.filter(\.review).count) tables to review" : ""))
        // A narrative-only document has nothing to check but what its text states.
        if doc.isNarrativeOnly {
            out.append("narrative only: the figures its text states")
            for f in doc.facts {
                out.append("  \(f.key): \(f.printed) \(f.unit), page \(f.page.map(String.init) ?? "?"): \(f.sentence)")
            }
        }
        for t in doc.tables {
            let tf = t.checks.filter { !$0.passed }
            let review = t.rows.enumerated().filter { $0.element.review }
            if tf.isEmpty && review.isEmpty && !t.review && !includePassing { continue }
            out.append("")
            out.append("table \(t.number) \(t.kind.rawValue) «\(t.title)» (\(t.unit ?? "?")), pages \(t.pages.map(String.init).joined(separator: ","))")
            // What the table may have lost, that no row can show.
            if t.review {
                out.append("  review table [\(t.flags.map(\.rawValue).sorted().joined(separator: ", "))]")
            }
            for c in t.checks where includePassing || !c.passed {
                out.append("  \(c.passed ? "ok  " : "FAIL") \(c.kind.rawValue): \(c.message)")
            }
            for (i, r) in review {
                out.append(String(format: "  review row %d, page %d, confidence %.2f [%@]: %@", i + 1, r.page, r.confidence,
                                  r.flags.map(\.rawValue).sorted().joined(separator: ", "), r.cells.filter { !$0.isEmpty }.joined(separator: " | ")))
            }
        }
        for c in doc.checks where includePassing || !c.passed {
            out.append("  \(c.passed ? "ok  " : "FAIL") \(c.kind.rawValue): \(c.message)")
        }
        return out.joined(separator: "\n")
    }
}
