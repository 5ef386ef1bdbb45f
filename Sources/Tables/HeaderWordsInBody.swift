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
        // The first row under a page's header whose only text stands in columns no other row
        // fills, and holds no figure: the last lines of header words wrapped in narrow columns
        // (算 / 预算 under 政府性基金预 / 国有资本经营), read as a row because no rule closes a
        // header printed without rules. In columns that hold amounts elsewhere the checks say so
        // (not a number); in columns empty elsewhere nothing else would.
        for i in rows.indices where i == 0 || rows[i - 1].page != rows[i].page {
            let filled = rows[i].cells.indices.filter { !TableAssembler.norm(rows[i].cells[$0]).isEmpty }
            guard !filled.isEmpty, !filled.contains(where: { TableAssembler.looksNumeric(rows[i].cells[$0]) }) else { continue }
            let emptyElsewhere = filled.allSatisfy { c in
                rows.indices.allSatisfy { j in j == i || c >= rows[j].cells.count || TableAssembler.norm(rows[j].cells[c]).isEmpty }
            }
            if emptyElsewhere && rows.count > 2 { rows[i].flags.insert(.headerTextInBody) }
        }
    }
}
