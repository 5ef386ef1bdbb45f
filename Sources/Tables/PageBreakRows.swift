import Layout

/// A row cut by a page break, as a browser prints an HTML table: the row's first lines stay at
/// the foot of page N with no rule under them, the rest opens page N+1 under the repeated
/// header (an empty sliver when the break fell below the row's text). The two parts are one row.
enum PageBreakRows {
    /// Does the piece end in an open row: text below its last horizontal rule, bounded by the
    /// vertical rules and the page (see `GridFinder.openEdges`)?
    static func endsCut(_ piece: PageTable) -> Bool {
        piece.rowCount > 0 && piece.grid.rowLineOpen(piece.rowCount)
    }

    /// The piece's columns (its own) over which its last line is not drawn while it is drawn over
    /// others: a browser draws no rule under a merged cell that the page break cuts (the cell goes
    /// on under the next page's header), and draws it under every cell that ends there.
    static func openAtFoot(_ piece: PageTable) -> Set<Int> {
        let g = piece.grid
        guard piece.rowCount > 0, let last = g.hRuled.last, last.contains(true) else { return [] }
        return Set(last.indices.filter { !last[$0] })
    }

    /// Columns of `piece` whose last cell's text runs on below the table's foot (`PageTable.overflow`:
    /// lines of a merged cell the page break cut that did not fit above it) and ends in a line
    /// that fills the cell: the text was cut there, and goes on at the top of the next piece.
    /// Under vertical rules only no rule at the foot tells which cells the break cut; text run
    /// past the foot does.
    /// `lastCells`: the piece's coverage of its last row (`PageTable.coverage`).
    static func overflowAtFoot(_ piece: PageTable, lastCells: [Int]) -> Set<Int> {
        let xs = piece.grid.xs
        guard piece.rowCount > 0, let bottom = piece.grid.ys.last else { return [] }
        let columns = Set(piece.overflow.filter { $0.midY > bottom }.compactMap { r in
            xs.indices.dropLast().first { xs[$0] <= r.midX && r.midX < xs[$0 + 1] }
        })
        return columns.filter { k in k < lastCells.count && lastCells[k] >= 0 && piece.cells[lastCells[k]].lastLineFull }
    }

    /// The cut row with its continuation's cells joined in, or nil when the continuation is a row
    /// of its own: both parts print a number (a code, an amount) in the same column, which a row
    /// printed once never does; or every column with text on both sides of the break ends its
    /// text before the break (`headFull`: the cut row's last line fills its cell), so the break
    /// fell under a whole row whose rule it hid. `headFull` is per column of the table.
    static func join(_ row: TableRow, continuedBy cells: [String], flags: Set<Flag>, cellFlags: [Set<Flag>],
                     headFull: [Bool] = [], fits: Set<Int> = []) -> TableRow? {
        guard cells.count == row.cells.count else { return nil }
        if endedBefore(row.cells, cells, fits: fits) {
            return joinedDespiteFit(row, cells, flags: flags, cellFlags: cellFlags, headFull: headFull, fits: fits)
        }
        let clash = zip(row.cells, cells).contains { a, b in
            !TableAssembler.norm(a).isEmpty && !TableAssembler.norm(b).isEmpty
                && (TableAssembler.looksNumeric(a) || TableAssembler.looksNumeric(b) || (isBound(a) && isBound(b)))
        }
        if clash { return nil }
        // Text on both sides of the break in one column: sure where the text before the break
        // fills its cell (it wraps on), a guess where it does not. Guesses only: a row of its own.
        let textJoined = row.cells.indices.filter { c in
            !TableAssembler.norm(row.cells[c]).isEmpty && !TableAssembler.norm(cells[c]).isEmpty
        }
        // A target value before the break with its unit (≥100场) may be whole: text after it in its
        // column (及时) may be the next row's value, so that column is a guess. (One ending in its
        // figure, ≤30, goes on with its unit: 分钟.) And the rest of a cut value never opens with a
        // bound: a target after the break (2024年12月31日前 / ≥9500人次) is likely the next row's
        // value, so that column is a guess too.
        let goesOn = textJoined.filter {
            full(headFull, $0) && !NameCutAtBreak.startsWithItemNumber(cells[$0]) && !isWholeTarget(row.cells[$0]) && !isBound(cells[$0])
        }
        if !textJoined.isEmpty && goesOn.isEmpty { return nil }
        var out = joined(row, with: cells, flags: flags, cellFlags: cellFlags)
        if goesOn.count < textJoined.count { out.flags.insert(.joinedAcrossBreak) }
        return out
    }

