import Layout

extension TableAssembler {
    /// Where each cell of a continuation piece goes: (piece column, table column) pairs, left to
    /// right. Beside each piece column's best overlap (`columnMapping`), a piece column also
    /// gives its text to every table column whose middle it covers: a continuation that merges
    /// cells differently (合计 over the code and name columns of a grand total printed alone)
    /// fills each column it spans, as a merged cell of the first piece does.
    static func columnPlacement(from piece: PageTable, to first: PageTable, mapping: [Int]) -> [(Int, Int)] {
        guard piece.columnCount != first.columnCount else { return mapping.enumerated().map { ($0.offset, $0.element) } }
        var pairs = mapping.enumerated().map { ($0.offset, $0.element) }
        for c in 0..<first.columnCount {
            let mid = (first.grid.xs[c] + first.grid.xs[c + 1]) / 2
            guard let k = (0..<piece.columnCount).first(where: { piece.grid.xs[$0] <= mid && mid < piece.grid.xs[$0 + 1] }),
                  !pairs.contains(where: { $0.0 == k && $0.1 == c }) else { continue }
            pairs.append((k, c))
        }
        return pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }
}
