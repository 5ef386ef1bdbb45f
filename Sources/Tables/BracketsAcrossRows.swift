/// One cell's lines parted between rows: a name whose bracket one row opens and the next row, in
/// the same column, closes ("…就业补助资金(就业" over "见习)"). A name prints its brackets whole
/// within its cell, so the rows were cut inside a cell (rows set by text lines, where a merged
/// label's lines fell beside several rows' figures). Both rows ask for review.
enum BracketsAcrossRows {
    /// Opening brackets less closing ones, ASCII and full width alike.
    static func balance(_ text: String) -> Int {
        text.reduce(0) { n, c in
            switch c {
            case "(", "（": return n + 1
            case ")", "）": return n - 1
            default: return n
            }
        }
    }

    static func mark(_ rows: inout [TableRow], columnCount: Int) {
        guard rows.count >= 2 else { return }
        for i in 0..<(rows.count - 1) {
            for c in 0..<columnCount where c < rows[i].cells.count && c < rows[i + 1].cells.count {
                guard balance(rows[i].cells[c]) > 0, balance(rows[i + 1].cells[c]) < 0 else { continue }
                rows[i].flags.insert(.rowBoundaryUncertain)
                rows[i + 1].flags.insert(.rowBoundaryUncertain)
            }
        }
    }
}
