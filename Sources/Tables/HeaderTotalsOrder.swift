import Layout

/// A group's total column out of place: a header group (本年收入, 上年结转结余, 基本支出) prints
/// its total leaf (合计, 小计) first or last among the columns it heads, never between them.
/// Where a leaf stands before the total of the group it was given, the column lines guessed
/// from the text (no rules) may have put the last column of the group before it under this one
/// (其他收入, 本年收入's last, read under 上年结转结余 whose 合计 comes next): the header path
/// is in doubt, whatever the cells hold.
public enum HeaderTotalsOrder {
    static let totals: Set<String> = ["合计", "小计", "总计"]

    /// True where some group below the top level has a total leaf with columns of the group's
    /// figures on both sides of it. Columns are in printed order; a group is the columns sharing a
    /// path prefix; only columns of figures (`holdsFigures`) count, as a two-sided summary's 支出
    /// side prints its items (项目) before its 合计.
    public static func totalOutOfPlace(_ paths: [[String]], holdsFigures: [Bool]) -> Bool {
        let squeezed = paths.map { $0.map { PrintedWords.squeeze($0) } }
        for (i, path) in squeezed.enumerated() where path.count >= 2 && totals.contains(path[path.count - 1]) {
            let group = Array(path.dropLast())
            let members = squeezed.indices.filter { $0 < holdsFigures.count && holdsFigures[$0] && squeezed[$0].count > group.count && Array(squeezed[$0].prefix(group.count)) == group }
            guard let first = members.first, let last = members.last else { continue }
            if first < i && i < last { return true }
        }
        return false
    }

    /// The same over a table's columns and rows: a column counts as one of figures unless most
    /// of its filled cells are text (an items' column); a column empty in the body counts (the
    /// column given to the wrong group may print nothing).
    public static func totalOutOfPlace(columns: [Column], rows: [TableRow]) -> Bool {
        let holdsFigures = columns.indices.map { c -> Bool in
            let filled = rows.compactMap { c < $0.cells.count && !PrintedWords.squeeze($0.cells[c]).isEmpty ? $0.cells[c] : nil }
            let text = filled.filter { !ColumnsRunTogether.isFigure($0) && !["-", "—", "－"].contains(PrintedWords.squeeze($0)) }
            return text.count * 2 <= filled.count
        }
        return totalOutOfPlace(columns.map(\.path), holdsFigures: holdsFigures)
    }
}
