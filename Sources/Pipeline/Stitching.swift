import Budget
import Foundation
import Layout
import Tables

/// The pieces of one logical table, in page order, with its title block and notes.
struct StitchedTable {
    var block: TitleBlock
    var pieces: [PageTable]
    var notes: [String]
    /// A title printed on a page where no table was read (`pieces` empty): that page.
    var titlePage: Int? = nil
}

/// The stage between pages and tables, run once per document: finds each piece's title block
/// (code line, title, 部门名称, 单位) and notes, and joins the pieces of a table printed over
/// several pages. Nothing here classifies or assembles rows.
enum TableStitcher {
    static func stitch(pages: [PageReading], settings: ExtractionSettings)
        -> (tables: [StitchedTable], narrative: [String], narrativePages: [Int]) {
        struct Pending { var table: StitchedTable; var closed: Bool }
        var pending: [Pending] = []
        var narrative: [String] = []
        // The page of each narrative line: lines added while reading a page are on that page.
        var narrativePages: [Int] = []
        func notePages(_ n: Int) { narrativePages += Array(repeating: n, count: max(0, narrative.count - narrativePages.count)) }
        let running = runningLines(pages, settings: settings.titleBlocks)
        for page in pages {
            defer { notePages(page.number) }
            let lines = page.outside.filter { line in
                guard !Extractor.isPageFooter(line) else { return false }
                // A running head is kept where it is first printed: a title set in the top margin
                // and repeated over a table's pages still titles the table on its first page.
                guard let key = runningKey(line, page, margin: settings.titleBlocks.runningMarginFraction),
                      let first = running[key] else { return true }
                return first == page.number && key.hasPrefix("top:")
            }
            if page.pieces.isEmpty {
                narrative.append(contentsOf: lines.map(\.text))
                // A page that titles a table of the set, and no table read under the title: the
                // table is listed (empty, asking for review) rather than lost without a word.
                if let block = lonelyTitle(lines, sizeRatio: settings.titleBlocks.lonelyTitleSizeRatio) {
                    pending.append(Pending(table: StitchedTable(block: block, pieces: [], notes: [], titlePage: page.number), closed: true))
                }
                continue
            }
            var cursor = -Double.infinity
            for (i, piece) in page.pieces.enumerated() {
                let above = lines.filter { $0.box.midY > cursor && $0.box.midY < piece.box.y0 + 1 }
                let nextTop = i + 1 < page.pieces.count ? page.pieces[i + 1].box.y0 : Double.infinity
                let below = lines.filter { $0.box.midY > piece.box.y1 - 1 && $0.box.midY < nextTop }
                // Lines above this table that belong to the previous table's notes on this page were
                // already taken by it (see `below` split); what is left is this table's block.
                let (notesPart, blockPart) = splitNotesAndTitle(below, wrapFactor: settings.titleBlocks.noteWrapFactor)
                // Title rows printed inside the table's frame count as its title block.
                let aboveBlock = (i == 0 ? trimToTitleBlock(above, maxLines: settings.titleBlocks.maxLines, narrative: &narrative) : above)
                    + piece.captions
                let block = TitleBlockParser.parse(aboveBlock.map(Extractor.printed), titleSizeRatio: settings.titleBlocks.titleSizeRatio)
                let hasTitle = TitleBlockParser.mergeWrappedTitles(aboveBlock.map(Extractor.printed))
                    .contains { Classifier.looksLikeTitle($0.text) || Classifier.isCodeLine($0.text) }
                let canContinue: Bool = {
                    guard i == 0, let last = pending.last, !last.closed, let lastPiece = last.table.pieces.last,
                          let firstPiece = last.table.pieces.first, lastPiece.page >= page.number - settings.stitching.maxPageGap,
                          compatible(piece, firstPiece, widthFraction: settings.stitching.widthFraction) else { return false }
                    // No title, or the same title printed again on each page (续表).
                    return !hasTitle || sameTable(block, last.table.block)
                }()
                // A wide table printed in halves on facing pages (left columns, right columns, then
                // the left columns go on, then the right): a piece without a title goes on the one
                // of the last two tables, up to two pages back, whose columns it has exactly, unless
                // it simply continues the last one.
                let interleaved: Int? = {
                    guard i == 0, !hasTitle else { return nil }
                    if canContinue, let head = pending.last?.table.pieces.first, sameColumns(piece, head) { return nil }
                    return pending.indices.suffix(2).last { k in
                        guard !pending[k].closed, let mine = pending[k].table.pieces.last, let head = pending[k].table.pieces.first else { return false }
                        return mine.page >= page.number - 2 * settings.stitching.maxPageGap && sameColumns(piece, head)
                    }
                }()
                let target: Int
                if let k = interleaved {
                    pending[k].table.pieces.append(piece); target = k
                } else if canContinue {
                    pending[pending.count - 1].table.pieces.append(piece); target = pending.count - 1
                } else {
                    pending.append(Pending(table: StitchedTable(block: block, pieces: [piece], notes: []), closed: false))
                    target = pending.count - 1
                }
                let notes = piece.footnotes + notesPart
                if !notes.isEmpty {
                    pending[target].table.notes.append(contentsOf: notes)
                    pending[target].closed = true
                }
                // The next table's title block is what follows this table's notes.
                if i + 1 < page.pieces.count {
                    cursor = blockPart.first.map { $0.box.midY - 0.1 } ?? below.last.map { $0.box.midY + 0.1 } ?? piece.box.y1
                } else if !blockPart.isEmpty {
                    narrative.append(contentsOf: blockPart.map(\.text))
                }
            }
        }
        return (ColumnChunks.join(pending.map(\.table), settings: settings.stitching), narrative, narrativePages)
    }

