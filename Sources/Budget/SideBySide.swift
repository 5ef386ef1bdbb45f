import Foundation
import Layout

/// Tables printed in side-by-side blocks: a long list (the economic classification of basic
/// expenditure: 301 工资福利支出 …, 302 商品和服务支出 …) folded into two or three column groups
/// with the same header (科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数). Each block is
/// its own list: its codes roll up within it, and rows of one block say nothing about the
/// rows of another printed beside them.
enum SideBySide {
    /// The blocks, as column ranges, when the header is one group of columns repeated (at least
    /// one amount and one other column in each); nil for an ordinary table.
    static func blocks(_ t: BudgetTable, amounts: Set<Int>) -> [Range<Int>]? {
        // The blocks the header was read with (Tables' ColumnBlocks, written to tables.json).
        if t.columns.allSatisfy({ $0.block != nil }), let last = t.columns.last?.block, last >= 1 {
            let ranges = (0...last).map { b in
                (t.columns.firstIndex { $0.block == b } ?? 0)..<((t.columns.lastIndex { $0.block == b } ?? 0) + 1)
            }
            return ranges.allSatisfy { !$0.isEmpty } ? ranges : nil
        }
        let names = t.columns.map { PrintedWords.squeeze($0.path.joined(separator: "/")) }
        let n = names.count
        guard n >= 4 else { return nil }
        for width in 2...(n / 2) where n % width == 0 {
            let repeats = (width..<n).allSatisfy { names[$0] == names[$0 - width] }
            guard repeats else { continue }
            let ranges = stride(from: 0, to: n, by: width).map { $0..<($0 + width) }
            let mixed = ranges.allSatisfy { r in r.contains { amounts.contains($0) } && r.contains { !amounts.contains($0) } }
            return mixed ? ranges : nil
        }
        return nil
    }

    /// The part of the table in one block, as a table of its own, without the rows that print
    /// nothing in it (a shorter block ends early); `rows` maps its rows back to the table's.
    static func block(_ t: BudgetTable, _ r: Range<Int>) -> (table: BudgetTable, rows: [Int]) {
        let kept = t.rows.indices.filter { i in r.contains { !PrintedWords.squeeze(t.rows[i].cell($0)).isEmpty } }
        let rows = kept.map { i -> BudgetRow in
            let row = t.rows[i]
            return BudgetRow(cells: r.map { row.cell($0) }, page: row.page, box: row.box,
                             cellBoxes: r.map { row.cellBoxes.indices.contains($0) ? row.cellBoxes[$0] : row.box })
        }
        let table = BudgetTable(number: t.number, kind: t.kind, code: t.code, title: t.title, department: t.department, unit: t.unit,
                                pages: t.pages, regions: t.regions, headerRows: t.headerRows, columns: Array(t.columns[r]),
                                rows: rows, notes: t.notes)
        return (table, kept)
    }

    /// Each block checked as a table, its results put back in the whole table's columns.
    static func check(_ t: BudgetTable, blocks: [Range<Int>], amounts: Set<Int>,
                      checks: (BudgetTable, Set<Int>) -> [CheckResult]) -> [CheckResult] {
        blocks.enumerated().flatMap { k, r -> [CheckResult] in
            let (part, rowMap) = block(t, r)
            let partAmounts = Set(r.filter { amounts.contains($0) }.map { $0 - r.lowerBound })
            return checks(part, partAmounts).map { res in
                var out = res
                let prefix = "t\(t.number)-"
                out.id = prefix + "b\(k + 1)-" + (res.id.hasPrefix(prefix) ? String(res.id.dropFirst(prefix.count)) : res.id)
                out.columns = res.columns.map { $0 + r.lowerBound }
                out.rows = res.rows.compactMap { rowMap.indices.contains($0) ? rowMap[$0] : nil }
                out.message = "block \(k + 1) (columns \(r.lowerBound + 1)–\(r.upperBound)): " + res.message
                return out
            }
        }
    }
}
