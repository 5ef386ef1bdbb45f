import Foundation
import Layout
import Tables

/// Headers that put the measure last: each item's 预算数 and 决算数 side by side (合计/预算数 |
/// 合计/决算数 | 因公出国（境）费/预算数 | …, the 三公 table of final accounts). The items add up
/// within each measure: 合计/预算数 = Σ item/预算数, and the same for 决算数.
enum MeasureColumns {
    static func check(_ t: BudgetTable, amounts: Set<Int>) -> [CheckResult] {
        let cols = amounts.sorted().filter { t.columns.indices.contains($0) }
        guard cols.count >= 4, cols.allSatisfy({ t.columns[$0].path.count >= 2 }) else { return [] }
        let measure = { (c: Int) in PrintedWords.squeeze(t.columns[c].path.last ?? "") }
        let byMeasure = Dictionary(grouping: cols, by: measure)
        guard byMeasure.count >= 2, byMeasure.count < cols.count, byMeasure.values.allSatisfy({ $0.count >= 2 }) else { return [] }
        var out: [CheckResult] = []
        for (name, group) in byMeasure.sorted(by: { ($0.value.first ?? 0) < ($1.value.first ?? 0) }) {
            let columns = group.map { Column(path: Array(t.columns[$0].path.dropLast()), box: t.columns[$0].box) }
            let rows = t.rows.map { r in
                BudgetRow(cells: group.map { r.cell($0) }, page: r.page, box: r.box,
                          cellBoxes: group.map { r.cellBoxes.indices.contains($0) ? r.cellBoxes[$0] : r.box })
            }
            let part = BudgetTable(number: t.number, kind: t.kind, code: t.code, title: t.title, department: t.department,
                                   unit: t.unit, pages: t.pages, regions: t.regions, headerRows: t.headerRows,
                                   columns: columns, rows: rows, notes: t.notes)
            let prefix = "t\(t.number)-"
            out += Checker.checkColumns(part, amounts: Set(group.indices)).map { res in
                var r = res
                r.id = prefix + "\(name)-" + (res.id.hasPrefix(prefix) ? String(res.id.dropFirst(prefix.count)) : res.id)
                r.columns = res.columns.compactMap { group.indices.contains($0) ? group[$0] : nil }
                r.message = "\(name): " + res.message
                return r
            }
        }
        return out
    }
}
