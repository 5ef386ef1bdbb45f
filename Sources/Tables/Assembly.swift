import Foundation
import Layout

/// A leaf column: its header path from the top header row down.
public struct Column: Equatable, Sendable {
    public var path: [String]
    public var box: Rect
    /// Which of the side-by-side blocks (0, 1, …) the column belongs to, where the header
    /// repeats one group of columns (科目编码/科目名称/决算数 | 科目编码/科目名称/决算数); nil otherwise.
    public var block: Int?
    public init(path: [String], box: Rect, block: Int? = nil) { self.path = path; self.box = box; self.block = block }
}

/// A body row of a logical table, with where it was printed.
public struct TableRow: Equatable, Sendable {
    public var cells: [String]
    public var page: Int
    public var box: Rect
    public var cellBoxes: [Rect]
    public var flags: Set<Flag>
    /// Per cell: which flags came from that cell (same length as `cells`).
    public var cellFlags: [Set<Flag>]
    public init(cells: [String], page: Int, box: Rect, cellBoxes: [Rect], flags: Set<Flag> = [], cellFlags: [Set<Flag>]? = nil) {
        self.cells = cells; self.page = page; self.box = box; self.cellBoxes = cellBoxes; self.flags = flags
        self.cellFlags = cellFlags ?? Array(repeating: [], count: cells.count)
    }

    /// The cell in column `c` holds the text of a merged cell carried over a page break.
    func carriedOverBreak(_ c: Int) -> Bool {
        c < cellFlags.count && cellFlags[c].isSuperset(of: [.mergedCellFilled, .splitByPageBreak])
    }
}

/// One logical table: its pieces on one or more pages joined, header split from body.
public struct AssembledTable: Sendable {
    public var pages: [Int]
    public var pieces: [PageTable]
    public var headerRows: Int
    public var columns: [Column]
    public var rows: [TableRow]
    /// Cells of the header on the first page (for drawing and for checks that follow the header tree).
    public var headerCells: [Cell]
    public init(pages: [Int], pieces: [PageTable], headerRows: Int, columns: [Column], rows: [TableRow], headerCells: [Cell]) {
        self.pages = pages; self.pieces = pieces; self.headerRows = headerRows; self.columns = columns; self.rows = rows
        self.headerCells = headerCells
    }
}

public enum TableAssembler {
    /// Text compared as the scorer compares it: compatibility forms folded (（）→ ()), no white space.
    static func norm(_ s: String) -> String {
        PrintedWords.squeeze(TextForms.nfkc(s))
    }

    /// A number as budgets print amounts and codes: digits, thousands separators, decimals, sign, %.
    public static func looksNumeric(_ s: String) -> Bool {
        let t = norm(s)
        guard !t.isEmpty else { return false }
        var digits = 0
        for (i, ch) in t.enumerated() {
            if ch.isASCII && ch.isNumber { digits += 1; continue }
            if ch == "," || ch == "." { continue }
            if (ch == "-" || ch == "－") && i == 0 { continue }
            if ch == "%" && i == t.count - 1 { continue }
            return false
        }
        return digits > 0
    }

    /// Rows at the top that form the column header: no amounts, mostly filled, and no cell of
    /// them reaching below the header.
    public static func detectHeaderRows(_ t: PageTable, settings: ExtractionSettings.Header = .init()) -> Int {
        if let h = t.headerRowsFromLayout { return min(max(0, h), max(0, t.rowCount - 1)) }
        let m = t.textMatrix()
        let cov = t.coverage()
        var h = 0
        for r in 0..<min(t.rowCount, settings.maxRows) {
            let anchored = t.cells.filter { $0.row == r }
            // A column-number row (栏次 1 2 3 …) belongs to the header although it holds digits.
            let numbers = anchored.map(\.text).filter { looksNumeric($0) }
            let columnNumbers = !numbers.isEmpty && (m[r].contains { ["栏次", "行次"].contains(norm($0)) } || numbers.count >= 3
                && numbers.map(norm) == (1...numbers.count).map(String.init))
            // Years heading columns (2023 | 2024) are header text, not amounts.
            let years = !numbers.isEmpty && numbers.allSatisfy { Pattern.firstMatch(norm($0), "^" + PrintedWords.year + "$") != nil }
            if !columnNumbers && !years && anchored.contains(where: { looksNumeric($0.text) }) { break }
            let filled = m[r].filter { !norm($0).isEmpty }.count
            if filled == 0 || Double(filled) < Double(m[r].count) * settings.minFilledFraction { break }
            if let first = m[r].first(where: { !norm($0).isEmpty }), PrintedWords.isTotalWord(first),
               m[r].contains(where: { norm($0).isEmpty }) { break }
            h = r + 1
        }
        // A header cell must not hang below the header; nor can the whole table be header.
        var changed = true
        while changed && h > 0 && h < t.rowCount {
            changed = false
            for k in 0..<t.columnCount where cov[h - 1][k] >= 0 {
                let c = t.cells[cov[h - 1][k]]
                if c.row + c.rowSpan > h { h = min(t.rowCount, c.row + c.rowSpan); changed = true }
            }
        }
        if h >= t.rowCount { h = max(0, t.rowCount - 1) }
        return h
    }

    /// Leaf column paths: for each column the header cells over it, top down, each once.
    public static func columnPaths(_ t: PageTable, headerRows h: Int) -> [Column] {
        let cov = t.coverage()
        return (0..<t.columnCount).map { c in
            var path: [String] = []
            var seen = Set<Int>()
            for r in 0..<h where cov[r][c] >= 0 && !seen.contains(cov[r][c]) {
                seen.insert(cov[r][c])
                let text = t.cells[cov[r][c]].text
                if !norm(text).isEmpty { path.append(PrintedWords.closeLetterSpacing(text)) }
            }
            return Column(path: path, box: Rect(x0: t.grid.xs[c], y0: t.grid.ys[0], x1: t.grid.xs[c + 1], y1: t.grid.ys[h]))
        }
    }

