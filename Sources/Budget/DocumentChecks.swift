import Foundation
import Layout

/// Checks across tables and against the narrative (情况说明).
public enum DocumentChecks {
    static func squeeze(_ s: String) -> String { Checker.squeeze(s) }

    /// The grand total a table prints: first amount of its first 合计/总计 row.
    static func grandTotal(_ t: BudgetTable) -> (row: Int, col: Int, value: Decimal, text: String)? {
        let amounts = Checker.amountColumns(t)
        for (i, r) in t.rows.enumerated() where Checker.isTotalRow(r, amounts: amounts) {
            if let c = amounts.sorted().first(where: { r.values[$0] != nil }), let v = r.values[c] { return (i, c, v.value, r.cells[c]) }
            return nil
        }
        return nil
    }

    /// An amount in a two-sided table next to a label matching `pattern`.
    static func labelled(_ t: BudgetTable, _ pattern: String) -> (row: Int, col: Int, value: Decimal, text: String)? {
        for (i, r) in t.rows.enumerated() {
            for (c, cell) in r.cells.enumerated() where Pattern.firstMatch(squeeze(cell), pattern) != nil {
                if let k = ((c + 1)..<r.cells.count).first(where: { r.values[$0] != nil }), let v = r.values[k] { return (i, k, v.value, r.cells[k]) }
            }
        }
        return nil
    }

    static func inYuan(_ v: Decimal, _ unit: String?) -> Decimal? { Amount.yuanFactor(unit).map { v * $0 } }

    /// The same figure printed in two tables must agree: the summary's income and expenditure
    /// totals against the revenue and expenditure tables' grand totals.
    public static func crossTable(_ doc: BudgetDocument) -> [CheckResult] {
        var out: [CheckResult] = []
        func first(_ k: TableKind) -> BudgetTable? { doc.tables.first { $0.kind == k } }
        var pairs: [(String, BudgetTable, (row: Int, col: Int, value: Decimal, text: String), BudgetTable, (row: Int, col: Int, value: Decimal, text: String))] = []
        if let s = first(.budgetSummary) {
            if let rev = first(.revenue), let a = labelled(s, "^收入总计$"), let b = grandTotal(rev) { pairs.append(("收入总计", s, a, rev, b)) }
            if let exp = first(.expenditure), let a = labelled(s, "^支出总计$"), let b = grandTotal(exp) { pairs.append(("支出总计", s, a, exp, b)) }
        }
        if let rev = first(.revenue), let exp = first(.expenditure), let a = grandTotal(rev), let b = grandTotal(exp) {
            pairs.append(("收入合计 = 支出合计", rev, a, exp, b))
        }
        // The general public budget: its expenditure table's total against the fiscal table's
        // 一般公共预算 column, and its basic expenditure against the 基本支出 column.
        if let gpb = first(.gpbExpenditure), let g = grandTotal(gpb) {
            if let f = first(.fiscalSummary), let col = column(f, containing: "一般公共预算", after: "支出"),
               let cell = valueIn(f, column: col, rowLabel: "^(支出合计|支出总计|一、本年支出)$") {
                pairs.append(("一般公共预算支出", f, cell, gpb, g))
            }
            if let basic = first(.gpbBasicExpenditure), let b = grandTotal(basic), let col = column(gpb, containing: "基本支出", after: nil),
               let row = totalRow(gpb), let v = gpb.rows[row].values[col] {
                pairs.append(("一般公共预算基本支出", gpb, (row, col, v.value, gpb.rows[row].cells[col]), basic, b))
            }
        }
        for (n, (label, ta, a, tb, b)) in pairs.enumerated() {
            guard let va = inYuan(a.value, ta.unit), let vb = inYuan(b.value, tb.unit) else { continue }
            let ok = va == vb
            guard ta.rows.indices.contains(a.row), tb.rows.indices.contains(b.row) else { continue }
            let msg = "\(label): table \(ta.number) «\(ta.title)» prints \(a.text) (page \(ta.rows[a.row].page)), table \(tb.number) «\(tb.title)» prints \(b.text) (page \(tb.rows[b.row].page))"
            out.append(CheckResult(id: "doc-cross\(n + 1)", kind: "cross_table", passed: ok, message: msg,
                                   expected: a.text, printed: b.text, table: tb.number, rows: ok ? [] : [b.row], columns: [b.col]))
        }
        return out
    }

    /// The first amount column whose header path holds `word` (under a part holding `after`),
    /// not a 其中 subset.
    static func column(_ t: BudgetTable, containing word: String, after: String?) -> Int? {
        let amounts = Checker.amountColumns(t)
        return t.columns.indices.first { c in
            let path = t.columns[c].path.map(squeeze)
            guard amounts.contains(c), !(path.last ?? "").hasPrefix("其中") else { return false }
            guard let i = path.firstIndex(where: { $0.contains(word) }) else { return false }
            return after.map { a in path[..<i].contains { $0.contains(a) } } ?? true
        }
    }

