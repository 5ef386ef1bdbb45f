import Budget
import Layout
import Tables

/// A sheet wider than the page, printed by a spreadsheet in column chunks: every page of the
/// rows' first columns, then every page of their last columns, each under the header rows
/// repeated (print titles), the rows at the same heights on both. The second chunk reads as a
/// table of its own without a title; joined on the right of the first, piece by piece, the rows
/// are whole again.
enum ColumnChunks {
    /// Each untitled table whose pieces, one for one with the first pieces of the table before it,
    /// stand on the pages after it and have its row lines below the header joins that table on
    /// the right.
    /// Tolerances: `ExtractionSettings.Stitching.chunkLineTolerance` (how far the row lines of two
    /// chunks' pieces may lie apart and still be one line) and `chunkMinUniformRows`.
    static func join(_ tables: [StitchedTable], settings: ExtractionSettings.Stitching = .init()) -> [StitchedTable] {
        let lineTolerance = settings.chunkLineTolerance
        var out: [StitchedTable] = []
        for t in tables {
            // No title (a header word taken for one, which names no table, is none).
            let untitled = t.block.code == nil && !(t.block.title.map(Classifier.looksLikeTitle) ?? false)
            // The chunk's pieces pair with the first pieces of the table before it; a last page of
            // the chunk holding too little to be read (a column's last few rows) leaves the
            // table's last pieces without its columns, and the table asks for review.
            let paired = out.last.map { Array($0.pieces.prefix(t.pieces.count)) } ?? []
            if let previous = out.last, untitled, !t.pieces.isEmpty, t.pieces.count <= previous.pieces.count,
               paired.contains(where: { rowsVary($0, lineTolerance: lineTolerance) }) || paired.map(bodyRows).reduce(0, +) >= settings.chunkMinUniformRows,
               let lastPage = previous.pieces.last?.page, let firstPage = t.pieces.first?.page, firstPage > lastPage {
                let label = t.block.title.map(PrintedWords.squeeze).flatMap { $0.isEmpty ? nil : $0 }
                let joined = zip(paired, t.pieces).enumerated().compactMap { i, pair in
                    sideBySide(pair.0, pair.1, bandAbove: i == 0 ? label : nil, lineTolerance: lineTolerance)
                        ?? spread(pair.1, overRowsOf: pair.0, lineTolerance: lineTolerance).flatMap {
                            sideBySide(pair.0, $0, bandAbove: i == 0 ? label : nil, lineTolerance: lineTolerance)
                        }
                }
                if joined.count == t.pieces.count {
                    let unpaired = previous.pieces.dropFirst(joined.count).map { p -> PageTable in
                        var p = p; p.tableFlags.insert(.pieceNotStitched); return p
                    }
                    out[out.count - 1].pieces = joined + unpaired
                    out[out.count - 1].notes += t.notes.filter { !previous.notes.contains($0) }
                    continue
                }
            }
            out.append(t)
        }
        return out
    }

    /// `right` laid on the right of `left` as one piece on `left`'s page, or nil when their rows
    /// are not the same: their tops and bottoms, and every row line below `left`'s header, must be
    /// one (the header's bands may differ: each chunk rules its own header cells).
    // Rows of one height line up with those of any table printed alike: only rows that vary in
    // height (names wrapped over lines), or `chunkMinUniformRows` rows at least (two tables of as
    // many rows, page for page, are no chance), say by lining up that two chunks hold the same rows.

    static func bodyRows(_ piece: PageTable) -> Int { max(0, piece.rowCount - TableAssembler.detectHeaderRows(piece)) }

    /// Whether a piece's body rows are of more than one height.
    static func rowsVary(_ piece: PageTable, lineTolerance: Double) -> Bool {
        let body = Array(piece.grid.ys.dropFirst(TableAssembler.detectHeaderRows(piece)))
        let heights = zip(body, body.dropFirst()).map { $1 - $0 }
        guard let lo = heights.min(), let hi = heights.max() else { return false }
        return hi - lo > lineTolerance
    }