    /// Joins the pieces of one table (first piece first) into rows under one header.
    /// `headerRows` overrides detection (forms have none).
    public static func assemble(_ pieces: [PageTable], headerRows override: Int? = nil,
                                settings: ExtractionSettings = .standard) -> AssembledTable {
        guard let first = pieces.first else {
            return AssembledTable(pages: [], pieces: [], headerRows: 0, columns: [], rows: [], headerCells: [])
        }
        let h = override.map { min($0, first.rowCount) } ?? detectHeaderRows(first, settings: settings.header)
        let columns = ColumnBlocks.assigningBlocks(columnPaths(first, headerRows: h))
        let headerTexts = first.cells.filter { $0.row < h && !norm($0.text).isEmpty }
            .reduce(into: [String: Set<Int>]()) { $0[norm($1.text), default: []].insert($1.row) }
        var rows: [TableRow] = []
        var breakRows = Set<Int>()
        // A row cut by the page break at the foot of the previous piece (no rule under it): its index.
        var cutRow: Int?
        // The row read from the last grid row of the previous piece: a word processor's break may
        // carry its tail to the top of this piece under a rule of its own.
        var footRow: Int?
        // Per column of the table: the foot row's cell ends in a line that fills it (its text may go on).
        var footFull: [Bool] = []
        // Per column of the table: the foot row's cell ends in a line as wide as the cell, wherever it stands.
        var footWide: [Bool] = []
        // Columns of the table the previous piece leaves open at its foot (see `PageBreakRows.openAtFoot`).
        var footOpen = Set<Int>()
        // Columns of the table whose text the previous piece runs on past its foot (`PageBreakRows.overflowAtFoot`).
        var footOverflow = Set<Int>()
        // Per column of the table: the room left on the foot row's last line (points, low estimate).
        var footRoom: [Double] = []
        // Merged cells running off the bottom of the previous piece.
        var carry: Carry = [:]
        // Per column of the table: the rows under an empty cell the previous piece leaves open at
        // its foot, whose text stands further on (`textFromNextPiece`).
        var waitingForText: [Int: [Int]] = [:]
        // Per piece: its first body row (under the header it prints, or repeats).
        var bodyStarts: [Int] = []
        for (pi, piece) in pieces.enumerated() {
            var start = pi == 0 ? h : repeatedHeaderRows(piece, headerTexts: headerTexts, limit: h)
            // A header the page's layout settled (many lines, no rules, read line by line) is
            // the header again however its lines were cut into words here.
            if pi > 0, let layout = piece.headerRowsFromLayout { start = max(start, min(layout, piece.rowCount)) }
            let mapping = columnMapping(from: piece, to: first)
            let placement = columnPlacement(from: piece, to: first, mapping: mapping)
            let columnsSplit = splits(piece, placement: placement, targetXs: first.grid.xs, fraction: settings.stitching.columnSplitFraction)
            // Text under the repeated header that is none of its words, in a row the header's
            // cells span down over (no rule under the header: read as a line of it): the tail of
            // the row the page break cut (其他运转 / 类), printed at this page's top. It goes on
            // that row's cell in its column, where every such cell's last line fills it at the
            // page's foot (its text may go on). Otherwise it may be a row of its own, which the
            // header took in: the first row read here asks for review.
            var lineUnderHeader = false
            if pi > 0 {
                let tail = tailUnderRepeatedHeader(piece, headerTexts: headerTexts, limit: h, start: start)
                let targets = tail.map { cell in placement.first(where: { $0.0 == cell.col })?.1 ?? -1 }
                if let foot = footRow, !tail.isEmpty, targets.allSatisfy({ t in
                    t >= 0 && t < rows[foot].cells.count && t < footFull.count && footFull[t] && !norm(rows[foot].cells[t]).isEmpty }) {
                    for (cell, target) in zip(tail, targets) {
                        rows[foot].cells[target] = TextAssembly.joinLines([rows[foot].cells[target], cell.text])
                        rows[foot].cellFlags[target].insert(.wrappedCell)
                    }
                } else { lineUnderHeader = !tail.isEmpty }
            }
            let cov = piece.coverage()
            // Columns whose first word at the top of this piece would have fitted on the foot row's
            // last line: the text there had ended, so no text of this piece goes on it.
            let fits = pi > 0 ? wordsThatFit(piece, top: start, coverage: cov, placement: placement, room: footRoom,
                                             slack: settings.stitching.wordFitSlackFraction) : []
            // Columns whose first word would not have fitted there: the foot row's line was full for it.
            let wraps = pi > 0 ? wordsThatWrap(piece, top: start, coverage: cov, placement: placement, room: footRoom,
                                               slack: settings.stitching.wordFitSlackFraction) : []
            // A row cut at the foot of the previous piece goes on in this one's first row: that row
            // continues the cut row itself, not a merged cell; a cell visibly merged down to the
            // break (a label printed once over rows set by spacing, which no rule closes at the
            // foot) goes on over the rows that are not the cut row's.
            // Should the first row prove a row of its own (the join fails), every cell carried goes on over it after all.
            var heldCarry = carry
            if cutRow != nil { carry = carry.filter { $0.value.merged } }
            // A browser that leaves some columns open at the foot (merged cells the break cut) drew
            // the rule under the others: their cells ended there, and text in them at the top of
            // this piece is a row of its own, not the rest of the row above.
            func textInClosedColumns(_ cells: [String], _ flags: [Set<Flag>]) -> Bool {
                !footOpen.isEmpty && cells.indices.contains { c in
                    !footOpen.contains(c) && !norm(cells[c]).isEmpty && !(c < flags.count && flags[c].contains(.mergedCellFilled))
                }
            }
            // A merged cell whose text the break cut ("41080024" / "5268"): its whole text, on
            // both sides of the break.
            let wrappedAtFoot = footRow.map { f in Set(rows[f].cellFlags.indices.filter { rows[f].cellFlags[$0].contains(.wrappedCell) }) } ?? []
            // The first row, read as printed, surely goes on the foot row (merged columns aside):
            // a row cut by the break, merged cells and all.
            let firstRowGoesOn: Bool = {
                guard pi > 0, let foot = footRow, start < piece.rowCount else { return false }
                let plain = readRow(start, of: piece, coverage: cov, placement: placement, columnCount: columns.count, targetXs: first.grid.xs, columnsSplit: columnsSplit,
                                    filled: [], carry: [:], headerEnd: start)
                if textInClosedColumns(plain.cells, plain.cellFlags) { return false }
                return PageBreakRows.isSureTail(rows[foot].cells, plain.cells, headFull: footFull, fits: fits,
                                                skipping: Set(carry.filter { $0.value.merged }.keys))
            }()
            let tails = pi > 0 ? mergedTextTails(piece, top: start, carry: carry, mapping: mapping, coverage: cov,
                                                 wrappedAtFoot: wrappedAtFoot,
                                                 goesOnFull: firstRowGoesOn ? Set(footWide.indices.filter { footWide[$0] }) : [],
                                                 openAtFoot: footOpen.union(footOverflow)) : [:]
            for (col, ci) in tails {
                guard let c = carry[col] else { continue }
                let whole = TextAssembly.joinLines([c.text, piece.cells[ci].text])
                for i in rows.indices.reversed() {
                    guard col < rows[i].cells.count, rows[i].cells[col] == c.text else { break }
                    rows[i].cells[col] = whole
                    rows[i].cellFlags[col].insert(.splitByPageBreak)
                    rows[i].flags.insert(.splitByPageBreak)
                }
                carry[col] = (whole, c.merged)
                // Should the first row prove a row of its own, the cell it finishes goes on over it whole.
                if heldCarry[col] != nil { heldCarry[col] = (whole, c.merged) }
            }
            var filled = pi > 0 ? cellsContinuingCarry(piece, top: start, carry: carry, mapping: mapping, coverage: cov,
                                                       tails: Set(tails.values), headerWords: Set(headerTexts.keys)) : []
            if start > piece.rowCount { start = piece.rowCount }
            bodyStarts.append(start)
            if pi > 0 {
                let found = textFromNextPiece(piece, top: start, waiting: waitingForText, mapping: mapping, coverage: cov, filled: filled)
                for (col, text) in found {
                    for i in waitingForText[col] ?? [] where col < rows[i].cells.count && norm(rows[i].cells[col]).isEmpty {
                        rows[i].cells[col] = text
                        rows[i].cellFlags[col].formUnion([.mergedCellFilled, .splitByPageBreak])
                        rows[i].flags.formUnion([.mergedCellFilled, .splitByPageBreak])
                    }
                }
                waitingForText = waitingForText.filter { found[$0.key] == nil }
            }
            // The table's row read from each grid row of this piece.
            var rowOfGridRow: [Int: Int] = [:]
            // The rows under the first cells of a continuation: where a merged cell cut by the break goes on.
            let topBand = start + (piece.cells.filter { $0.row == start }.map(\.rowSpan).max() ?? 1)
            var lastRead: (gridRow: Int, index: Int)?   // the last grid row read, and the row it went into
            for r in start..<piece.rowCount {
                var row = readRow(r, of: piece, coverage: cov, placement: placement, columnCount: columns.count, targetXs: first.grid.xs, columnsSplit: columnsSplit,
                                  filled: filled, carry: carry, headerEnd: start)
                // The cut row's continuation is an empty sliver, or a row of its own: the merged
                // cells the break cut go on over this piece after all.
                var joinRefused = false
                if r == start, let cut = cutRow, !heldCarry.isEmpty {
                    var printed = readRow(r, of: piece, coverage: cov, placement: placement, columnCount: columns.count, targetXs: first.grid.xs, columnsSplit: columnsSplit, filled: [], carry: [:], headerEnd: start)
                    for col in tails.keys where col < printed.cells.count { printed.cells[col] = "" }   // joined to its merged cell already
                    let sliver = printed.cells.allSatisfy { norm($0).isEmpty }
                    if sliver || PageBreakRows.join(rows[cut], continuedBy: printed.cells, flags: printed.flags, cellFlags: printed.cellFlags,
                                                    headFull: footFull, fits: fits) == nil {
                        joinRefused = true
                        carry = heldCarry
                        filled = cellsContinuingCarry(piece, top: start, carry: carry, mapping: mapping, coverage: cov,
                                                      tails: Set(tails.values), headerWords: Set(headerTexts.keys))
                        if sliver { continue }
                        row = readRow(r, of: piece, coverage: cov, placement: placement, columnCount: columns.count, targetXs: first.grid.xs, columnsSplit: columnsSplit,
                                      filled: filled, carry: carry, headerEnd: start)
                    }
                }
                if row.cells.allSatisfy({ norm($0).isEmpty }) { continue }   // blank ruled row, or the empty sliver of a cut row
                // The cut row's rest, read as printed: a merged cell carried over is the cut row's already.
                var asPrinted = r == start && cutRow != nil && !filled.isEmpty
                    ? readRow(r, of: piece, coverage: cov, placement: placement, columnCount: columns.count, targetXs: first.grid.xs, columnsSplit: columnsSplit, filled: [], carry: [:], headerEnd: start) : row
                if r == start && cutRow != nil {
                    for col in tails.keys where col < asPrinted.cells.count { asPrinted.cells[col] = "" }   // joined to its merged cell already
                }
                if r == start, !joinRefused, let cut = cutRow,
                   let joined = PageBreakRows.join(rows[cut], continuedBy: asPrinted.cells, flags: asPrinted.flags,
                                                   cellFlags: asPrinted.cellFlags, headFull: footFull, fits: fits) {
                    rows[cut] = joined
                    lastRead = (r, cut)
                    rowOfGridRow[r] = cut
                    // Merged cells the cut row sits under go on over the rows after it, with their
                    // text as joined (a name the break cut: "人事考试监考" + "费").
                    if !heldCarry.isEmpty {
                        carry = heldCarry.reduce(into: Carry()) { out, kv in
                            out[kv.key] = kv.value.merged && kv.key < joined.cells.count ? (joined.cells[kv.key], true) : kv.value
                        }
                        let goingOn = Set(carry.keys.compactMap { col -> Int? in
                            guard let pc = mapping.firstIndex(of: col), pc < cov[start].count, cov[start][pc] >= 0,
                                  piece.cells[cov[start][pc]].rowSpan > 1 else { return nil }
                            return cov[start][pc]
                        })
                        // The first row is the cut row's now: its text in a carried column (the rest of
                        // a name) is no new group's; the merged cells go on from the row under it.
                        let next = goingOn.isEmpty && start + 1 < piece.rowCount ? start + 1 : start
                        filled = cellsContinuingCarry(piece, top: next, carry: carry, mapping: mapping, coverage: cov, tails: goingOn,
                                                      headerWords: Set(headerTexts.keys))
                    }
                    carryMergedCellsOpeningOnCutRow(piece, top: start, joined: joined.cells, mapping: mapping, coverage: cov,
                                                    carry: &carry, filled: &filled)
                    continue
                }
                // Under a merged cell whose text the break cut, a first row with nothing of its own
                // (only the merged cells' text) is the sliver of the row the break split.
                if r == start, !tails.isEmpty,
                   row.cells.indices.allSatisfy({ norm(row.cells[$0]).isEmpty || row.cellFlags[$0].contains(.mergedCellFilled) }) {
                    if let foot = footRow { rows[foot].flags.insert(.splitByPageBreak) }
                    continue
                }
                // A first row whose only text is that of the merged cells carried over the break
                // prints nothing of its own: the empty sliver of the row the break cut.
                if r == start, footRow != nil, row.cells.indices.allSatisfy({ c in
                    norm(row.cells[c]).isEmpty || row.cellFlags[c].isSuperset(of: [.mergedCellFilled, .splitByPageBreak])
                }) {
                    if let foot = footRow { rows[foot].flags.insert(.splitByPageBreak) }
                    continue
                }
                if r == start, cutRow == nil, let foot = footRow, !textInClosedColumns(row.cells, row.cellFlags),
                   let joined = PageBreakRows.joinTail(rows[foot], tail: row.cells, flags: row.flags, cellFlags: row.cellFlags,
                                                       headFull: footFull.indices.map { footFull[$0] || wraps.contains($0) }, fits: fits) {
                    rows[foot] = joined
                    lastRead = (r, foot)
                    rowOfGridRow[r] = foot
                    carryMergedCellsOpeningOnCutRow(piece, top: start, joined: joined.cells, mapping: mapping, coverage: cov,
                                                    carry: &carry, filled: &filled)
                    continue
                }
                // The row the break cut (no rule under it at the foot) was not joined by this one:
                // a cell here whose first lines stand above the rest of the row, in a column where
                // the cut row's last line fills its cell and the first word would not have fitted
                // there, may begin with that row's rest (且故障发生率 over 故障排除时效 | ≤30分钟).
                // Both rows ask.
                var boundaryInDoubt = false
                if r == start, let cut = cutRow, row.cells.indices.contains(where: { c in
                    PageBreakRows.full(footFull, c) && !fits.contains(c) && !norm(row.cells[c]).isEmpty
                        && !row.cellFlags[c].contains(.mergedCellFilled) && !PageBreakRows.isBound(row.cells[c]) && !looksNumeric(row.cells[c])
                        && mapping.firstIndex(of: c).map { linesAboveTheRow(piece, row: r, pieceColumn: $0, coverage: cov,
                                                                          share: settings.stitching.restAboveLineShare) } == true
                }) {
                    boundaryInDoubt = true
                    rows[cut].flags.insert(.rowBoundaryUncertain)
                }
                let rowBox = Rect(x0: piece.grid.xs.first ?? 0, y0: piece.grid.ys[r], x1: piece.grid.xs.last ?? 0, y1: piece.grid.ys[r + 1])
                if pi > 0 && r < topBand { breakRows.insert(rows.count) }
                rows.append(TableRow(cells: row.cells, page: piece.page, box: piece.printed(rowBox), cellBoxes: row.boxes.map(piece.printed),
                                     flags: row.flags, cellFlags: row.cellFlags))
                if lineUnderHeader { rows[rows.count - 1].flags.insert(.rowBoundaryUncertain); lineUnderHeader = false }
                if boundaryInDoubt { rows[rows.count - 1].flags.insert(.rowBoundaryUncertain) }
                lastRead = (r, rows.count - 1)
                rowOfGridRow[r] = rows.count - 1
            }
            // The open row at this piece's foot, when it was read (a row cut again goes on joining).
            footRow = lastRead?.gridRow == piece.rowCount - 1 ? lastRead?.index : nil
            footFull = Array(repeating: false, count: columns.count)
            footWide = footFull
            footRoom = Array(repeating: 0, count: columns.count)
            if footRow != nil, let last = cov.last {
                for (k, target) in placement where target >= 0 && target < footFull.count && k < last.count && last[k] >= 0 {
                    footFull[target] = footFull[target] || piece.cells[last[k]].endsFull
                    footWide[target] = footWide[target] || piece.cells[last[k]].lastLineFull
                    footRoom[target] = max(footRoom[target], piece.cells[last[k]].lastLineRoom)
                }
            }
            cutRow = PageBreakRows.endsCut(piece) ? footRow : nil
            footOpen = Set(PageBreakRows.openAtFoot(piece).compactMap { k in placement.first { $0.0 == k }?.1 }.filter { $0 >= 0 })
            footOverflow = Set(PageBreakRows.overflowAtFoot(piece, lastCells: cov.last ?? []).compactMap { k in placement.first { $0.0 == k }?.1 }.filter { $0 >= 0 })
            waitingForText = emptyCellsOpenAtFoot(piece, top: start, openAtFoot: footOpen, mapping: mapping, coverage: cov,
                                                  filled: filled, rowOfGridRow: rowOfGridRow, waiting: waitingForText)
            carry = carriedOver(piece, bodyStart: start, coverage: cov, mapping: mapping, filled: filled, carry: carry)
        }
        markEmptyAfterBreak(&rows, breakRows: breakRows, pieces: pieces, bodyStarts: bodyStarts, columnCount: columns.count,
                            settings: settings.stitching)
        markCarriesThatDisagree(&rows, breakRows: breakRows, columnCount: columns.count, settings: settings.stitching)
        HeaderWordsInBody.mark(&rows, columns: columns)
        ItemsRunTogether.mark(&rows, columnCount: columns.count)
        ColumnsRunTogether.mark(&rows, columnCount: columns.count, settings: settings.loss)
        BracketsAcrossRows.mark(&rows, columnCount: columns.count)
        LoneCharacterRows.mark(&rows)
        NameCutAtBreak.mark(&rows, breakRows: breakRows, columnCount: columns.count)
        return AssembledTable(pages: Array(Set(pieces.map(\.page))).sorted(), pieces: pieces, headerRows: h,
                              columns: columns, rows: rows, headerCells: first.cells.filter { $0.row < h })
    }

