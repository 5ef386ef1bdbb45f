/// Tables printed as blocks of the same columns side by side: final accounts list the economic
/// classification of basic expenditure as 科目编码/科目名称/决算数 | 科目编码/科目名称/决算数 (two or
/// three times). Each printed line then holds one row of each block; the blocks are separate
/// lists, and a check must never add a figure of one block into a row of another.
public enum ColumnBlocks {
    /// The block of each column, when the header is one group of two or more columns repeated
    /// whole (at least twice, with a code or name column in the group so that a plain run of
    /// amount columns, 金额 | 金额, is not taken for blocks); nil when it is not. Each block may
    /// have a header cell of its own over it (人员经费 | 公用经费): the group repeats under it.
    public static func blocks(_ paths: [[String]]) -> [Int]? {
        if let b = repeatedGroup(paths.map { $0.map(TableAssembler.norm).joined(separator: "/") }) { return b }
        // A cell over each block: the paths below it repeat, and it spans its block exactly.
        guard paths.allSatisfy({ $0.count >= 2 }), let b = repeatedGroup(paths.map { $0.dropFirst().map(TableAssembler.norm).joined(separator: "/") })
        else { return nil }
        let tops = paths.map { TableAssembler.norm($0[0]) }
        let spansItsBlock = tops.indices.allSatisfy { i in
            tops.indices.allSatisfy { j in (b[i] == b[j]) == (tops[i] == tops[j]) }
        }
        return spansItsBlock ? b : nil
    }

    static func repeatedGroup(_ keys: [String]) -> [Int]? {
        let n = keys.count
        guard n >= 4 else { return nil }
        for width in 2...(n / 2) where n % width == 0 {
            let group = Array(keys[0..<width])
            guard !group.contains(where: \.isEmpty), Set(group).count == width,
                  group.contains(where: { $0.contains("编码") || $0.contains("代码") || $0.contains("名称") || $0.contains("项目") || $0.contains("科目") })
            else { continue }
            if keys.indices.allSatisfy({ keys[$0] == group[$0 % width] }) { return keys.indices.map { $0 / width } }
        }
        return nil
    }

    /// The columns with their blocks set (unchanged when the header repeats no group).
    public static func assigningBlocks(_ columns: [Column]) -> [Column] {
        guard let b = blocks(columns.map(\.path)) else { return columns }
        return zip(columns, b).map { c, k in var c = c; c.block = k; return c }
    }
}
