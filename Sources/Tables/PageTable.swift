import Layout

/// Reasons for doubt raised while reading a cell or row (documented in docs/flags.md).
public enum Flag: String, Codable, Sendable, CaseIterable {
    case wrappedCell = "wrapped_cell"                 // a cell's text was joined from several lines
    case mergedCellFilled = "merged_cell_filled"      // a merged cell's text given to this row
    case textOutsideCell = "text_outside_cell"        // text inside the table box but in no cell
    case textAcrossColumns = "text_across_columns"    // a character straddles a column line
    case splitByPageBreak = "split_by_page_break"     // row continues a merged cell from the previous page
    case emptyAfterBreak = "empty_after_break"         // an always-filled column is empty just after a page break
    case unparsedNumber = "unparsed_number"           // looks like an amount but does not parse
    case garbledText = "garbled_text"                 // replacement or private-use characters
    case checkFailed = "check_failed"                 // an arithmetic check over this row failed
    case columnMismatch = "column_mismatch"           // continuation page's columns did not line up
    case noRulings = "no_rulings"                     // table read from text alignment alone
    case rowsFromText = "rows_from_text"              // rows set by line spacing, not by rules
    case rowBoundaryUncertain = "row_boundary_uncertain" // rows set by spacing: a line may continue the row above or start its own
    case severalValuesInCell = "several_values_in_cell" // one cell holds several lines each with its own amount or code
    case headerTextInBody = "header_text_in_body"     // a body cell reads as its own column's header
    case nameCutByPageBreak = "name_cut_by_page_break" // a row after a break holds only the tail of an item's name
    case joinedAcrossBreak = "joined_across_break"    // text at a page's foot and at the next page's head joined into one row
    // Table-level: the table as a whole asks for review (`"review": true` on the table).
    case amountsOutsideCells = "amounts_outside_cells" // amounts printed in the table's area landed in no cell
    case pieceNotStitched = "piece_not_stitched"      // a piece that could be neither stitched to a table nor classified
    case totalMissing = "total_missing"               // the table's kind prints a total, and none was read
    case checkNotRun = "check_not_run"                // a check could not run for want of a row it needs
    case structureUncertain = "structure_uncertain"   // rows, columns or header rest on too little to be sure (a table without amounts)
    case cutAtPageEdge = "cut_at_page_edge"           // text runs past the end of the table's rules: the page's edge cut the table
    case headerUncertain = "header_uncertain"
    case tableNotRead = "table_not_read"              // a page titles a table of the set and no table was read under it         // a header cell's lines, no rule between them, may be cells of their own
}

/// One cell of a page's grid: position, spans, box and joined text.
public struct Cell: Equatable, Sendable {
    public var row: Int, col: Int, rowSpan: Int, colSpan: Int
    public var box: Rect
    public var text: String
    public var lineCount: Int
    public var flags: Set<Flag>
    /// The cell's last text line fills the cell's width (padding aside) at the cell's bottom: the
    /// text may go on past it (cut by a page break); a shorter last line ends the text.
    public var endsFull = false
    /// The cell's last text line fills the cell's width, wherever it stands (in a merged cell
    /// cut by a page break, a word processor may leave room under it).
    public var lastLineFull = false
    /// Points left on the cell's last text line (its width less the column's padding and the
    /// line), a low estimate where the cell's sides are ruled: a text whose next word would have
    /// fitted there did not wrap on. Zero (unknown) in a table told from the text alone.
    public var lastLineRoom = 0.0
    /// Width of the first word of the cell's first line (a CJK character, or a run of other
    /// characters up to a space or a CJK character): what a wrapped text would have had to move.
    public var firstWordWidth = Double.infinity
    /// The box of the cell's printed lines (nil where it holds none).
    public var inkBox: Rect? = nil
    public init(row: Int, col: Int, rowSpan: Int = 1, colSpan: Int = 1, box: Rect, text: String,
                lineCount: Int = 1, flags: Set<Flag> = []) {
        self.row = row; self.col = col; self.rowSpan = rowSpan; self.colSpan = colSpan
        self.box = box; self.text = text; self.lineCount = lineCount; self.flags = flags
    }
}