    /// `right`'s body laid over `left`'s row lines, where the chunk was read from its text with
    /// fewer rows than the rules draw (rows empty in the chunk, its amounts in a few: a ruled row
    /// with nothing in it parts no rows of a table read from its text): every row line of its body
    /// is one of `left`'s, and each of its cells goes to the row of `left` its text stands in, the
    /// rows it leaves empty added. Nil where a line is not `left`'s, or a cell of text spans rows.
    static func spread(_ right: PageTable, overRowsOf left: PageTable, lineTolerance: Double) -> PageTable? {
        let la = left.grid.ys, lb = right.grid.ys
        let h = TableAssembler.detectHeaderRows(right)
        guard h > 0, h < lb.count, let bottom = la.last, let last = lb.last, last <= bottom + lineTolerance else { return nil }
        let headerBottom = lb[h]
        func has(_ ys: [Double], _ y: Double) -> Bool { ys.contains { abs($0 - y) <= lineTolerance } }
        let body = la.filter { $0 > headerBottom + lineTolerance }
        guard has(la, headerBottom), lb[(h + 1)...].allSatisfy({ has(body, $0) }), body.count > lb.count - h - 1 else { return nil }
        let ys = Array(lb[...h]) + body
        func band(_ y: Double) -> Int? { (h..<(ys.count - 1)).first { ys[$0] <= y && y < ys[$0 + 1] } }
        var cells: [Cell] = []
        var vRuled = Array(right.grid.vRuled.prefix(h))
        var source = [Int](repeating: -1, count: ys.count - 1 - h)
        for c in right.cells {
            if c.row < h {
                guard c.row + c.rowSpan <= h else { return nil }
                cells.append(c); continue
            }
            guard !c.text.isEmpty else { continue }
            guard c.rowSpan == 1, let ink = c.inkBox, let u = band(ink.midY) else { return nil }
            var m = c
            m.row = u
            m.box = Rect(x0: c.box.x0, y0: ys[u], x1: c.box.x1, y1: ys[u + 1])
            cells.append(m)
            source[u - h] = c.row
        }
        for u in h..<(ys.count - 1) {
            vRuled.append(right.grid.vRuled[source[u - h] >= 0 ? source[u - h] : min(right.grid.vRuled.count - 1, h)])
        }
        // Each row's free positions get empty cells of their own, as a table read alike has.
        var taken = Array(repeating: Array(repeating: false, count: right.columnCount), count: ys.count - 1)
        for c in cells { for r in c.row..<(c.row + c.rowSpan) { for col in c.col..<(c.col + c.colSpan) { taken[r][col] = true } } }
        for u in h..<(ys.count - 1) {
            for col in 0..<right.columnCount where !taken[u][col] {
                cells.append(Cell(row: u, col: col, box: Rect(x0: right.grid.xs[col], y0: ys[u], x1: right.grid.xs[col + 1], y1: ys[u + 1]), text: ""))
            }
        }
        let hRuled = Array(right.grid.hRuled.prefix(h + 1)) + body.map { _ in Array(repeating: true, count: right.columnCount) }
        var grid = Grid(xs: right.grid.xs, ys: ys, hRuled: hRuled, vRuled: vRuled)
        grid.verticalRulesOnly = right.grid.verticalRulesOnly
        var spread = right
        spread.grid = grid
        spread.cells = cells.sorted { ($0.row, $0.col) < ($1.row, $1.col) }
        return spread
    }

