/// A body cell that reads exactly as its own column's header (一级指标 under 一级指标): a
/// repeated header read as a row on a continuation page, or a merged header cell's text
/// given to the rows under it. Either way the row's real text was lost there.
enum HeaderWordsInBody {
    /// Words a column header and a body cell share by right: the total row's label under a
    /// 合计 column, say.
    static let sharedByRight: Set<String> = ["合计", "总计", "小计", "共计", "其中", "-", "—"]

    static func mark(_ rows: inout [TableRow], columns: [Column]) {
        let headerWords = columns.map { Set($0.path.map(TableAssembler.norm).filter { !$0.isEmpty && !sharedByRight.contains($0) }) }
        for i in rows.indices {
            let echoes = rows[i].cells.indices.contains { c in
                c < headerWords.count && headerWords[c].contains(TableAssembler.norm(rows[i].cells[c]))
                    && !TableAssembler.looksNumeric(rows[i].cells[c])
            }
            if echoes { rows[i].flags.insert(.headerTextInBody) }
        }
    }
}