    /// A line in the top or bottom margin of a page, digits left out (dates, page numbers), or
    /// nil for a line inside the page.
    static func runningKey(_ line: TextLine, _ page: PageReading, margin: Double = ExtractionSettings.standard.titleBlocks.runningMarginFraction) -> String? {
        guard page.height > 0 else { return nil }
        let y = line.box.midY / page.height
        guard y < margin || y > 1 - margin else { return nil }
        return (y < margin ? "top:" : "bottom:") + line.text.filter { !$0.isNumber && !$0.isWhitespace }
    }

    /// Running heads and feet: lines printed in a page's margin again on other pages (a browser's
    /// print prints the date and the page's title above every page, the file and n/N below).
    /// They are neither title blocks nor narrative.
    /// Each running line with the first page it is printed on.
    static func runningLines(_ pages: [PageReading], settings: ExtractionSettings.TitleBlocks) -> [String: Int] {
        var seen: [String: Set<Int>] = [:]
        for page in pages {
            for line in page.outside {
                if let key = runningKey(line, page, margin: settings.runningMarginFraction) { seen[key, default: []].insert(page.number) }
            }
        }
        var first: [String: Int] = [:]
        for (key, onPages) in seen where onPages.count >= settings.runningMinPages { first[key] = onPages.min() }
        return first
    }

    /// Above the first table of a page there may be narrative; keep only the block next to the table.
    static func trimToTitleBlock(_ lines: [TextLine], maxLines: Int, narrative: inout [String]) -> [TextLine] {
        // A settings file may say anything: no count below zero may cut past the lines.
        let keep = max(0, maxLines)
        guard lines.count > keep else { return lines }
        var cut = lines.count - keep
        // Header lines the table was not read with (a header stacked over many lines with no
        // rules) may fill the block: the title above them is still the table's, not narrative.
        if !lines[cut...].contains(where: { Classifier.looksLikeTitle($0.text) }),
           let title = lines[..<cut].lastIndex(where: { Classifier.looksLikeTitle($0.text) }) {
            cut = title
        }
        narrative.append(contentsOf: lines[..<cut].map(\.text))
        return Array(lines[cut...])
    }