    /// The piece's cell in row `row`, column `pieceColumn`, reaches higher above the other cells
    /// of the row than it reaches below them, by `share` of a line or more: text the row's own
    /// lines do not explain (a cell set in the middle of its row is as far out at both ends).
    static func linesAboveTheRow(_ piece: PageTable, row: Int, pieceColumn k: Int, coverage cov: [[Int]], share: Double) -> Bool {
        guard row < cov.count, k < cov[row].count, cov[row][k] >= 0 else { return false }
        let cell = piece.cells[cov[row][k]]
        guard cell.row == row, cell.lineCount > 1, let ink = cell.inkBox else { return false }
        // Cells of this row alone: a merged cell's lines stand where its rows' middle is.
        let others = Set(cov[row]).filter { $0 >= 0 && $0 != cov[row][k] && piece.cells[$0].row == row && piece.cells[$0].rowSpan == 1 }
            .compactMap { piece.cells[$0].inkBox }
        guard let top = others.map(\.y0).min(), let bottom = others.map(\.y1).max() else { return false }
        let line = ink.height / Double(cell.lineCount)
        return (top - ink.y0) - max(0, ink.y1 - bottom) >= share * line
    }

    /// The table's columns where the first word of the text starting in row `top` of `piece` is
    /// narrower, by `slack` of its width, than the room left on the previous piece's foot row's
    /// last line (`room`, per column of the table).
    static func wordsThatFit(_ piece: PageTable, top: Int, coverage cov: [[Int]], placement: [(Int, Int)], room: [Double],
                             slack: Double) -> Set<Int> {
        firstWords(piece, top: top, coverage: cov, placement: placement, room: room) { width, room in width * (1 + slack) <= room }
    }