    /// A first word that would have fitted on the line before the break (a word processor or a
    /// browser may wrap it all the same: ≥160 / 个, 2024 年12 月 31 / 日前), beside texts that all
    /// go on lines filling their cells (增加基层就业 / 岗位): the two readings disagree. Joined, and
    /// asking; nil when nothing but the fitting words would join.
    static func joinedDespiteFit(_ row: TableRow, _ cells: [String], flags: Set<Flag>, cellFlags: [Set<Flag>],
                                 headFull: [Bool], fits: Set<Int>) -> TableRow? {
        let fitting = fits.filter { $0 < cells.count && !TableAssembler.norm(cells[$0]).isEmpty }
        // Only words: a figure that would have fitted is the next item's (0.86 / 0.10); a unit
        // after a target's bare figure (≥160 / 个) is a word. A target whole with its unit
        // (≥90期, ≥12%) is followed by the next row's value (及时), not by more of itself.
        let onlyWords = fitting.allSatisfy { c in
            let head = TableAssembler.norm(row.cells[c])
            if isBound(head) { return head.last?.isNumber == true && !cells[c].contains(where: \.isNumber) }
            return !cells[c].contains(where: \.isNumber) && !TableAssembler.looksNumeric(head)
        }
        // Nor does a target printed whole with its unit or its per cent sign go on across the break.
        let wholeTarget = cells.indices.contains { c in
            let head = TableAssembler.norm(row.cells[c])
            return !TableAssembler.norm(cells[c]).isEmpty && isBound(head) && (isWholeTarget(head) || head.last == "%")
        }
        guard onlyWords, !wholeTarget, isSureTail(row.cells, cells, headFull: headFull, skipping: fits) else { return nil }
        var out = joined(row, with: cells, flags: flags, cellFlags: cellFlags)
        out.flags.insert(.joinedAcrossBreak)
        return out
    }

    static func full(_ headFull: [Bool], _ c: Int) -> Bool { c < headFull.count && headFull[c] }

    /// A target value (≥95%, ≤10 万元, ＞0): one printed on each side of a break is two values,
    /// two rows, as two amounts are (the rest of a cut value never starts with a bound).
    static func isBound(_ text: String) -> Bool {
        TableAssembler.norm(text).first.map { "≥≤＞＜><≧≦".contains($0) } ?? false
    }

    /// A target value with its unit after its figure (≥100场, ≤10个工作日): it may end there.
    static func isWholeTarget(_ text: String) -> Bool {
        let t = TableAssembler.norm(text)
        guard isBound(t), t.contains(where: \.isNumber), let last = t.last else { return false }
        return !(last.isNumber || last == "." || last == "%")
    }

    /// Some column has text on both sides of the break whose first word after it would have
    /// fitted on the last line before it (`fits`, see `TableAssembler.wordsThatFit`): that text
    /// had ended, so what follows the break is a row of its own.
    static func endedBefore(_ head: [String], _ tail: [String], fits: Set<Int>) -> Bool {
        fits.contains { c in
            c < head.count && c < tail.count && !TableAssembler.norm(head[c]).isEmpty && !TableAssembler.norm(tail[c]).isEmpty
        }
    }

    /// `tail` is surely the rest of `head` cut by a page break: it prints something outside the
    /// columns `skipping`, and each of its texts goes on a text of `head` in the same column whose
    /// last line fills its cell, each figure being the wrapped end of the head's figure
    /// ("2004.6" + "3").
    static func isSureTail(_ head: [String], _ tail: [String], headFull: [Bool], fits: Set<Int> = [],
                           skipping: Set<Int> = []) -> Bool {
        guard head.count == tail.count, !endedBefore(head, tail, fits: fits) else { return false }
        var any = false
        for c in tail.indices where !skipping.contains(c) {
            let h = TableAssembler.norm(head[c]), t = TableAssembler.norm(tail[c])
            if t.isEmpty { continue }
            any = true
            if h.isEmpty || (isBound(head[c]) && isBound(tail[c])) { return false }
            if TableAssembler.looksNumeric(head[c]) || TableAssembler.looksNumeric(tail[c]) {
                guard digitsOnly(t), TextRows.isAmountLike(h + t) else { return false }
            } else if !full(headFull, c) || NameCutAtBreak.startsWithItemNumber(tail[c]) || isBound(tail[c]) {
                // (The rest of a cut text never opens with a bound: ≥220次 under 及时 is the next row's value.)
                return false
            }
        }
        return any
    }