    /// The title block of a page with no table read: one line, the page's largest type, that reads
    /// as the title of a table of the set (not `other`); none where several lines do (a list of
    /// the tables in the narrative) or the title is no larger than the page's text.
    static func lonelyTitle(_ lines: [TextLine], sizeRatio: Double = ExtractionSettings.standard.titleBlocks.lonelyTitleSizeRatio) -> TitleBlock? {
        let printed = TitleBlockParser.mergeWrappedTitles(lines.map(Extractor.printed))
        // Header words may read as a title too (“三公”经费): the title is the one set largest.
        let candidates = printed.filter { Classifier.looksLikeTitle($0.text) }
        let largest = candidates.map(\.fontSize).max() ?? 0
        let titles = candidates.filter { $0.fontSize * sizeRatio > largest }
        // (A numbered heading of the narrative, 二、机关运行经费预算, is no table's title; a numbered
        // title that names a table, 六、政府性基金支出预算表, is: sets number their tables so.)
        guard titles.count == 1, let title = titles.first, Classifier.kind(title: title.text) != .other else { return nil }
        let squeezed = PrintedWords.squeeze(title.text)
        guard squeezed.hasSuffix("表") || Pattern.firstMatch(squeezed, #"^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]"#) == nil else { return nil }
        let others = printed.filter { $0 != title }.map(\.fontSize).sorted()
        guard let median = others.isEmpty ? nil : others[others.count / 2], title.fontSize > median * sizeRatio else { return nil }
        let block = TitleBlockParser.parse(printed.filter { $0 == title || !candidates.contains($0) })
        return block.title == nil ? nil : block
    }

    /// Text below a table: its notes first, then (on a shared page) the next table's title block.
    static func splitNotesAndTitle(_ lines: [TextLine], wrapFactor: Double) -> (notes: [String], rest: [TextLine]) {
        var items: [String] = []
        var idx = 0
        while idx < lines.count {
            let l = lines[idx]
            let t = l.text.trimmingCharacters(in: .whitespaces)
            let wrappedTitle = idx + 1 < lines.count && lines[idx + 1].text.count <= 8
                && Classifier.looksLikeTitle(t + lines[idx + 1].text)
            if Classifier.looksLikeTitle(t) || wrappedTitle || Classifier.isCodeLine(t) || TitleBlockParser.unit(in: t) != nil { break }
            let startsItem = t.hasPrefix("注") || t.hasPrefix("说明") || Pattern.firstMatch(t, #"^\d+[.．、]"#) != nil
                || t.hasPrefix("本部门") || t.hasPrefix("本单位") || items.isEmpty
            // A wrapped note line continues the item above (close below it, no new item marker).
            if startsItem || items.isEmpty {
                items.append(t)
            } else if idx > 0, l.box.y0 - lines[idx - 1].box.y1 < l.fontSize * wrapFactor {
                items[items.count - 1] += t
            } else { items.append(t) }
            idx += 1
        }
        return (items, Array(lines[idx...]))
    }

    /// A title block that repeats the previous table's title (or says 续表) continues that table.
    public static func sameTable(_ a: TitleBlock, _ b: TitleBlock) -> Bool {
        func key(_ t: String?) -> String {
            var s = PrintedWords.squeeze(t ?? "")
            for mark in ["（续表）", "(续表)", "续表", "（续）", "(续)"] { s = s.replacingOccurrences(of: mark, with: "") }
            return s
        }
        if (a.title ?? "").contains("续") && a.code == nil { return true }
        guard !key(a.title).isEmpty else { return a.code != nil && a.code == b.code }
        return key(a.title) == key(b.title) && (a.code == nil || a.code == b.code)
    }

    /// The texts of a piece's header rows.
    static func headerTexts(_ t: PageTable) -> Set<String> {
        let h = TableAssembler.detectHeaderRows(t)
        return Set(t.cells.filter { $0.row < h }.map { PrintedWords.squeeze($0.text) }.filter { !$0.isEmpty })
    }

    /// The same column lines, to within a few points.
    static func sameColumns(_ a: PageTable, _ b: PageTable) -> Bool {
        a.columnCount == b.columnCount && zip(a.grid.xs, b.grid.xs).allSatisfy { abs($0 - $1) <= 3 }
    }

    /// A piece without a title continues the previous table when its columns line up with it.
    static func compatible(_ piece: PageTable, _ first: PageTable, widthFraction: Double) -> Bool {
        if piece.columnCount == first.columnCount { return true }
        // Other columns under a header of its own (not the first piece's repeated): another
        // table, or the other half of a wide one, whose title is not recognised.
        let own = headerTexts(piece), theirs = headerTexts(first)
        if !own.isEmpty, !theirs.isEmpty, Double(own.intersection(theirs).count) < Double(own.count) * 0.5 { return false }
        let w1 = first.box.width, w2 = piece.box.width
        return abs(w1 - w2) < max(w1, w2) * widthFraction
    }

}