    /// The table's columns where that first word is wider, by `slack` of its width, than the
    /// room left: the line before the break was full for it, as a line that fills its cell is,
    /// and the text may go on across the break.
    static func wordsThatWrap(_ piece: PageTable, top: Int, coverage cov: [[Int]], placement: [(Int, Int)], room: [Double],
                              slack: Double) -> Set<Int> {
        firstWords(piece, top: top, coverage: cov, placement: placement, room: room) { width, room in width * (1 - slack) > room }
    }

    static func firstWords(_ piece: PageTable, top: Int, coverage cov: [[Int]], placement: [(Int, Int)], room: [Double],
                           where test: (Double, Double) -> Bool) -> Set<Int> {
        guard top < piece.rowCount, top < cov.count else { return [] }
        var out = Set<Int>()
        for (k, target) in placement where target >= 0 && target < room.count && k < cov[top].count && cov[top][k] >= 0 {
            let c = piece.cells[cov[top][k]]
            guard c.row == top, !norm(c.text).isEmpty, c.firstWordWidth.isFinite else { continue }
            if test(c.firstWordWidth, room[target]) { out.insert(target) }
        }
        return out
    }

    /// Merged cells running off the bottom of a piece: the table's column → (text, whether the
    /// cell is visibly merged).
    typealias Carry = [Int: (text: String, merged: Bool)]

    /// A merged cell of a continuation that opens on the rest of the row the break cut (its first
    /// row joined to that row) began in the cut row: it goes on down with the cut row's text as
    /// joined (a unit's name the break cut, 焦作市人 + 才交流中心; a class printed on the page
    /// before, 公用经费, over a merged cell left empty here), not with the part printed here.
    static func carryMergedCellsOpeningOnCutRow(_ piece: PageTable, top: Int, joined: [String], mapping: [Int], coverage cov: [[Int]],
                                                carry: inout Carry, filled: inout Set<Int>) {
        guard cov.indices.contains(top) else { return }
        for (pc, col) in mapping.enumerated() where col >= 0 && col < joined.count {
            guard pc < cov[top].count, cov[top][pc] >= 0 else { continue }
            let ci = cov[top][pc]
            guard piece.cells[ci].row == top, piece.cells[ci].rowSpan > 1, !norm(joined[col]).isEmpty else { continue }
            carry[col] = (joined[col], true)
            filled.insert(ci)
        }
    }

