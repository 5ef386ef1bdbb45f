import Foundation
import Layout

/// The expenditure side of a two-sided table lists spending by function class (一、一般公共服务支出
/// …); the function tables print the same classes as their three-digit-code rows. The same class
/// must carry the same figure in both: the summary against the expenditure table (all funds),
/// the fiscal summary's 一般公共预算 column against the general public budget table.
enum FunctionClassChecks {
    static func squeeze(_ s: String) -> String { PrintedWords.squeeze(s) }

    /// Class name → (row, figure) of a function table's three-digit-code rows, first amount column.
    static func classes(_ t: BudgetTable, amounts: Set<Int>) -> [String: (row: Int, value: Decimal?, text: String)] {
        guard let total = amounts.sorted().first else { return [:] }
        var out: [String: (row: Int, value: Decimal?, text: String)] = [:]
        for (i, r) in t.rows.enumerated() {
            guard let key = Checker.rowKey(r, amounts: amounts), key.code.count == 3 else { continue }
            let name = r.cells.enumerated().first { !amounts.contains($0.offset) && !squeeze($0.element).isEmpty
                && !squeeze($0.element).allSatisfy { $0.isASCII && $0.isNumber } }.map { DocumentChecks.normalName($0.element) }
            guard let name, out[name] == nil else { continue }
            out[name] = (i, Checker.value(r, total), r.cell(total))
        }
        return out
    }

    static func check(_ doc: BudgetDocument, amounts: [Set<Int>]) -> [CheckResult] {
        func first(_ k: TableKind) -> (BudgetTable, Set<Int>)? {
            doc.tables.indices.first { doc.tables[$0].kind == k && amounts.indices.contains($0) }.map { (doc.tables[$0], amounts[$0]) }
        }
        var pairs: [(BudgetTable, Int, Int, BudgetTable, Set<Int>)] = []   // two-sided, label col, amount col, function table
        if let (s, sa) = first(.budgetSummary), let side = Checker.sides(s, amounts: sa).last, side.label > 0,
           let col = side.amounts.first, let (e, ea) = first(.expenditure) {
            pairs.append((s, side.label, col, e, ea))
        }
        if let (f, fa) = first(.fiscalSummary), let side = Checker.sides(f, amounts: fa).last, side.label > 0,
           let col = side.amounts.first(where: { c in f.columns[c].path.contains { squeeze($0).contains("一般公共预算") } }),
           let (g, ga) = first(.gpbExpenditure) {
            pairs.append((f, side.label, col, g, ga))
        }
        var out: [CheckResult] = []
        for (s, label, col, e, ea) in pairs {
            let known = classes(e, amounts: ea)
            guard known.count >= 2, let fs = Amount.yuanFactor(s.unit), let fe = Amount.yuanFactor(e.unit) else { continue }
            for (i, r) in s.rows.enumerated() {
                let name = DocumentChecks.normalName(r.cell(label))
                guard name.hasSuffix("支出"), let (row, value, text) = known[name] else { continue }
                let mine = Checker.value(r, col)
                guard mine != nil || value != nil else { continue }
                let ok = (mine ?? 0) * fs == (value ?? 0) * fe
                guard !ok else { continue }
                out.append(CheckResult(
                    id: "doc-class\(out.count + 1)", kind: .crossTable, passed: false,
                    message: "«\(name)»: table \(s.number) «\(s.title)» prints \(r.cell(col).isEmpty ? "(empty)" : r.cell(col)) (page \(r.page)), "
                        + "table \(e.number) «\(e.title)» prints \(text.isEmpty ? "(empty)" : text) (page \(e.rows[row].page))",
                    expected: text, printed: r.cell(col), table: s.number, rows: [i], columns: [col]))
            }
        }
        return out
    }
}
