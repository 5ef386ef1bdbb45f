import Foundation
import Layout
import Tables

/// Rounding bound for a printed total: each printed figure may be off by half a unit in its
/// last place (四舍五入尾数误差), so a sum of n terms may differ by (n + 1) half-units.
public enum Tolerance {
    /// Half a unit of the last decimal: 0.5, 0.05, 0.005, … (exact decimals, built once).
    static let halfUnits: [Decimal] = (0...8).map { d in
        var half = Decimal(5)
        for _ in 0...d { half /= 10 }
        return half
    }

    public static func bound(terms: Int, decimals: Int) -> Decimal {
        halfUnits[min(max(decimals, 0), halfUnits.count - 1)] * Decimal(terms + 1)   // 0.005 per term at two decimals
    }

    static func decimals(_ texts: [String]) -> Int {
        texts.map { t -> Int in
            guard let dot = t.lastIndex(of: ".") else { return 0 }
            return t[t.index(after: dot)...].filter(\.isNumber).count
        }.max() ?? 0
    }
}

public enum Checker {
    static let totalWords = PrintedWords.totalWords

    static func squeeze(_ s: String) -> String { PrintedWords.squeeze(s) }

    static func isTotalName(_ s: String) -> Bool {
        let t = squeeze(s)
        return (totalWords.contains { t == $0 || t.hasSuffix($0) } || t.hasSuffix("总额")) && !t.hasPrefix("其中")
    }

    /// Columns that hold amounts: most filled cells parse and carry decimals or separators.
    public static func amountColumns(_ t: BudgetTable) -> Set<Int> {
        var out = Set<Int>()
        for c in t.columns.indices {
            let texts = t.rows.map { squeeze($0.cell(c)) }.filter { !$0.isEmpty && !Amount.isDash($0) }
            guard !texts.isEmpty else {
                // An empty column under an amount header (empty tables) still counts as amounts.
                if !t.columns[c].path.contains(where: { $0.contains("编码") || $0.contains("代码") || $0.contains("名称") || $0.contains("项目") && $0.count <= 2 }) {
                    out.insert(c)
                }
                continue
            }
            let amounts = t.rows.filter { r in
                r.value(c) != nil && r.cell(c).contains(where: { $0 == "." || $0 == "," })
            }
            if Double(amounts.count) >= Double(texts.count) * 0.8 { out.insert(c); continue }
            // Whole amounts printed without separators below 1,000 (千元 books: 536, 4, -500)
            // beside others with them: every cell a number, some separated, none a code.
            if !amounts.isEmpty, t.rows.allSatisfy({ r in squeeze(r.cell(c)).isEmpty || Amount.isDash(r.cell(c)) || r.value(c) != nil }),
               texts.allSatisfy({ t in t.count <= 4 || t.contains(",") || t.contains(".") }) {
                out.insert(c)
            }
        }
        // Columns of bare whole numbers (130, 12, 80) to the right of an amount column are
        // amounts too: codes come first, before the names; and a table of numbers only (the
        // right half of a wide table printed on two pages) is amounts throughout.
        func numbersOnly(_ c: Int) -> Bool {
            t.rows.allSatisfy { r in squeeze(r.cell(c)).isEmpty || Amount.isDash(r.cell(c)) || r.value(c) != nil }
        }
        let allNumbers = !t.rows.isEmpty && t.columns.indices.allSatisfy(numbersOnly)
        if let first = out.min() ?? (allNumbers ? 0 : nil) {
            // Within its own block: side by side, the next block's codes stand right of an amount column.
            for c in t.columns.indices where c > first && !out.contains(c) && numbersOnly(c)
                && (allNumbers || out.contains { $0 < c && t.columns[$0].block == t.columns[c].block }) { out.insert(c) }
            if allNumbers { out.formUnion(t.columns.indices) }
        }
        return out
    }

    /// The amount a sum adds: percentages are rates, not amounts.
    static func value(_ row: BudgetRow, _ c: Int) -> Decimal? {
        guard let v = row.value(c), !v.isPercent else { return nil }
        return v.value
    }

    static func fmt(_ d: Decimal) -> String { Amount.format(d) }

    // MARK: header tree

