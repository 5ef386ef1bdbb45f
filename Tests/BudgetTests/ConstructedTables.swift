@testable import Budget
@testable import Layout
@testable import Tables

/// A table as the checks see it, built from header paths and printed rows: no PDF needed.
/// Boxes are empty; `unit` is the title block's (万元, 元, or none).
func constructedTable(number: Int = 1, kind: TableKind, title: String = "t", unit: String? = nil,
                      headerRows: Int = 2, paths: [[String]], rows: [[String]]) -> BudgetTable {
    let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
    let assembled = AssembledTable(
        pages: [1], pieces: [], headerRows: headerRows,
        columns: paths.map { Column(path: $0, box: zero) },
        rows: rows.map { TableRow(cells: $0, page: 1, box: zero, cellBoxes: $0.map { _ in zero }) },
        headerCells: [])
    return BudgetTable(number: number, kind: kind, block: TitleBlock(title: title, unit: unit), assembled: assembled, notes: [])
}