    static func totalRow(_ t: BudgetTable) -> Int? {
        let amounts = Checker.amountColumns(t)
        return t.rows.indices.first { Checker.isTotalRow(t.rows[$0], amounts: amounts) }
    }

    static func valueIn(_ t: BudgetTable, column c: Int, rowLabel pattern: String) -> (row: Int, col: Int, value: Decimal, text: String)? {
        for (i, r) in t.rows.enumerated() where r.cells.contains(where: { Pattern.firstMatch(squeeze($0), pattern) != nil }) {
            if let v = r.values[c] { return (i, c, v.value, r.cells[c]) }
        }
        return nil
    }

    static let amountInText = Pattern.regex(#"(\d[\d,]*(?:\.\d+)?)\s*(万元|千元|亿元|元)"#)

    /// Characters that may stand between a row's name and the figure the text gives for it
    /// ("…缺口项目，年初预算安排3000.00万元", "…经费预算为60.44万元"); anything else means the
    /// figure belongs to something else ("一般公共预算收支预算…", "…局固定资产总额…").
    static let connectors = Set("项目，,年初预算安排为共计是:：拨款数")

    /// Amounts stated in the narrative right after a name that one table row carries, against
    /// that row. A figure matching any amount of a row of that name (in any table) passes: the
    /// text often quotes one scope (the general public budget) of a row that prints several.
    public static func narrative(_ doc: BudgetDocument) -> [CheckResult] {
        let text = squeeze(doc.narrative.joined())
        guard !text.isEmpty else { return [] }
        struct Source { var table: Int; var row: Int; var values: [Decimal?]; var printed: [String] }
        var byName: [String: [Source]] = [:]
        for t in doc.tables where !Checker.notSummed.contains(t.kind) && t.kind != .other {
            let amounts = Checker.amountColumns(t)
            let twoSided = Checker.twoSided.contains(t.kind)
            var names: [String: [Int]] = [:]
            for (i, r) in t.rows.enumerated() {
                for (c, cell) in r.cells.enumerated() where !amounts.contains(c) {
                    let name = normalName(cell)
                    guard name.count >= 2, Amount.parse(name) == nil, !Checker.totalWords.contains(where: { name.hasSuffix($0) }) else { continue }
                    // Two-sided tables pair each name with the amount to its right only.
                    let cols = twoSided ? Array(((c + 1)..<r.cells.count).filter { amounts.contains($0) }.prefix(1)) : amounts.sorted()
                    guard !cols.isEmpty else { continue }
                    if names[name]?.contains(i) == true { continue }
                    names[name, default: []].append(i)
                    byName[name, default: []].append(Source(
                        table: t.number, row: i,
                        values: cols.map { c in r.values[c].flatMap { inYuan($0.value, t.unit) } },
                        printed: cols.map { r.cells[$0] }))
                }
            }
            // Tables of one row (三公经费) name their figures in the header instead
            // ("机关运行经费预算数": the text says 机关运行经费预算为…).
            if !t.rows.isEmpty && t.rows.count <= 2 {
                for c in amounts.sorted() {
                    guard var leaf = t.columns[c].path.last.map(normalName), !Checker.isTotalName(leaf) else { continue }
                    for suffix in ["预算数", "预算"] where leaf.hasSuffix(suffix) && leaf.count > suffix.count + 3 {
                        leaf.removeLast(suffix.count); break
                    }
                    guard leaf.count >= 4 else { continue }
                    byName[leaf, default: []].append(Source(
                        table: t.number, row: 0,
                        values: t.rows.map { $0.values[c].flatMap { inYuan($0.value, t.unit) } },
                        printed: t.rows.map { $0.cells[c] }))
                }
            }
            // A name on several rows of one table is a group label (a merged cell), not a row.
            for (name, rows) in names where rows.count > 1 {
                byName[name]?.removeAll { $0.table == t.number }
                if byName[name]?.isEmpty == true { byName[name] = nil }
            }
        }
        func stem(_ n: String) -> String {
            var t = n
            for suffix in ["支出", "收入", "经费", "资金", "拨款"] where t.hasSuffix(suffix) && t.count >= suffix.count + 2 {
                t.removeLast(suffix.count); break
            }
            return t
        }
        var byStem: [String: [Source]] = [:]
        for (n, rows) in byName { byStem[stem(n), default: []] += rows }

        // Differences of scope: the text may quote a row without the 财政专户 money or the
        // carry-over that the summary table lists as separate sources. A figure that differs
        // from a row by exactly one such source amount is the same figure in another scope.
        let scopeAmounts: [Decimal] = doc.tables.filter { $0.kind == .budgetSummary }.flatMap { t in
            t.rows.flatMap { r in r.values.compactMap { $0.flatMap { inYuan($0.value, t.unit) } } }
        }.filter { $0 != 0 }

        var out: [CheckResult] = []
        var seen = Set<String>()
        let ns = text as NSString
        // Where each UTF-16 unit occurs: names are found from the places their first unit is.
        let units = Array(text.utf16)
        var at: [UInt16: [Int]] = [:]
        for (i, u) in units.enumerated() { at[u, default: []].append(i) }
        func occurrences(_ name: String) -> [NSRange] {
            let n = Array(name.utf16)
            guard let first = n.first else { return [] }
            return (at[first] ?? []).filter { i in
                i + n.count <= units.count && units[i..<(i + n.count)].elementsEqual(n)
            }.map { NSRange(location: $0, length: n.count) }
        }
        var covered = IndexSet()
        // Short names (教育) only help match scope variants; the text is searched for longer ones.
        for (name, rows) in byName.sorted(by: { ($0.key.count, $1.key) > ($1.key.count, $0.key) }) where name.count >= 4 {
            for found in occurrences(name) {
                // Inside a longer name already read (中等职业教育 in 提前下达…中等职业教育学生资助…).
                if covered.intersects(integersIn: found.location..<found.upperBound) { continue }
                covered.insert(integersIn: found.location..<found.upperBound)
                let windowEnd = min(ns.length, found.upperBound + 24)
                let window = ns.substring(with: NSRange(location: found.upperBound, length: windowEnd - found.upperBound))
                guard let m = amountInText?.firstMatch(in: window, range: NSRange(window.startIndex..., in: window)),
                      let numR = Range(m.range(at: 1), in: window), let unitR = Range(m.range(at: 2), in: window),
                      let said = Amount.parse(String(window[numR])), let factor = Amount.yuanFactor(String(window[unitR])) else { continue }
                let between = window[..<numR.lowerBound]
                guard between.count <= 12, between.allSatisfy({ connectors.contains($0) }) else { continue }
                let saidYuan = said.value * factor
                let tol = Tolerance.bound(terms: 0, decimals: Tolerance.decimals([String(window[numR])])) * factor
                let candidates = byStem[stem(name)] ?? rows
                let ok = candidates.contains { src in
                    src.values.contains { v in
                        guard let v else { return saidYuan == 0 }
                        return abs(v - saidYuan) <= tol || scopeAmounts.contains { abs(v - saidYuan - $0) <= tol }
                    }
                }
                let key = "\(name)|\(saidYuan)"
                if seen.contains(key) { continue }
                seen.insert(key)
                // A source names a row of its own table; a table or row that is not there
                // (a table without rows) leaves the figure unchecked rather than trapping.
                guard let r = rows.first, let t = doc.tables.first(where: { $0.number == r.table }),
                      t.rows.indices.contains(r.row) else { continue }
                let figure = "\(window[numR])\(window[unitR])"
                let msg = ok
                    ? "text «\(name)» \(figure) agrees with table \(r.table)"
                    : "text says «\(name)» \(figure); table \(r.table) «\(t.title)» row \(r.row + 1) (page \(t.rows[r.row].page)) prints \(r.printed.map { $0.isEmpty ? "(empty)" : $0 }.joined(separator: " / ")) \(t.unit ?? "")"
                out.append(CheckResult(id: "doc-text\(out.count + 1)", kind: "narrative", passed: ok, message: msg,
                                       expected: r.printed.first, printed: figure, table: r.table,
                                       rows: ok ? [] : rows.filter { $0.table == r.table }.map(\.row), columns: []))
            }
        }
        return out
    }

    /// A row's name without its numbering (一、 （二） 1. ) and a trailing 项目.
    static func normalName(_ s: String) -> String {
        var t = squeeze(s)
        if let r = Pattern.firstMatch(t, #"^([一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|\d+[.、．])"#) {
            t.removeSubrange(r)
        }
        if t.hasSuffix("项目") && t.count > 6 { t.removeLast(2) }
        return t
    }

    public static func run(_ doc: inout BudgetDocument) {
        let results = crossTable(doc) + narrative(doc)
        // The table or the text may be the wrong one; either way the row is worth a look.
        for res in results where !res.passed {
            guard let ti = doc.tables.firstIndex(where: { $0.number == res.table }) else { continue }
            for r in res.rows where r < doc.tables[ti].rows.count {
                doc.tables[ti].rows[r].flags.insert("check_failed")
                doc.tables[ti].rows[r].failedChecks.append(res.id)
                Confidence.score(&doc.tables[ti].rows[r])
            }
        }
        doc.checks = results
    }
}
