import Foundation
import Layout

/// How the body rows of a table nest: subject codes (类 > 款 > 项, a unit code over subject
/// codes), total rows and the rows they close, numbered groups (一、 二、). The checks ask it
/// which rows a total or a coded row covers; each question is answered on its own, over the
/// rows as printed.
struct RowHierarchy {
    let rows: [BudgetRow]
    let amounts: Set<Int>
    /// Each row's code, where it has one.
    let keys: [Checker.RowKey?]
    /// Rows labelled with a total word and no code.
    let totals: [Int]
    /// Rows that end the scope of a code above them: totals, and named totals without a code
    /// (人员经费合计, 公用经费合计), which are no child of the code printed before them.
    let closers: Set<Int>
    /// Code families ranked by first appearance: a unit code listed before subject codes heads them.
    let rank: [Int: Int]

    init(_ rows: [BudgetRow], amounts: Set<Int>) {
        self.rows = rows
        self.amounts = amounts
        let keys = rows.map { Checker.rowKey($0, amounts: amounts) }
        self.keys = keys
        let totals = rows.indices.filter { Checker.isTotalRow(rows[$0], amounts: amounts) && keys[$0] == nil }
        self.totals = totals
        closers = Set(totals + rows.indices.filter { i in
            keys[i] == nil && rows[i].cells.enumerated().contains { !amounts.contains($0.offset) && Checker.isTotalName($0.element) }
        })
        var rank: [Int: Int] = [:]
        for k in keys.compactMap({ $0 }) where rank[k.family] == nil { rank[k.family] = rank.count }
        self.rank = rank
    }

    /// Where the rows under coded row `p` end: at a closer, or at a code that is not its
    /// descendant and not of a family ranked below its own.
    func scopeEnd(after p: Int) -> Int {
        guard keys.indices.contains(p), let pk = keys[p] else { return rows.count }
        var q = p + 1
        while q < rows.count {
            if closers.contains(q) { break }
            if let k = keys[q] {
                let descendant = k.family == pk.family && k.code.count > pk.code.count && k.code.hasPrefix(pk.code)
                if !descendant && rank[k.family, default: 0] <= rank[pk.family, default: 0] { break }
            }
            q += 1
        }
        return q
    }

    /// The rows one level below coded row `p` within its scope: the shortest codes of its
    /// family, or else the top level of what it heads.
    func children(of p: Int) -> [Int] {
        guard keys.indices.contains(p), let pk = keys[p] else { return [] }
        let scope = Array((p + 1)..<max(p + 1, scopeEnd(after: p)))
        let sameFamily = scope.filter { keys[$0]?.family == pk.family }
        if let minLen = sameFamily.compactMap({ keys[$0]?.code.count }).min() {
            return sameFamily.filter { keys[$0]?.code.count == minLen }
        }
        return topLevel(scope)
    }

    /// The top level of `scope`: the shortest codes of the highest-ranked family in it, or,
    /// without codes, every row that is not a total.
    func topLevel(_ scope: [Int]) -> [Int] {
        let coded = scope.filter { keys[$0] != nil }
        if let fam = coded.compactMap({ keys[$0] }).min(by: { rank[$0.family, default: 0] < rank[$1.family, default: 0] })?.family {
            let inFam = coded.filter { keys[$0]?.family == fam }
            let minLen = inFam.compactMap { keys[$0]?.code.count }.min()
            return inFam.filter { keys[$0]?.code.count == minLen }
        }
        return scope.filter { !totals.contains($0) }
    }

    /// Rows numbered at the top level (一、 二、 …), the way untagged hierarchies mark their groups.
    func numberedTop(_ scope: [Int]) -> [Int] {
        scope.filter { i in PrintedWords.isTopNumbered(rows[i].cells.first { !PrintedWords.squeeze($0).isEmpty } ?? "") }
    }

    func holding(_ p: Int, _ kids: [Int]) -> Int { Checker.holdingColumns(rows, p, kids, amounts) }