    /// The cells at the top of a continuation (row `top`) that go on with a merged cell cut by
    /// the break: empty cells, when either side of the break is visibly merged (an empty merged
    /// cell has nothing else to be). A merged column that starts a new text at the top ended its
    /// group at the break, and so did every group nested to its right (a new project: its
    /// amounts too). Indices into the piece's cells.
    static func cellsContinuingCarry(_ piece: PageTable, top: Int, carry: Carry, mapping: [Int], coverage cov: [[Int]],
                                     tails: Set<Int> = [], headerWords: Set<String> = []) -> Set<Int> {
        guard !carry.isEmpty, top < piece.rowCount, cov.indices.contains(top) else { return [] }
        // A first row read without rules, with no figure, whose every text is a table header's
        // text or holds one or lies within one (本年拨款政府性, 财政专户 under 财政专户管理资金):
        // the repeated header read as rows (its words wrapped in narrow columns), no row of the
        // table for the merged cells to go on over (what it leaves empty below asks for review).
        let topTexts = cov[top].indices.compactMap { pc -> Cell? in
            guard cov[top][pc] >= 0, !norm(piece.cells[cov[top][pc]].text).isEmpty else { return nil }
            return piece.cells[cov[top][pc]]
        }
        let words = headerWords.filter { $0.count >= 2 }
        func echoesHeader(_ t: String) -> Bool { t.count >= 2 && words.contains { t.contains($0) || $0.contains(t) } }
        if topTexts.count >= 2, topTexts.allSatisfy({ $0.flags.contains(.noRulings) && !looksNumeric($0.text) && echoesHeader(norm($0.text)) }) {
            return []
        }
        let newGroupAt = carry.compactMap { col, c -> Int? in
            guard c.merged, let pc = mapping.firstIndex(of: col) else { return nil }
            let ci = cov[top][pc]
            return ci >= 0 && !tails.contains(ci) && !norm(piece.cells[ci].text).isEmpty && norm(piece.cells[ci].text) != norm(c.text) ? col : nil
        }.min()
        var filled = tails
        for (col, c) in carry where newGroupAt.map({ col < $0 }) ?? true {
            guard let pc = mapping.firstIndex(of: col) else { continue }
            let ci = cov[top][pc]
            if ci >= 0 && norm(piece.cells[ci].text).isEmpty && (c.merged || piece.cells[ci].rowSpan > 1) {
                filled.insert(ci)
                // Rows set by spacing (no rule to close a cell) with the column blank down to the
                // piece's foot or to the next text the column prints: the merged cell runs on over
                // those rows (a browser prints its text once, on the page where it starts; the
                // next label's own rows are those its cell was read to span: where it was not
                // read as merged, which rows are its own is unknown, and they stay empty).
                let column = (top..<piece.rowCount).map { r in pc < cov[r].count ? cov[r][pc] : -1 }
                let below = Array(column.prefix { $0 >= 0 && norm(piece.cells[$0].text).isEmpty }
                    .prefix { piece.cells[$0].flags.contains(.rowsFromText) || piece.cells[$0].flags.contains(.noRulings) })
                if c.merged, below.count > 1 || (below.count == 1 && column.count == 1),
                   below.count == column.count || (column[below.count] >= 0 && piece.cells[column[below.count]].row == top + below.count
                                                   && piece.cells[column[below.count]].rowSpan > 1) {
                    // Down to where a merged column left of it starts a new text (a new project's
                    // code and name: its own figures, blank in this column, are no rest of the
                    // cut one's).
                    let groupEnd = (top + 1..<piece.rowCount).first { r in
                        carry.contains { other, o in
                            guard other < col, o.merged, let opc = mapping.firstIndex(of: other), opc < cov[r].count else { return false }
                            let ci = cov[r][opc]
                            return ci >= 0 && piece.cells[ci].row == r && !norm(piece.cells[ci].text).isEmpty
                        }
                    } ?? piece.rowCount
                    filled.formUnion(below.filter { piece.cells[$0].row < groupEnd })
                }
            }
        }
        return filled
    }

    /// Merged text cells at the top of a continuation that finish a text the break cut, as a word
    /// processor breaks a merged cell (a project's code and name over its indicator rows): the
    /// group goes on, for every merged column of figures it carries is empty at the top (a new
    /// group prints its own figures), yet a merged text column whose text wrapped down to the
    /// break starts with new text there. The
    /// table's column → the piece's cell holding the rest of the text.
    static func mergedTextTails(_ piece: PageTable, top: Int, carry: Carry, mapping: [Int], coverage cov: [[Int]],
                                wrappedAtFoot: Set<Int>, goesOnFull: Set<Int> = [], openAtFoot: Set<Int> = []) -> [Int: Int] {
        guard !carry.isEmpty, top < piece.rowCount, cov.indices.contains(top) else { return [:] }
        func topCell(_ col: Int) -> Int? {
            guard let pc = mapping.firstIndex(of: col), pc < cov[top].count, cov[top][pc] >= 0 else { return nil }
            return cov[top][pc]
        }
        // Long runs of bare digits are codes (a project's code wraps like a name), no figures.
        func isFigure(_ t: String) -> Bool { looksNumeric(t) && !(TextRows.isCodeLike(t) && norm(t).count >= 6) }
        let figures = carry.filter { $0.value.merged && isFigure($0.value.text) }
        let groupGoesOn = !figures.isEmpty && figures.keys.allSatisfy({ col in
            topCell(col).map { norm(piece.cells[$0].text).isEmpty && piece.cells[$0].rowSpan > 1 } ?? false
        })
        // Or the first row is the rest of the row the break cut (`goesOnFull`: the columns whose
        // last line at the foot is as wide as its cell, given only then): a merged text whose
        // last line fills its cell's width goes on there too (a word processor may cut a merged
        // cell's text above the cell's bottom).
        // Or the previous piece drew no rule under the column at its foot (a browser's print of a
        // merged cell the break cut): the cell goes on, and text at the top of the column is its rest.
        // Or a merged label nested right of it goes on, left empty at the top (a unit's class,
        // 公用经费, over the unit's rows on both sides of the break): a group nested in another goes
        // on only where that one does, so the text at the top of the outer column is its rest (a
        // unit's name wrapped down its merged cell, "青峰县畜牧兽医服务" / "中心").
        let nestedGoesOn = carry.filter { $0.value.merged && !isFigure($0.value.text) && !norm($0.value.text).isEmpty }.keys.filter { col in
            topCell(col).map { norm(piece.cells[$0].text).isEmpty && piece.cells[$0].rowSpan > 1 } ?? false
        }
        guard groupGoesOn || !goesOnFull.isEmpty || !openAtFoot.isEmpty || !nestedGoesOn.isEmpty else { return [:] }
        var tails: [Int: Int] = [:]
        // Only a text wrapped over lines down to the break can be cut by it (a new group's code
        // beside an empty merged amount is a new group).
        for (col, c) in carry where c.merged && !isFigure(c.text)
            && ((groupGoesOn && wrappedAtFoot.contains(col)) || goesOnFull.contains(col) || openAtFoot.contains(col)
                || (wrappedAtFoot.contains(col) && nestedGoesOn.contains { $0 > col })) {
            guard let ci = topCell(col), piece.cells[ci].rowSpan > 1 || openAtFoot.contains(col) else { continue }
            let t = norm(piece.cells[ci].text)
            if !t.isEmpty && t != norm(c.text) { tails[col] = ci }
        }
        return tails
    }

