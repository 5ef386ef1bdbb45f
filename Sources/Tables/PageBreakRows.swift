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
