import Budget
import Foundation
import Layout
import PDFDocument
import Tables

public enum ExtractionError: Error, CustomStringConvertible {
    case noText(String)
    case noTextMap(String, misread: Int, of: Int)
    case noTables(String)
    public var description: String {
        switch self {
        case .noText(let p): return "\(p): no text on any page (a scanned document? budgetpdf reads text PDFs, not images)"
        case .noTextMap(let p, let misread, let pages):
            return "\(p): text cannot be read (\(misread) of \(pages) pages print Latin letters where Chinese should be: fonts without a Unicode map; make the PDF again with text that can be copied)"
        case .noTables(let p): return "\(p): no ruled tables found (not a budget document?)"
        }
    }
}

/// One page read and cut into table pieces and the text outside them.
struct PageReading {
    var number: Int
    var height: Double
    var pieces: [PageTable]
    var outside: [TextLine]     // lines of text not inside any table, top to bottom
    var unreadStack = false     // rules of a table with text between them, read as no table
}

/// Whether each page of a document, taken in page order, may hold a table (the page before it
/// counts). One thread calls it at a time: the worker's, or the reading thread's.
final class TableGate: @unchecked Sendable {
    private let settings: ExtractionSettings.Text
    private var previous = false
    init(settings: ExtractionSettings.Text) { self.settings = settings }
    func mayHoldTable(_ chars: [TextChar]) -> Bool {
        previous = TextAssembly.mayHoldTable(chars, settings: settings, afterTable: previous)
        return previous
    }
}

/// The whole pipeline for one document: PDF → pages → tables → budget tables.
public enum Extractor {
    /// `settings`: every tolerance of the layout and table stages (docs/settings.md).
    public static func extract(path: String, settings: ExtractionSettings = .standard) throws -> BudgetDocument {
        let pdf = try PDFFile(path: path)
        // Poppler reads page after page on this thread; the rulings and tables of each page are
        // found meanwhile on a second one (plain values, no C), and come back in page order.
        // Which pages may hold a table is judged in page order (a page after one that may is
        // searched more widely). With the vector source the shapes come with the text's pass
        // anyway, so the judging is done on the second thread, off poppler's; the raster source
        // needs it before the render, on this one.
        let gateOnWorker = settings.rulings.source == .vector
        let gate = TableGate(settings: settings.text)
        let worker = OrderedWorker<PageDrawing, PageReading> { drawing in
            var drawing = drawing
            if gateOnWorker, !gate.mayHoldTable(drawing.chars) { drawing.pieces = nil }
            return read(drawing.layout(settings: settings.rulings), settings: settings)
        }
        var textPages = 0, misreadPages = 0
        // Short boxes the pages so far showed beside the Chinese (a reprint's digits): a page
        // that shows none boxes its own as they were shown.
        var baselines = BaselineBoxes.Memory()
        // Each page goes to the worker once the next one is read: its characters printed again
        // on the page before or after are marked (`RepeatedText`: a header repeated on each page).
        var pending: PageDrawing? = nil
        var beforePending: [TextChar] = []
        func submit(_ drawing: PageDrawing, next: [TextChar]) {
            var marked = drawing
            marked.chars = RepeatedText.marked(drawing.chars, neighbours: [beforePending, next], tolerance: settings.text.repeatedPlaceTolerance)
            worker.submit(marked)
            beforePending = drawing.chars
        }
        for n in 1...pdf.pageCount {
            let drawing = pdf.drawing(page: n, settings: settings.rulings, text: settings.text, baselines: &baselines, needsRulings: { chars in
                gateOnWorker || gate.mayHoldTable(chars)
            })
            if drawing.chars.contains(where: { !$0.isSpace }) {
                textPages += 1
                if MisreadText.pageIsMisread(drawing.chars, settings: settings.text) { misreadPages += 1 }
            }
            if let previous = pending { submit(previous, next: drawing.chars) }
            pending = drawing
        }
        if let last = pending { submit(last, next: []) }
        let pages = worker.finish()
        guard textPages > 0 else { throw ExtractionError.noText(path) }
        // Tables of figures under titles and names no one can read are no data: say so, as for a scan.
        guard Double(misreadPages) < settings.text.misreadDocumentShare * Double(textPages) else {
            throw ExtractionError.noTextMap(path, misread: misreadPages, of: textPages)
        }
        var doc = assemble(pages: pages, source: path, settings: settings)
        doc.info.pageCount = pdf.pageCount
        doc.info.producer = pdf.producer
        // No tables: a budget published as narrative only still states its figures; anything else
        // is no budget document.
        if doc.tables.isEmpty {
            guard doc.isNarrativeOnly else { throw ExtractionError.noTables(path) }
            return doc
        }
        // The document's checks (narrative against tables, tables against each other) run on a
        // second thread while each table's own run here; the marks are set as one thread would.
        let amounts = doc.tables.map(Checker.amountColumns)
        let checked = doc
        let documentResults = Background { DocumentChecks.check(checked, amounts: amounts) }
        Checking.run(&doc, amounts: amounts, documentResults: (try? documentResults.value()) ?? [])
        return doc
    }