    final class Node {
        var name: String
        var children: [Node] = []
        var column: Int?
        init(_ name: String, column: Int? = nil) { self.name = name; self.column = column }
        var leaves: [Int] { column.map { [$0] } ?? children.flatMap(\.leaves) }
        var totalChild: Node? { children.first { $0.column != nil && isTotalName($0.name) } }
    }

    static func tree(_ t: BudgetTable) -> Node {
        let root = Node("")
        for (c, col) in t.columns.enumerated() {
            var node = root
            for (depth, part) in col.path.enumerated() {
                let last = depth == col.path.count - 1
                if last { node.children.append(Node(part, column: c)); break }
                if let existing = node.children.last, existing.name == part, existing.column == nil {
                    node = existing
                } else {
                    let n = Node(part); node.children.append(n); node = n
                }
            }
        }
        return root
    }

    /// The columns whose sum a node stands for: its total column, or the sum of its parts.
    static func terms(_ n: Node, amounts: Set<Int>) -> [Int] {
        if let c = n.column { return amounts.contains(c) ? [c] : [] }
        if let t = n.totalChild, let c = t.column, amounts.contains(c) { return [c] }
        return n.children.filter { !squeeze($0.name).hasPrefix("其中") }.flatMap { terms($0, amounts: amounts) }
    }

    // MARK: column totals

    struct Identity { var total: Int; var parts: [Int] }

    static func columnIdentities(_ t: BudgetTable, amounts: Set<Int>) -> [Identity] {
        var out: [Identity] = []
        func visit(_ node: Node) {
            for child in node.children where child.column == nil { visit(child) }
            for totalNode in node.children where totalNode.column != nil && isTotalName(totalNode.name) {
                guard let total = totalNode.column, amounts.contains(total) else { continue }
                let siblings = node.children.filter { $0 !== totalNode && !squeeze($0.name).hasPrefix("其中") && !isTotalName($0.name) || ($0 !== totalNode && $0.column == nil) }
                    .filter { !terms($0, amounts: amounts).isEmpty }
                guard !siblings.isEmpty else { continue }
                var candidates: [[Int]] = [siblings.flatMap { terms($0, amounts: amounts) }]
                if siblings.count > 1 {
                    for s in siblings { candidates.append(terms(s, amounts: amounts)) }
                    if siblings.count > 2 {
                        for s in siblings { candidates.append(siblings.filter { $0 !== s }.flatMap { terms($0, amounts: amounts) }) }
                    }
                }
                // The reading that holds on the most rows wins (ties: all parts together); a table
                // whose sums mostly fail is still checked by that default reading.
                var best = candidates[0], bestHeld = holdRate(t, total: total, parts: best).held
                for c in candidates.dropFirst() {
                    let h = holdRate(t, total: total, parts: c).held
                    if h > bestHeld { best = c; bestHeld = h }
                }
                out.append(Identity(total: total, parts: best))
            }
        }
        visit(tree(t))
        return out
    }

    static func holds(_ total: Decimal?, _ parts: [Decimal?], texts: [String]) -> Bool? {
        if total == nil && parts.allSatisfy({ $0 == nil }) { return nil }
        let sum = parts.compactMap { $0 }.reduce(Decimal(0), +)
        let diff = abs((total ?? 0) - sum)
        return diff <= Tolerance.bound(terms: parts.count, decimals: Tolerance.decimals(texts))
    }

    /// A column identity trusted to account for a row's empty cell holds on at least this share
    /// of the rows it can be checked on.
    static let accountingIdentityHoldShare = 0.9

    /// Rows flagged `empty_after_break` whose every such empty cell is an amount that a trusted
    /// column identity holds over on that row, the total and some part printed (资金总额 5.00 =
    /// 5.00 + empty): the row's own sums show nothing was printed there, so no merged cell was
    /// lost at the break. A lost amount would make the identity fail; a lost total with its
    /// parts leaves nothing to check, and the row still asks.
    static func emptyCellsAccountedFor(_ t: BudgetTable, amounts: Set<Int>) -> [Int] {
        let flagged = t.rows.indices.filter { t.rows[$0].flags.contains(.emptyAfterBreak) && !t.rows[$0].emptyAfterBreakColumns.isEmpty }
        guard !flagged.isEmpty else { return [] }
        let trusted = columnIdentities(t, amounts: amounts).filter { id in
            let rate = holdRate(t, total: id.total, parts: id.parts)
            return rate.rows >= minRowsToJudgeIdentity && Double(rate.held) >= accountingIdentityHoldShare * Double(rate.rows)
        }
        return flagged.filter { i in
            let r = t.rows[i]
            return r.emptyAfterBreakColumns.allSatisfy { c in
                amounts.contains(c) && trusted.contains { id in
                    guard id.parts.contains(c), value(r, id.total) != nil, id.parts.contains(where: { value(r, $0) != nil }) else { return false }
                    return holds(value(r, id.total), id.parts.map { value(r, $0) }, texts: [r.cell(id.total)] + id.parts.map { r.cell($0) }) == true
                }
            }
        }
    }