/// A table as ruled on one page.
public struct PageTable: Sendable {
    public var page: Int
    public var grid: Grid
    public var cells: [Cell]
    /// Text inside the table's box that fell in no cell (gaps between double lines, etc.).
    public var strayText: [TextLine]
    /// Amounts printed in the table's area (between its column lines, next to its top or bottom
    /// rule, or inside its frame) that landed in no cell: nothing may be lost without a word.
    public var lostAmounts: [String] = []
    /// Table-level doubts raised while reading this piece (`structure_uncertain`).
    public var tableFlags: Set<Flag> = []
    /// Full-width rows at the top that print the title block inside the frame (标题, 单位：万元).
    public var captions: [TextLine] = []
    /// Full-width rows at the bottom that print notes inside the frame (注：…).
    public var footnotes: [String] = []
    /// Boxes of text printed past the grid's outer line that belongs to a cell of it (a merged
    /// cell cut by a page break): inside the table, though outside its box.
    public var overflow: [Rect] = []
    /// Set when the page was read turned upright: maps boxes back onto the printed page.
    public var pageFrame: PageFrame?
    /// Header rows the reading of the page's layout settled, where the cells cannot show them:
    /// a header of many printed lines with no rules, read line by line (its rows are sparse, a
    /// few words each, which `TableAssembler.detectHeaderRows` would take for the body).
    public var headerRowsFromLayout: Int? = nil
    /// A box of this table's frame on the page as printed.
    public func printed(_ r: Rect) -> Rect { pageFrame?.toPage(r) ?? r }
    public var rowCount: Int { grid.rowCount }
    public var columnCount: Int { grid.columnCount }
    public var box: Rect { grid.box }

    public init(page: Int, grid: Grid, cells: [Cell], strayText: [TextLine] = []) {
        self.page = page; self.grid = grid; self.cells = cells; self.strayText = strayText
    }

    /// Index of the cell covering each position.
    public func coverage() -> [[Int]] {
        var m = Array(repeating: Array(repeating: -1, count: columnCount), count: rowCount)
        for (i, c) in cells.enumerated() {
            for r in c.row..<min(rowCount, c.row + c.rowSpan) {
                for k in c.col..<min(columnCount, c.col + c.colSpan) { m[r][k] = i }
            }
        }
        return m
    }

    /// Text at every position with spans filled.
    public func textMatrix() -> [[String]] {
        coverage().map { $0.map { $0 >= 0 ? cells[$0].text : "" } }
    }
}

