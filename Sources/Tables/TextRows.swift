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
        if PrintedWords.holdsCJKIdeograph(t) { return false }     // neither an amount nor a dash
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

    /// The grid with every row that holds several items cut into one row per item; the (new)
    /// indices of the rows that were made so, of those among them that are in doubt (an item
    /// whose line carries amounts in far fewer columns than its neighbours' may be a second line
    /// of one cell rather than an item of its own), and of those whose boundary with a neighbour
    /// was a close call (a line that fills its cell above one that reads as an item of its own).
    public static func split(_ grid: Grid, chars: [TextChar], settings: ExtractionSettings = .standard)
        -> (grid: Grid, madeRows: Set<Int>, doubtfulRows: Set<Int>, uncertainRows: Set<Int>, tiedRows: Set<Int>) {
        let C = grid.columnCount
        guard grid.rowCount > 0, C > 0 else { return (grid, [], [], [], []) }
        var cutsByRow: [Int: ItemCuts] = [:]
        // Under vertical rules only, a cell spanning columns in a band (no rule between them there:
        // a label or prose merged across, 年度履职目标's text over the columns the rows below part)
        // is one column of text: its lines are read whole, in the span's first column, not cut at
        // the lines of columns the band does not draw.
        let spanStart = (0..<grid.rowCount).map { r in
            (0..<C).map { c in
                guard grid.verticalRulesOnly else { return c }
                var s = c
                while s > 0, s < grid.vRuled[r].count, !grid.vRuled[r][s] { s -= 1 }
                return s
            }
        }
        // Characters by grid row and column, by their middles.
        var byCell = Array(repeating: Array(repeating: [TextChar](), count: C), count: grid.rowCount)
        for ch in chars where !ch.isSpace {
            guard let r = PageTableBuilder.index(of: ch.box.midY, in: grid.ys),
                  let c = PageTableBuilder.index(of: ch.box.midX, in: grid.xs) else { continue }
            byCell[r][spanStart[r][c]].append(ch)
        }
        // Rows left whole whose lines are set at two spacings (a wrap's and a row's): several rows
        // run together that the reading could not part (no amounts to tell items by).
        var runTogether = Set<Int>()
        for r in 0..<grid.rowCount {
            // Quick test: a row with at most one line in every column has nothing to split.
            let columns = byCell[r].map { TextAssembly.lines($0, settings: settings.text) }
            guard columns.contains(where: { $0.count >= 2 }) else { continue }
            // Each span's text in its first column, as wide as the span; the columns it covers are
            // empty and of no width.
            let spanEnd = (0..<C).map { c in (c..<C).last { spanStart[r][$0] == c } ?? c }
            let xs = (0...C).map { i in i == 0 ? grid.xs[0] : grid.xs[(spanEnd[i - 1]) + 1] }
            let widths = (0..<C).map { xs[$0 + 1] - xs[$0] }
            // Only the grid's last band, and only with no rule drawn under it (a table's foot is
            // ruled; a browser draws none where the page breaks it), can be cut by a page break.
            let footOpen = r == grid.rowCount - 1 && !grid.hRuled[grid.rowCount].contains(true)
            let items = items(columns, columnWidths: widths, columnXs: xs, rowBounds: (grid.ys[r], grid.ys[r + 1]),
                              formRows: grid.verticalRulesOnly, bottomMayBeCut: footOpen, settings: settings.textRows)
            if !items.cuts.isEmpty { cutsByRow[r] = items } else if rowsRunTogether(columns, settings: settings.textRows) { runTogether.insert(r) }
        }
        guard !cutsByRow.isEmpty else { return (grid, [], [], runTogether, []) }
        var ys: [Double] = [], hRuled: [[Bool]] = [], vRuled: [[Bool]] = []
        var made = Set<Int>(), doubtful = Set<Int>(), uncertain = Set<Int>(), tied = Set<Int>()
        for r in 0..<grid.rowCount {
            ys.append(grid.ys[r]); hRuled.append(grid.hRuled[r]); vRuled.append(grid.vRuled[r])
            if runTogether.contains(r) { uncertain.insert(vRuled.count - 1) }
            guard let split = cutsByRow[r] else { continue }
            var rows = [vRuled.count - 1]
            for (n, y) in split.cuts.enumerated() {
                // A cut set by spacing separates every column (the item's cells are its own) but
                // those of a cell merged over the rows on both sides.
                let open = n < split.openColumns.count ? split.openColumns[n] : []
                ys.append(y); hRuled.append((0..<C).map { !open.contains(spanStart[r][$0]) }); vRuled.append(grid.vRuled[r])
                rows.append(vRuled.count - 1)
            }
            made.formUnion(rows)
            if split.doubtful { doubtful.formUnion(rows) }
            uncertain.formUnion(split.doubtfulItems.compactMap { $0 < rows.count ? rows[$0] : nil })
            tied.formUnion(split.tiedItems.compactMap { $0 < rows.count ? rows[$0] : nil })
            // A row ruled top and bottom over some columns, its cell in another merged on down
            // past those rules (a project's code and name over its indicator rows): the rules say
            // where its rows are, and a cut by spacing through that cell's text, lines of it on
            // both sides, parts what the rules keep as one row (a long code or name wrapped
            // beside a figure set on its second line). Which the text does not settle.
            let closed = (0..<C).filter { grid.hRuled[r][$0] && grid.hRuled[r + 1][$0] }
            if !closed.isEmpty {
                let lines = byCell[r].map { TextAssembly.lines($0, settings: settings.text) }
                for (n, y) in split.cuts.enumerated() where n + 1 < rows.count {
                    let open = n < split.openColumns.count ? split.openColumns[n] : []
                    let through = (0..<C).contains { c in
                        !closed.contains(c) && !open.contains(c)
                            && lines[c].contains { $0.box.midY < y } && lines[c].contains { $0.box.midY > y }
                    }
                    if through { uncertain.formUnion([rows[n], rows[n + 1]]) }
                }
            }
        }
        ys.append(grid.ys[grid.rowCount]); hRuled.append(grid.hRuled[grid.rowCount])
        var out = Grid(xs: grid.xs, ys: ys, hRuled: hRuled, vRuled: vRuled)
        out.verticalRulesOnly = grid.verticalRulesOnly
        return (out, made, doubtful, uncertain, tied)
    }

    /// Lines of one grid row set at two spacings, a wrap's and a row's (the cells' padding added:
    /// wider by more than `rowSpacingStepFactor` em, less than `rowPitchMaxRatio` times), in two
    /// columns or more each holding three lines or more: rows run together.
    static func rowsRunTogether(_ columns: [[TextLine]], settings: ExtractionSettings.TextRows) -> Bool {
        let em = Self.em(columns)
        let tall = columns.filter { $0.count >= 3 }
        guard tall.count >= 2 else { return false }
        let pitches = tall.map { lines in zip(lines, lines.dropFirst()).map { $1.box.midY - $0.box.midY }.filter { $0 > em / 2 } }
        guard let p1 = pitches.flatMap({ $0 }).min() else { return false }
        let spaced = pitches.filter { ps in ps.contains { $0 > p1 + em * settings.rowSpacingStepFactor && $0 < p1 * settings.rowPitchMaxRatio } }
        return spaced.count >= 2
    }

    /// Where to cut one grid row between items; empty when it holds a single item.
    static func itemCuts(_ columns: [[TextLine]], columnWidths: [Double]? = nil,
                         settings: ExtractionSettings.TextRows = .init()) -> [Double] {
        items(columns, columnWidths: columnWidths, settings: settings).cuts
    }

    /// Lines that are the wrapped tail of the amount above them in the same cell ("53056.2" / "2",
    /// "9,56" / "0.35", or over three lines "1,675" / ",600." / "00"), as a word processor wraps a
    /// figure too wide for its column: each line above fills the column (or what is joined so far
    /// is no amount by itself), the lines hang together, every part joined so far could begin an
    /// amount, and joined they read as one amount. Such a tail is no item of its own.
    static func amountTails(_ lines: [TextLine], columnWidth: Double?, em: Double? = nil,
                            apart: (TextLine, TextLine) -> Bool = { _, _ in false }, settings: ExtractionSettings.TextRows) -> Set<Int> {
        var tails = Set<Int>()
        guard lines.count >= 2 else { return tails }
        func hangsOn(_ above: TextLine, _ line: TextLine) -> Bool {
            // Gap between the lines' cores (the type's size about the middle; glyph boxes and
            // reported sizes run tall, so the row's em where it is known).
            let size = em ?? max(above.fontSize > 0 ? min(above.fontSize, above.box.height) : above.box.height, 1)
            let lineSize = em ?? (line.fontSize > 0 ? min(line.fontSize, line.box.height) : line.box.height)
            let gap = (line.box.midY - lineSize / 2) - (above.box.midY + size / 2)
            return gap <= size * settings.wrapGapFactor
        }
        func fills(_ above: TextLine) -> Bool {
            let size = em ?? max(above.fontSize > 0 ? min(above.fontSize, above.box.height) : above.box.height, 1)
            return columnWidth.map { above.box.width + size * settings.wrapSlackFactor >= $0 } ?? false
        }
        var i = 0
        while i < lines.count {
            var joined = TableAssembler.norm(lines[i].text), end: Int? = nil, j = i
            while j + 1 < lines.count {
                let above = lines[j], line = lines[j + 1]
                let text = TableAssembler.norm(line.text), candidate = joined + text
                guard hangsOn(above, line), !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == "%" }),
                      isAmountLike(candidate) || isAmountStart(candidate), fills(above) || !isAmountLike(joined),
                      !(isCodeLike(candidate) && apart(above, line)) else { break }
                joined = candidate; j += 1
                if isAmountLike(joined) { end = j }
            }
            if let end { tails.formUnion((i + 1)...end); i = end + 1 } else { i += 1 }
        }
        return tails
    }

    /// Columns holding a figure (separators, decimals or a dash) on one printed line that has
    /// such figures in `minSingleLineAmountColumns` columns or more, each the only amount of its
    /// column: a line of amounts, though no column has the two an amount column needs.
    static func singleAmountLineColumns(_ columns: [[TextLine]], isAmount: (Int, Int) -> Bool, em: Double,
                                        settings: ExtractionSettings.TextRows) -> Set<Int> {
        var figures: [(column: Int, middle: Double)] = []
        for c in columns.indices {
            let own = columns[c].indices.filter { isAmount(c, $0) }
            guard own.count == 1, let i = own.first, isStrongAmount(columns[c][i].text) else { continue }
            figures.append((c, columns[c][i].box.midY))
        }
        for f in figures {
            let level = figures.filter { abs($0.middle - f.middle) < em / 2 }
            if level.count >= settings.minSingleLineAmountColumns && level.count == figures.count { return Set(level.map(\.column)) }
        }
        return []
    }

    /// The beginning of an amount cut by a wrap: "1,675" "1,675,6" "1,675,600." "53056.".
    static func isAmountStart(_ s: String) -> Bool {
        Pattern.firstMatch(s, #"^[-−－]?(\d{1,3}(,\d{3})*(,\d{0,2})?|\d+)(\.\d*)?$"#) != nil
    }

    /// The items of one grid row: where to cut it (none when it holds a single item), whether
    /// the items as a whole are in doubt (see `split`), and which items (by index, top to bottom)
    /// have a boundary that was a close call.
    struct ItemCuts { var cuts: [Double]; var openColumns: [Set<Int>]; var doubtful: Bool; var doubtfulItems: Set<Int>
        /// Items a merged label may or may not span, two readings alike (`mergedLabelTieTolerance`):
        /// their own cells ask for review, not the cells merged over them and their neighbours.
        var tiedItems: Set<Int> = [] }

    /// Lines that begin an item of their own in a list of names: an ordinal ((二十九), 三、, 1.)
    /// or 其中. A wrapped name seldom continues with one, so a line that merely fills its cell
    /// above such a line is no evidence that the two are one cell.
    static func looksLikeItemStart(_ s: String) -> Bool {
        let t = TableAssembler.norm(s)
        return Pattern.firstMatch(t, #"^([（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百]+[、．.]|\d{1,2}[、．.](?!\d)|其中)"#) != nil
    }

    /// The size of the type in one grid row: a CJK character is as wide as its size (fonts and
    /// producers report boxes and sizes far taller: Chromium 16 for 8 pt), else the font size
    /// as far as the glyph boxes bear it out.
    static func em(_ columns: [[TextLine]]) -> Double {
        let chars = columns.flatMap { $0.flatMap(\.chars) }
        let cjk = chars.filter { ch in ch.box.width > 0 && (ch.text.unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) } ?? false) }
            .map(\.box.width).sorted()
        if !cjk.isEmpty { return cjk[cjk.count / 2] }
        let sizes = columns.flatMap { $0.map { $0.fontSize > 0 ? min($0.fontSize, $0.box.height) : $0.box.height } }.sorted()
        return sizes.isEmpty ? 1 : max(sizes[sizes.count / 2], 1)
    }

    /// Where to cut one grid row (its text lines column by column) between items. With no
    /// column of amounts, where no rule parts rows (`formRows`: vertical rules only), a form's
    /// rows (`formItems`).
    ///
    /// Each column's lines are first gathered into cells: an amount is a cell of one line (with
    /// its wrapped tail); a line of text continues the one above it in its column when the
    /// spacing says so (the column, or the row, sets lines of one cell closer than lines of two
    /// rows: the gap between is cell padding) or, where spacing tells nothing, when the line
    /// above fills its cell to the right edge (a wrapped name). Cells of all columns that
    /// overlap in height are one item (a name wrapped round amounts centred beside it, the two
    /// sides of a summary); an item of code lines only hangs on the item just below it (a code
    /// line above its name), and one of prose only (a column right of every amount column, 說明)
    /// wraps on within the item above, unless set a row apart (then it is a row of its own, and
    /// the item's code, name and amounts are merged down over such rows about it: a project over
    /// its indicator rows). An item of labels only (a class heading, a name whose amounts are
    /// empty) is a row of its own.
    static func items(_ columns: [[TextLine]], columnWidths: [Double]? = nil, columnXs: [Double]? = nil,
                      rowBounds: (top: Double, bottom: Double)? = nil, formRows: Bool = false, bottomMayBeCut: Bool = true,
                      singleLineAnchor: Bool = false, settings: ExtractionSettings.TextRows) -> ItemCuts {
        let none = ItemCuts(cuts: [], openColumns: [], doubtful: false, doubtfulItems: [])
        // A wrapped tail of an amount is part of the line above it: neither an amount nor an anchor.
        let em = Self.em(columns)
        // Two lines of bare digits each beside amounts of their own in other columns (codes of
        // one length stacked row under row: 201 / 201) are two items, never a figure and its
        // wrapped tail.
        // (Not the wrapped tails of figures: "00.00" under "621,2" is no amount of its own line.)
        let plainTails = columns.indices.map { c in
            amountTails(columns[c], columnWidth: columnWidths.flatMap { c < $0.count ? $0[c] : nil }, em: em, settings: settings)
        }
        let strongMiddles = columns.indices.map { c in
            columns[c].indices.filter { !plainTails[c].contains($0) && isStrongAmount(columns[c][$0].text) }.map { columns[c][$0].box.midY }
        }
        let tails = columns.indices.map { c in
            let others = strongMiddles.indices.filter { $0 != c }.flatMap { strongMiddles[$0] }
            func beside(_ l: TextLine) -> [Double] { others.filter { abs($0 - l.box.midY) < em / 2 } }
            return amountTails(columns[c], columnWidth: columnWidths.flatMap { c < $0.count ? $0[c] : nil }, em: em,
                               apart: { a, b in
                                   let x = beside(a), y = beside(b)
                                   return !x.isEmpty && !y.isEmpty && !x.contains { m in y.contains { abs($0 - m) < em / 2 } }
                               }, settings: settings)
        }
        func isAmount(_ c: Int, _ i: Int) -> Bool { !tails[c].contains(i) && isAmountLike(columns[c][i].text) }
        // Amount columns: most of their lines are amounts. Columns with separators, decimals or
        // dashes win over columns of bare digits (款/項 codes are digits too).
        let amountColumns = columns.indices.filter { c in
            let n = columns[c].indices.filter { isAmount(c, $0) }.count
            return n >= 2 && Double(n) >= Double(columns[c].count) * settings.amountColumnFraction
        }
        let strong = amountColumns.filter { c in columns[c].indices.contains { isAmount(c, $0) && isStrongAmount(columns[c][$0].text) } }
        var anchorColumns = Set(strong.isEmpty ? amountColumns : strong)
        // Bare figures only in columns of their own (indicator values 90%, 12), and one line of
        // figures with separators or decimals across columns, each the only one of its column (a
        // page holding a single project, its amounts merged down beside its indicators): that
        // line anchors its item, the indicators are rows of prose beside it.
        if strong.isEmpty, !amountColumns.isEmpty {
            let line = singleAmountLineColumns(columns, isAmount: isAmount, em: em, settings: settings)
            if !line.isEmpty { anchorColumns = line }
        }
        // No amounts to anchor items: a form's rows, from how its cells' lines overlap.
        if anchorColumns.isEmpty {
            guard formRows || singleLineAnchor else { return none }
            let form = formRows ? formItems(columns, columnXs: columnXs, rowBounds: rowBounds, em: em, bottomMayBeCut: bottomMayBeCut,
                                            settings: settings) : none
            // No form's rows either, and one line of figures in several columns (the last of a
            // list whose other items print no amounts, a page holding the list's tail; a page of
            // rows set by spacing alone, no rule on it, holding a single project, its amounts
            // merged down beside its indicator rows, `singleLineAnchor`): that line
            // anchors its item, and the labels about it are items of their own.
            guard form.cuts.isEmpty else { return form }
            anchorColumns = singleAmountLineColumns(columns, isAmount: isAmount, em: em, settings: settings)
            guard !anchorColumns.isEmpty else { return form }
        }
        guard let lastAnchor = anchorColumns.max() else { return none }
        // A line's core: one em about its middle (boxes run far taller than the glyphs).
        func core(_ l: TextLine) -> (y0: Double, y1: Double) { (l.box.midY - em / 2, l.box.midY + em / 2) }

        // A line fills its cell: it ends within a character of the column's furthest-reaching
        // line (and, the column's width known, of its width less the cell's padding).
        // Where the column's bounds are known, the cell's padding is the space left of its
        // text, and a filled line leaves no more than that (and under a character) on its right.
        let rightEdge = columns.map { $0.map(\.box.x1).max() ?? 0 }
        let leftEdge = columns.map { $0.map(\.box.x0).min() ?? 0 }
        func fills(_ c: Int, _ l: TextLine) -> Bool {
            if let xs = columnXs, c + 1 < xs.count {
                return xs[c + 1] - l.box.x1 <= max(0, leftEdge[c] - xs[c]) + em * settings.fillSlackFactor
            }
            let width = columnWidths.flatMap { c < $0.count ? $0[c] : nil }
            return l.box.x1 >= rightEdge[c] - em * settings.fillSlackFactor && (width.map { l.box.width + em * settings.wrapSlackFactor >= $0 } ?? true)
        }
        // The two spacings of text lines, within a cell and between rows, where they differ:
        // the spacing of a wrap (a line filling its cell, the next one on) and the next wider
        // one, less than `rowPitchMaxRatio` times it (wider is a row skipped, not padding). A
        // line closer to the one above than halfway between them continues its cell.
        func split(_ pairs: [(pitch: Double, wraps: Bool)]) -> Double? {
            // A wrap sets its next line at most `wrapPitchMaxFactor` em on (a label far from the
            // next one in a sparse column tells nothing).
            guard let p1 = pairs.filter({ $0.wraps && $0.pitch <= em * settings.wrapPitchMaxFactor }).map(\.pitch).min(),
                  let p2 = pairs.map(\.pitch).filter({ $0 > p1 + em * settings.rowSpacingStepFactor && $0 < p1 * settings.rowPitchMaxRatio }).min()
            else { return nil }
            return (p1 + p2) / 2
        }
        func textPitches(_ c: Int) -> [(pitch: Double, wraps: Bool)] {
            let lines = columns[c]
            return lines.indices.dropFirst().compactMap { i in
                isAmount(c, i) || isAmount(c, i - 1) || tails[c].contains(i) ? nil
                    : (lines[i].box.midY - lines[i - 1].box.midY, fills(c, lines[i - 1]))
            }
        }
        let rowSplit = split(columns.indices.flatMap(textPitches))

        struct Piece { var column: Int; var y0: Double; var y1: Double; var amount: Bool; var codeOnly: Bool; var doubtful: Bool; var amountLike = false; var middles: [Double] = []
            /// Set apart from the line above in its column by the spacing of rows (not of a wrap).
            var apart = false }
        var pieces: [Piece] = []
        // The lines of amounts (by their middles) a line of text sits beside: two lines each
        // beside amounts of their own are two items, however the first fills its cell.
        let amountMiddles = anchorColumns.flatMap { c in columns[c].indices.filter { isAmount(c, $0) }.map { columns[c][$0].box.midY } }
        // One middle per printed line of amounts.
        let amountLineMiddles = amountMiddles.sorted().reduce(into: [Double]()) { out, m in
            if out.last.map({ m - $0 >= em / 2 }) ?? true { out.append(m) }
        }
        // Columns of labels merged down several rows (a unit, a class printed once in the area it
        // spans): they take no part in telling the items apart, and are laid over them afterwards.
        // Only left of the amounts: a sparse column right of them holds rows' own text (a cost
        // indicator given for few projects of a performance table), not labels over rows.
        let mergedLabels = mergedLabelColumns(columns, anchorColumns: anchorColumns, amountMiddles: amountMiddles, em: em,
                                              wrapPitch: { c in split(textPitches(c)) ?? rowSplit }, isAmount: isAmount,
                                              settings: settings).filter { $0.key < lastAnchor }
        func besideAmounts(_ l: TextLine) -> [Double] {
            let k = core(l)
            return amountMiddles.filter { $0 + em / 2 > k.y0 && $0 - em / 2 < k.y1 }
        }
        func ownAmountLines(_ a: TextLine, _ b: TextLine) -> Bool {
            let x = besideAmounts(a), y = besideAmounts(b)
            return !x.isEmpty && !y.isEmpty && !x.contains { m in y.contains { abs($0 - m) < em / 2 } }
        }
        for (c, lines) in columns.enumerated() where !lines.isEmpty && mergedLabels[c] == nil {
            let split = split(textPitches(c)) ?? rowSplit
            for (i, l) in lines.enumerated() {
                let k = core(l), amount = isAmount(c, i)
                if i > 0, var last = pieces.last, last.column == c {
                    var joins = false, doubt = false, apart = false
                    if tails[c].contains(i) {
                        joins = true
                    } else if !(amount && (amountColumns.contains(c) || isStrongAmount(l.text))) && !last.amount
                                && !ownAmountLines(lines[i - 1], l) {
                        // (A bare number in a column of text is a word of it: 2024 wrapped alone in a name.)
                        let above = lines[i - 1], pitch = l.box.midY - above.box.midY
                        if let split = split {
                            joins = pitch < split
                            apart = !joins
                        } else if pitch > em * settings.wrapPitchMaxFactor {
                            // Farther on than a wrap ever sets its next line: a row of its own
                            // (a 說明 column's next paragraph beside the next item's figures).
                            apart = true
                        } else if fills(c, above) {
                            // Spacing tells nothing: a filled line wraps, unless what follows
                            // reads as an item of its own (then apart, and in doubt). Codes of
                            // one length all reach the column's edge: a code wraps only onto a
                            // shorter tail.
                            if isCodeLike(l.text) {
                                joins = isCodeLike(above.text) && l.box.width < above.box.width - em * settings.fillSlackFactor
                            } else {
                                joins = !looksLikeItemStart(l.text)
                                doubt = !joins
                            }
                        }
                    }
                    if joins {
                        last.y1 = max(last.y1, k.y1)
                        last.middles.append(l.box.midY)
                        last.codeOnly = last.codeOnly && isCodeLike(l.text)
                        pieces[pieces.count - 1] = last
                        continue
                    }
                    if doubt { pieces[pieces.count - 1].doubtful = true }
                    pieces.append(Piece(column: c, y0: k.y0, y1: k.y1, amount: amount && anchorColumns.contains(c),
                                        codeOnly: !anchorColumns.contains(c) && isCodeLike(l.text), doubtful: doubt,
                                        amountLike: amount && isStrongAmount(l.text), middles: [l.box.midY], apart: apart))
                    continue
                }
                pieces.append(Piece(column: c, y0: k.y0, y1: k.y1, amount: amount && anchorColumns.contains(c),
                                    codeOnly: !anchorColumns.contains(c) && isCodeLike(l.text), doubtful: false,
                                    amountLike: amount && isStrongAmount(l.text), middles: [l.box.midY]))
            }
        }
        // A column of names, one to a row, its lines set at one spacing down the rows (a narrow
        // column wrapping a character a line, rows with little padding): the lines read as one
        // cell running beside several rows' amounts, as a label merged down them would. A cell of
        // one row is centred on its row's line of amounts (or, cut by the page break, set at its
        // top): where the lines part into runs each so set on the next line of amounts, each run
        // is that row's name. A label merged down the rows is centred between them (off each
        // row's line by the cells' padding), and is left whole.
        pieces = pieces.flatMap { p -> [Piece] in
            guard !p.amount, p.column < lastAnchor, p.middles.count >= 2 else { return [p] }
            return namesOfRows(p.middles, amountLines: amountLineMiddles, em: em, bottomMayBeCut: bottomMayBeCut,
                               settings: settings).map { runs in
                runs.map { r in
                    var q = p
                    q.middles = r; q.y0 = (r.first ?? p.y0) - em / 2; q.y1 = (r.last ?? p.y1) + em / 2
                    return q
                }
            } ?? [p]
        }
        // Items: pieces that overlap in height. Amount lines first (two in one column are two
        // items); then each label joins the item it overlaps (a name wrapped round amounts centred
        // beside it), or the items it overlaps when at most one carries amounts (the two sides of
        // a summary), or starts an item of its own. A label overlapping several items with
        // amounts is a cell merged over their rows (a unit or class printed once, centred down
        // its rows): it stays whole, its column left open across the cuts it spans.
        // `columns`: the columns it has text in; `left`: the extent of its lines in the columns up
        // to the last amount column (its code, name and amounts, without the prose right of them).
        struct Item {
            var y0: Double; var y1: Double; var amounts: Set<Int>; var labelled: Bool; var codeOnly: Bool; var proseOnly: Bool; var doubtful: Bool
            var columns: Set<Int> = []; var left: MergedLabel? = nil
            /// Prose set a row apart from the prose beside the same amounts: a row of its own.
            var ownRow = false
            /// Columns where its text was set a row apart from the line above (see `Piece.apart`).
            var apartColumns: Set<Int> = []
            /// The extent of its amounts and of its prose right of them (without `left`).
            var core: MergedLabel? = nil
            /// The extent of its amounts alone: one line, set where its merged cells are centred
            /// (a name taller than its rows reaches over the rows beside them; its amounts do not).
            var amountLine: MergedLabel? = nil
        }
        func item(_ p: Piece) -> Item {
            Item(y0: p.y0, y1: p.y1, amounts: p.amount ? [p.column] : [], labelled: !p.amount && !anchorColumns.contains(p.column),
                 codeOnly: p.codeOnly, proseOnly: !p.amount && p.column > lastAnchor, doubtful: p.doubtful,
                 columns: [p.column], left: p.column <= lastAnchor ? MergedLabel(y0: p.y0, y1: p.y1) : nil,
                 apartColumns: p.apart ? [p.column] : [],
                 core: p.amount || p.column > lastAnchor ? MergedLabel(y0: p.y0, y1: p.y1) : nil,
                 amountLine: p.amount ? MergedLabel(y0: p.y0, y1: p.y1) : nil)
        }
        func enclosing(_ x: MergedLabel?, _ y: MergedLabel?) -> MergedLabel? {
            guard let x else { return y }
            guard let y else { return x }
            return MergedLabel(y0: min(x.y0, y.y0), y1: max(x.y1, y.y1))
        }
        func merged(_ a: Item, _ b: Item) -> Item {
            Item(y0: min(a.y0, b.y0), y1: max(a.y1, b.y1), amounts: a.amounts.union(b.amounts), labelled: a.labelled || b.labelled,
                        codeOnly: a.codeOnly && b.codeOnly, proseOnly: a.proseOnly && b.proseOnly, doubtful: a.doubtful || b.doubtful,
                        columns: a.columns.union(b.columns),
                        left: enclosing(a.left, b.left), ownRow: a.ownRow || b.ownRow, apartColumns: a.apartColumns.union(b.apartColumns),
                        core: enclosing(a.core, b.core), amountLine: enclosing(a.amountLine, b.amountLine))
        }
        var items: [Item] = []
        for p in pieces.filter(\.amount).sorted(by: { $0.y0 < $1.y0 }) {
            if let last = items.last, p.y0 < last.y1, !last.amounts.contains(p.column) {
                items[items.count - 1] = merged(last, item(p))
            } else {
                items.append(item(p))
            }
        }
        var spanning: [(column: Int, y0: Double, y1: Double, amount: Bool, lines: Int)] = []
        // The extent of each item's amount lines: a label is measured against these (a merged
        // label that was given to one item must not make the next item's name overlap it).
        var amountExtent = items.map { (y0: $0.y0, y1: $0.y1) }
        for p in pieces.filter({ !$0.amount }).sorted(by: { $0.y0 < $1.y0 }) {
            let onAmounts = items.indices.filter { k in
                !items[k].amounts.isEmpty && p.y0 < amountExtent[k].y1 && amountExtent[k].y0 < p.y1
            }
            if onAmounts.count >= 2 {
                spanning.append((p.column, p.y0, p.y1, p.amountLike, p.middles.count))
                continue
            }
            // Beside one item's amounts it is that item's; else it joins the label items it
            // overlaps (or the one item with amounts whose labels it overlaps). Prose beside amounts
            // that already have prose in its column, set a row apart from it (or beside a row of
            // prose so set), is a row of its own: the amounts are merged over both rows, centred
            // between them (a project over its indicator rows).
            var over = onAmounts, ownRow = false
            if over.isEmpty {
                over = items.indices.filter { p.y0 < items[$0].y1 && items[$0].y0 < p.y1 }
                let withAmounts = over.filter { !items[$0].amounts.isEmpty }
                if withAmounts.count >= 2 { over = over.filter { items[$0].amounts.isEmpty } + [withAmounts[0]] }
                // Left of the amounts, beside none, met only through the text of other columns
                // (a label centred down beside both rows: 预算情况 over the lines of a budget): an
                // item that already has a line of its own in this column, set apart from this one
                // (no wrap), is another row's.
                if p.column < lastAnchor { over = over.filter { !items[$0].columns.contains(p.column) } }
            }
            // Beside an item with no amounts only through its text left of the amounts (the rest
            // of a name the break above cut, running down past the prose of the row it shares),
            // and wholly below that item's prose: a row of its own, not that row's.
            if formRows, p.column > lastAnchor {
                let byLabelOnly = over.filter { k in
                    items[k].amounts.isEmpty && items[k].left != nil && !items[k].columns.contains(p.column)
                        && (items[k].core.map { $0.y1 <= p.y0 } ?? false)
                }
                if !byLabelOnly.isEmpty { over.removeAll { byLabelOnly.contains($0) }; ownRow = true }
            }
            if p.column > lastAnchor, over.contains(where: { items[$0].columns.contains(p.column) }) {
                let rows = items.indices.filter { j in
                    items[j].amounts.isEmpty && items[j].proseOnly && !items[j].columns.contains(p.column)
                        && p.y0 < items[j].y1 && items[j].y0 < p.y1
                }
                if p.apart || !rows.isEmpty { over = rows; ownRow = true }
            }
            var it = item(p), extent = (y0: Double.infinity, y1: -Double.infinity)
            it.ownRow = ownRow
            for k in over {
                it = merged(it, items[k])
                if !items[k].amounts.isEmpty { extent = amountExtent[k] }
            }
            for k in over.sorted().reversed() { items.remove(at: k); amountExtent.remove(at: k) }
            let at = items.firstIndex { $0.y0 > it.y0 } ?? items.count
            items.insert(it, at: at); amountExtent.insert(extent, at: at)
        }
        // Code lines hang on the item just below them; prose wraps on within the item above,
        // unless the spacing sets it a row apart (the rows' spacing, the cells' padding between,
        // not a wrap's): then it is a row of its own, as the indicator rows of a performance
        // table, pairs of columns right of the project's amounts, merged over them.
        // An item with amounts is measured by its amounts and prose (its name may be merged down
        // past its own rows, over the neighbour's).
        func body(_ it: Item) -> MergedLabel {
            !it.amounts.isEmpty ? it.core ?? MergedLabel(y0: it.y0, y1: it.y1) : MergedLabel(y0: it.y0, y1: it.y1)
        }
        func rowApart(_ upper: Item, _ lower: Item) -> Bool {
            guard let split = rowSplit else { return false }
            return body(lower).y0 - body(upper).y1 + em >= split
        }
        var k = 0
        while k < items.count {
            if items[k].codeOnly, k + 1 < items.count, items[k + 1].y0 - items[k].y1 <= em * settings.attachedGapFactor {
                items[k] = merged(items[k], items[k + 1]); items.remove(at: k + 1); continue
            }
            let into = k > 0 ? k - 1 : k + 1
            // A row of its own has cells in two columns or more (an indicator's name and value);
            // prose in one column (說明) set apart by its own line spacing wraps on all the same
            // (at the top, the rest of a cell the page break cut is a row of its own, stitched on).
            // Prose above a code line is not that item's: an item's text starts at its code line
            // (at the top of a page, it is the rest of a cell the break cut, above the first item).
            // Set a row apart is said by the lower of the two: its text set a row's spacing below
            // the upper one's in a column (the first item, prose of an indicator row above the one
            // level with the project's amounts, is apart from the item below by that item's text).
            let (upper, lower) = into < k ? (into, k) : (k, into)
            if items[k].proseOnly, items.count > 1, !(k == 0 && items[into].codeOnly),
               (k > 0 && items[k].columns.count < 2)
                || (!items[k].ownRow && items[lower].apartColumns.isDisjoint(with: items[upper].columns)
                    && !rowApart(items[upper], items[lower])) {
                items[into] = merged(items[into], items[k]); items.remove(at: k)
                k = max(0, k - 1); continue
            }
            k += 1
        }
        // A line of amounts with no label and a label with no amounts set close against it (a
        // label aligned to its cell's top, amounts to the middle) are one item.
        k = 0
        while k < items.count {
            if items[k].amounts.isEmpty || items[k].labelled { k += 1; continue }
            func gap(_ j: Int) -> Double? {
                guard j >= 0, j < items.count, items[j].amounts.isEmpty, items[j].labelled else { return nil }
                let g = j < k ? items[k].y0 - items[j].y1 : items[j].y0 - items[k].y1
                return g <= em * settings.attachedGapFactor ? g : nil
            }
            let above = gap(k - 1), below = gap(k + 1)
            if let a = above, below.map({ a <= $0 }) ?? true {
                items[k - 1] = merged(items[k - 1], items[k]); items.remove(at: k)
            } else if below != nil {
                items[k] = merged(items[k], items[k + 1]); items.remove(at: k + 1); k += 1
            } else { k += 1 }
        }
        // Only where items are evident: two with amounts, or one among several labelled items
        // (a heading and its children under one amount line); a ruled row holding one item with
        // a name over several lines is left alone.
        let withAmounts = items.filter { !$0.amounts.isEmpty }.count
        // (Or, under vertical rules only, one item under the rest of a cell the page break above
        // cut: labels only, set a row apart from the item's own text in their column.)
        let cutRestAbove = formRows && withAmounts == 1 && items.count == 2 && items[0].amounts.isEmpty
            && !items[1].apartColumns.isDisjoint(with: items[0].columns)
        guard withAmounts >= 2 || (withAmounts == 1 && items.count >= settings.minItemsBesideOneAmountLine) || cutRestAbove
        else { return none }
        // Rows of prose columns only, set a row apart (see `rowApart`), about an item with amounts:
        // that item's code, name and amounts are cells merged down over them (below).
        let sideRows = Set(items.indices.filter { items[$0].amounts.isEmpty && items[$0].proseOnly })
        var cuts: [Double] = [], open: [Set<Int>] = []
        for k in 0..<(items.count - 1) {
            var above = items[0...k].map(\.y1).max() ?? items[k].y1
            var below = items[(k + 1)...].map(\.y0).min() ?? items[k + 1].y0
            // A name merged down over such rows runs past them: the rows part where its item's own
            // amounts and prose do.
            if above >= below, !sideRows.isEmpty {
                above = items[0...k].map { body($0).y1 }.max() ?? above
                below = items[(k + 1)...].map { body($0).y0 }.min() ?? below
            }
            let y = above < below ? (above + below) / 2 : below - 0.01
            cuts.append(y)
            open.append(Set(spanning.filter { $0.y0 < y && $0.y1 > y }.map(\.column)))
        }
        // Each merged label over the rows it spans, told by where it is printed in them.
        var spanDoubt = Set<Int>(), tiedItems = Set<Int>()
        let regions = items.indices.map { k in
            (y0: k == 0 ? rowBounds?.top ?? items[k].y0 - em / 2 : cuts[k - 1],
             y1: k == items.count - 1 ? rowBounds?.bottom ?? items[k].y1 + em / 2 : cuts[k])
        }
        // Left to right: a column's runs nest in those of the merged column left of it (类型 within 单位).
        var bounds: [Int: Set<Int>] = [:]
        let extents = items.map { (y0: $0.y0, y1: $0.y1) }
        func runStarts(_ spans: [(rows: ClosedRange<Int>, doubtful: Bool)]) -> Set<Int> {
            Set(spans.flatMap { [$0.rows.lowerBound, $0.rows.upperBound + 1] }).filter { $0 > 0 && $0 < items.count }
        }
        for (c, labels) in mergedLabels.sorted(by: { $0.key < $1.key }) {
            let reading = mergedReading(labels, items: extents, regions: regions, em: em,
                                        barriers: bounds[c - 1] ?? [], bottomMayBeCut: bottomMayBeCut, settings: settings)
            var spans = reading?.spans ?? []
            var tied = reading?.uncertain ?? []
            // With a merged column nested in this one (类型 within 单位), the rows above this
            // column's first label that go on from the page before are told by both: a unit
            // centred in its rows reads as well shrunk at both ends (the next unit set at the top
            // of a run going on over the break, or centred in one reaching up), but the kinds
            // inside it are then off their rows' middles.
            if let inner = mergedLabels[c + 1], let starts = firstRunStarts(labels, items: extents), starts.count > 1 {
                typealias Candidate = (cost: Double, evidence: Double, spans: [(rows: ClosedRange<Int>, doubtful: Bool)],
                                       uncertain: Set<Int>, owners: [Int])
                var candidates: [Candidate] = []
                for s in starts {
                    guard let outer = mergedReading(labels, items: extents, regions: regions, em: em, barriers: bounds[c - 1] ?? [],
                                                    bottomMayBeCut: bottomMayBeCut, firstStart: s, settings: settings),
                          let nested = mergedReading(inner, items: extents, regions: regions, em: em, barriers: runStarts(outer.spans),
                                                     bottomMayBeCut: bottomMayBeCut, settings: settings) else { continue }
                    // Which label of each of the two columns every row falls under.
                    let owners = zip(labelOfRow(outer.spans, labels: labels.count, rows: items.count),
                                     labelOfRow(nested.spans, labels: inner.count, rows: items.count)).map { $0 * (inner.count + 2) + $1 }
                    candidates.append((outer.cost + nested.cost, outer.evidence + nested.evidence, outer.spans, outer.uncertain, owners))
                }
                if let best = candidates.min(by: { $0.cost < $1.cost - 1e-9 }) {
                    spans = best.spans; tied = best.uncertain
                    // Another start the labels of both columns sit as well in (the rows above the
                    // first label the rest of a cell the break above cut, or its own): the rows
                    // the two readings give to different labels ask for review.
                    for other in candidates where other.evidence <= best.evidence + settings.mergedLabelTieTolerance {
                        tied.formUnion(items.indices.filter { other.owners[$0] != best.owners[$0] })
                    }
                }
            }
            bounds[c] = runStarts(spans)
            for (range, doubtful) in spans {
                for k in range.dropLast() { open[k].insert(c) }
                if doubtful { spanDoubt.formUnion(range) }
            }
            tiedItems.formUnion(tied)
        }
        // Rows of prose columns only, set a row apart (see `rowApart`), about an item with amounts:
        // that item's code, name and amounts are cells merged down over them, printed once
        // centred in the rows they span (a project over its indicator rows in a performance
        // table). Each such item spans the run of rows its lines are centred in, as merged labels
        // are read; a run takes in no row with text left of the prose (a heading, a name).
        let anchorItems = items.indices.filter { !items[$0].amounts.isEmpty && items[$0].left != nil }
        if !sideRows.isEmpty, anchorItems.count >= 1 {
            let barriers = Set(items.indices.filter { !sideRows.contains($0) && !anchorItems.contains($0) }.flatMap { [$0, $0 + 1] })
            // Side rows above the first item only, none about any other, and its code and name
            // wholly below them: the rest of a cell the break above cut (prose set at the top of
            // its rows, a code line over the first item's name), not rows the first item spans
            // (a name merged over them reaches up beside them); nor is any label merged down.
            let first = anchorItems[0]
            let cutAbove = sideRows.allSatisfy { $0 < first }
                && sideRows.allSatisfy { j in items[first].left.map { items[j].y1 <= $0.y0 } ?? false }
            let spans = cutAbove
                ? (first >= 2 ? [(rows: 0...(first - 1), doubtful: false)] : [])
                : mergedSpans(anchorItems.compactMap { items[$0].amountLine ?? items[$0].left }, items: items.map { ($0.y0, $0.y1) }, regions: regions,
                              em: em, barriers: barriers, bottomMayBeCut: bottomMayBeCut, settings: settings)
            // What is merged: the code, name and amounts (columns up to the last amount column, and
            // columns of amounts only, however few), not an indicator of the item's own row right
            // of them.
            let amountsOnly = columns.indices.filter { c in !columns[c].isEmpty && columns[c].indices.allSatisfy { isAmount(c, $0) || tails[c].contains($0) } }
            let spreadable = Set(amountsOnly).union(0...lastAnchor)
            for (range, doubtful) in spans {
                guard range.count > 1 else { continue }
                let anchor = anchorItems.first { range.contains($0) }
                // Rows at the top that are no item's, with no amounts: the rest of cells cut by the
                // break above (empty, or the end of a name the break cut), left merged for the
                // stitching to carry them on.
                guard anchor != nil || (range.lowerBound == 0 && range.allSatisfy { items[$0].amounts.isEmpty }) else { continue }
                let beside = range.filter { $0 != anchor }.reduce(into: Set<Int>()) { out, j in
                    out.formUnion(anchor == nil ? items[j].columns.subtracting(spreadable) : items[j].columns)
                }
                let spread = (anchor.map { items[$0].columns } ?? spreadable).subtracting(beside)
                    .filter { spreadable.contains($0) && $0 < beside.min() ?? 0 }
                for k in range.dropLast() { open[k].formUnion(spread) }
                if doubtful { spanDoubt.formUnion(range) }
            }
        }
        // In doubt: an item with amounts in far fewer columns than another, or with no name,
        // code or prose where others have one: the second line of one cell, perhaps. An item
        // with a label of its own is an item even when sparse: the left side of a two-sided
        // summary is blank where the right side goes on.
        let withAmount = items.filter { !$0.amounts.isEmpty }
        let most = withAmount.map(\.amounts.count).max() ?? 0
        // An amount beside the amounts of several items (one 合计 for two lines of 项目支出), or
        // items with no label of their own under one label spanning them: one cell's lines,
        // perhaps, more than items of their own.
        func spanned(_ item: Item) -> Bool { spanning.contains { $0.y0 < item.y1 && item.y0 < $0.y1 } }
        let doubtful = spanning.contains(where: \.amount) || withAmount.contains { item in
            !item.labelled && ((most >= 2 && Double(item.amounts.count) <= Double(most) * 0.5)
                || withAmount.contains(where: \.labelled) || spanned(item))
        }
        // A label set between the lines of items, not on any line of amounts, in a column that
        // is blank for most items (a unit or class printed once, centred down the rows it spans
        // as a merged cell): which rows it spans the text does not show, so the items about it
        // ask for review.
        var uncertain = Set(items.indices.filter { items[$0].doubtful }).union(spanDoubt)
        let amountItems = items.filter { !$0.amounts.isEmpty }.count
        for p in pieces where !p.amount && !p.codeOnly && !anchorColumns.contains(p.column) && p.column < lastAnchor {
            let inColumn = pieces.filter { $0.column == p.column }.count
            guard Double(inColumn) * 2 < Double(amountItems),
                  !p.middles.contains(where: { m in amountMiddles.contains { abs($0 - m) < em * settings.offLineFactor } }) else { continue }
            uncertain.formUnion(items.indices.filter { p.y0 < items[$0].y1 && items[$0].y0 < p.y1 })
        }
        // A cell beside several items' amounts, left of them, with a line at least for each: a
        // label merged down their rows, or their names run together (set at one spacing down the
        // column, and not parted by `namesOfRows`: a print that sets one font's lines off the
        // other's). Which, the text does not settle: the items ask for review.
        for s in spanning where !s.amount && s.column < lastAnchor {
            let rows = items.indices.filter { !items[$0].amounts.isEmpty && s.y0 < items[$0].y1 && items[$0].y0 < s.y1 }
            if rows.count >= 2 && s.lines >= rows.count { uncertain.formUnion(rows) }
        }
        return ItemCuts(cuts: cuts, openColumns: open, doubtful: doubtful, doubtfulItems: uncertain, tiedItems: tiedItems)
    }

    /// The lines of one cell (their middles, top down) parted into the names of consecutive rows,
    /// or nil to leave it whole. A cell of one row is centred on its row's line of amounts (its
    /// first and last lines' middle within `ownLineFactor` em of it), or, cut by a page break at
    /// the rows' foot (`bottomMayBeCut`), starts on it. Where the lines part into runs each so set
    /// on the next line of amounts beside the cell, each run is that row's name.
    static func namesOfRows(_ middles: [Double], amountLines: [Double], em: Double, bottomMayBeCut: Bool,
                            settings: ExtractionSettings.TextRows) -> [[Double]]? {
        guard let first = middles.first, let last = middles.last else { return nil }
        let beside = amountLines.filter { $0 > first - em / 2 && $0 < last + em / 2 }
        guard !beside.isEmpty, middles.count >= beside.count else { return nil }
        let tolerance = em * settings.ownLineFactor
        func on(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tolerance }
        // Runs from `start` on, one per line of amounts, ending at the last line.
        func chain(_ start: Int) -> [[Double]]? {
            var runs: [[Double]] = [], s = start
            for (k, line) in beside.enumerated() {
                guard s < middles.count else { return nil }
                if k == beside.count - 1 {
                    guard on((middles[s] + last) / 2, line) || (bottomMayBeCut && on(middles[s], line)) else { return nil }
                    runs.append(Array(middles[s...]))
                } else {
                    guard let e = (s..<middles.count).first(where: { on((middles[s] + middles[$0]) / 2, line) }),
                          e + 1 < middles.count else { return nil }
                    runs.append(Array(middles[s...e])); s = e + 1
                }
            }
            return runs
        }
        guard let runs = chain(0), runs.count >= 2 else { return nil }
        return runs
    }

    /// A label printed once for the rows of a cell merged down a column: where its lines lie
    /// (`y0`…`y1`, each line's core), the top of its first line and its middle.
    struct MergedLabel: Equatable { var y0: Double; var y1: Double }

    /// Columns that hold labels merged down several rows (a unit, a class, 一级指标 printed once
    /// in the area it spans, as a browser centres a cell spanning rows): columns of text (no
    /// amount column) with far fewer lines than lines of amounts (`mergedLabelMaxShare`), where
    /// some label shows it is merged: it runs beside the amounts of two items or more, or sits
    /// off every line of amounts (centred between two). A column whose labels each sit on the
    /// line of their own item (a unit code on its unit's row, a class code) is no such column.
    /// The lines of a label are those closer than the spacing of a wrap (`wrapPitch`, where the
    /// column or the row sets wraps closer than rows; else closer than the closest two lines of
    /// amounts less `rowSpacingStepFactor` em).
    static func mergedLabelColumns(_ columns: [[TextLine]], anchorColumns: Set<Int>, amountMiddles: [Double], em: Double,
                                   wrapPitch: (Int) -> Double?, isAmount: (Int, Int) -> Bool,
                                   settings: ExtractionSettings.TextRows) -> [Int: [MergedLabel]] {
        // Lines of amounts: their middles, one per printed line.
        var amountLines: [Double] = []
        for m in amountMiddles.sorted() where amountLines.last.map({ m - $0 >= em / 2 }) ?? true { amountLines.append(m) }
        guard amountLines.count >= 2 else { return [:] }
        // Where no spacing tells a wrap: lines closer than the closest two lines of amounts (two
        // rows, the cells' padding between) less a step.
        let rowPitch = zip(amountLines, amountLines.dropFirst()).map { $1 - $0 }.min() ?? 0
        var out: [Int: [MergedLabel]] = [:], words: [Int: [MergedLabel]] = [:]
        for c in columns.indices where !anchorColumns.contains(c) && !columns[c].isEmpty {
            let lines = columns[c].sorted { $0.box.midY < $1.box.midY }
            // Numbers in the column (amounts of a column too sparse to anchor): no labels.
            guard !lines.indices.contains(where: { isStrongAmount(lines[$0].text) }) else { continue }
            let pitch = wrapPitch(c) ?? rowPitch - em * settings.rowSpacingStepFactor
            var labels: [(label: MergedLabel, middles: [Double])] = []
            for l in lines {
                let y0 = l.box.midY - em / 2, y1 = l.box.midY + em / 2
                if var last = labels.last, let m = last.middles.last, l.box.midY - m < pitch {
                    last.label.y1 = y1; last.middles.append(l.box.midY); labels[labels.count - 1] = last
                } else {
                    labels.append((MergedLabel(y0: y0, y1: y1), [l.box.midY]))
                }
            }
            // Few labels, and few lines: a column of names each with a code line over it is no
            // column of labels, however its lines run together.
            guard Double(lines.count) < Double(amountLines.count) * settings.mergedLabelMaxShare else { continue }
            // Lines of another column beside a label wrapped over several lines, set further apart
            // than the label's own lines: rows of their own (a label with no amounts among them,
            // (3) 单位资金), the label merged down beside them.
            func besideRowsApart(_ middles: [Double]) -> Bool {
                guard middles.count >= 2, let first = middles.first, let last = middles.last else { return false }
                let ownPitch = zip(middles, middles.dropFirst()).map { $1 - $0 }.max() ?? 0
                return columns.indices.contains { d in
                    guard d != c else { return false }
                    let beside = columns[d].map(\.box.midY).filter { $0 > first - em / 2 && $0 < last + em / 2 }.sorted()
                    return zip(beside, beside.dropFirst()).contains { $1 - $0 > ownPitch + em * settings.rowSpacingStepFactor }
                }
            }
            func offLine(_ m: Double) -> Bool { !amountLines.contains { abs($0 - m) < em * settings.offLineFactor } }
            // A word label level with one row's amounts, the rows just above and below it blank in
            // this column though they print text left of their amounts in another (a kind
            // centred over three rows, on its middle row's line, after a page break; or at a
            // page's foot, centred in the part of its cell the page holds): a cell of that one
            // row would leave its neighbours' cells empty in a column that merges, so it is
            // merged over them. Codes each on their own row (a class's code over its children
            // blank in the column) are no such labels.
            let leftColumns = columns.indices.filter { $0 != c && !anchorColumns.contains($0) && $0 < (anchorColumns.min() ?? 0) }
            func rowText(_ y: Double) -> Bool { leftColumns.contains { d in columns[d].contains { abs($0.box.midY - y) < em } } }
            func betweenBlankRows(_ middles: [Double]) -> Bool {
                guard lines.allSatisfy({ !isCodeLike($0.text) }), let first = middles.first, let last = middles.last else { return false }
                // Not a text run on across the column's rule from the column left of it (a label
                // spanning both: (1) 政府 | 预算资金).
                let own = lines.filter { l in middles.contains { abs($0 - l.box.midY) < 0.5 } }
                if c > 0, own.contains(where: { l in
                    columns[c - 1].contains { abs($0.box.midY - l.box.midY) < em / 2 && abs(l.box.x0 - $0.box.x1) < em * settings.runOnGapFactor }
                }) { return false }
                // Level with the row by its middle (centred) or its first line (set at the top).
                func row(_ y: Double) -> Int? {
                    amountLines.indices.first { abs(amountLines[$0] - y) < em * settings.offLineFactor }
                }
                guard let k = row((first + last) / 2) ?? row(first), k > 0, k + 1 < amountLines.count else { return false }
                let above = amountLines[k - 1], below = amountLines[k + 1]
                // Nothing else of the column between (a row of its own with no amounts: (3)单位资金).
                let besides = lines.map(\.box.midY).filter { $0 < first - 0.5 || $0 > last + 0.5 }
                return above < first - em && below > last + em && rowText(above) && rowText(below)
                    && !besides.contains { $0 > above - em && $0 < below + em }
            }
            let merged = labels.contains { l in
                betweenBlankRows(l.middles) ||
                amountLines.filter { $0 + em / 2 > l.label.y0 && $0 - em / 2 < l.label.y1 }.count >= 2
                    || !l.middles.contains { !offLine($0) }
                    || besideRowsApart(l.middles)
                    // Several lines, neither the first nor their middle on a line of amounts: a
                    // cell of one row sets its lines' middle (centred) or its first line (top,
                    // baseline) level with the row's amounts; this one is centred over rows (an
                    // even number: its last line level with the lower row's amounts).
                    || (l.middles.count >= 2 && l.middles.first.map(offLine) == true && offLine((l.label.y0 + l.label.y1) / 2))
            }
            if merged { out[c] = labels.map(\.label) } else if lines.allSatisfy({ !isCodeLike($0.text) }) { words[c] = labels.map(\.label) }
        }
        // Nested: a column of words (no codes) beside a merged column, as sparse, is merged too
        // (单位 | 类型, 一级指标 | 二级指标), though each of its labels may sit on its middle row's
        // line (a cell over an odd number of rows, its text on one line).
        var grown = true
        while grown {
            grown = false
            for (c, labels) in words where out[c] == nil && (out[c - 1] != nil || out[c + 1] != nil) {
                out[c] = labels; grown = true
            }
        }
        return out
    }

    /// The rows each merged label of one column spans, and whether the reading is in doubt.
    /// `items` are the items' extents and `regions` the bands between the cuts about them. The
    /// labels part the rows: each spans a run of rows holding its own lines, the next starting
    /// where it ends. A label sits in the middle of its run (as a cell's content is centred
    /// down it), or at its top when the run goes on past the last row (a cell cut by a page
    /// break: a browser prints its text at the top of its first part), or, the first label level
    /// with the first row, at the top of the rows down to the next label (the rest of a cell cut
    /// by the break above, printed at the top of its next part). Rows above the first
    /// label are no label's (the rest of a cell cut by the break above, or cells left empty),
    /// and are returned as a run of their own when they are two or more; rows left under the last label cost
    /// `mergedLabelTrailingRowPenalty` em each. The reading that misses least is taken; a label
    /// more than `mergedLabelDoubtFactor` em off the middle of its run makes its rows doubtful.
    /// The top reading only where the rows' foot may be a page break (`bottomMayBeCut`: the
    /// last band of the grid with no rule under it; a band closed by the rows below it on the
    /// page, or by the table's foot rule, is whole).
    /// No run crosses a row in `barriers` (where a run of the merged column to the left starts:
    /// merged cells nest, 类型 within 单位); a label whose runs all would is read as none.
    static func mergedSpans(_ labels: [MergedLabel], items: [(y0: Double, y1: Double)], regions: [(y0: Double, y1: Double)],
                            em: Double, barriers: Set<Int> = [], bottomMayBeCut: Bool = true, settings: ExtractionSettings.TextRows)
        -> [(rows: ClosedRange<Int>, doubtful: Bool)] {
        mergedReading(labels, items: items, regions: regions, em: em, barriers: barriers, bottomMayBeCut: bottomMayBeCut,
                      settings: settings)?.spans ?? []
    }

    /// Per row, the index of the label whose run holds it in `spans` (a reading of `labels`
    /// labels): -1 for the rows above the first label's run (no label's), `labels` for rows
    /// under the last.
    static func labelOfRow(_ spans: [(rows: ClosedRange<Int>, doubtful: Bool)], labels: Int, rows: Int) -> [Int] {
        var out = Array(repeating: -1, count: rows)
        let offset = spans.count > labels ? -1 : 0
        for (k, span) in spans.enumerated() {
            for r in span.rows where r < rows { out[r] = k + offset }
        }
        if let last = spans.last?.rows.upperBound, last + 1 < rows {
            for r in (last + 1)..<rows { out[r] = labels }
        }
        return out
    }

    /// The rows of the first label's run, where it may start: from the top of the rows down to
    /// its own first line.
    static func firstRunStarts(_ labels: [MergedLabel], items: [(y0: Double, y1: Double)]) -> ClosedRange<Int>? {
        guard let l = labels.first, !items.isEmpty else { return nil }
        let on = items.indices.filter { items[$0].y0 < l.y1 && l.y0 < items[$0].y1 }
        let lo = on.first ?? max(0, (items.firstIndex { $0.y0 >= l.y1 } ?? items.count) - 1)
        return 0...lo
    }

    /// `mergedSpans` with the cost of its reading (in em), the first run's start fixed where
    /// `firstStart` is given, and the rows another reading about as good gives to another label
    /// (`uncertain`, see `mergedLabelTieTolerance`).
    static func mergedReading(_ labels: [MergedLabel], items: [(y0: Double, y1: Double)], regions: [(y0: Double, y1: Double)],
                              em: Double, barriers: Set<Int> = [], bottomMayBeCut: Bool = true, firstStart: Int? = nil,
                              settings: ExtractionSettings.TextRows)
        -> (spans: [(rows: ClosedRange<Int>, doubtful: Bool)], cost: Double, uncertain: Set<Int>, evidence: Double)? {
        let n = items.count, m = labels.count
        guard n >= 2, m >= 1, regions.count == n, em > 0 else { return nil }
        // The items each label's lines lie on; between two items, both.
        var own: [(lo: Int, hi: Int)] = []
        for l in labels {
            let on = items.indices.filter { items[$0].y0 < l.y1 && l.y0 < items[$0].y1 }
            if let lo = on.first, let hi = on.last { own.append((lo, hi)); continue }
            let below = items.firstIndex { $0.y0 >= l.y1 } ?? n
            own.append((max(0, below - 1), min(n - 1, below)))
        }
        // Labels over the same items cannot be told apart.
        for i in 1..<m where own[i].lo <= own[i - 1].hi { return nil }
        // A run's cost, and the part of it that is a preference only (the top reading's penalty),
        // no evidence of how the label sits in its rows.
        func costParts(_ i: Int, _ s: Int, _ e: Int) -> (total: Double, prior: Double) {
            let l = labels[i]
            let middle = (l.y0 + l.y1) / 2
            let centred = abs((regions[s].y0 + regions[e].y1) / 2 - middle) / em
            let offTop = abs(l.y0 - items[s].y0) / em
            // Set at the top of its run: a cell the page's foot cuts (its run goes on past the last
            // row), or the first label level with the first row's text, the rest of a cell the
            // break above cut (a browser prints the lines that did not fit at the top of the
            // cell's next part; it spans the rows down to the next label, wherever that is).
            let topSet = (bottomMayBeCut && e == n - 1) || (i == 0 && s == 0)
            if topSet, offTop <= settings.mergedLabelTopFactor, offTop + settings.mergedLabelTopPenalty < centred {
                return (offTop + settings.mergedLabelTopPenalty, settings.mergedLabelTopPenalty)
            }
            return (centred, 0)
        }
        func cost(_ i: Int, _ s: Int, _ e: Int) -> Double { costParts(i, s, e).total }
        // The runs each label may span: (start, end), ending before the next label's lines, not
        // crossing a barrier.
        var runs: [[(s: Int, e: Int)]] = []
        for i in 0..<m {
            let lastEnd = i + 1 < m ? own[i + 1].lo - 1 : n - 1
            var mine: [(s: Int, e: Int)] = []
            for e in own[i].hi...max(own[i].hi, lastEnd) where e <= lastEnd {
                let starts = i > 0 ? Array(max(own[i - 1].hi + 1, 1)...max(own[i - 1].hi + 1, own[i].lo))
                    : firstStart.map { [$0] } ?? Array(0...own[i].lo)
                for s in starts where s <= own[i].lo && s <= e && !barriers.contains(where: { $0 > s && $0 <= e }) {
                    mine.append((s, e))
                }
            }
            runs.append(mine)
        }
        // What comes before label i's run from row s: the first run reaching up over rows above its
        // label's lines (those rows might as well go on from the page before), else the labels
        // above ending at row s − 1.
        // f[i][e]: least cost of labels 0…i with label i ending at row e; from[i][e] its start.
        var f = Array(repeating: Array(repeating: Double.infinity, count: n), count: m)
        var from = Array(repeating: Array(repeating: -1, count: n), count: m)
        // fp[i][e]: the part of f[i][e] that is preference only (rows reached up over, top readings).
        var fp = f
        func before(_ i: Int, _ s: Int) -> Double {
            i == 0 ? Double(own[0].lo - s) * settings.mergedLabelLeadingRowPenalty : s >= 1 ? f[i - 1][s - 1] : .infinity
        }
        func beforePrior(_ i: Int, _ s: Int) -> Double {
            i == 0 ? Double(own[0].lo - s) * settings.mergedLabelLeadingRowPenalty : s >= 1 ? fp[i - 1][s - 1] : .infinity
        }
        for i in 0..<m {
            for (s, e) in runs[i] {
                let prior = before(i, s)
                guard prior.isFinite else { continue }
                let parts = costParts(i, s, e)
                let total = prior + parts.total
                if total < f[i][e] { f[i][e] = total; from[i][e] = s; fp[i][e] = beforePrior(i, s) + parts.prior }
            }
        }
        func trailing(_ e: Int) -> Double { Double(n - 1 - e) * settings.mergedLabelTrailingRowPenalty }
        func total(_ e: Int) -> Double { f[m - 1][e] + trailing(e) }
        guard let end = (0..<n).filter({ f[m - 1][$0].isFinite }).min(by: { total($0) < total($1) }) else { return nil }
        var out: [(rows: ClosedRange<Int>, doubtful: Bool)] = []
        var chosen = Array(repeating: 0...0, count: m)
        var e = end
        for i in stride(from: m - 1, through: 0, by: -1) {
            let s = from[i][e]
            guard s >= 0 else { return nil }
            out.append((s...e, cost(i, s, e) > settings.mergedLabelDoubtFactor))
            chosen[i] = s...e
            e = s - 1
        }
        if e >= 1 { out.append((0...e, false)) }
        // g[i][e]: least cost of labels i+1… (and the rows left under the last) with label i
        // ending at row e. A run of some label costing, with the best before and after it, within
        // `mergedLabelTieTolerance` em of the reading taken reads as well: the label could be
        // centred on one tall row or over several rows about it alike. The rows the two readings
        // give it differently are in doubt.
        var g = Array(repeating: Array(repeating: Double.infinity, count: n), count: m)
        var gp = g   // the preference part of g
        for e in 0..<n { g[m - 1][e] = trailing(e); gp[m - 1][e] = 0 }
        for i in stride(from: m - 2, through: 0, by: -1) {
            for (s, e2) in runs[i + 1] where s >= 1 {
                let parts = costParts(i + 1, s, e2)
                let after = parts.total + g[i + 1][e2]
                if after < g[i][s - 1] { g[i][s - 1] = after; gp[i][s - 1] = parts.prior + gp[i + 1][e2] }
            }
        }
        let best = total(end)
        // The reading's cost less its preferences: how far its labels sit from where their runs
        // put them. Preferences only choose between readings the text shows alike: a reading
        // whose evidence is as good (within the tolerance) is a tie however they weigh.
        let evidence = best - fp[m - 1][end]
        var uncertain = Set<Int>()
        for i in 0..<m {
            // Only a run the label is centred in (or top-set at) as well: a reading that merely
            // trades an off-centre label for rows left under the last is no such tie.
            for (s, e) in runs[i] where s...e != chosen[i] && cost(i, s, e) <= settings.mergedLabelDoubtFactor {
                let prior = before(i, s)
                guard prior.isFinite, g[i][e].isFinite else { continue }
                let parts = costParts(i, s, e)
                let total = prior + parts.total + g[i][e]
                let itsEvidence = total - beforePrior(i, s) - parts.prior - gp[i][e]
                guard total <= best + settings.mergedLabelTieTolerance || itsEvidence <= evidence + settings.mergedLabelTieTolerance
                else { continue }
                let other = Set(s...e), taken = Set(chosen[i])
                uncertain.formUnion(other.symmetricDifference(taken))
            }
        }
        return (out.reversed(), best, uncertain, evidence)
    }
}