    static func holdRate(_ t: BudgetTable, total: Int, parts: [Int]) -> (held: Int, rows: Int) {
        var held = 0, rows = 0
        for r in t.rows {
            guard let ok = holds(value(r, total), parts.map { value(r, $0) }, texts: [r.cell(total)] + parts.map { r.cell($0) }) else { continue }
            rows += 1; if ok { held += 1 }
        }
        return (held, rows)
    }

    static func columnName(_ t: BudgetTable, _ c: Int) -> String {
        let p = t.columns[c].path.joined(separator: "/")
        return p.isEmpty ? "column \(c + 1)" : p
    }

    static func rowName(_ r: BudgetRow) -> String {
        r.cells.first { !squeeze($0).isEmpty && Amount.parse($0) == nil } ?? r.cells.first { !$0.isEmpty } ?? ""
    }

    /// The fewest rows a column identity is checked on before its failing on nearly all of
    /// them is read as the header's fault rather than the rows' (below it, each row is blamed).
    static let minRowsToJudgeIdentity = 4
    /// An identity that holds on fewer than this share of its rows is not a relation the rows
    /// break one by one: the header tree it was read from is wrong (a heading misread, a column
    /// given to the wrong group), so every row fails alike, right or not.
    static let misreadIdentityHoldShare = 0.1
    /// The same where extraction already doubts the header (`header_uncertain`: a header of many
    /// lines with no rules read line by line, …): an identity read from it that fails on more
    /// than one row in five (rows with some column the misread tree leaves out) says more about
    /// the header than about them.
    static let uncertainHeaderHoldShare = 0.8

    static func checkColumns(_ t: BudgetTable, amounts: Set<Int>) -> [CheckResult] {
        var out: [CheckResult] = []
        for (k, id) in columnIdentities(t, amounts: amounts).enumerated() {
            let formula = "\(columnName(t, id.total)) = " + id.parts.map { columnName(t, $0) }.joined(separator: " + ")
            var held = 0
            var failures: [CheckResult] = []
            for (i, r) in t.rows.enumerated() {
                let parts = id.parts.map { value(r, $0) }
                guard let ok = holds(value(r, id.total), parts, texts: [r.cell(id.total)] + id.parts.map { r.cell($0) }) else { continue }
                if ok { held += 1; continue }
                let sum = parts.compactMap { $0 }.reduce(Decimal(0), +)
                failures.append(CheckResult(
                    id: "t\(t.number)-col\(k + 1)-r\(i + 1)", kind: .columnTotal, passed: false,
                    message: "row \(i + 1) «\(rowName(r))», page \(r.page): \(formula): printed \(r.cell(id.total).isEmpty ? "(empty)" : r.cell(id.total)), sum of parts \(fmt(sum))",
                    expected: fmt(sum), printed: r.cell(id.total), table: t.number, rows: [i], columns: [id.total] + id.parts))
            }
            let checked = held + failures.count
            let share = t.flags.contains(.headerUncertain) ? uncertainHeaderHoldShare : misreadIdentityHoldShare
            if checked >= minRowsToJudgeIdentity && Double(held) < share * Double(checked) {
                // Marks no row (the table asks for review as a whole, `misreadIdentities`).
                out.append(CheckResult(
                    id: "t\(t.number)-col\(k + 1)", kind: .columnTotal, passed: false,
                    message: "\(formula) holds on \(held) of \(checked) rows: the header's reading of these columns is in doubt, not the rows",
                    table: t.number, columns: [id.total] + id.parts))
                continue
            }
            out += failures
            if held > 0 {
                out.append(CheckResult(id: "t\(t.number)-col\(k + 1)", kind: .columnTotal, passed: true,
                                       message: "\(formula) holds on \(held) rows", table: t.number, columns: [id.total] + id.parts))
            }
        }
        return out
    }

