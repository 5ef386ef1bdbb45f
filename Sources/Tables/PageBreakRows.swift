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

    /// The cut row with its continuation's cells joined in, or nil when the continuation is a row
    /// of its own: both parts print a number (a code, an amount) in the same column, which a row
    /// printed once never does.
    static func join(_ row: TableRow, continuedBy cells: [String], flags: Set<Flag>, cellFlags: [Set<Flag>]) -> TableRow? {
        guard cells.count == row.cells.count else { return nil }
        let clash = zip(row.cells, cells).contains { a, b in
            !TableAssembler.norm(a).isEmpty && !TableAssembler.norm(b).isEmpty
                && (TableAssembler.looksNumeric(a) || TableAssembler.looksNumeric(b))
        }
        if clash { return nil }
        // Text on both sides of the break in one column is a guess: a row cut mid-text, or a
        // whole row whose rule the break hid followed by the next row. Either way a person looks.
        let textJoined = zip(row.cells, cells).contains { a, b in
            !TableAssembler.norm(a).isEmpty && !TableAssembler.norm(b).isEmpty
        }
        var out = joined(row, with: cells, flags: flags, cellFlags: cellFlags)
        if textJoined { out.flags.insert(.joinedAcrossBreak) }
        return out
    }

    /// The row closing the previous piece with the tail of itself joined in, as a word processor
    /// breaks a row across a page (Writer, Word: the border drawn at the page foot, the header
    /// repeated above the tail): the tail's key column is empty (or the cut merged cell's text
    /// again) where the row's is not, each text in the tail goes on a text of the row in the
    /// same column, and each figure in it is the wrapped end of the row's figure (joined, one amount: "2004.6" + "3"); the row has figures.
    /// Nil when the first row of the continuation is a row of its own.
    static func joinTail(_ row: TableRow, tail given: [String], flags: Set<Flag>, cellFlags: [Set<Flag>]) -> TableRow? {
        guard given.count == row.cells.count else { return nil }
        // A merged cell cut by the break gives the tail its text again (a unit, a type over many
        // rows): that is the row's own text, no part of the tail.
        let cells = given.indices.map { c -> String in
            let carried = c < cellFlags.count && cellFlags[c].contains(.mergedCellFilled)
            return carried && TableAssembler.norm(given[c]) == TableAssembler.norm(row.cells[c]) ? "" : given[c]
        }
        guard let key = cells.first, let rowKey = row.cells.first,
              TableAssembler.norm(key).isEmpty, !TableAssembler.norm(rowKey).isEmpty,
              cells.contains(where: { !TableAssembler.norm($0).isEmpty }),
              // The row is an item with its figures (a form's text rows under a merged key are rows of their own).
              row.cells.contains(where: { !TableAssembler.norm($0).isEmpty && TableAssembler.looksNumeric($0) }) else { return nil }
        for (head, tail) in zip(row.cells, cells) {
            let h = TableAssembler.norm(head), t = TableAssembler.norm(tail)
            if t.isEmpty { continue }
            if h.isEmpty { return nil }   // a tail goes on a head
            if TableAssembler.looksNumeric(head) || TableAssembler.looksNumeric(tail) {
                let digitsOnly = t.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "%") }
                guard digitsOnly, TextRows.isAmountLike(h + t) else { return nil }
            }
        }
        return joined(row, with: cells, flags: flags, cellFlags: cellFlags)
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
