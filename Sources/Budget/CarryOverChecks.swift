import Foundation
import Layout

/// The year's balances: what a department carries into the year and out of it. Final accounts
/// (部门决算) print them on both sides of their two-sided tables and as columns of their fund
/// tables; some budgets print 上年结转 the same way. Whatever the document, the money obeys
///
///     年初结转和结余 + 本年收入 (+ 使用非财政拨款结余 …) = 本年支出 (+ 结余分配 …) + 年末结转和结余
///
/// and a balance printed as a head (年初财政拨款结转和结余) with its parts listed under it
/// (一、一般公共预算财政拨款 …) equals their sum.
public enum CarryOverChecks {
    static func squeeze(_ s: String) -> String { PrintedWords.squeeze(s) }

    /// A line of a two-sided table: its row, the side's label column and first amount column.
    struct Line { var row: Int; var label: String; var value: Decimal?; var text: String; var col: Int }

    static func isOpening(_ label: String) -> Bool {
        (label.contains("年初") || label.contains("上年")) && (label.contains("结转") || label.contains("结余"))
    }
    static func isClosing(_ label: String) -> Bool {
        label.contains("年末") && (label.contains("结转") || label.contains("结余"))
    }
    static func isNumbered(_ label: String) -> Bool {
        Pattern.firstMatch(label, #"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])"#) != nil
    }
    static func isGrandTotal(_ label: String) -> Bool { label == "总计" || label.hasSuffix("总计") && !label.contains("本年") }

    /// The lines of one side: its label column, the amounts in the first amount column right of it.
    static func lines(_ t: BudgetTable, label: Int, amount: Int) -> [Line] {
        t.rows.indices.compactMap { i in
            let l = squeeze(t.rows[i].cell(label))
            guard !l.isEmpty else { return nil }
            return Line(row: i, label: l, value: Checker.value(t.rows[i], amount), text: t.rows[i].cell(amount), col: amount)
        }
    }

    /// One side's terms from its 本年…合计 line down to its 总计: the year's total, then every
    /// unnumbered line (使用非财政拨款结余, 年初结转和结余 …). A balance printed without an amount
    /// stands for the sum of the numbered lines under it.
    static func terms(_ side: [Line]) -> (year: Line, terms: [(line: Line, value: Decimal?)], total: Line)? {
        guard let y = side.firstIndex(where: { $0.label.hasPrefix("本年") && ($0.label.hasSuffix("合计") || $0.label.hasSuffix("小计")) }),
              let z = side[(y + 1)...].firstIndex(where: { isGrandTotal($0.label) }) else { return nil }
        var out: [(line: Line, value: Decimal?)] = [(side[y], side[y].value)]
        var k = y + 1
        while k < z {
            let head = side[k]
            let parts = side[(k + 1)..<z].prefix { isNumbered($0.label) }
            if !isNumbered(head.label) {
                let partSum = parts.compactMap(\.value).reduce(Decimal(0), +)
                out.append((head, head.value ?? (parts.contains { $0.value != nil } ? partSum : nil)))
            }
            k += 1 + (isNumbered(head.label) ? 0 : parts.count)
        }
        return (side[y], out, side[z])
    }

    /// Two-sided tables (budget_summary, fiscal_summary): the identity across the sides, and each
    /// balance head against its parts. Nothing is checked when the table prints no balances.
    public static func twoSided(_ t: BudgetTable, amounts: Set<Int>) -> [CheckResult] {
        let sides = Checker.sides(t, amounts: amounts)
        guard sides.count >= 2, let a = sides.first, let b = sides.last, let ca = a.amounts.first, let cb = b.amounts.first,
              let left = terms(lines(t, label: a.label, amount: ca)),
              let right = terms(lines(t, label: b.label, amount: cb)) else { return [] }
        let opening = left.terms.first { isOpening($0.line.label) }
        let closing = right.terms.first { isClosing($0.line.label) }
        guard opening != nil || closing != nil else { return [] }
        var out: [CheckResult] = []
        let leftSum = left.terms.compactMap(\.value).reduce(Decimal(0), +)
        let rightSum = right.terms.compactMap(\.value).reduce(Decimal(0), +)
        let texts = (left.terms + right.terms).map(\.line.text)
        let n = left.terms.count + right.terms.count
        let ok = abs(leftSum - rightSum) <= Tolerance.bound(terms: n, decimals: Tolerance.decimals(texts))
        func said(_ ts: [(line: Line, value: Decimal?)]) -> String {
            ts.map { "\($0.line.label) \($0.value.map(Checker.fmt) ?? "(empty)")" }.joined(separator: " + ")
        }
        let formula = "\(said(left.terms)) = \(said(right.terms))"
        let page = t.rows.indices.contains(left.year.row) ? t.rows[left.year.row].page : 0
        out.append(CheckResult(
            id: "t\(t.number)-carry-1", kind: .carryOver, passed: ok,
            message: ok ? "年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余: \(formula)"
                : "page \(page): \(formula) does not hold: \(Checker.fmt(leftSum)) ≠ \(Checker.fmt(rightSum))",
            expected: Checker.fmt(leftSum), printed: Checker.fmt(rightSum), table: t.number,
            rows: ok ? [] : Array(Set((left.terms + right.terms).filter { $0.line.value != nil }.map(\.line.row))).sorted(),
            columns: [ca, cb]))
        // A balance head that prints its own figure and has parts under it.
        for (side, col) in [(lines(t, label: a.label, amount: ca), ca), (lines(t, label: b.label, amount: cb), cb)] {
            for (k, head) in side.enumerated() where (isOpening(head.label) || isClosing(head.label)) && head.value != nil {
                let parts = side[(k + 1)...].prefix { isNumbered($0.label) }.filter { $0.value != nil }
                guard !parts.isEmpty, let v = head.value else { continue }
                let sum = parts.compactMap(\.value).reduce(Decimal(0), +)
                let holds = abs(v - sum) <= Tolerance.bound(terms: parts.count, decimals: Tolerance.decimals([head.text] + parts.map(\.text)))
                out.append(CheckResult(
                    id: "t\(t.number)-carry-\(out.count + 1)", kind: .carryOver, passed: holds,
                    message: holds ? "\(head.label) \(head.text) = sum of its \(parts.count) parts"
                        : "\(head.label), page \(t.rows[head.row].page): printed \(head.text), sum of its \(parts.count) parts \(Checker.fmt(sum))",
                    expected: Checker.fmt(sum), printed: head.text, table: t.number,
                    rows: holds ? [] : [head.row] + parts.map(\.row), columns: [col]))
            }
        }
        return out
    }

    /// Tables that print the balances as columns (政府性基金预算财政拨款收入支出决算表: 年初结转和结余 |
    /// 本年收入 | 本年支出 | 年末结转和结余), row by row.
    public static func columns(_ t: BudgetTable, amounts: Set<Int>) -> [CheckResult] {
        func find(_ test: (String) -> Bool) -> [Int] {
            t.columns.indices.filter { amounts.contains($0) && test(squeeze(t.columns[$0].path.joined(separator: "/"))) }
        }
        let opening = find { isOpening($0) }, closing = find { isClosing($0) }
        // 本年支出 may be one column or a group (合计 | 基本支出 | 项目支出): its total column.
        let income = find { $0.contains("本年收入") && !$0.contains("其中") }
        let spending = find { $0.contains("本年支出") && !$0.contains("其中") }
        func total(_ cols: [Int]) -> Int? {
            cols.count == 1 ? cols.first : cols.first { c in
                Checker.isTotalName(t.columns[c].path.last ?? "") || t.rows.contains { PrintedWords.isTotalWord(squeeze($0.cell(c))) }
            } ?? cols.first
        }
        guard opening.count == 1, closing.count == 1, let o = opening.first, let c = closing.first,
              let i = total(income), let s = total(spending) else { return [] }
        var out: [CheckResult] = []
        var held = 0
        for (r, row) in t.rows.enumerated() {
            let vals = [o, i, s, c].map { Checker.value(row, $0) }
            guard vals.contains(where: { $0 != nil }) else { continue }
            let left = (vals[0] ?? 0) + (vals[1] ?? 0), right = (vals[2] ?? 0) + (vals[3] ?? 0)
            let texts = [o, i, s, c].map { row.cell($0) }
            if abs(left - right) <= Tolerance.bound(terms: 4, decimals: Tolerance.decimals(texts)) { held += 1; continue }
            out.append(CheckResult(
                id: "t\(t.number)-carry-r\(r + 1)", kind: .carryOver, passed: false,
                message: "row \(r + 1) «\(Checker.rowName(row))», page \(row.page): 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余: "
                    + "\(texts.map { $0.isEmpty ? "(empty)" : $0 }.prefix(2).joined(separator: " + ")) ≠ \(texts.map { $0.isEmpty ? "(empty)" : $0 }.suffix(2).joined(separator: " + "))",
                expected: Checker.fmt(left), printed: Checker.fmt(right), table: t.number, rows: [r], columns: [o, i, s, c]))
        }
        if held > 0 {
            out.append(CheckResult(id: "t\(t.number)-carry", kind: .carryOver, passed: true,
                                   message: "年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余 holds on \(held) rows",
                                   table: t.number, columns: [o, i, s, c]))
        }
        return out
    }

    /// What the year's balances add to the year's revenue to give its expenditure, from the
    /// summary table: (年初结转和结余 + 使用…结余 …) − (结余分配 … + 年末结转和结余). Nil when the
    /// table prints no balances; then revenue and expenditure must be equal.
    public static func carried(_ t: BudgetTable, amounts: Set<Int>) -> Decimal? {
        let sides = Checker.sides(t, amounts: amounts)
        guard sides.count >= 2, let a = sides.first, let b = sides.last, let ca = a.amounts.first, let cb = b.amounts.first,
              let left = terms(lines(t, label: a.label, amount: ca)),
              let right = terms(lines(t, label: b.label, amount: cb)) else { return nil }
        let extraIn = left.terms.dropFirst().compactMap(\.value).reduce(Decimal(0), +)
        let extraOut = right.terms.dropFirst().compactMap(\.value).reduce(Decimal(0), +)
        guard left.terms.dropFirst().contains(where: { $0.value != nil }) || right.terms.dropFirst().contains(where: { $0.value != nil })
        else { return nil }
        return extraIn - extraOut
    }
}