    // MARK: row totals and code roll-ups

    struct RowKey { var family: Int; var code: String }

    /// A row's code: the first run of digit-only cells (类/款/项 split over columns joined).
    static func rowKey(_ r: BudgetRow, amounts: Set<Int>) -> RowKey? {
        var c = 0
        while c < r.cells.count {
            let t = squeeze(r.cell(c))
            if !amounts.contains(c), t.count >= 2, t.allSatisfy({ $0.isASCII && $0.isNumber }) {
                var code = t
                var k = c + 1
                while k < r.cells.count, !amounts.contains(k) {
                    let n = squeeze(r.cell(k))
                    if n.isEmpty || !n.allSatisfy({ $0.isASCII && $0.isNumber }) { break }
                    code += n; k += 1
                }
                return RowKey(family: c, code: code)
            }
            c += 1
        }
        return nil
    }

    /// Kinds whose tables print a grand total row (合计, 总计, 收入总计 …).
    static let kindsWithTotal: Set<TableKind> = [.budgetSummary, .revenue, .expenditure, .fiscalSummary, .gpbExpenditure,
                                                 .gpbBasicExpenditure, .govFund, .stateCapital]

    /// A table of a kind that prints a total, in which no row carries a total label: the total
    /// was lost (on a page of its own, say) or never read.
    static func lacksTotal(_ t: BudgetTable, amounts: Set<Int>) -> Bool {
        // A table of one row is its own total (支出预算总表 printed as a 合计 column and one line).
        guard kindsWithTotal.contains(t.kind), t.rows.count > 1 else { return false }
        return !t.rows.contains { r in
            r.cells.enumerated().contains { c, cell in
                guard !amounts.contains(c) else { return false }
                let s = squeeze(cell)
                return s.contains("合计") || s.contains("总计") || s.hasSuffix("共计")
            }
        }
    }

    static func isTotalRow(_ r: BudgetRow, amounts: Set<Int>) -> Bool {
        r.cells.enumerated().contains { !amounts.contains($0.offset) && totalWords.contains(squeeze($0.element)) }
    }

    /// The column of a row's total word (合计, 小计 …), or 0.
    static func totalLabel(_ r: BudgetRow) -> Int { r.cells.firstIndex { totalWords.contains(squeeze($0)) } ?? 0 }

    static func isSubtotal(_ r: BudgetRow) -> Bool { squeeze(r.cell(totalLabel(r))) == "小计" }

    /// Row totals (合计/总计/小计 rows over the rows they cover) and code roll-ups (类 = Σ 款 …),
    /// each over the reading of the hierarchy that holds (RowHierarchy).
    static func checkRows(_ t: BudgetTable, amounts: Set<Int>) -> [CheckResult] {
        let h = RowHierarchy(t.rows, amounts: amounts)
        let columns = amounts.sorted()
        var out: [CheckResult] = []
        var counter = 0
        for p in h.totals {
            let (kids, label) = h.totalReading(p)
            out += sumCheck(t, parent: p, kids: kids, columns: columns, kind: .rowTotal, label: label, counter: &counter)
        }
        for p in t.rows.indices {
            guard let kids = h.rollupReading(p) else { continue }
            out += sumCheck(t, parent: p, kids: kids, columns: columns, kind: .codeRollup, label: "subtotal", counter: &counter)
        }
        return out
    }

    /// parent = Σ kids in each of `columns`. A failure names the cells, and the rows it marks
    /// are the parent and those kids that print a figure in that column.
    static func sumCheck(_ t: BudgetTable, parent p: Int, kids: [Int], columns: [Int], kind: CheckKind, label: String,
                         counter: inout Int) -> [CheckResult] {
        guard !kids.isEmpty else { return [] }
        let rows = t.rows
        var out: [CheckResult] = []
        var failed = false
        for c in columns {
            let parts = kids.map { value(rows[$0], c) }
            let texts = [rows[p].cell(c)] + kids.map { rows[$0].cell(c) }
            guard let ok = holds(value(rows[p], c), parts, texts: texts) else { continue }
            if ok { continue }
            failed = true
            counter += 1
            let sum = parts.compactMap { $0 }.reduce(Decimal(0), +)
            let involved = kids.filter { value(rows[$0], c) != nil }
            out.append(CheckResult(
                id: "t\(t.number)-row\(counter)", kind: kind, passed: false,
                message: "\(label) row \(p + 1) «\(rowName(rows[p]))», page \(rows[p].page), column \(columnName(t, c)): printed \(rows[p].cell(c).isEmpty ? "(empty)" : rows[p].cell(c)), sum of its \(kids.count) rows \(fmt(sum))",
                expected: fmt(sum), printed: rows[p].cell(c), table: t.number, rows: [p] + involved, columns: [c]))
        }
        if !failed {
            counter += 1
            out.append(CheckResult(id: "t\(t.number)-row\(counter)", kind: kind, passed: true,
                                   message: "\(label) row \(p + 1) «\(rowName(rows[p]))» = sum of \(kids.count) rows", table: t.number, rows: [p]))
        }
        return out
    }

