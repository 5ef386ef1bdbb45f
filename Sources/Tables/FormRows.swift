import Foundation
import Layout

/// Rows of a form ruled by vertical lines only (部门整体绩效目标表: labels, prose and indicator
/// values, few amounts): with no amount column to anchor items, a row is a band of cells that
/// overlap in height, each cell the lines of one column set at a wrap's spacing. A label merged
/// down several rows (年度主要任务, 投入管理指标) is the text between two breaks of its column,
/// printed once in the middle of the rows it spans; it is laid over the rows afterwards, as
/// merged labels beside amounts are.
extension TextRows {
    /// Where to cut one grid row of a form (its text lines column by column, no column of
    /// amounts); none when the lines make one row, or when a row would hold text in one column
    /// only (a header cell's stacked lines, a wrapped name: no evidence of rows).
    static func formItems(_ columns: [[TextLine]], columnXs: [Double]?, rowBounds: (top: Double, bottom: Double)?,
                          em: Double, bottomMayBeCut: Bool = true, settings: ExtractionSettings.TextRows) -> ItemCuts {
        let none = ItemCuts(cuts: [], openColumns: [], doubtful: false, doubtfulItems: [])
        guard columns.filter({ !$0.isEmpty }).count >= 2, em > 0 else { return none }
        let lines = columns.map { $0.sorted { $0.box.midY < $1.box.midY } }
        let leftEdge = lines.map { $0.map(\.box.x0).min() ?? 0 }
        func fills(_ c: Int, _ l: TextLine) -> Bool {
            guard let xs = columnXs, c + 1 < xs.count else { return false }
            return xs[c + 1] - l.box.x1 <= max(0, leftEdge[c] - xs[c]) + em * settings.fillSlackFactor
        }
        // The spacing of a wrap and of rows (see `items`): the closest pitch of a line under one
        // that fills its cell, and the next wider one short of a row skipped.
        let pairs = lines.indices.flatMap { c in
            lines[c].indices.dropFirst().map { i in (pitch: lines[c][i].box.midY - lines[c][i - 1].box.midY, wraps: fills(c, lines[c][i - 1])) }
        }
        var wrapSplit: Double?
        let wrapPitch = pairs.filter({ $0.wraps && $0.pitch <= em * settings.wrapPitchMaxFactor }).map(\.pitch).min()
        if let p1 = wrapPitch,
           let p2 = pairs.map(\.pitch).filter({ $0 > p1 + em * settings.rowSpacingStepFactor && $0 < p1 * settings.rowPitchMaxRatio }).min() {
            wrapSplit = (p1 + p2) / 2
        }
        // Cells: each column's lines, a line joining the one above at a wrap's spacing (or, where
        // spacing tells nothing, under a line that fills its cell).
        struct FormCell { var column: Int; var y0: Double; var y1: Double; var middles: [Double] }
        var cells: [FormCell] = []
        for c in lines.indices {
            for (i, l) in lines[c].enumerated() {
                let y0 = l.box.midY - em / 2, y1 = l.box.midY + em / 2
                if i > 0, var last = cells.last, last.column == c {
                    let above = lines[c][i - 1], pitch = l.box.midY - above.box.midY
                    let joins = wrapSplit.map { pitch < $0 }
                        ?? (fills(c, above) && pitch <= em * settings.wrapPitchMaxFactor && !looksLikeItemStart(l.text))
                    if joins {
                        last.y1 = y1; last.middles.append(l.box.midY); cells[cells.count - 1] = last
                        continue
                    }
                }
                cells.append(FormCell(column: c, y0: y0, y1: y1, middles: [l.box.midY]))
            }
        }
        // A cell beside two cells of another column, each set apart from the other, spans rows:
        // it takes no part in telling the rows apart.
        func overlaps(_ a: FormCell, _ b: FormCell) -> Bool { a.y0 < b.y1 && b.y0 < a.y1 }
        // Unless its lines part into runs each centred on the middle of the next of those cells
        // (labels of consecutive rows set at one spacing, the rows' padding no wider than a wrap:
        // 部门(单 / 位)名称 / 年度履 / 职目标 beside 某市示范局 and the prose of the next row): each run
        // is its row's label (`namesOfRows`).
        cells = cells.flatMap { cell -> [FormCell] in
            guard cell.middles.count >= 2 else { return [cell] }
            let others = cells.filter { $0.column != cell.column && overlaps($0, cell) }
            for (_, beside) in Dictionary(grouping: others, by: \.column).sorted(by: { $0.key < $1.key }) where beside.count >= 2 {
                let centres = beside.compactMap { b in b.middles.first.flatMap { f in b.middles.last.map { (f + $0) / 2 } } }.sorted()
                if let runs = namesOfRows(cell.middles, amountLines: centres, em: em, bottomMayBeCut: false, settings: settings) {
                    return runs.compactMap { r in
                        guard let f = r.first, let l = r.last else { return nil }
                        return FormCell(column: cell.column, y0: f - em / 2, y1: l + em / 2, middles: r)
                    }
                }
            }
            return [cell]
        }
        // Two cells of a column set a wrap's spacing apart (no cell padding between) are one
        // cell's lines that the fill test parted (a prose line ended short of the side by a
        // narrow glyph), not two rows: a cell beside them spans no rows by them.
        func setApart(_ beside: [FormCell]) -> Bool {
            guard let p1 = wrapPitch else { return true }
            let sorted = beside.sorted { $0.y0 < $1.y0 }
            return zip(sorted, sorted.dropFirst()).contains { a, b in
                guard let last = a.middles.last, let first = b.middles.first else { return true }
                return first - last > p1 + em * settings.rowSpacingStepFactor
            }
        }
        let spanning = Set(cells.indices.filter { i in
            let others = cells.filter { $0.column != cells[i].column && overlaps($0, cells[i]) }
            return Dictionary(grouping: others, by: \.column).values.contains { $0.count >= 2 && setApart($0) }
        })
        // Rows: the other cells, those that overlap in height one row.
        func rowsOf(_ kept: [Int]) -> [(y0: Double, y1: Double, columns: Set<Int>)] {
            var rows: [(y0: Double, y1: Double, columns: Set<Int>)] = []
            for i in kept.sorted(by: { cells[$0].y0 < cells[$1].y0 }) {
                let cell = cells[i]
                if var last = rows.last, cell.y0 < last.y1 {
                    last.y1 = max(last.y1, cell.y1); last.columns.insert(cell.column); rows[rows.count - 1] = last
                } else {
                    rows.append((cell.y0, cell.y1, [cell.column]))
                }
            }
            return rows
        }
        var rows = rowsOf(cells.indices.filter { !spanning.contains($0) })
        // Columns of labels merged down rows: one holding a cell that spans rows, or as sparse
        // (fewer cells than `mergedLabelMaxShare` of the rows) with only such columns left of it
        // (a label precedes what it labels: 年度主要任务 printed once on two lines between two
        // task rows; 一级指标 | 二级指标, a nested label over an odd number of rows sitting on
        // its middle row's line). A sparse column right of the rows' own text (指标值说明 given
        // for a few rows) holds rows' own text. Their cells take no part in telling rows apart.
        var mergedColumns: [Int] = []
        for c in columns.indices {
            let own = cells.indices.filter { cells[$0].column == c }
            guard !own.isEmpty else { continue }
            let sparse = Double(own.count) < Double(rows.count) * settings.mergedLabelMaxShare
            let leading = (0..<c).allSatisfy { lines[$0].isEmpty || mergedColumns.contains($0) }
            // Blank over the first rows beside a merged column (the rest of a nested cell the break
            // above cut, 绩效管理 over the indicators at the top of the page): a merged column too.
            let cutAbove = mergedColumns.contains(c - 1) && rows.count >= 2
                && own.allSatisfy { cells[$0].y0 >= rows[1].y0 }
            // Nested in a merged column and blank in some row that has text right of it (一级指标 |
            // 二级指标 | 三级指标: every indicator row names its 二级指标 unless that cell is merged
            // down, printed once on its middle row's line or at the top of a run the page break
            // cuts): its labels are merged too, whatever their number (the band's own header row
            // 二级指标 counts among them).
            let blankBesideText = mergedColumns.contains(c - 1) && rows.contains { row in
                !row.columns.contains(c) && row.columns.contains { $0 > c }
            }
            if own.contains(where: spanning.contains) || (sparse && leading) || cutAbove || blankBesideText { mergedColumns.append(c) }
        }
        rows = rowsOf(cells.indices.filter { !spanning.contains($0) && !mergedColumns.contains(cells[$0].column) })
        // A row with text in one column only is the rest of the row nearest it (a wrapped line set
        // a little apart), not a row of its own.
        var k = 0
        while k < rows.count, rows.count > 1 {
            guard rows[k].columns.count < 2 else { k += 1; continue }
            let up = k > 0 ? rows[k].y0 - rows[k - 1].y1 : .infinity
            let down = k + 1 < rows.count ? rows[k + 1].y0 - rows[k].y1 : .infinity
            let into = up <= down ? k - 1 : k + 1
            rows[into] = (min(rows[into].y0, rows[k].y0), max(rows[into].y1, rows[k].y1), rows[into].columns.union(rows[k].columns))
            rows.remove(at: k)
            k = 0
        }
        guard rows.count >= 2, rows.allSatisfy({ $0.columns.count >= 2 }) else { return none }
        var cuts: [Double] = [], open: [Set<Int>] = []
        for k in 0..<(rows.count - 1) {
            cuts.append((rows[k].y1 + rows[k + 1].y0) / 2)
            open.append([])
        }
        let regions = rows.indices.map { k in
            (y0: k == 0 ? rowBounds?.top ?? rows[k].y0 - em / 2 : cuts[k - 1],
             y1: k == rows.count - 1 ? rowBounds?.bottom ?? rows[k].y1 + em / 2 : cuts[k])
        }
        let items = rows.map { (y0: $0.y0, y1: $0.y1) }
        var bounds: [Int: Set<Int>] = [:], doubtful = Set<Int>()
        for c in mergedColumns {
            let labels = cells.filter { $0.column == c }.map { MergedLabel(y0: $0.y0, y1: $0.y1) }
            let spans = mergedSpans(labels, items: items, regions: regions, em: em, barriers: bounds[c - 1] ?? [],
                                    bottomMayBeCut: bottomMayBeCut, settings: settings)
            bounds[c] = Set(spans.flatMap { [$0.rows.lowerBound, $0.rows.upperBound + 1] }).filter { $0 > 0 && $0 < rows.count }
            for (range, doubt) in spans {
                for k in range.dropLast() { open[k].insert(c) }
                if doubt { doubtful.formUnion(range) }
            }
        }
        return ItemCuts(cuts: cuts, openColumns: open, doubtful: false, doubtfulItems: doubtful)
    }
}