    /// A cell merged down rows across a page break whose text is printed on a later page only (a
    /// spreadsheet centres a merged cell's text in the whole cell and clips it to each page): its
    /// part on this page is empty, and the page's last rule is not drawn under it (`openAtFoot`,
    /// columns of the table). The table's column → the rows that part covers, for the next
    /// piece's first cell in the column to give its text to (`textFromNextPiece`). A cell that
    /// covers the whole piece, empty too, adds its rows to those still waiting from before.
    static func emptyCellsOpenAtFoot(_ piece: PageTable, top: Int, openAtFoot: Set<Int>, mapping: [Int], coverage cov: [[Int]],
                                     filled: Set<Int>, rowOfGridRow: [Int: Int], waiting: [Int: [Int]]) -> [Int: [Int]] {
        guard let last = cov.last, !openAtFoot.isEmpty else { return [:] }
        var out: [Int: [Int]] = [:]
        for k in last.indices where last[k] >= 0 && k < mapping.count && mapping[k] >= 0 && openAtFoot.contains(mapping[k]) {
            let ci = last[k], cell = piece.cells[ci]
            guard cell.colSpan == 1, norm(cell.text).isEmpty, !filled.contains(ci) else { continue }
            let own = (max(cell.row, top)..<min(piece.rowCount, cell.row + cell.rowSpan)).compactMap { rowOfGridRow[$0] }
            guard !own.isEmpty else { continue }
            let before = cell.row <= top ? waiting[mapping[k]] ?? [] : []
            out[mapping[k]] = before + own
        }
        return out
    }

    /// The text of the first cell under the repeated header in each column waiting for it
    /// (`emptyCellsOpenAtFoot`): the part of the merged cell the break cut that prints its text.
    /// Only a cell that is no continuation of a text carried over, and that is merged itself or
    /// is the piece's only cell in its column (the cell goes on to the page's foot).
    static func textFromNextPiece(_ piece: PageTable, top: Int, waiting: [Int: [Int]], mapping: [Int], coverage cov: [[Int]],
                                  filled: Set<Int>) -> [Int: String] {
        guard top < piece.rowCount, cov.indices.contains(top) else { return [:] }
        var out: [Int: String] = [:]
        for col in waiting.keys {
            guard let pc = mapping.firstIndex(of: col), pc < cov[top].count, cov[top][pc] >= 0 else { continue }
            let ci = cov[top][pc], cell = piece.cells[ci]
            guard cell.colSpan == 1, !filled.contains(ci), !norm(cell.text).isEmpty,
                  cell.rowSpan > 1 || cell.row + cell.rowSpan >= piece.rowCount else { continue }
            out[col] = cell.text
        }
        return out
    }

    /// One row of a piece placed in the table's columns.
    struct PlacedRow {
        var cells: [String]
        var boxes: [Rect]
        var cellFlags: [Set<Flag>]
        var flags: Set<Flag> = []
    }

    /// Row `r` of a piece in the table's columns: each of the piece's cells goes to the column
    /// `placement` gives it (text lost where it gives none), cells continuing a merged cell take
    /// its text, and the row is flagged for what may be wrong with it. `columnsSplit`: the piece's
    /// columns only split the table's (`splits`), so a row asks `column_mismatch` only where its
    /// cells meet.
    /// Cells anchored above `headerEnd` (a repeated header's, spanning down) give the row nothing.
    static func readRow(_ r: Int, of piece: PageTable, coverage cov: [[Int]], placement: [(Int, Int)], columnCount: Int,
                        targetXs: [Double]? = nil, columnsSplit: Bool = false, filled: Set<Int>, carry: Carry, headerEnd: Int = 0) -> PlacedRow {
        var row = PlacedRow(cells: Array(repeating: "", count: columnCount),
                            boxes: Array(repeating: Rect(x0: 0, y0: 0, x1: 0, y1: 0), count: columnCount),
                            cellFlags: Array(repeating: Set<Flag>(), count: columnCount))
        // A column of a page read without rules over several of the table's (columns empty on
        // this page, no gap between them to tell them by): a cell of one column goes to the one
        // of those its printed text stands in, not to each (a figure or a name repeated across
        // the others). (A ruled page draws a cell over several columns as merged: it fills each.)
        let targetsOf = Dictionary(grouping: placement.filter { $0.1 >= 0 }, by: \.0).mapValues { $0.map(\.1) }
        func standsIn(_ cell: Cell, _ k: Int) -> Int? {
            guard let xs = targetXs, let ink = cell.inkBox, cell.colSpan == 1, cell.flags.contains(.noRulings),
                  let targets = targetsOf[k], targets.count > 1 else { return nil }
            return targets.filter { $0 + 1 < xs.count }.max { a, b in
                min(ink.x1, xs[a + 1]) - max(ink.x0, xs[a]) < min(ink.x1, xs[b + 1]) - max(ink.x0, xs[b])
            }
        }
        // Cells of the page that met in one of the table's columns, or one cell in two of them.
        var met = false
        var targetsOfCell: [Int: Int] = [:]
        for (k, target) in placement {
            guard cov[r][k] >= 0, piece.cells[cov[r][k]].row >= headerEnd else { continue }
            if let only = standsIn(piece.cells[cov[r][k]], k), only != target { continue }
            if target >= 0, !norm(piece.cells[cov[r][k]].text).isEmpty, let other = targetsOfCell[cov[r][k]], other != target { met = true }
            if target >= 0 { targetsOfCell[cov[r][k]] = target }
            // A column of the page that maps onto none of the table's: its text is lost.
            guard target >= 0 else {
                if !norm(piece.cells[cov[r][k]].text).isEmpty { row.flags.insert(.textOutsideCell) }
                continue
            }
            let cell = piece.cells[cov[r][k]]
            var text = cell.text
            var f = cell.flags
            if filled.contains(cov[r][k]), let t = carry[target]?.text {
                text = t; f.insert(.splitByPageBreak); f.insert(.mergedCellFilled)
            }
            if cell.rowSpan > 1 && !norm(text).isEmpty { f.insert(.mergedCellFilled) }
            if !row.cells[target].isEmpty && !norm(text).isEmpty { met = true }
            if row.cells[target].isEmpty { row.cells[target] = text } else if row.cells[target] != text {
                // Two columns of the page into one of the table: two amounts side by side
                // would read as one garbled figure.
                if looksNumeric(row.cells[target]) && looksNumeric(text) { f.insert(.severalValuesInCell) }
                row.cells[target] += text
            }
            row.boxes[target] = row.boxes[target].width == 0 ? cell.box : row.boxes[target].union(cell.box)
            row.cellFlags[target].formUnion(f)
            row.flags.formUnion(f)
        }
        if piece.columnCount != columnCount && (met || !columnsSplit) {
            row.flags.insert(.columnMismatch)
        }
        let band = (piece.grid.ys[r], piece.grid.ys[r + 1])
        if piece.strayText.contains(where: { $0.box.midY > band.0 && $0.box.midY < band.1 }) { row.flags.insert(.textOutsideCell) }
        return row
    }