    // MARK: two-sided tables (收入 | 支出 side by side)

    enum Level: Int { case top = 1, second = 2, subset = 9 }

    /// 一、 → top; （一） (一) 1、 1. → second; 其中 → subset; unnumbered → top.
    static func level(_ label: String) -> Level {
        let t = squeeze(label)
        if t.hasPrefix("其中") { return .subset }
        if PrintedWords.isTopNumbered(t) { return .top }
        if PrintedWords.isSubNumbered(t) { return .second }
        return .top
    }

    /// Each side: its label column and the amount columns right of it.
    static func sides(_ t: BudgetTable, amounts: Set<Int>) -> [(label: Int, amounts: [Int])] {
        var out: [(Int, [Int])] = []
        for c in t.columns.indices where !amounts.contains(c) {
            let cols = ((c + 1)..<t.columns.count).prefix { amounts.contains($0) }
            if !cols.isEmpty { out.append((c, Array(cols))) }
        }
        return out
    }

    static func checkSides(_ t: BudgetTable, amounts: Set<Int>) -> [CheckResult] {
        var out: [CheckResult] = []
        var counter = 100
        for side in sides(t, amounts: amounts) {
            let labelled = t.rows.indices.filter { !squeeze(t.rows[$0].cell(side.label)).isEmpty }
            func isTotal(_ i: Int) -> Bool {
                PrintedWords.endsWithTotal(t.rows[i].cell(side.label))
            }
            // Top-level items with second-level parts below them.
            for (n, i) in labelled.enumerated() where !isTotal(i) && level(t.rows[i].cell(side.label)) == .top {
                let kids = labelled[(n + 1)...].prefix { !isTotal($0) && level(t.rows[$0].cell(side.label)) != .top }
                    .filter { level(t.rows[$0].cell(side.label)) == .second }
                if !kids.isEmpty {
                    out += sumCheck(t, parent: i, kids: Array(kids), columns: side.amounts, kind: .rowTotal, label: "item", counter: &counter)
                }
            }
            // Totals: the top-level items they close (the reading that holds, as for row totals).
            let totals = labelled.filter(isTotal)
            for (k, p) in totals.enumerated() {
                let prev = k > 0 ? totals[k - 1] : -1
                let next = k + 1 < totals.count ? totals[k + 1] : t.rows.count
                let tops = { (range: [Int]) in range.filter { !isTotal($0) && level(t.rows[$0].cell(side.label)) == .top } }
                let before = tops(labelled.filter { $0 > prev && $0 < p })
                let after = tops(labelled.filter { $0 > p && $0 < next })
                var candidates = [before, after]
                if prev >= 0 { candidates.append([prev] + before) }
                candidates = candidates.filter { !$0.isEmpty }
                guard !candidates.isEmpty else { continue }
                func held(_ kids: [Int]) -> Int {
                    side.amounts.filter { c in
                        holds(value(t.rows[p], c), kids.map { value(t.rows[$0], c) }, texts: [t.rows[p].cell(c)] + kids.map { t.rows[$0].cell(c) }) == true
                    }.count
                }
                guard let best = candidates.max(by: { held($0) < held($1) }), let first = candidates.first else { continue }
                out += sumCheck(t, parent: p, kids: held(best) > 0 ? best : first, columns: side.amounts,
                                kind: .rowTotal, label: "total", counter: &counter)
            }
        }
        return out
    }