    /// The rows total row `p` covers, and how a message names it. A 小计 heads the rows of its
    /// group (those sharing the group label on its left); a total covers the rows down to the
    /// next total (or all above it, printed last) in the reading that holds on most columns:
    /// the top level, every listed row, the numbered groups, or the 小计 rows below it.
    func totalReading(_ p: Int) -> (kids: [Int], label: String) {
        let label = Checker.totalLabel(rows[p])
        let end = totals.first { $0 > p } ?? rows.count
        var scope = Array((p + 1)..<max(p + 1, end))
        if PrintedWords.squeeze(rows[p].cell(label)) == "小计" && label > 0 {
            let group = rows[p].cells.prefix(label).map(PrintedWords.squeeze)
            return (Array(scope.prefix { rows[$0].cells.prefix(label).map(PrintedWords.squeeze) == group }), "subtotal")
        }
        if scope.isEmpty, p == rows.count - 1 { scope = Array(0..<p).filter { !totals.contains($0) } }   // total printed last
        let subtotals = totals.filter { $0 > p && Checker.isSubtotal(rows[$0]) }
        let kids = topLevel(scope)
        let alternatives = [kids, scope.filter { !totals.contains($0) }, numberedTop(scope), subtotals]
        let best = alternatives.max { holding(p, $0) < holding(p, $1) } ?? kids
        return (holding(p, best) > 0 ? best : kids, "total")
    }

    /// Whether cell `c` of row `q` holds a number in a code column (not an amount column).
    func isNumberCell(_ q: Int, _ c: Int) -> Bool {
        let s = PrintedWords.squeeze(rows[q].cell(c))
        return !amounts.contains(c) && !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The rows coded row `p` lists under it: up to the next code as short as its own (a unit
    /// code sharing its column with subject codes: 302 | 301 01 …), and not past a number in a
    /// code column to its left (款 2 after 项 11: a higher level, numbered by a single digit).
    func listedScope(under p: Int, _ pk: Checker.RowKey) -> [Int] {
        let end = (p + 1..<max(p + 1, rows.count)).first { q in
            closers.contains(q) || (keys[q].map { $0.family == pk.family && $0.code.count <= pk.code.count } ?? false)
                || (0..<pk.family).contains { isNumberCell(q, $0) }
        } ?? rows.count
        return Array((p + 1)..<max(p + 1, end))
    }

    /// Levels numbered in columns of their own (款 | 项 | 目 | 节): the column right of `family`
    /// where row `q` prints its number, when the columns between are empty.
    func numberedColumn(_ q: Int, rightOf family: Int) -> Int? {
        guard family + 1 < rows[q].cells.count else { return nil }
        return ((family + 1)..<rows[q].cells.count).first { isNumberCell(q, $0) }
            .flatMap { c in (family + 1..<c).allSatisfy { PrintedWords.squeeze(rows[q].cell($0)).isEmpty } ? c : nil }
    }

    /// The rows coded row `p` rolls up, or nil where it has no code or no reading holds: its
    /// children by code, or the rows listed under it (those numbered in the nearest column to
    /// its right where the levels have columns of their own, else the top level), whichever
    /// holds on more columns.
    func rollupReading(_ p: Int) -> [Int]? {
        guard keys.indices.contains(p), let pk = keys[p] else { return nil }
        let byCode = children(of: p)
        let scope = listedScope(under: p, pk)
        let nextLevel = scope.compactMap { numberedColumn($0, rightOf: pk.family) }.min()
        let listed = scope.allSatisfy({ keys[$0] == nil }) && nextLevel != nil
            ? scope.filter { numberedColumn($0, rightOf: pk.family) == nextLevel } : topLevel(scope)
        if byCode.isEmpty && holding(p, listed) <= 0 { return nil }
        return byCode.isEmpty || holding(p, listed) > holding(p, byCode) ? listed : byCode
    }
}