    /// Whether the piece's columns split the table's: each placed column in exactly one of the
    /// table's, lying in it over at least `fraction` of its width (a column of the table read as
    /// two on this page where nothing parts its text).
    static func splits(_ piece: PageTable, placement: [(Int, Int)], targetXs: [Double]?, fraction: Double) -> Bool {
        guard let xs = targetXs, piece.columnCount > 0 else { return false }
        let targets = Dictionary(grouping: placement.filter { $0.1 >= 0 }, by: \.0)
        guard targets.count == piece.columnCount else { return false }
        return targets.allSatisfy { k, ts in
            guard ts.count == 1, let t = ts.first?.1, t + 1 < xs.count, k + 1 < piece.grid.xs.count else { return false }
            let a0 = piece.grid.xs[k], a1 = piece.grid.xs[k + 1]
            return min(a1, xs[t + 1]) - max(a0, xs[t]) >= (a1 - a0) * fraction
        }
    }

    /// What runs off a piece's bottom edge in a merged cell, for the next piece to continue.
    static func carriedOver(_ piece: PageTable, bodyStart: Int, coverage cov: [[Int]], mapping: [Int],
                            filled: Set<Int>, carry: Carry) -> Carry {
        guard piece.rowCount > 0 else { return [:] }
        var next: Carry = [:]
        let last = piece.rowCount - 1
        for k in 0..<piece.columnCount where cov[last][k] >= 0 && mapping[k] >= 0 {
            let cell = piece.cells[cov[last][k]]
            var text = cell.text
            let continued = filled.contains(cov[last][k])
            if continued, let t = carry[mapping[k]]?.text { text = t }
            // A column whose body merges cells (group labels, a project's code and amounts)
            // continues its last group over the break, even when only one of its rows fits. The
            // header a continuation repeats is no body: its 项目 spanning two header rows merges
            // nothing of the table's rows.
            let columnMerges = piece.cells.contains { $0.col == k && $0.colSpan == 1 && $0.rowSpan > 1 && $0.row >= bodyStart }
            let merged = cell.rowSpan > 1 || continued || columnMerges
            if !norm(text).isEmpty, merged || !looksNumeric(text) {
                next[mapping[k]] = (text, merged)
            }
        }
        return next
    }

    /// A column filled on (nearly) every row that is empty just after a page break: a merged
    /// cell may have been cut there and not continued. Worth a person's look. Only columns
    /// that merge cells somewhere can lose a merged cell's text at a break. The column's fill
    /// is measured away from the breaks: a table broken over many pages that loses the merged
    /// cell at each of them would otherwise hide its own losses. A cell the row before the
    /// break leaves empty too is the group's own gap (a project without that source of funds).
    /// `bodyStarts`: each piece's first body row (a header cell merged down its rows, 项目 over
    /// two header rows, merges none of the table's rows); none given, every row counts.
    static func markEmptyAfterBreak(_ rows: inout [TableRow], breakRows: Set<Int>, pieces: [PageTable], bodyStarts: [Int] = [],
                                    columnCount: Int, settings: ExtractionSettings.Stitching) {
        guard !breakRows.isEmpty && rows.count >= settings.emptyAfterBreakMinRows else { return }
        let merging = Set(pieces.indices.flatMap { pi in
            pieces[pi].cells.filter { $0.rowSpan > 1 && $0.colSpan == 1 && $0.row >= (pi < bodyStarts.count ? bodyStarts[pi] : 0) }.map(\.col)
        })
        let awayFromBreaks = rows.indices.filter { !breakRows.contains($0) }.map { rows[$0] }
        guard awayFromBreaks.count >= settings.emptyAfterBreakMinRows else { return }
        let filled = (0..<columnCount).filter { c in
            Double(awayFromBreaks.filter { c < $0.cells.count && !norm($0.cells[c]).isEmpty }.count)
                >= Double(awayFromBreaks.count) * settings.emptyAfterBreakFillFraction
        }
        for i in breakRows {
            // The row just before the break (before the run of rows under the cut cells): a column
            // it leaves empty too is a group without that cell, not a cell lost at the break.
            var first = i
            while first > 0 && breakRows.contains(first - 1) { first -= 1 }
            let before = first > 0 ? rows[first - 1].cells : []
            // The first row after the break may also be the tail of a row cut by it and not
            // joined: then any always-filled column can be empty there, merging or not.
            let full = filled.filter { i == first || merging.contains($0) }
            let lost = full.filter { c in
                c < rows[i].cells.count && norm(rows[i].cells[c]).isEmpty && (before.isEmpty || (c < before.count && !norm(before[c]).isEmpty))
            }
            if !lost.isEmpty { markEmpty(&rows[i], columns: lost) }
        }
        // The cell the break cut may be lost past the first band: a label merged down rows set by
        // spacing, printed once in the middle of the rows it spans, may not read as merged on the
        // page after the break (nothing else there is). In a column that merges cells, filled on
        // nearly every row of the table's other pages, a page after a break whose first row of its
        // own in the column prints nothing there (the row before the break did) lost its cells:
        // every row of that page left empty in the column.
        let starts = breakRows.filter { !breakRows.contains($0 - 1) }.sorted()
        for c in merging.sorted() where c < columnCount {
            func text(_ j: Int) -> String { c < rows[j].cells.count ? norm(rows[j].cells[c]) : "" }
            let pages = Set(starts.filter { s in
                guard s > 0, s < rows.count, !text(s - 1).isEmpty,
                      let own = rows.indices.first(where: { $0 >= s && (rows[$0].page != rows[s].page || !rows[$0].carriedOverBreak(c)) }) else { return false }
                return rows[own].page == rows[s].page && text(own).isEmpty
            }.map { rows[$0].page })
            let rest = rows.indices.filter { !pages.contains(rows[$0].page) }
            guard !pages.isEmpty, rest.count >= settings.emptyAfterBreakMinRows,
                  Double(rest.filter { !text($0).isEmpty }.count) >= Double(rest.count) * settings.emptyAfterBreakFillFraction else { continue }
            for j in rows.indices where pages.contains(rows[j].page) && text(j).isEmpty { markEmpty(&rows[j], columns: [c]) }
        }
    }

    /// The row asks, and each empty cell says so: a later stage may find the cell accounted for
    /// (an amount the row's own sums show was never printed).
    private static func markEmpty(_ row: inout TableRow, columns: [Int]) {
        row.flags.insert(.emptyAfterBreak)
        for c in columns where c < row.cellFlags.count { row.cellFlags[c].insert(.emptyAfterBreak) }
    }