    static func holdingColumns(_ rows: [BudgetRow], _ p: Int, _ kids: [Int], _ amounts: Set<Int>) -> Int {
        guard !kids.isEmpty else { return -1 }
        return amounts.filter { c in
            holds(value(rows[p], c), kids.map { value(rows[$0], c) }, texts: [rows[p].cell(c)] + kids.map { rows[$0].cell(c) }) == true
        }.count
    }

    // MARK: balance of two-sided tables

    static func checkBalance(_ t: BudgetTable) -> [CheckResult] {
        func find(_ pattern: String) -> (row: Int, col: Int, value: Decimal, text: String)? {
            for (i, r) in t.rows.enumerated() {
                for (c, cell) in r.cells.enumerated() where Pattern.firstMatch(squeeze(cell), pattern) != nil {
                    if let k = ((c + 1)..<r.cells.count).first(where: { r.value($0) != nil }), let v = r.value(k) {
                        return (i, k, v.value, r.cell(k))
                    }
                }
            }
            return nil
        }
        var out: [CheckResult] = []
        for (a, b) in [("^收入总计$", "^支出总计$"), ("^收入合计$", "^支出合计$")] {
            guard let inc = find(a), let exp = find(b) else { continue }
            let ok = inc.value == exp.value
            out.append(CheckResult(id: "t\(t.number)-balance-\(out.count + 1)", kind: .balance, passed: ok,
                                   message: ok ? "收入 \(inc.text) = 支出 \(exp.text)" : "income total \(inc.text) ≠ expenditure total \(exp.text) (page \(t.rows[inc.row].page))",
                                   expected: inc.text, printed: exp.text, table: t.number,
                                   rows: ok ? [] : Array(Set([inc.row, exp.row])).sorted(), columns: [inc.col, exp.col]))
        }
        return out
    }

    // MARK: running

    static let twoSided: Set<TableKind> = [.budgetSummary, .fiscalSummary]
    static let notSummed: Set<TableKind> = [.deptPerformance, .projectPerformance]

    /// Rows with a cell in an amount column that should be a number but is not.
    static func unparsedRows(_ t: BudgetTable, amounts: Set<Int>) -> [Int] {
        // A column the page's edge cut (3,094. left of 3,094.12) cuts its other figures too (set
        // flush right, they all reach the edge): there a bare "4." is 4.77 cut, not an item's
        // ordinal, and "47" is what is left of 473,100.00.
        let cutColumns = Set(t.rows.flatMap { row in row.cells.indices.filter { Amount.looksCut(row.cells[$0]) } })
        return t.rows.indices.filter { r in
            let row = t.rows[r]
            return amounts.contains { c in !squeeze(row.cell(c)).isEmpty && row.value(c) == nil && !Amount.isDash(row.cell(c)) }
                || row.cells.contains(where: Amount.looksCut)
                || cutColumns.contains { c in Amount.looksCutShort(row.cell(c)) || row.cell(c).contains(where: \.isNumber) }
        }
    }

    /// Every check of one table, by its kind. A ragged table (rows of another width than its
    /// columns) is reported as not checked: its columns cannot be trusted to line up.
    static func check(_ t: BudgetTable, amounts: Set<Int>) -> [CheckResult] {
        if let r = t.rows.firstIndex(where: { $0.cells.count != t.columns.count || $0.values.count != $0.cells.count }) {
            return [.notRun(id: "t\(t.number)-not-run", table: t.number,
                            "table \(t.number) row \(r + 1) has \(t.rows[r].cells.count) cells for \(t.columns.count) columns")]
        }
        if t.kind == .projectPerformance {
            // Its rows repeat a project's amounts once per indicator: only the columns add up
            // (资金总额 = 政府预算资金 + 财政专户管理资金 + 单位资金).
            return checkColumns(t, amounts: amounts)
        }
        if notSummed.contains(t.kind) { return [] }
        if !twoSided.contains(t.kind), let blocks = SideBySide.blocks(t, amounts: amounts) {
            return SideBySide.check(t, blocks: blocks, amounts: amounts) { part, partAmounts in
                checkColumns(part, amounts: partAmounts) + checkRows(part, amounts: partAmounts)
            }
        }
        var columns = checkColumns(t, amounts: amounts)
        if columns.isEmpty { columns = MeasureColumns.check(t, amounts: amounts) }
        if twoSided.contains(t.kind) {
            return columns + checkBalance(t) + checkSides(t, amounts: amounts) + CarryOverChecks.twoSided(t, amounts: amounts)
        }
        return columns + checkRows(t, amounts: amounts) + CarryOverChecks.columns(t, amounts: amounts)
    }

