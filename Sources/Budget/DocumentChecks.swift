import Foundation
import Layout

/// Checks across tables and against the narrative (情况说明).
public enum DocumentChecks {
    static func squeeze(_ s: String) -> String { PrintedWords.squeeze(s) }

    /// A figure printed in a table: where, its value, its text.
    struct Figure { var row: Int; var col: Int; var value: Decimal; var text: String }

    /// The grand total a table prints: first amount of its first 合计/总计 row (收入总计 and 支出合计
    /// too, but not a part's 人员经费合计), before any 小计 row, which is only a group's; a 小计 row
    /// is taken only where nothing else is. A table of one row (合计 printed as a column) is its own total.
    static func grandTotal(_ t: BudgetTable, amounts: Set<Int>) -> Figure? {
        func isGrand(_ r: BudgetRow) -> Bool {
            r.cells.enumerated().contains { c, cell in
                let s = squeeze(cell)
                return !amounts.contains(c) && Pattern.firstMatch(s, #"^(?:本年)?(?:收入|支出|收支)?(?:合计|总计|共计)$"#) != nil
            }
        }
        guard let i = t.rows.firstIndex(where: isGrand) ?? t.rows.firstIndex(where: { Checker.isTotalRow($0, amounts: amounts) })
                ?? (t.rows.count == 1 ? 0 : nil) else { return nil }
        let r = t.rows[i]
        guard let c = amounts.sorted().first(where: { r.value($0) != nil }), let v = r.value(c) else { return nil }
        return Figure(row: i, col: c, value: v.value, text: r.cell(c))
    }

    /// An amount in a two-sided table next to a label matching `pattern`.
    static func labelled(_ t: BudgetTable, _ pattern: String) -> Figure? {
        for (i, r) in t.rows.enumerated() {
            for (c, cell) in r.cells.enumerated() where Pattern.firstMatch(squeeze(cell), pattern) != nil {
                if let k = ((c + 1)..<max(c + 1, r.cells.count)).first(where: { r.value($0) != nil }), let v = r.value(k) {
                    return Figure(row: i, col: k, value: v.value, text: r.cell(k))
                }
            }
        }
        return nil
    }

    static func inYuan(_ v: Decimal, _ unit: String?) -> Decimal? { Amount.yuanFactor(unit).map { v * $0 } }

    /// The same figure printed in two tables must agree: the summary's income and expenditure
    /// totals against the revenue and expenditure tables' grand totals.
    public static func crossTable(_ doc: BudgetDocument, amounts: [Set<Int>]) -> [CheckResult] {
        /// `carried`: in 元, what the year's balances add to figure A to give figure B.
        struct Pair { var label: String; var a: BudgetTable; var figureA: Figure; var b: BudgetTable; var figureB: Figure; var carried: Decimal = 0 }
        func first(_ k: TableKind) -> (BudgetTable, Set<Int>)? {
            doc.tables.indices.first { doc.tables[$0].kind == k }.map { (doc.tables[$0], amounts.indices.contains($0) ? amounts[$0] : []) }
        }
        var pairs: [Pair] = []
        var notRun: [CheckResult] = []
        /// A figure the check needs from a row that is not there: the check cannot run, and says so.
        func need(_ figure: Figure?, in t: BudgetTable, _ what: String, for label: String) -> Figure? {
            if figure == nil {
                notRun.append(.notRun(id: "doc-cross-not-run\(notRun.count + 1)", table: t.number,
                                      "\(label): table \(t.number) «\(t.title)» has no \(what) row with an amount"))
            }
            return figure
        }
        let revenue = first(.revenue), expenditure = first(.expenditure)
        // Final accounts print 总计 with the year's balances and 本年收入合计 / 本年支出合计 without:
        // the revenue and expenditure tables hold the year's figures.
        var carried: Decimal?
        if let (s, sa) = first(.budgetSummary) {
            func name(_ f: Figure, _ year: String, _ otherwise: String) -> String {
                s.rows.indices.contains(f.row) && squeeze(s.rows[f.row].cells.joined()).contains(year) ? year : otherwise
            }
            if let (rev, ra) = revenue,
               let a = need(labelled(s, "^收入总计$") ?? labelled(s, "^收入合计$") ?? labelled(s, "^本年收入合计$"), in: s, "收入总计", for: "收入总计"),
               let b = need(grandTotal(rev, amounts: ra), in: rev, "合计", for: "收入总计") {
                pairs.append(Pair(label: name(a, "本年收入合计", "收入总计"), a: s, figureA: a, b: rev, figureB: b))
            }
            if let (exp, ea) = expenditure,
               let a = need(labelled(s, "^支出总计$") ?? labelled(s, "^支出合计$") ?? labelled(s, "^本年支出合计$"), in: s, "支出总计", for: "支出总计"),
               let b = need(grandTotal(exp, amounts: ea), in: exp, "合计", for: "支出总计") {
                pairs.append(Pair(label: name(a, "本年支出合计", "支出总计"), a: s, figureA: a, b: exp, figureB: b))
            }
            carried = CarryOverChecks.carried(s, amounts: sa).flatMap { inYuan($0, s.unit) }
        }
        if let (rev, ra) = revenue, let (exp, ea) = expenditure, let a = grandTotal(rev, amounts: ra), let b = grandTotal(exp, amounts: ea) {
            // With balances carried in and out, the year's revenue and expenditure differ by them.
            pairs.append(Pair(label: carried == nil || a.value == b.value ? "收入合计 = 支出合计" : "收入合计 + 年初结转和结余 − 年末结转和结余 = 支出合计",
                              a: rev, figureA: a, b: exp, figureB: b, carried: carried ?? 0))
        }
        // The general public budget: its expenditure table's total against the fiscal table's
        // 一般公共预算 column, and its basic expenditure against the 基本支出 column.
        if let (gpb, ga) = first(.gpbExpenditure), let g = grandTotal(gpb, amounts: ga) {
            if let (f, fa) = first(.fiscalSummary), let col = column(f, amounts: fa, containing: "一般公共预算", after: "支出"),
               let cell = valueIn(f, column: col, rowLabel: "^(支出合计|支出总计|一、本年支出)$") {
                pairs.append(Pair(label: "一般公共预算支出", a: f, figureA: cell, b: gpb, figureB: g))
            }
            if let (basic, ba) = first(.gpbBasicExpenditure), let b = grandTotal(basic, amounts: ba),
               let col = column(gpb, amounts: ga, containing: "基本支出", after: nil),
               let row = gpb.rows.firstIndex(where: { Checker.isTotalRow($0, amounts: ga) }), let v = gpb.rows[row].value(col) {
                pairs.append(Pair(label: "一般公共预算基本支出", a: gpb, figureA: Figure(row: row, col: col, value: v.value, text: gpb.rows[row].cell(col)),
                                  b: basic, figureB: b))
            }
        }
        var out: [CheckResult] = notRun
        for (n, p) in pairs.enumerated() {
            guard let va = inYuan(p.figureA.value, p.a.unit), let vb = inYuan(p.figureB.value, p.b.unit) else { continue }
            guard p.a.rows.indices.contains(p.figureA.row), p.b.rows.indices.contains(p.figureB.row) else { continue }
            // The revenue table may print the year's revenue only, or with the balance brought in.
            let ok = va == vb || va + p.carried == vb
            let msg = "\(p.label): table \(p.a.number) «\(p.a.title)» prints \(p.figureA.text) (page \(p.a.rows[p.figureA.row].page)), table \(p.b.number) «\(p.b.title)» prints \(p.figureB.text) (page \(p.b.rows[p.figureB.row].page))"
                + (p.carried == 0 || p.figureA.value == p.figureB.value ? "" : "; the balances carried in and out (summary table) come to \(Checker.fmt(p.carried)) 元")
            out.append(CheckResult(id: "doc-cross\(n + 1)", kind: .crossTable, passed: ok, message: msg,
                                   expected: p.figureA.text, printed: p.figureB.text, table: p.b.number,
                                   rows: ok ? [] : [p.figureB.row], columns: [p.figureB.col]))
        }
        return out
    }

    /// The first amount column whose header path holds `word` (under a part holding `after`),
    /// not a 其中 subset.
    static func column(_ t: BudgetTable, amounts: Set<Int>, containing word: String, after: String?) -> Int? {
        t.columns.indices.first { c in
            let path = t.columns[c].path.map(squeeze)
            guard amounts.contains(c), !(path.last ?? "").hasPrefix("其中") else { return false }
            guard let i = path.firstIndex(where: { $0.contains(word) }) else { return false }
            return after.map { a in path[..<i].contains { $0.contains(a) } } ?? true
        }
    }

    static func valueIn(_ t: BudgetTable, column c: Int, rowLabel pattern: String) -> Figure? {
        for (i, r) in t.rows.enumerated() where r.cells.contains(where: { Pattern.firstMatch(squeeze($0), pattern) != nil }) {
            if let v = r.value(c) { return Figure(row: i, col: c, value: v.value, text: r.cell(c)) }
        }
        return nil
    }

    /// An amount the text states, with its unit: "3000.00万元", "30,000万元".
    static let amountInText = Pattern.regex(#"(\d[\d,]*(?:\.\d+)?)(万元|千元|亿元|元)"#)

    /// Where a row's figure may be named: the names of rows (and of the figures of one-row
    /// tables), with the amounts they print in 元.
    struct Source { var table: Int; var row: Int; var values: [Decimal?]; var printed: [String] }

    /// Amounts stated in the narrative for a name that one table row carries, against that row.
    /// A name and a figure belong together when they share a clause (the text between ，。；,),
    /// whatever the words between them (为, 达, 合计, 预计, 决算数为, 年初预算安排 …), or when
    /// a clause names the item and the next one, naming nothing, gives its figure
    /// ("…缺口项目，年初预算安排3000.00万元"). A figure matching any amount of a row of that name
    /// (in any table) passes: the text often quotes one scope (the general public budget) of a
    /// row that prints several.
    public static func narrative(_ doc: BudgetDocument, amounts: [Set<Int>]) -> [CheckResult] {
        let text = Array(squeeze(doc.narrative.joined()))
        guard !text.isEmpty else { return [] }
        let byName = rowSources(doc, amounts: amounts)
        var byStem: [String: [Source]] = [:]
        for (n, rows) in byName { byStem[stem(n), default: []] += rows }
        let scopes = scopeAmounts(doc)
        var out: [CheckResult] = []
        var seen = Set<String>()
        for said in statements(in: text, names: byName.keys.filter { $0.count >= 4 }) {
            let key = "\(said.name)|\(said.yuan)"
            guard !seen.contains(key), let rows = byName[said.name] else { continue }
            seen.insert(key)
            let ok = agrees(said, with: byStem[stem(said.name)] ?? rows, scopes: scopes)
            // Final accounts print what was spent; the text also gives what was budgeted (年初预算为 …),
            // a figure their tables need not print: unless a table prints it, it is not checked.
            if doc.info.type == .finalAccounts, !ok, said.wording.contains("预算"), !said.wording.contains("决算") { continue }
            out.append(result(said, ok: ok, rows: rows, doc: doc, id: "doc-text\(out.count + 1)"))
        }
        return out
    }

    /// Every row name (and one-row table's figure name) of the checked tables, with its amounts.
    static func rowSources(_ doc: BudgetDocument, amounts: [Set<Int>]) -> [String: [Source]] {
        var byName: [String: [Source]] = [:]
        for (t, amounts) in zip(doc.tables, amounts) where !Checker.notSummed.contains(t.kind) && t.kind != .other {
            // A table that prints no figure at all (an empty fund table) cannot contradict the text.
            guard t.rows.contains(where: { r in amounts.contains { r.value($0) != nil } }) else { continue }
            let twoSided = Checker.twoSided.contains(t.kind)
            var names: [String: [Int]] = [:]
            for (i, r) in t.rows.enumerated() {
                for (c, cell) in r.cells.enumerated() where !amounts.contains(c) {
                    let name = normalName(cell)
                    guard name.count >= 2, Amount.parse(name) == nil, !PrintedWords.isTotalWord(name) else { continue }
                    // Two-sided tables pair each name with the amount to its right only.
                    let cols = twoSided ? Array(((c + 1)..<max(c + 1, r.cells.count)).filter { amounts.contains($0) }.prefix(1)) : amounts.sorted()
                    guard !cols.isEmpty, names[name]?.contains(i) != true else { continue }
                    names[name, default: []].append(i)
                    byName[name, default: []].append(Source(
                        table: t.number, row: i,
                        values: cols.map { c in r.value(c).flatMap { inYuan($0.value, t.unit) } },
                        printed: cols.map { r.cell($0) }))
                }
            }
            for (name, source) in headerSources(t, amounts: amounts) { byName[name, default: []].append(source) }
            // A name on several rows of one table is a group label (a merged cell), not a row.
            for (name, rows) in names where rows.count > 1 {
                byName[name]?.removeAll { $0.table == t.number }
                if byName[name]?.isEmpty == true { byName[name] = nil }
            }
        }
        return byName
    }

    /// Tables of one row (三公经费) name their figures in the header instead
    /// ("机关运行经费预算数": the text says 机关运行经费预算为…).
    static func headerSources(_ t: BudgetTable, amounts: Set<Int>) -> [(String, Source)] {
        guard !t.rows.isEmpty && t.rows.count <= 2 else { return [] }
        var out: [(String, Source)] = []
        // A column with no figure at all (an empty table's) cannot say what the text's figure is.
        for c in amounts.sorted() where t.columns.indices.contains(c) && t.rows.contains(where: { $0.value(c) != nil }) {
            guard var leaf = t.columns[c].path.last.map(normalName), !Checker.isTotalName(leaf) else { continue }
            for suffix in ["预算数", "预算"] where leaf.hasSuffix(suffix) && leaf.count > suffix.count + 3 {
                leaf.removeLast(suffix.count); break
            }
            guard leaf.count >= 4 else { continue }
            out.append((leaf, Source(table: t.number, row: 0,
                                     values: t.rows.map { $0.value(c).flatMap { inYuan($0.value, t.unit) } },
                                     printed: t.rows.map { $0.cell(c) })))
        }
        return out
    }

    /// A name without the word that says what kind of money it is (教育支出 → 教育), so that
    /// the text's 教育支出 finds the row 教育 and back.
    static func stem(_ n: String) -> String {
        var t = n
        for suffix in ["支出", "收入", "经费", "资金", "拨款"] where t.hasSuffix(suffix) && t.count >= suffix.count + 2 {
            t.removeLast(suffix.count); break
        }
        return t
    }

    /// Differences of scope: the text may quote a row without the 财政专户 money or the
    /// carry-over that the summary table lists as separate sources. A figure that differs
    /// from a row by exactly one such source amount is the same figure in another scope.
    static func scopeAmounts(_ doc: BudgetDocument) -> [Decimal] {
        doc.tables.filter { $0.kind == .budgetSummary }.flatMap { t in
            t.rows.flatMap { r in r.values.compactMap { $0.flatMap { inYuan($0.value, t.unit) } } }
        }.filter { $0 != 0 }
    }

    /// A figure the text gives for a name.
    struct Statement: Equatable {
        var name: String
        var number: String      // as printed: "3000.00"
        var unit: String        // 万元
        var yuan: Decimal
        var tolerance: Decimal  // half a unit of the printed last decimal, in 元
        /// The words between the name and the figure (为, 年初预算为, 支出决算为 …).
        var wording: String = ""
        var figure: String { number + unit }
    }

    /// A clause of the text: the characters between two of ，。；, ; and the mark that ends it.
    struct Clause { var range: Range<Int>; var endsWithComma: Bool }

    /// Clause boundaries: ，。；, and ; (a comma between digits is a thousands separator).
    static func clauses(_ text: [Character]) -> [Clause] {
        var out: [Clause] = []
        var start = 0
        for (i, ch) in text.enumerated() {
            let isDigitComma = ch == "," && i > 0 && i + 1 < text.count && text[i - 1].isNumber && text[i + 1].isNumber
            guard "，。；,;".contains(ch), !isDigitComma else { continue }
            if start < i { out.append(Clause(range: start..<i, endsWithComma: ch == "，" || ch == ",")) }
            start = i + 1
        }
        if start < text.count { out.append(Clause(range: start..<text.count, endsWithComma: false)) }
        return out
    }

    /// Words that name money of another kind: between a name and a figure they mean the figure
    /// is that other money's (一般公共预算基本支出为…, …局固定资产总额…).
    static let otherMoney = ["收支", "支出", "收入", "资金", "经费", "资产", "总额", "拨款"]
    /// Words that make the figure a change, not the amount (比上年增加…, 减少…).
    static let changeWords = ["增加", "减少", "增长", "下降", "相比", "比上年", "较上年", "同比"]

    /// Words before a name that make the figure after it a change of that item, not its amount
    /// ("主要原因是增加江苏法院云平台租赁费400万元": the item costs more than 400万元).
    static let changeBeforeName = ["增加", "减少", "增长", "下降", "压减", "缩减"]

    /// Whether the clause, from its start or its last figure before the name, says the name's
    /// figure is a change (增加X、减少X …).
    static func isChangeOf(_ mention: Range<Int>, in text: [Character], clause: Range<Int>, figures: [StatedFigure]) -> Bool {
        let from = figures.last { $0.at < mention.lowerBound }.map { $0.at + $0.number.count + $0.unit.count } ?? clause.lowerBound
        guard from < mention.lowerBound else { return false }
        let before = String(text[from..<mention.lowerBound])
        return changeBeforeName.contains { before.contains($0) }
    }

    /// Whether the text between a name and a figure is only wording about that name
    /// (为, 达, 合计, 预计, 决算数为, 年初预算安排, 金额 …). Even a money word right after the
    /// name makes it another figure: 一般公共预算支出 is not the income row 一般公共预算.
    static func isWording(_ between: ArraySlice<Character>) -> Bool {
        let t = String(between)
        return !(otherMoney + changeWords).contains { t.contains($0) }
    }

    /// Where the names occur, longest first and never inside a longer name already found
    /// (中等职业教育 inside 提前下达…中等职业教育学生资助…).
    static func mentions(in text: [Character], names: [String]) -> [(name: String, at: Range<Int>)] {
        var at: [Character: [Int]] = [:]
        for (i, ch) in text.enumerated() { at[ch, default: []].append(i) }
        var covered = IndexSet()
        var out: [(name: String, at: Range<Int>)] = []
        for name in names.sorted(by: { ($0.count, $1) > ($1.count, $0) }) {
            let n = Array(name)
            guard let first = n.first else { continue }
            for i in at[first] ?? [] where i + n.count <= text.count && text[i..<(i + n.count)].elementsEqual(n) {
                let r = i..<(i + n.count)
                if covered.intersects(integersIn: r) { continue }
                covered.insert(integersIn: r)
                out.append((name, r))
            }
        }
        return out.sorted { $0.at.lowerBound < $1.at.lowerBound }
    }

    /// A figure the text states: where it starts, its number and unit as printed.
    struct StatedFigure { var at: Int; var number: String; var unit: String }

    /// The figures (amount and unit) a piece of text states.
    static func figures(in text: [Character], _ range: Range<Int>) -> [StatedFigure] {
        let s = String(text[range])
        guard let re = amountInText else { return [] }
        return re.matches(in: s, range: NSRange(s.startIndex..., in: s)).compactMap { m in
            guard let whole = Range(m.range, in: s), let num = Range(m.range(at: 1), in: s),
                  let unit = Range(m.range(at: 2), in: s) else { return nil }
            return StatedFigure(at: range.lowerBound + s.distance(from: s.startIndex, to: whole.lowerBound),
                                number: String(s[num]), unit: String(s[unit]))
        }
    }

    /// Each name paired with its figure: the first figure after it in its clause, before the
    /// next name, with only wording between. A clause that names an item and nothing more
    /// ("重点项目二：…缺口项目，") passes it to the next clause after a comma, when that clause
    /// names nothing before its first figure ("年初预算安排3000.00万元").
    static func statements(in text: [Character], names: [String]) -> [Statement] {
        let found = mentions(in: text, names: names)
        let parts = clauses(text)
        var out: [Statement] = []
        for (k, clause) in parts.enumerated() {
            let inClause = found.filter { clause.range.contains($0.at.lowerBound) }
            let stated = figures(in: text, clause.range)
            for (m, mention) in inClause.enumerated() {
                let nextName = m + 1 < inClause.count ? inClause[m + 1].at.lowerBound : clause.range.upperBound
                var figure = stated.first { $0.at >= mention.at.upperBound && $0.at < nextName }
                    .flatMap { f in isWording(text[mention.at.upperBound..<f.at]) ? f : nil }
                let endsClause = m + 1 == inClause.count && clause.range.upperBound - mention.at.upperBound <= 2
                if figure == nil, endsClause, clause.endsWithComma, k + 1 < parts.count {
                    let next = parts[k + 1].range
                    if let first = figures(in: text, next).first,
                       !found.contains(where: { next.contains($0.at.lowerBound) && $0.at.lowerBound < first.at }),
                       isWording(text[next.lowerBound..<first.at]) {
                        figure = first
                    }
                }
                guard let figure, !isChangeOf(mention.at, in: text, clause: clause.range, figures: stated),
                      let said = Amount.parse(figure.number), let factor = Amount.yuanFactor(figure.unit) else { continue }
                let tolerance = Tolerance.bound(terms: 0, decimals: Tolerance.decimals([figure.number])) * factor
                out.append(Statement(name: mention.name, number: figure.number, unit: figure.unit,
                                     yuan: said.value * factor, tolerance: tolerance,
                                     wording: figure.at >= mention.at.upperBound ? String(text[mention.at.upperBound..<figure.at]) : ""))
            }
        }
        return out
    }

    /// Whether a stated figure is one a row of that name prints, in some scope.
    static func agrees(_ said: Statement, with sources: [Source], scopes: [Decimal]) -> Bool {
        sources.contains { src in
            src.values.contains { v in
                guard let v else { return said.yuan == 0 }
                return abs(v - said.yuan) <= said.tolerance || scopes.contains { abs(v - said.yuan - $0) <= said.tolerance }
            }
        }
    }

    static func result(_ said: Statement, ok: Bool, rows: [Source], doc: BudgetDocument, id: String) -> CheckResult {
        // A source names a row of its own table; one that is not there (a table without rows)
        // leaves the figure unchecked, and says so.
        guard let r = rows.first, let t = doc.tables.first(where: { $0.number == r.table }), t.rows.indices.contains(r.row) else {
            return .notRun(id: id, table: rows.first?.table, "text «\(said.name)» \(said.figure): its row is not in the table")
        }
        let msg = ok
            ? "text «\(said.name)» \(said.figure) agrees with table \(r.table)"
            : "text says «\(said.name)» \(said.figure); table \(r.table) «\(t.title)» row \(r.row + 1) (page \(t.rows[r.row].page)) prints \(r.printed.map { $0.isEmpty ? "(empty)" : $0 }.joined(separator: " / ")) \(t.unit ?? "")"
        return CheckResult(id: id, kind: .narrative, passed: ok, message: msg,
                           expected: r.printed.first, printed: said.figure, table: r.table,
                           rows: ok ? [] : rows.filter { $0.table == r.table }.map(\.row), columns: [])
    }

    /// A row's name without its numbering (一、 （二） 1. ) and a trailing 项目.
    static func normalName(_ s: String) -> String {
        var t = squeeze(s)
        if let r = Pattern.firstMatch(t, PrintedWords.itemNumber) {
            t.removeSubrange(r)
        }
        if t.hasSuffix("项目") && t.count > 6 { t.removeLast(2) }
        return t
    }

    /// The checks across tables and against the text; `amounts` are the tables' amount columns.
    public static func check(_ doc: BudgetDocument, amounts: [Set<Int>]) -> [CheckResult] {
        crossTable(doc, amounts: amounts) + FunctionClassChecks.check(doc, amounts: amounts) + narrative(doc, amounts: amounts)
            + CompletionRates.check(doc)
    }
}