    /// `bandAbove`: the text printed over the second chunk's first piece above its grid, read as
    /// its title (its header's top band, no rule at its sides): a header cell over its columns.
    static func sideBySide(_ left: PageTable, _ right: PageTable, bandAbove: String? = nil, lineTolerance: Double) -> PageTable? {
        let la = left.grid.ys, lb = right.grid.ys
        guard left.rowCount > 0, right.rowCount > 0, left.pageFrame == nil, right.pageFrame == nil,
              let a0 = la.first, let a1 = la.last, let b0 = lb.first, let b1 = lb.last,
              abs(a1 - b1) <= lineTolerance else { return nil }
        let h = TableAssembler.detectHeaderRows(left)
        guard h > 0, h < la.count else { return nil }
        let headerBottom = la[h]
        // The second chunk's header may start lower (its top band, with no side rules, read as
        // its title), never higher.
        guard abs(a0 - b0) <= lineTolerance || (b0 > a0 && b0 < headerBottom) else { return nil }
        func has(_ ys: [Double], _ y: Double) -> Bool { ys.contains { abs($0 - y) <= lineTolerance } }
        guard la.allSatisfy({ $0 < headerBottom - lineTolerance || has(lb, $0) }),
              lb.allSatisfy({ $0 < headerBottom - lineTolerance || has(la, $0) }) else { return nil }
        var ys = la
        for y in lb where !has(ys, y) { ys.append(y) }
        ys.sort()
        func index(_ y: Double) -> Int { ys.firstIndex { abs($0 - y) <= lineTolerance } ?? 0 }
        // The row of a piece that holds the band from ys[u] down.
        func rowOf(_ piece: [Double], _ u: Int) -> Int {
            max(0, min(piece.count - 2, (piece.lastIndex { $0 <= ys[u] + lineTolerance } ?? 0)))
        }
        let dx = (left.grid.xs.last ?? 0) - (right.grid.xs.first ?? 0)
        let xs = left.grid.xs + right.grid.xs.dropFirst().map { $0 + dx }
        let lc = left.columnCount, rc = right.columnCount
        var hRuled: [[Bool]] = []
        for y in ys {
            let ra = la.firstIndex { abs($0 - y) <= lineTolerance }, rb = lb.firstIndex { abs($0 - y) <= lineTolerance }
            let leftPart = ra.map { left.grid.hRuled[$0] } ?? Array(repeating: false, count: lc)
            let rightPart = rb.map { right.grid.hRuled[$0] } ?? Array(repeating: false, count: rc)
            hRuled.append(leftPart + rightPart)
        }
        var vRuled: [[Bool]] = []
        for u in 0..<(ys.count - 1) {
            let l = left.grid.vRuled[rowOf(la, u)], r = right.grid.vRuled[rowOf(lb, u)]
            // The line where the chunks meet is drawn only where both draw it: a header cell the
            // page's side cut (a group over columns of both chunks) is left open on both.
            guard let joint = l.last, let rightJoint = r.first else { return nil }
            vRuled.append(Array(l.dropLast()) + [joint && rightJoint] + Array(r.dropFirst()))
        }
        var grid = Grid(xs: xs, ys: ys, hRuled: hRuled, vRuled: vRuled)
        grid.verticalRulesOnly = left.grid.verticalRulesOnly && right.grid.verticalRulesOnly
        func moved(_ c: Cell, _ pieceYs: [Double], columnOffset: Int, shift: Double) -> Cell {
            var m = c
            let top = index(pieceYs[c.row]), bottom = index(pieceYs[min(pieceYs.count - 1, c.row + c.rowSpan)])
            m.row = top; m.rowSpan = max(1, bottom - top); m.col += columnOffset
            m.box = Rect(x0: c.box.x0 + shift, y0: c.box.y0, x1: c.box.x1 + shift, y1: c.box.y1)
            return m
        }
        var cells = left.cells.map { moved($0, la, columnOffset: 0, shift: 0) }
            + right.cells.map { moved($0, lb, columnOffset: lc, shift: dx) }
        // A header band the second chunk printed above its grid: its text (when the chunk's first
        // piece had it) heads the chunk's columns there, and the header asks for review either way.
        // A band above the second chunk's grid is a header cell its page does not rule: a group
        // over columns of both chunks, cut by the page's edge, when the first chunk has one group
        // cell over its last column on those rows and the band prints nothing or a part of its
        // label (the spreadsheet draws the label centred in the whole cell, clipped on each page).
        // Other text there heads the chunk's columns, and the header asks for review.
        var bandInDoubt = false
        if b0 > a0 + lineTolerance {
            let top = index(a0), bottom = index(b0)
            let band = bandAbove.map(PrintedWords.squeeze) ?? ""
            let groups = cells.indices.filter { i in
                cells[i].col <= lc - 1 && cells[i].col + cells[i].colSpan > lc - 1 && cells[i].row == top && cells[i].row + cells[i].rowSpan == bottom
            }
            if bottom > top, !cells.contains(where: { $0.col >= lc && $0.row < bottom }) {
                if groups.count == 1, case let label = PrintedWords.squeeze(cells[groups[0]].text), !label.isEmpty, band.isEmpty || label.contains(band) {
                    cells[groups[0]].colSpan += rc
                    cells[groups[0]].box = cells[groups[0]].box.union(Rect(x0: right.grid.xs[0] + dx, y0: a0, x1: (right.grid.xs.last ?? 0) + dx, y1: b0))
                } else {
                    bandInDoubt = true
                    if let text = bandAbove {
                        cells.append(Cell(row: top, col: lc, rowSpan: bottom - top, colSpan: rc,
                                          box: Rect(x0: right.grid.xs[0] + dx, y0: a0, x1: (right.grid.xs.last ?? 0) + dx, y1: b0), text: text))
                    }
                }
            } else {
                bandInDoubt = true
            }
        }
        // A header group over columns of both chunks prints its label in one of them, or in both:
        // the two parts, one of them blank or both alike, on the same rows where the chunks meet,
        // are one cell. A blank part that cannot be joined so leaves the group's columns in doubt.
        var jointInDoubt = false
        let headerRows = index(headerBottom)
        for r in 0..<headerRows {
            guard let l = cells.firstIndex(where: { $0.row == r && $0.col <= lc - 1 && $0.col + $0.colSpan > lc - 1 }),
                  let rr = cells.firstIndex(where: { $0.row == r && $0.col == lc }) else { continue }
            let lt = PrintedWords.squeeze(cells[l].text), rt = PrintedWords.squeeze(cells[rr].text)
            guard lt.isEmpty != rt.isEmpty || (!lt.isEmpty && lt == rt) else { continue }
            guard cells[l].rowSpan == cells[rr].rowSpan else { jointInDoubt = true; continue }
            var whole = lt.isEmpty ? cells[rr] : cells[l]
            whole.col = cells[l].col
            whole.colSpan = cells[l].colSpan + cells[rr].colSpan
            whole.box = cells[l].box.union(cells[rr].box)
            cells[l] = whole
            cells.remove(at: rr)
        }
        var joined = PageTable(page: left.page, grid: grid, cells: cells, strayText: left.strayText)
        joined.lostAmounts = left.lostAmounts + right.lostAmounts
        // Text the page's edge cut on the left chunk goes on in the right one.
        joined.tableFlags = left.tableFlags.subtracting([.cutAtPageEdge]).union(right.tableFlags)
        if bandInDoubt || jointInDoubt { joined.tableFlags.insert(.headerUncertain) }
        joined.captions = left.captions
        joined.footnotes = left.footnotes + right.footnotes.filter { !left.footnotes.contains($0) }
        joined.overflow = left.overflow
        return joined
    }
}
