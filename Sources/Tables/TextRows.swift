import Foundation
import Layout

/// Rows set by line spacing inside a ruled grid: tables ruled by vertical lines only (a rule
/// over and under the header, one at the foot) print many items in one tall grid row, and a
/// rule missed by the detector leaves two items in one row. An item is the line that carries
/// its amounts (an anchor) together with the lines that belong to it: a code line just above
/// it, a wrapped name below, a prose column (說明) wrapping on down its row.
public enum TextRows {
    /// An amount as printed in a column (1,234.56, -4,000, 100, 12.5%) or an empty-amount dash.
    static func isAmountLike(_ s: String) -> Bool {
        let t = TableAssembler.norm(s)
        return Pattern.firstMatch(t, #"^[-−－]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$"#) != nil || isDash(t)
    }
    static func isDash(_ t: String) -> Bool {
        !t.isEmpty && t.count <= 3 && t.allSatisfy { "-－—–−".contains($0) }
    }
    /// Separators, decimals or dashes: what amounts have and codes never do.
    static func isStrongAmount(_ s: String) -> Bool {
        let t = TableAssembler.norm(s)
        return isAmountLike(t) && (t.contains(",") || t.contains(".") || isDash(t) || t.hasPrefix("-"))
    }
    /// Digits only: a code printed on a line of its own (0407010100, 2010301).
    static func isCodeLike(_ s: String) -> Bool {
        let t = TableAssembler.norm(s)
        return !t.isEmpty && t.allSatisfy { $0.isASCII && $0.isNumber }
    }

    struct ColumnLine { var column: Int; var line: TextLine }

    /// Several lines each with its own amount (1,200.00 / 300.00), or two codes (201 / 20113), in
    /// one cell: two rows run together where a rule was missed. A long code wrapped onto a
    /// second, shorter line is one code.
    public static func severalValues(_ lines: [String]) -> Bool {
        guard lines.count >= 2 else { return false }
        if lines.allSatisfy(isAmountLike) && lines.filter({ isStrongAmount($0) && !isDash(TableAssembler.norm($0)) }).count >= 2 { return true }
        let codes = lines.map(TableAssembler.norm)
        if codes.allSatisfy({ isCodeLike($0) && $0.count >= 3 }), let first = codes.first, let last = codes.last, first.count <= last.count { return true }
        return false
    }

    /// The grid with every row that holds two or more anchor lines cut into one row per item;
    /// the (new) indices of the rows that were made so, and of those among them that are in
    /// doubt: an item whose line carries amounts in far fewer columns than its neighbours' may be
    /// a second line of one cell rather than an item of its own.
    public static func split(_ grid: Grid, chars: [TextChar], settings: ExtractionSettings = .standard)
        -> (grid: Grid, madeRows: Set<Int>, doubtfulRows: Set<Int>) {
        let C = grid.columnCount
        guard grid.rowCount > 0, C > 0 else { return (grid, [], []) }
        var cutsByRow: [Int: (cuts: [Double], doubtful: Bool)] = [:]
        // Characters by grid row and column, by their middles.
        var byCell = Array(repeating: Array(repeating: [TextChar](), count: C), count: grid.rowCount)
        for ch in chars where !ch.isSpace {
            guard let r = PageTableBuilder.index(of: ch.box.midY, in: grid.ys),
                  let c = PageTableBuilder.index(of: ch.box.midX, in: grid.xs) else { continue }
            byCell[r][c].append(ch)
        }
        for r in 0..<grid.rowCount {
            // Quick test: a row with at most one line in every column has nothing to split.
            let columns = byCell[r].map { TextAssembly.lines($0, settings: settings.text) }
            guard columns.contains(where: { $0.count >= 2 }) else { continue }
            let widths = (0..<C).map { grid.xs[$0 + 1] - grid.xs[$0] }
            let items = items(columns, columnWidths: widths, settings: settings.textRows)
            if !items.cuts.isEmpty { cutsByRow[r] = items }
        }
        guard !cutsByRow.isEmpty else { return (grid, [], []) }
        var ys: [Double] = [], hRuled: [[Bool]] = [], vRuled: [[Bool]] = []
        var made = Set<Int>(), doubtful = Set<Int>()
        for r in 0..<grid.rowCount {
            ys.append(grid.ys[r]); hRuled.append(grid.hRuled[r]); vRuled.append(grid.vRuled[r])
            guard let split = cutsByRow[r] else { continue }
            var rows = [vRuled.count - 1]
            for y in split.cuts {
                // A cut set by spacing separates every column (the item's cells are its own).
                ys.append(y); hRuled.append(Array(repeating: true, count: C)); vRuled.append(grid.vRuled[r])
                rows.append(vRuled.count - 1)
            }
            made.formUnion(rows)
            if split.doubtful { doubtful.formUnion(rows) }
        }
        ys.append(grid.ys[grid.rowCount]); hRuled.append(grid.hRuled[grid.rowCount])
        return (Grid(xs: grid.xs, ys: ys, hRuled: hRuled, vRuled: vRuled), made, doubtful)
    }

    /// Where to cut one grid row between items; empty when it holds a single item.
    static func itemCuts(_ columns: [[TextLine]], columnWidths: [Double]? = nil,
                         settings: ExtractionSettings.TextRows = .init()) -> [Double] {
        items(columns, columnWidths: columnWidths, settings: settings).cuts
    }

    /// Lines that are the wrapped tail of the amount above them in the same cell ("53056.2" / "2",
    /// "9,56" / "0.35"), as a word processor wraps a figure too wide for its column: the line above
    /// fills the column (or is no amount by itself), the two hang together, and joined they read
    /// as one amount. Such a tail is no item of its own.
    static func amountTails(_ lines: [TextLine], columnWidth: Double?, settings: ExtractionSettings.TextRows) -> Set<Int> {
        var tails = Set<Int>()
        guard lines.count >= 2 else { return tails }
        var joined = TableAssembler.norm(lines[0].text)
        for i in 1..<lines.count {
            let above = lines[i - 1], line = lines[i]
            let text = TableAssembler.norm(line.text)
            // Gap between the lines' cores (font size about the middle; glyph boxes run tall).
            let size = max(above.fontSize > 0 ? min(above.fontSize, above.box.height) : above.box.height, 1)
            let lineSize = line.fontSize > 0 ? min(line.fontSize, line.box.height) : line.box.height
            let gap = (line.box.midY - lineSize / 2) - (above.box.midY + size / 2)
            let tight = gap <= size * settings.wrapGapFactor
            let fills = columnWidth.map { above.box.width + size * settings.wrapSlackFactor >= $0 } ?? false
            let candidate = joined + text
            if tight, !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == "%" }),
               isAmountLike(candidate), fills || !isAmountLike(joined) {
                tails.insert(i); joined = candidate
            } else {
                joined = text
            }
        }
        return tails
    }

    /// Where to cut one grid row (its text lines column by column) between items (none when it
    /// holds a single item), and whether the items are in doubt (see `split`).
    static func items(_ columns: [[TextLine]], columnWidths: [Double]? = nil,
                      settings: ExtractionSettings.TextRows) -> (cuts: [Double], doubtful: Bool) {
        // A wrapped tail of an amount is part of the line above it: neither an amount nor an anchor.
        let tails = columns.indices.map { c in
            amountTails(columns[c], columnWidth: columnWidths.flatMap { c < $0.count ? $0[c] : nil }, settings: settings)
        }
        func isAmount(_ c: Int, _ i: Int) -> Bool { !tails[c].contains(i) && isAmountLike(columns[c][i].text) }
        // Amount columns: most of their lines are amounts. Columns with separators, decimals or
        // dashes win over columns of bare digits (款/項 codes are digits too).
        let amountColumns = columns.indices.filter { c in
            let n = columns[c].indices.filter { isAmount(c, $0) }.count
            return n >= 2 && Double(n) >= Double(columns[c].count) * settings.amountColumnFraction
        }
        let strong = amountColumns.filter { c in columns[c].indices.contains { isAmount(c, $0) && isStrongAmount(columns[c][$0].text) } }
        let anchorColumns = strong.isEmpty ? amountColumns : strong
        guard !anchorColumns.isEmpty else { return ([], false) }
        // A line's core: its font size about its middle (fonts report boxes far taller than
        // their glyphs, so that boxes of lines set close together overlap).
        func core(_ l: TextLine) -> (y0: Double, y1: Double) {
            let h = l.fontSize > 0 ? min(l.fontSize, l.box.height) : l.box.height
            return (l.box.midY - h / 2, l.box.midY + h / 2)
        }
        // Anchor bands: amount lines of those columns, lined up across columns.
        var bands: [(y0: Double, y1: Double)] = []
        let amountLines = anchorColumns.flatMap { c in columns[c].indices.filter { isAmount(c, $0) }.map { columns[c][$0] } }
            .sorted { $0.box.midY < $1.box.midY }
        for l in amountLines {
            let c = core(l), h = max(c.y1 - c.y0, 1)
            if let last = bands.last, l.box.midY - (last.y0 + last.y1) / 2 < h * settings.anchorBandFactor {
                bands[bands.count - 1] = (min(last.y0, c.y0), max(last.y1, c.y1))
            } else { bands.append(c) }
        }
        guard bands.count >= 2 else { return ([], false) }
        func band(of l: TextLine) -> Int? {
            bands.firstIndex { l.box.midY >= $0.y0 - 0.5 && l.box.midY <= $0.y1 + 0.5 }
        }
        // Every line of every column to the item it belongs to.
        var extent = Array(repeating: (lo: Double.infinity, hi: -Double.infinity), count: bands.count)
        var labelled = Array(repeating: false, count: bands.count)   // a name, code or prose of its own
        for (c, lines) in columns.enumerated() {
            let onBand = lines.map(band(of:))
            let cores = lines.map(core)
            // Lines stacked close together (a code line on its name, a wrapped name) are attached.
            func attached(_ a: Int, _ b: Int) -> Bool {
                let gap = cores[b].y0 - cores[a].y1
                return gap <= max(cores[a].y1 - cores[a].y0, cores[b].y1 - cores[b].y0) * settings.attachedGapFactor
            }
            for (i, l) in lines.enumerated() {
                let item = onBand[i] ?? {
                    // Between two anchors: it goes with the one below when it hangs on it (a code
                    // line above its name), else with the one above (a wrapped name, prose).
                    guard let next = bands.firstIndex(where: { $0.y0 > l.box.midY }) else { return bands.count - 1 }
                    guard next > 0 else { return 0 }
                    let prev = next - 1
                    var up = false, down = false
                    var j = i
                    while j > 0, attached(j - 1, j) {
                        j -= 1
                        if let k = onBand[j] { up = k == prev; break }
                    }
                    j = i
                    while j + 1 < lines.count, attached(j, j + 1) {
                        j += 1
                        if let k = onBand[j] { down = k == next; break }
                    }
                    // Stacked both ways (fonts whose boxes overlap from line to line): the nearer
                    // line decides; a name wrapped round amounts centred in its cell goes down.
                    if up && down, i > 0, i + 1 < lines.count {
                        let above = l.box.midY - lines[i - 1].box.midY, below = lines[i + 1].box.midY - l.box.midY
                        if below < above * settings.nearerLineFraction { return next }
                    }
                    return down && (!up || isCodeLike(l.text)) ? next : prev
                }()
                extent[item].lo = min(extent[item].lo, cores[i].y0)
                extent[item].hi = max(extent[item].hi, cores[i].y1)
                if !anchorColumns.contains(c) && !isAmountLike(l.text) { labelled[item] = true }
            }
        }
        // A cut between each item and the next, in the space between their lines.
        var cuts: [Double] = []
        for k in 0..<(bands.count - 1) {
            let above = extent[0...k].map(\.hi).max() ?? bands[k].y1
            let below = extent[(k + 1)...].map(\.lo).min() ?? bands[k + 1].y0
            cuts.append(above < below ? (above + below) / 2 : below - 0.01)
        }
        // In doubt: an item with amounts in far fewer columns than another, or with no name,
        // code or prose where others have one: the second line of one cell, perhaps.
        let filled = bands.indices.map { k in anchorColumns.filter { c in columns[c].indices.contains { isAmount(c, $0) && band(of: columns[c][$0]) == k } }.count }
        // An item with a name, code or prose line of its own is an item even when sparse: the
        // left side of a two-sided summary is blank where the right side goes on.
        let most = filled.max() ?? 0
        let doubtful = bands.indices.contains { k in
            !labelled[k] && ((most >= 2 && Double(filled[k]) <= Double(most) * 0.5) || labelled.contains(true))
        }
        return (cuts, doubtful)
    }
}