    static func read(_ printed: PageLayout, settings: ExtractionSettings = .standard) -> PageReading {
        // Text running down or up the page: read it turned upright; boxes are turned back below.
        let orientation = Orientation90.detect(printed.chars)
        let layout = orientation.upright(printed)
        var pieces = PageTableBuilder.tables(on: layout, settings: settings)
        if orientation != .upright {
            for i in pieces.indices { pieces[i].pageFrame = PageFrame(orientation: orientation, width: printed.width, height: printed.height) }
        }
        let outsideChars = layout.chars.filter { ch in
            !pieces.contains { p in
                p.box.contains(x: ch.box.midX, y: ch.box.midY, slack: 0.5) || p.overflow.contains { $0.contains(x: ch.box.midX, y: ch.box.midY, slack: 0.5) }
            }
        }
        let outside = TextAssembly.lines(outsideChars, settings: settings.text)
        for i in pieces.indices { pieces[i].lostAmounts = LostAmounts.find(piece: pieces[i], outside: outside, settings: settings) }
        // The page's characters are not kept: memory stays flat however long the document.
        let unread = UnreadStacks.found(segments: layout.segments, pieces: pieces, outside: outside, settings: settings)
        return PageReading(number: layout.number, height: layout.height, pieces: pieces,
                           outside: outside.map { var l = $0; l.chars = []; return l }, unreadStack: unread)
    }

