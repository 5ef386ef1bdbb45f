import Layout

/// A row whose only text is one character in one cell (焦 | 作 | 市 …, 类): the lines of a cell
/// wrapped a character a line in a narrow column, read as rows of their own where the spacing
/// told nothing. No row of a budget table prints one character alone, so the row asks.
enum LoneCharacterRows {
    static func mark(_ rows: inout [TableRow]) {
        for i in rows.indices {
            let texts = rows[i].cells.map { PrintedWords.squeeze($0) }.filter { !$0.isEmpty }
            guard texts.count == 1, let only = texts.first, only.count == 1, PrintedWords.holdsCJKIdeograph(only) else { continue }
            rows[i].flags.insert(.rowBoundaryUncertain)
        }
    }
}