public enum PageTableBuilder {
    /// Puts the page's characters into the cells of each grid found on it.
    public static func tables(on page: PageLayout, settings: ExtractionSettings = .standard) -> [PageTable] {
        let r = settings.rulings
        // An open first or last row (vertical rules past the outer horizontal rule) stays when text is printed in it.
        let segments = page.segments + OneColumnStack.sides(of: page, settings: settings)
        let grids = GridFinder.grids(from: segments, settings: r).map { $0.trimmingEmptyOpenEdges(chars: page.chars) }
            // A narrow column of many rows (a sheet's last column alone on its page: 指标值 over
            // ≥95%) is no decoration however narrow.
            .filter { ($0.box.width > r.minTableWidth || $0.rowCount >= r.minOneColumnTableRows) && $0.box.height > r.minTableHeight
                && ($0.rowCount >= 1 && $0.columnCount >= 1) }
        // Nested or overlapping grids (a box drawn inside a table) keep only the outer one.
        var kept: [Grid] = []
        for g in grids.sorted(by: { $0.box.width * $0.box.height > $1.box.width * $1.box.height }) {
            if kept.contains(where: { $0.box.intersects(g.box, slack: -2) }) { continue }
            kept.append(g)
        }
        kept.sort { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        // Frames around a paragraph (one column, a row or a few) and empty decorative boxes are not tables.
        let ruled = kept.compactMap { build(grid: $0, page: page, settings: settings) }
            .filter { ($0.columnCount >= 2 || $0.rowCount >= r.minOneColumnTableRows) && $0.cells.contains { !$0.text.isEmpty } }
        // Text outside them that is laid out as a table (no rulings) is read from its alignment.
        let stream = StreamTables.tables(on: page, excluding: ruled.map(\.box), settings: settings)
        return (ruled + stream).sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
    }

    public static func build(grid ruledGrid: Grid, page: PageLayout, settings: ExtractionSettings = .standard) -> PageTable? {
        // Rows holding several items (vertical rules only, or a rule not found): cut by text lines.
        let (grid, madeRows, doubtfulRows, uncertainRows, tiedRows) = TextRows.split(ruledGrid, chars: page.chars, settings: settings)
        let spans = grid.spans()
        var buckets = Array(repeating: [TextChar](), count: spans.count)
        var stray: [TextChar] = []
        var across = Set<Int>()
        // Position → span index, to place characters in constant time.
        var owner = Array(repeating: Array(repeating: -1, count: grid.columnCount), count: grid.rowCount)
        for (i, s) in spans.enumerated() {
            for r in s.row..<(s.row + s.rowSpan) { for c in s.col..<(s.col + s.colSpan) { owner[r][c] = i } }
        }
        let box = grid.box
        let overflow = grid.overflowIntoOpenCells(chars: page.chars, gapFactor: settings.stitching.cutCellOverflowGapFactor)
        for o in overflow where owner[o.row][o.col] >= 0 { buckets[owner[o.row][o.col]].append(page.chars[o.char]) }
        for ch in page.chars {   // spaces too: they separate words inside a cell
            let x = ch.box.midX, y = ch.box.midY
            guard box.contains(x: x, y: y) else { continue }
            guard let r = index(of: y, in: grid.ys), let c = index(of: x, in: grid.xs) else { continue }
            let i = owner[r][c]
            if i < 0 { if !ch.isSpace { stray.append(ch) }; continue }
            buckets[i].append(ch)
            if !ch.isSpace {
                let cb = grid.cellBox(spans[i])
                let overhang = max(cb.x0 - ch.box.x0, ch.box.x1 - cb.x1)
                if overhang > ch.box.width * settings.text.acrossColumnFraction { across.insert(i) }
            }
        }
        var cells: [Cell] = []
        var cellLines: [[TextLine]] = []
        for (i, s) in spans.enumerated() {
            let lines = TextAssembly.lines(buckets[i], settings: settings.text)
            cellLines.append(lines)
            let text = TextAssembly.joinLines(lines.map(\.text))
            var flags: Set<Flag> = []
            if lines.count > 1 { flags.insert(.wrappedCell) }
            if madeRows.contains(s.row) { flags.insert(.rowsFromText) }
            if uncertainRows.contains(s.row) { flags.insert(.rowBoundaryUncertain) }
            // A row a merged label may or may not span: its own cells ask, not a cell merged over
            // it and rows that are sure (the unit over all the kinds in doubt).
            if s.rowSpan == 1, tiedRows.contains(s.row) { flags.insert(.rowBoundaryUncertain) }
            // Two rows run together (a rule missed), or parted where one cell merely wraps: a look.
            // A long code wrapped in a narrow column fills the cell's width on every line but the
            // last: one code, not two codes of two rows run together (201 / 20113).
            let cellWidth = grid.cellBox(s).width
            let wrappedCode = lines.count >= 2
                && lines.dropLast().allSatisfy { cellWidth - $0.box.width <= settings.textRows.wrapSlackFactor * $0.fontSize }
                && lines.allSatisfy { TextRows.isCodeLike(TableAssembler.norm($0.text)) }
            // Rows set by text lines (vertical rules only): a line ending well short of its cell's
            // right side over one that begins an item of its own ((3) 单位资金, 二、…) is no wrap,
            // two rows run together. (A table read from alignment keeps rows of text in one cell
            // on purpose: a side running on alone.)
            let itemsRunTogether = grid.verticalRulesOnly && zip(lines, lines.dropFirst()).contains { above, line in
                let em = TextRows.em([[above]])
                let padding = max(0, above.box.x0 - grid.cellBox(s).x0)
                return TextRows.looksLikeItemStart(line.text)
                    && grid.cellBox(s).x1 - above.box.x1 > padding + em * settings.textRows.itemStartShortLineFactor
            }
            if doubtfulRows.contains(s.row) || itemsRunTogether || (!wrappedCode && TextRows.severalValues(lines.map(\.text))) {
                flags.insert(.severalValuesInCell)
            }
            if across.contains(i) { flags.insert(.textAcrossColumns) }
            // Replacement, private-use and control characters, or Latin letters read from a CJK
            // font's simple encoding (two, or one beside an ideograph: 合« for 合计): a font
            // without a usable Unicode map.
            if MisreadText.isGarbled(text) {
                flags.insert(.garbledText)
            }
            cells.append(Cell(row: s.row, col: s.col, rowSpan: s.rowSpan, colSpan: s.colSpan,
                              box: grid.cellBox(s), text: text, lineCount: max(1, lines.count), flags: flags))
        }
        markFullLines(&cells, lines: cellLines, settings: settings.stitching)
        if grid.verticalRulesOnly {
            for i in itemsRunTogetherSideBySide(cells, lines: cellLines, settings: settings.textRows) {
                cells[i].flags.insert(.severalValuesInCell)
            }
        }
        var table = PageTable(page: page.number, grid: grid, cells: cells, strayText: TextAssembly.lines(stray, settings: settings.text))
        table.overflow = overflow.map { page.chars[$0.char].box }
        if textReachesOpenRightSide(grid, chars: page.chars, distance: settings.text.openEdgeTouchDistance,
                                    pastBothOpen: settings.text.openSidesPastDistance)
            || rulesCutPastRightSide(grid, segments: page.segments, chars: page.chars, tolerance: settings.rulings.gridTolerance,
                                     openColumn: settings.rulings.openEdgeMinExtent)
            || headerCentredPastRightSide(table, lines: cellLines, settings: settings)
            || textCutByClip(grid, chars: page.chars) {
            table.tableFlags.insert(.cutAtPageEdge)
        }
        if stackedHeaderCells(table, lines: cellLines, segments: page.segments, settings: settings) {
            table.tableFlags.insert(.headerUncertain)
        }
        table.cutFullWidthRows(lines: cellLines)
        return table
    }

    /// Text in the table's first or last column cut on its side by a clip wider than a cell
    /// (`TextChar.cutByClip`): the table runs on past what the page prints. Whatever the rules
    /// say, and where there are none.
    public static func textCutByClip(_ grid: Grid, chars: [TextChar]) -> Bool {
        guard grid.columnCount >= 1, let top = grid.ys.first, let bottom = grid.ys.last else { return false }
        let firstInner = grid.xs[1], lastInner = grid.xs[grid.xs.count - 2]
        return chars.contains { ch in
            ch.cutByClip && ch.box.midY > top && ch.box.midY < bottom
                && (ch.box.midX >= lastInner || ch.box.midX <= firstInner)
        }
    }

    /// A right side drawn with no rule over most rows (the left ruled), and text touching or overrunning the
    /// rules' end there: cells keep padding from a table's side, glyphs cut by a clip (a browser
    /// printing a table wider than its page) do not. The columns past the cut were never printed.
    static func textReachesOpenRightSide(_ grid: Grid, chars: [TextChar], distance: Double, pastBothOpen: Double = .infinity) -> Bool {
        guard let right = grid.xs.last, let top = grid.ys.first, let bottom = grid.ys.last, grid.rowCount > 0 else { return false }
        let rightRuled = grid.vRuled.filter { $0.last == true }.count
        let leftRuled = grid.vRuled.filter { $0.first == true }.count
        guard rightRuled * 2 < grid.rowCount else { return false }
        let inRows = chars.filter { !$0.isSpace && $0.box.midY > top && $0.box.midY < bottom && $0.box.x0 < right + distance }
        // Open on both sides: a table drawn so by design (as many budget books are) may set its
        // text to the rules' ends, never past them; a glyph running on past the clip was cut.
        guard leftRuled * 2 > grid.rowCount else {
            return inRows.contains { ch in
                ch.box.x1 > right + pastBothOpen || (ch.box.x1 > right + distance && ch.text.allSatisfy { $0.isASCII && $0.isNumber })
            }
        }
        return inRows.contains { $0.box.x1 >= right - distance }
    }

    /// A header cell spanning columns (not all) up to the table's right side whose one
    /// line of text stands right of the middle of the columns it spans by more than `cutHeaderOffsetFactor` em, in a
    /// header that centres its other spanning cells (within a quarter of that): the cell spans
    /// more columns than are printed, and the page's edge cut the table (a browser clips a table
    /// wider than its page; where the cut falls in a blank part of a cell no glyph touches it).
    static func headerCentredPastRightSide(_ table: PageTable, lines: [[TextLine]], settings: ExtractionSettings) -> Bool {
        let h = TableAssembler.detectHeaderRows(table, settings: settings.header)
        let n = table.columnCount
        // Ruled or not: a page printed again may draw the clipped sliver of the next column's
        // shading as a rule at the cut.
        guard h >= 2, n >= 2 else { return false }
        // Text middle less cell middle, and the type's size, of a spanning header cell of one line.
        func offset(_ i: Int) -> (off: Double, em: Double)? {
            let c = table.cells[i]
            guard c.row < h, c.colSpan >= 2, c.colSpan < n, i < lines.count, lines[i].count == 1, let l = lines[i].first else { return nil }
            let em = l.box.width / Double(max(1, l.chars.filter { !$0.isSpace }.count))
            return ((l.box.x0 + l.box.x1 - c.box.x0 - c.box.x1) / 2, em)
        }
        let spanning = table.cells.indices.compactMap { i in offset(i).map { (i, $0) } }
        guard let edge = spanning.first(where: { table.cells[$0.0].col + table.cells[$0.0].colSpan == n })?.1 else { return false }
        let others = spanning.filter { table.cells[$0.0].col + table.cells[$0.0].colSpan < n }.map(\.1)
        let factor = settings.text.cutHeaderOffsetFactor
        guard !others.isEmpty, others.allSatisfy({ abs($0.off) <= $0.em * factor / 4 }) else { return false }
        return edge.off > edge.em * factor
    }

    /// Nearly every horizontal rule reaching the table's right side (half its rules at least) runs
    /// on past its last vertical rule by more than the grid's tolerance yet too little to open a
    /// column there (`openColumn`), all of them ending at one x: a column the page's edge cut just past its left rule, its text never printed
    /// (a browser clips a table wider than its page where the page ends); or by a column's width
    /// or more over a band where nothing is printed.
    static func rulesCutPastRightSide(_ grid: Grid, segments: [Segment], chars: [TextChar], tolerance: Double,
                                      openColumn: Double) -> Bool {
        guard let left = grid.xs.first, let right = grid.xs.last, let top = grid.ys.first, let bottom = grid.ys.last,
              grid.rowCount >= 2 else { return false }
        let ends = grid.ys.compactMap { y -> Double? in
            segments.filter { $0.orientation == .horizontal && abs($0.position - y) <= tolerance && $0.start < right - tolerance
                && $0.end > left + tolerance }.map(\.end).max()
        }
        // Rules that reach the table's right side (a header's inner rules under a group may stop short).
        let reaching = ends.filter { $0 >= right - tolerance }
        let overrun = reaching.filter { $0 > right + tolerance }
        guard let lo = overrun.min(), let hi = overrun.max(), hi - lo <= tolerance,
              Double(overrun.count) >= 0.8 * Double(reaching.count), overrun.count * 2 >= grid.ys.count else { return false }
        if hi < right + openColumn { return true }
        // A column's width or more past the last vertical rule with nothing printed in it, not
        // even a header: no column of the table's own, but one the page's edge cut in its blank
        // left part (its header centred further right, its body empty), the rest never printed.
        return !chars.contains { !$0.isSpace && $0.box.midX > right && $0.box.midX < hi && $0.box.midY > top && $0.box.midY < bottom }
    }

    /// Sets `endsFull` on each cell whose last line is as wide as the cell less its padding, to
    /// within `fullLineSlackFactor` × the line's font size (a character that did not fit, or a
    /// digit group or bracket kept whole). The padding is the column's: the least gap between a
    /// line and its cell's side over the column's cells (text set left or right shows it). Only
    /// where the column wraps (this cell or another of it holds several lines): a column sized to
    /// its widest text (a browser's table) fills its cells with whole texts. And only when the
    /// line is the cell's last line of room, closer than `fullLineBottomFactor` × its font size
    /// to the cell's bottom: a text that could have gone on in its cell and did not has ended.
    static func markFullLines(_ cells: inout [Cell], lines: [[TextLine]], settings: ExtractionSettings.Stitching) {
        var pad: [Int: Double] = [:]
        var wraps = Set<Int>()
        for (i, c) in cells.enumerated() where c.colSpan == 1 {
            if lines[i].count > 1 { wraps.insert(c.col) }
            // A line whose box runs past its cell's side (a full-width bracket's box takes in its
            // blank half: 就业补助资金（就业见习） over the rule) says nothing of the padding.
            for l in lines[i] where l.box.x0 >= c.box.x0 && l.box.x1 <= c.box.x1 {
                let gap = min(l.box.x0 - c.box.x0, c.box.x1 - l.box.x1)
                pad[c.col] = min(pad[c.col] ?? gap, gap)
            }
        }
        for i in cells.indices {
            guard let last = lines[i].max(by: { $0.box.midY < $1.box.midY }) else { continue }
            cells[i].inkBox = Rect.enclosing(lines[i].map(\.box))
            let c = cells[i]
            let own = lines[i].map { max(0, min($0.box.x0 - c.box.x0, c.box.x1 - $0.box.x1)) }.min() ?? 0
            let p = (c.col..<(c.col + c.colSpan)).compactMap { pad[$0] }.min() ?? own
            // The padding is at least the least gap seen, so the room is never overestimated
            // where the cell's sides are ruled (see StreamTables for columns told from the text).
            cells[i].lastLineRoom = max(0, c.box.width - 2 * p - last.box.width)
            if let first = lines[i].min(by: { $0.box.midY < $1.box.midY }) { cells[i].firstWordWidth = firstWordWidth(first) }
            guard lines[i].count > 1 || (c.col..<(c.col + c.colSpan)).contains(where: wraps.contains) else { continue }
            let size = max(last.fontSize, 1)
            cells[i].lastLineFull = c.box.width - 2 * p - last.box.width <= settings.fullLineSlackFactor * size
            cells[i].endsFull = cells[i].lastLineFull && c.box.y1 - last.box.y1 <= settings.fullLineBottomFactor * size
        }
    }

    /// Rows set by text lines (vertical rules only): cells of one row, two or more side by side,
    /// whose lines pair up level with each other's, every line but the last leaving room in its
    /// cell for the next line's first word and `fillSlackFactor` em more. Neither wraps: each
    /// line is an item of its own, two items run together in one row (年度履职目标相关性 /
    /// 工作任务科学性 beside 相关 / 科学, at a page's foot where too few lines tell the spacing of
    /// rows from a wrap's). A name wrapped beside wrapped prose fills its cell above each break.
    static func itemsRunTogetherSideBySide(_ cells: [Cell], lines: [[TextLine]], settings: ExtractionSettings.TextRows) -> [Int] {
        func sorted(_ i: Int) -> [TextLine] { lines[i].sorted { $0.box.midY < $1.box.midY } }
        func leavesRoom(_ i: Int) -> Bool {
            let c = cells[i], ls = sorted(i)
            let pad = max(0, ls.map { min($0.box.x0 - c.box.x0, c.box.x1 - $0.box.x1) }.min() ?? 0)
            return zip(ls, ls.dropFirst()).allSatisfy { above, next in
                let em = TextRows.em([[above]])
                return c.box.width - 2 * pad - above.box.width > firstWordWidth(next) + settings.fillSlackFactor * em
            }
        }
        var out: [Int] = []
        let byRow = Dictionary(grouping: cells.indices.filter { cells[$0].rowSpan == 1 && cells[$0].colSpan == 1 && lines[$0].count >= 2 },
                               by: { cells[$0].row })
        for (_, row) in byRow where row.count >= 2 {
            let short = row.filter(leavesRoom)
            let level = short.filter { i in
                short.contains { j in
                    guard j != i, lines[j].count == lines[i].count else { return false }
                    let em = TextRows.em([lines[i]])
                    return zip(sorted(i), sorted(j)).allSatisfy { abs($0.box.midY - $1.box.midY) < em / 2 }
                }
            }
            out += level
        }
        return out.sorted()
    }

    /// Characters a line may not start with (the closing marks a cell lets hang, and other closing
    /// brackets and punctuation): a line breaker moves the character before them down with them
    /// (Word's 政）).
    static let noLineStart = StreamTables.closingMarks.union("!%,.:;?]}·…‰％］｝")

    /// Characters a line may not end with (opening brackets and quotes): a line breaker takes
    /// them down with the character after them (（行政） wraps as a whole 「（行」, never 「（」 alone).
    static let noLineEnd: Set<Character> = ["（", "(", "「", "『", "【", "〔", "〈", "《", "“", "‘", "［", "｛", "[", "{"]

    /// Width of a line's first word: its first character when that is CJK (Chinese wraps between
    /// any two characters), else the run of characters up to a space or a CJK character; with
    /// the opening marks before it, which cannot end a line, and the closing punctuation after
    /// it, which cannot start one.
    static func firstWordWidth(_ line: TextLine) -> Double {
        let chars = line.chars.filter { !$0.isSpace }.sorted { $0.box.x0 < $1.box.x0 }
        guard let first = chars.first else { return .infinity }
        func cjk(_ ch: TextChar) -> Bool { ch.text.unicodeScalars.first.map(TextAssembly.isCJK) ?? false }
        func closing(_ ch: TextChar) -> Bool { ch.text.count == 1 && ch.text.first.map(noLineStart.contains) == true }
        func opening(_ ch: TextChar) -> Bool { ch.text.count == 1 && ch.text.first.map(noLineEnd.contains) == true }
        var end = first.box.x1
        // Opening marks go down with the character after them: the word starts after them.
        var lead = 0
        while lead < chars.count - 1, opening(chars[lead]), chars[lead + 1].box.x0 - chars[lead].box.x1 <= max(chars[lead].fontSize, 1) * 0.2 {
            lead += 1; end = chars[lead].box.x1
        }
        let inWord = !cjk(chars[lead]) && !closing(chars[lead])
        for (a, b) in zip(chars[lead...], chars[lead...].dropFirst()) {
            guard b.box.x0 - a.box.x1 <= max(a.fontSize, 1) * 0.2 else { break }
            if closing(b) { end = b.box.x1; continue }
            guard inWord, !cjk(b) else { break }
            end = b.box.x1
        }
        return end - first.box.x0
    }

    /// A header cell over several header rows whose lines no drawn rule parts, each line level
    /// with the text of another header cell in a row of its own, and a line leaving room for the
    /// next one's first word: two cells stacked (机关运行经费支出 over 合计, where a browser drew
    /// vertical rules only and no line between the header's rows), read as one. Which it is, the
    /// rules do not say: the table's header asks for review.
    static func stackedHeaderCells(_ table: PageTable, lines: [[TextLine]], segments: [Segment],
                                   settings: ExtractionSettings) -> Bool {
        let h = TableAssembler.detectHeaderRows(table, settings: settings.header)
        let g = table.grid
        guard h >= 2, let left = g.xs.first, let right = g.xs.last else { return false }
        let tol = settings.rulings.gridTolerance
        func drawn(_ y: Double) -> Bool {
            segments.contains { $0.orientation == .horizontal && abs($0.position - y) <= tol && $0.start < right - tol && $0.end > left + tol }
        }
        // Two lines side by side on one printed line.
        func level(_ a: TextLine, _ b: TextLine) -> Bool {
            abs(a.box.midY - b.box.midY) <= min(a.box.height, b.box.height) * settings.header.stackedLineLevelFraction
        }
        for (i, cell) in table.cells.enumerated() where cell.row < h && cell.rowSpan >= 2 && i < lines.count && lines[i].count >= 2 {
            let own = lines[i].sorted { $0.box.midY < $1.box.midY }
            for (a, b) in zip(own, own.dropFirst()) {
                guard let ra = index(of: a.box.midY, in: g.ys), let rb = index(of: b.box.midY, in: g.ys), ra < rb,
                      !((ra + 1)...rb).contains(where: { drawn(g.ys[$0]) }) else { continue }
                // A wrapped text moves a word down only when it did not fit (the cell's padding
                // taken as a character a side, more than cells leave).
                let em = a.box.width / Double(max(1, a.chars.filter { !$0.isSpace }.count))
                guard cell.box.width - a.box.width > firstWordWidth(b) + 2 * em else { continue }
                func besideOther(_ l: TextLine, row: Int) -> Bool {
                    table.cells.indices.contains { j in
                        let o = table.cells[j]
                        return j != i && j < lines.count && o.row <= row && row < o.row + o.rowSpan && lines[j].contains { level($0, l) }
                    }
                }
                if besideOther(a, row: ra) && besideOther(b, row: rb) { return true }
            }
        }
        return false
    }

    /// Which interval of sorted boundaries holds v.
    static func index(of v: Double, in bounds: [Double]) -> Int? {
        guard let first = bounds.first, let last = bounds.last, v >= first, v <= last else { return nil }
        var lo = 0, hi = bounds.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if bounds[mid] <= v { lo = mid } else { hi = mid }
        }
        return lo
    }
}