    static func digitsOnly(_ t: String) -> Bool {
        t.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "%") }
    }

    /// The row closing the previous piece with the tail of itself joined in, as a word processor
    /// breaks a row across a page (Writer, Word: the border drawn at the page foot, the header
    /// repeated above the tail). Sure when each text in the tail goes on a text of the row whose
    /// last line fills its cell and each figure is the wrapped end of the row's figure (see
    /// `isSureTail`). Otherwise a guess, taken (and flagged `joined_across_break`) only when the
    /// tail's key column is empty (or the cut merged cell's text again) where the row's is not,
    /// the row has figures, and some text of the tail does go on a full line. Nil when the first
    /// row of the continuation is a row of its own.
    static func joinTail(_ row: TableRow, tail given: [String], flags: Set<Flag>, cellFlags: [Set<Flag>],
                         headFull: [Bool] = [], fits: Set<Int> = []) -> TableRow? {
        guard given.count == row.cells.count else { return nil }
        // A merged cell cut by the break gives the tail its text again (a unit, a type over many
        // rows): that is the row's own text, no part of the tail.
        let cells = given.indices.map { c -> String in
            let carried = c < cellFlags.count && cellFlags[c].contains(.mergedCellFilled)
            return carried && TableAssembler.norm(given[c]) == TableAssembler.norm(row.cells[c]) ? "" : given[c]
        }
        if endedBefore(row.cells, cells, fits: fits) {
            return joinedDespiteFit(row, cells, flags: flags, cellFlags: cellFlags, headFull: headFull, fits: fits)
        }
        if isSureTail(row.cells, cells, headFull: headFull) {
            return joined(row, with: cells, flags: flags, cellFlags: cellFlags)
        }
        guard let key = cells.first, let rowKey = row.cells.first,
              TableAssembler.norm(key).isEmpty, !TableAssembler.norm(rowKey).isEmpty,
              cells.contains(where: { !TableAssembler.norm($0).isEmpty }),
              // The row is an item with its figures (a form's text rows under a merged key are rows of their own).
              row.cells.contains(where: { !TableAssembler.norm($0).isEmpty && TableAssembler.looksNumeric($0) }) else { return nil }
        var goesOn = false
        for (c, (head, tail)) in zip(row.cells, cells).enumerated() {
            let h = TableAssembler.norm(head), t = TableAssembler.norm(tail)
            if t.isEmpty { continue }
            if h.isEmpty { return nil }   // a tail goes on a head
            // The rest of a cut text never opens with a bound: a target after the break (≥220次
            // under 及时) is the next row's value.
            if isBound(tail) { return nil }
            if TableAssembler.looksNumeric(head) || TableAssembler.looksNumeric(tail) {
                guard digitsOnly(t), TextRows.isAmountLike(h + t) else { return nil }
            } else if full(headFull, c) && !NameCutAtBreak.startsWithItemNumber(tail) { goesOn = true }
        }
        // No text of the tail goes on a line that fills its cell: every text ended before the
        // break, and the tail is a row of its own under the cut merged cells.
        guard goesOn else { return nil }
        var out = joined(row, with: cells, flags: flags, cellFlags: cellFlags)
        out.flags.insert(.joinedAcrossBreak)
        return out
    }

    /// The row with the continuation's cells joined on, line by line, and the continuation's
    /// flags carried over: both ways of joining a row cut by a break end here.
    static func joined(_ row: TableRow, with cells: [String], flags: Set<Flag>, cellFlags: [Set<Flag>]) -> TableRow {
        var out = row
        out.cells = zip(row.cells, cells).map { TextAssembly.joinLines([$0, $1]) }
        for c in out.cellFlags.indices where c < cellFlags.count && !TableAssembler.norm(cells[c]).isEmpty {
            out.cellFlags[c].formUnion(cellFlags[c])
            out.cellFlags[c].insert(.splitByPageBreak)
        }
        out.flags.formUnion(flags)
        out.flags.insert(.splitByPageBreak)
        return out
    }
}