    /// The rows a table's failed checks mark, with the ids of those checks. A failed column
    /// identity points at one row. A failed sum over rows points at its parent and at the
    /// children that can explain the difference: those that also fail a column identity on that
    /// sum's column; else those whose own amount there is the difference (a row counted twice or
    /// under the wrong parent, one whose figure belongs elsewhere) and those read with doubt
    /// (`isDoubtful`). Where no child is such, all are marked if they are at most
    /// `maxRowsBlamedWhole`; of a longer sum only the parent is: flagging hundreds of rows that
    /// read right hides the fault rather than shows it, and the table says the sum failed as a
    /// whole (`narrowedSums`).
    /// The most children of a failed sum marked when none of them can be told to explain it
    /// (about a page of rows, which a person reads through).
    static let maxRowsBlamedWhole = 40

    static func blame(_ results: [CheckResult], table t: BudgetTable) -> [(row: Int, check: String)] {
        var rowLocal: [Int: Set<Int>] = [:]     // row → the columns of its own failed identities
        for res in results where !res.passed && res.kind == .columnTotal {
            for r in res.rows { rowLocal[r, default: []].formUnion(res.columns) }
        }
        var out: [(row: Int, check: String)] = []
        for res in results where !res.passed {
            var marked = res.rows
            if res.kind.isRowSum, let parent = res.rows.first {
                let kids = Array(res.rows.dropFirst())
                var suspects = kids.filter { r in res.columns.contains { rowLocal[r]?.contains($0) == true } }
                if suspects.isEmpty { suspects = explainers(t, parent: parent, kids: kids, columns: res.columns) }
                // Few children are checked at a glance: with none to suspect, they are all marked.
                if suspects.isEmpty && kids.count <= maxRowsBlamedWhole { suspects = kids }
                marked = [parent] + suspects
            }
            out += marked.map { ($0, res.id) }
        }
        return out
    }

    /// A failed row sum whose children were not all marked (`blame`): the table asks for review
    /// as a whole, so that a fault among the unmarked rows is not left unseen.
    static func narrowedSums(_ results: [CheckResult], table t: BudgetTable) -> Bool {
        let marked = Set(blame(results, table: t).map(\.check))
        return results.contains { res in
            guard !res.passed, res.kind.isRowSum, marked.contains(res.id) else { return false }
            let kept = blame([res], table: t).count
            return kept < res.rows.count && res.rows.count > 1
        }
    }

    /// A column identity that failed on nearly every row (`checkColumns` reports it whole, with
    /// no row): the table asks for review as a whole.
    static func misreadIdentities(_ results: [CheckResult]) -> Bool {
        results.contains { !$0.passed && $0.kind == .columnTotal && $0.rows.isEmpty }
    }

    /// The children of a failed sum that can explain its difference in `columns`: a child whose
    /// amount equals the difference (either sign), or a child read with doubt.
    static func explainers(_ t: BudgetTable, parent p: Int, kids: [Int], columns: [Int]) -> [Int] {
        guard t.rows.indices.contains(p), kids.allSatisfy({ t.rows.indices.contains($0) }) else { return kids }
        var out: [Int] = []
        for k in kids {
            if isDoubtful(t.rows[k]) { out.append(k); continue }
            for c in columns {
                let parts = kids.map { value(t.rows[$0], c) }
                let texts = [t.rows[p].cell(c)] + kids.map { t.rows[$0].cell(c) }
                let diff = abs((value(t.rows[p], c) ?? 0) - parts.compactMap { $0 }.reduce(Decimal(0), +))
                guard let v = value(t.rows[k], c), v != 0 else { continue }
                if abs(abs(v) - diff) <= Tolerance.bound(terms: 2, decimals: Tolerance.decimals(texts)) { out.append(k); break }
            }
        }
        return out
    }

    /// A row whose reading extraction doubted (a flag of weight 0.1 or more: rows run together,
    /// a cell cut by a page break, an unreadable amount …), not merely wrapped or unruled.
    static func isDoubtful(_ r: BudgetRow) -> Bool {
        r.flags.contains { $0 != .checkFailed && $0.penalty >= 0.1 }
    }
}