extension PageTable {
    /// Moves full-width rows holding the title block (top) or notes (bottom) out of the grid.
    /// `lines` holds each cell's text lines, index by index with `cells`.
    mutating func cutFullWidthRows(lines: [[TextLine]]) {
        var lines = lines
        func fullWidth(_ row: Int) -> Int? {
            let anchored = cells.indices.filter { cells[$0].row == row }
            guard anchored.count == 1, let i = anchored.first, cells[i].colSpan == columnCount, cells[i].rowSpan == 1,
                  columnCount >= 2, !cells[i].text.isEmpty else { return nil }
            return i
        }
        func removeRow(_ r: Int) {
            let keep = cells.indices.filter { !(cells[$0].row == r && cells[$0].rowSpan == 1) }
            cells = keep.map { cells[$0] }
            lines = keep.map { lines[$0] }
            for i in cells.indices where cells[i].row > r { cells[i].row -= 1 }
            let last = r != 0
            grid.ys.remove(at: last ? grid.ys.count - 1 : 0)
            grid.hRuled.remove(at: last ? grid.hRuled.count - 1 : 0)
            grid.vRuled.remove(at: r)
        }
        while rowCount > 2, let i = fullWidth(0), !TableAssembler.looksNumeric(cells[i].text) {
            captions += lines[i]
            removeRow(0)
        }
        while rowCount > 2, let i = fullWidth(rowCount - 1) {
            let t = cells[i].text
            guard t.hasPrefix("注") || t.hasPrefix("说明") || t.hasPrefix("备注") else { break }
            footnotes.insert(t, at: 0)
            removeRow(rowCount - 1)
        }
    }
}