    static func isPageFooter(_ line: TextLine) -> Bool {
        let t = PrintedWords.squeeze(line.text)
        if Pattern.firstMatch(t, #"^[-—–\s]*(第)?\d+(页)?(/\d+|共\d+页)?[-—–\s]*$"#) != nil { return true }
        if Pattern.firstMatch(t, #"^第\d+页(，)?共\d+页$"#) != nil { return true }
        return false
    }

    static func printed(_ l: TextLine) -> PrintedLine {
        PrintedLine(text: l.text, fontSize: l.fontSize, y0: l.box.y0, y1: l.box.y1)
    }

    /// The logical tables (pieces stitched, title blocks and notes found, once), each built once:
    /// its kind from its title and the header of its first piece, then its rows.
    static func assemble(pages: [PageReading], source: String, settings: ExtractionSettings = .standard) -> BudgetDocument {
        let stitched = TableStitcher.stitch(pages: pages, settings: settings)
        // The narrative's figures need only the text and the document's type (told by the
        // tables' titles): they are read on a second thread while the tables are built here.
        let title = documentTitle(pages)
        let titles = stitched.tables.compactMap { $0.pieces.isEmpty ? nil : ($0.block.title ?? "") }
        let type = Classifier.documentType(tableTitles: titles, documentTitle: title, narrative: stitched.narrative)
        let facts = Background {
            NarrativeFacts.extract(lines: stitched.narrative, pages: stitched.narrativePages, finalAccounts: type == .finalAccounts)
        }
        var tables: [BudgetTable] = []
        for (n, group) in stitched.tables.enumerated() {
            let title = group.block.title ?? ""
            guard let first = group.pieces.first else {
                // A title with no table read under it: listed, empty, asking for review, unless a
                // table of its kind was read elsewhere (then the title is a repeat or a contents line).
                let kind = Classifier.kind(title: title)
                if let page = group.titlePage, kind != .other, !stitched.tables.contains(where: { t in
                    !t.pieces.isEmpty && Classifier.kind(title: t.block.title ?? "") == kind }) {
                    var table = BudgetTable(number: n + 1, kind: kind, block: group.block,
                                            assembled: AssembledTable(pages: [page], pieces: [], headerRows: 0, columns: [], rows: [], headerCells: []),
                                            notes: group.notes)
                    table.flags.insert(.tableNotRead)
                    tables.append(table)
                }
                continue
            }
            let detected = TableAssembler.detectHeaderRows(first, settings: settings.header)
            let header = TableAssembler.columnPaths(first, headerRows: detected).map { $0.path.joined(separator: "/") }.joined(separator: "|")
            let kind = Classifier.kind(title: title, header: header)
            // A form (one record per page, label | value) has no column header.
            let form = kind.isForm || (kind == .projectPerformance && startsAsForm(first))
            let assembled = TableAssembler.assemble(group.pieces, headerRows: form ? 0 : detected, settings: settings)
            var table = BudgetTable(number: n + 1, kind: kind, block: group.block, assembled: assembled, notes: group.notes)
            // A form (label | value, cells merged across irregular spans) read from the text's
            // alignment alone: no rule says where its cells start and end, nor a header where its
            // columns are, so its reading rests on too little to be sure.
            if form, group.pieces.allSatisfy({ p in !p.cells.isEmpty && p.cells.allSatisfy { $0.flags.contains(.noRulings) } }) {
                table.flags.insert(.structureUncertain)
            }
            // A piece with no title that could not continue the table before it, nor be told by
            // its header: a loose piece, whatever it holds.
            // A "title" that names no table (header words above a piece whose header was not
            // read as one, taken as the largest short line) is no title either.
            if kind == .other && (title.trimmingCharacters(in: .whitespaces).isEmpty
                                  || (group.block.code == nil && !Classifier.looksLikeTitle(title) && !group.block.titleSetLarger)) {
                table.flags.insert(.pieceNotStitched)
            }
            // No 单位 line: a header may say it (金额（万元）).
            if table.unit == nil {
                table.unit = table.columns.lazy.flatMap(\.path).compactMap(unitInHeader).first
            }
            tables.append(table)
        }
        LoosePieces.mark(&tables)
        UnreadStacks.mark(&tables, pages: pages.filter(\.unreadStack).map(\.number))
        var info = DocumentInfo(title: title, department: mostCommon(tables.compactMap(\.department)) ?? title.flatMap(departmentInTitle),
                                year: year(in: tables.map(\.title) + [documentTitle(pages) ?? ""]),
                                unit: mostCommon(tables.compactMap(\.unit)))
        for i in tables.indices where tables[i].unit == nil { tables[i].unit = info.unit }
        info.type = type
        if info.year == nil { info.year = year(in: Array(stitched.narrative.prefix(40))) }
        return BudgetDocument(source: source, info: info, tables: tables, narrative: stitched.narrative,
                              narrativePages: stitched.narrativePages, facts: (try? facts.value()) ?? [])
    }

    /// A performance table laid out as a form per project (项目名称 | … | 主管部门 | …) rather
    /// than as columns: its first row pairs a label ending in 名称 with a value.
    static func startsAsForm(_ t: PageTable) -> Bool {
        let first = t.cells.filter { $0.row == 0 }.sorted { $0.col < $1.col }
        guard first.count >= 2, first.count <= 4, let label = first.first.map({ PrintedWords.squeeze($0.text) }) else { return false }
        return (label.hasSuffix("名称") || label.hasSuffix("编码")) && !first[1].text.isEmpty
            && first[1].text.count > 4
    }

    /// A title block that repeats the previous table's title (or says 续表) continues that table.
    public static func sameTable(_ a: TitleBlock, _ b: TitleBlock) -> Bool { TableStitcher.sameTable(a, b) }

    static func documentTitle(_ pages: [PageReading]) -> String? {
        guard let first = pages.first(where: { !$0.outside.isEmpty }) else { return nil }
        let maxSize = first.outside.map(\.fontSize).max() ?? 0
        let big = first.outside.filter { $0.fontSize >= maxSize * 0.85 }
        let t = big.map(\.text).joined()
        return t.isEmpty ? nil : t
    }

    public static func unitInHeader(_ text: String) -> String? {
        let t = PrintedWords.squeeze(text)
        for u in ["万元", "千元", "亿元", "元"] where t.contains("（\(u)）") || t.contains("(\(u))") || t.hasPrefix("单位：\(u)") { return u }
        return nil
    }

    /// "焦作市人力资源和社会保障局2024年度部门预算" → "焦作市人力资源和社会保障局".
    public static func departmentInTitle(_ title: String) -> String? {
        let t = PrintedWords.squeeze(title)
        guard let r = Pattern.firstMatch(t, PrintedWords.year + "年"), r.lowerBound > t.startIndex else { return nil }
        let name = String(t[..<r.lowerBound])
        return name.count >= 3 && (name.hasSuffix("局") || name.hasSuffix("委") || name.hasSuffix("厅") || name.hasSuffix("会")
            || name.hasSuffix("院") || name.hasSuffix("部") || name.hasSuffix("办") || name.hasSuffix("室") || name.hasSuffix("中心")
            || name.hasSuffix("馆") || name.hasSuffix("站") || name.hasSuffix("所") || name.hasSuffix("处") || name.hasSuffix("署")) ? name : nil
    }

    static func year(in texts: [String]) -> Int? {
        var counts: [Int: Int] = [:]
        for t in texts {
            let s = PrintedWords.squeeze(t)
            if let r = Pattern.firstMatch(s, PrintedWords.year + "(?=年)"), let y = Int(s[r]) { counts[y, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value }?.key
    }

    static func mostCommon(_ xs: [String]) -> String? {
        var c: [String: Int] = [:]
        for x in xs { c[x, default: 0] += 1 }
        return c.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }
}