    /// Two columns whose texts change on the same rows throughout the table away from the breaks
    /// (a project's code and name, merged down the same rows) that part just after a break, one
    /// going on with the cell carried over it and the other starting its own: the two readings
    /// of where the group begins disagree (非遗传承人补助 under the code of the project before). The
    /// row and every row of the group before the break ask (`row_boundary_uncertain`). Columns
    /// must change together on at least `parallelColumnsMinChanges` rows to count as one group's.
    static func markCarriesThatDisagree(_ rows: inout [TableRow], breakRows: Set<Int>, columnCount: Int,
                                        settings: ExtractionSettings.Stitching) {
        guard !breakRows.isEmpty, rows.count >= 2 else { return }
        // Each cell's text normalised once: the pairs below compare every row with the one above.
        let texts = rows.map { r in (0..<columnCount).map { c in c < r.cells.count ? norm(r.cells[c]) : "" } }
        func text(_ i: Int, _ c: Int) -> String { texts[i][c] }
        let steps = (1..<rows.count).filter { !breakRows.contains($0) && rows[$0].page == rows[$0 - 1].page }
        // Columns filled on every row, of names or codes (amounts, with their decimal point or
        // separators, may repeat from one item to the next).
        let textColumns = (0..<columnCount).filter { c in
            rows.indices.allSatisfy { i in
                let t = text(i, c)
                return !t.isEmpty && !(looksNumeric(t) && (t.contains(".") || t.contains(",")))
            }
        }
        var pairs: [(Int, Int)] = []
        for (k, a) in textColumns.enumerated() {
            let changes = steps.filter { text($0, a) != text($0 - 1, a) }.count
            guard changes >= settings.parallelColumnsMinChanges else { continue }
            for b in textColumns[(k + 1)...] {
                guard steps.allSatisfy({ (text($0, a) != text($0 - 1, a)) == (text($0, b) != text($0 - 1, b)) }) else { continue }
                pairs.append((a, b))
            }
        }
        // Only rows set by text lines under vertical rules: there a merged cell's text stands in
        // the middle of its rows, and the carry over the break is read from where it stands.
        for i in breakRows where i > 0 && i < rows.count && rows[i].flags.contains(.rowsFromText) {
            let disagree = pairs.contains { a, b in
                let changedA = text(i, a) != text(i - 1, a), changedB = text(i, b) != text(i - 1, b)
                return changedA != changedB && rows[i].carriedOverBreak(changedA ? b : a)
            }
            // Both sides: if the row after the break starts a group of its own, its carried cell is
            // the group before's; if it goes on with that group, the other cell is the rest of a
            // text the break cut, and the rows before hold only its first part (农家书屋出版 over
            // 物补充更新).
            guard disagree else { continue }
            rows[i].flags.insert(.rowBoundaryUncertain)
            // Every row of the group before the break holds that first part: its cells in the
            // two columns are one merged cell's.
            var k = i - 1
            rows[k].flags.insert(.rowBoundaryUncertain)
            while k > 0, !breakRows.contains(k),
                  pairs.allSatisfy({ a, b in text(k - 1, a) == text(k, a) && text(k - 1, b) == text(k, b) }) {
                k -= 1
                rows[k].flags.insert(.rowBoundaryUncertain)
            }
        }
    }

    /// The rows at the top of a continuation that print the first piece's header again: each
    /// row's texts are header texts (`headerTexts`: each with the header rows it stands in), read
    /// top down, so no row's texts come only from header rows above those of the row before it.
    /// A body row whose text is a header word (支出 left of a break under 收入 | 支出) is no header.
    static func repeatedHeaderRows(_ piece: PageTable, headerTexts: [String: Set<Int>], limit: Int) -> Int {
        guard limit > 0, !headerTexts.isEmpty else { return 0 }
        var k = 0
        var level = 0   // the highest header row the last row read as header may stand for
        for r in 0..<min(piece.rowCount, limit + 1) {
            let anchored = piece.cells.filter { $0.row == r }
            let texts = anchored.map { norm($0.text) }.filter { !$0.isEmpty }
            if texts.isEmpty {
                // Row wholly covered by cells from above that were header: still header. Empty
                // cells of its own make it the empty sliver of a row cut by the break (its merged
                // cells may reach down over rows of the body).
                if k == r && r > 0 && anchored.isEmpty { k = r + 1; continue }
                break
            }
            // A header word wrapped differently on this page (财政专户管理 | 资金, 单位资 | 金): a
            // text that begins or ends a header text stands for it, in a row of two texts or more
            // (no body row is made of such pieces alone).
            // Header texts of narrow columns side by side, wrapped and read without rules as one
            // cell, run together line by line (国有资本 财政专户管理 经营 资金收入 预算): a text
            // that interleaves two header texts or more stands for them too.
            // A lone character ends or begins many header texts (费 of 公用经费): a row of nothing
            // but such characters is the rest of a row the break cut (公务用车运行维护 / 费), not a
            // header word wrapped differently.
            func rowsOf(_ t: String) -> Set<Int>? {
                if let exact = headerTexts[t] { return exact }
                guard texts.count >= 2, t.count >= 2 || texts.contains(where: { $0.count >= 2 }) else { return nil }
                let parts = headerTexts.filter { $0.key.count > t.count && ($0.key.hasPrefix(t) || $0.key.hasSuffix(t)) }
                if !parts.isEmpty { return parts.values.reduce(into: Set<Int>()) { $0.formUnion($1) } }
                let woven = HeaderInterleaving.parts(of: t, among: Array(headerTexts.keys))
                return woven.isEmpty ? nil : woven.reduce(into: Set<Int>()) { $0.formUnion(headerTexts[$1] ?? []) }
            }
            let rows = texts.map { rowsOf($0)?.filter { $0 >= level }.min() }
            guard rows.allSatisfy({ $0 != nil }) else { break }
            level = rows.compactMap { $0 }.min() ?? level
            k = r + 1
        }
        // Do not cut through a cell that spans below the repeated header; but never take in a
        // row holding an amount (a header prints none): a header's wrapped tail read in the body
        // as a label merged down its rows took the page's every row with it, in silence.
        let cov = piece.coverage()
        if k > 0 && k < piece.rowCount {
            let amounts = (k..<piece.rowCount).first { r in piece.cells.contains { $0.row == r && looksNumeric($0.text) } } ?? piece.rowCount
            for c in 0..<piece.columnCount where cov[k - 1][c] >= 0 {
                let cell = piece.cells[cov[k - 1][c]]
                if cell.row + cell.rowSpan > k { k = max(k, min(cell.row + cell.rowSpan, amounts)) }
            }
        }
        return min(k, piece.rowCount)
    }

    /// The cells of a continuation's rows that `repeatedHeaderRows` took in only because the
    /// header's cells span down over them (`start` past the rows whose texts are all the
    /// header's), whose text is none of the header's.
    static func tailUnderRepeatedHeader(_ piece: PageTable, headerTexts: [String: Set<Int>], limit: Int, start: Int) -> [Cell] {
        var matched = 0
        for r in 0..<min(piece.rowCount, limit + 1) {
            let texts = piece.cells.filter { $0.row == r }.map { norm($0.text) }.filter { !$0.isEmpty }
            guard !texts.isEmpty, texts.allSatisfy({ headerTexts[$0] != nil }) else { break }
            matched = r + 1
        }
        guard matched > 0, start > matched else { return [] }
        return piece.cells.filter { $0.row >= matched && $0.row < start && !norm($0.text).isEmpty && headerTexts[norm($0.text)] == nil }
    }

    /// For each column of `piece`, the column of `first` it continues (-1: none).
    static func columnMapping(from piece: PageTable, to first: PageTable) -> [Int] {
        if piece.columnCount == first.columnCount { return Array(0..<piece.columnCount) }
        return (0..<piece.columnCount).map { k in
            let a0 = piece.grid.xs[k], a1 = piece.grid.xs[k + 1]
            var best = -1, bestOverlap = 0.0
            for c in 0..<first.columnCount {
                let o = min(a1, first.grid.xs[c + 1]) - max(a0, first.grid.xs[c])
                if o > bestOverlap { bestOverlap = o; best = c }
            }
            return best
        }
    }
}

