/// The first row after a page break that holds only a piece of text, in a column that lists
/// numbered items, under a numbered item just before the break that holds only text too
/// ("二十、自然资源海洋气象" | break | "等支出"): one item's name cut in two by the break and
/// not joined; the row after the break is its tail.
enum NameCutAtBreak {
    static func startsWithItemNumber(_ text: String) -> Bool {
        let t = TableAssembler.norm(text)
        if ItemsRunTogether.bracketedNumbers(t).first?.offset == 0 { return true }
        let numerals = t.prefix { ItemsRunTogether.digits[$0] != nil || $0 == "十" }
        if !numerals.isEmpty, ItemsRunTogether.chineseNumber(numerals) != nil, t.dropFirst(numerals.count).first == "、" { return true }
        let arabic = t.prefix { $0.isASCII && $0.isNumber }
        if !arabic.isEmpty, let next = t.dropFirst(arabic.count).first, next == "、" || next == "." {
            // "1.5" is an amount, not item 1.
            return !(t.dropFirst(arabic.count + 1).first?.isNumber ?? false)
        }
        return false
    }

    /// The one non-empty cell of a row, when it has only one.
    static func onlyText(_ row: TableRow) -> Int? {
        let filled = row.cells.indices.filter { !TableAssembler.norm(row.cells[$0]).isEmpty }
        return filled.count == 1 ? filled.first : nil
    }

    static func mark(_ rows: inout [TableRow], breakRows: Set<Int>, columnCount: Int) {
        for i in breakRows where i > 0 && !breakRows.contains(i - 1) {
            guard let c = onlyText(rows[i]), onlyText(rows[i - 1]) == c,
                  startsWithItemNumber(rows[i - 1].cells[c]), !startsWithItemNumber(rows[i].cells[c]) else { continue }
            let listed = rows.filter { c < $0.cells.count && startsWithItemNumber($0.cells[c]) }.count
            if listed >= 3 { rows[i].flags.insert(.nameCutByPageBreak) }
        }
    }
}
