import Budget
import Foundation
import Layout
import PDFDocument
import Tables

public enum ExtractionError: Error, CustomStringConvertible {
    case noText(String)
    case noTables(String)
    public var description: String {
        switch self {
        case .noText(let p): return "\(p): no text on any page (a scanned document? budgetpdf reads text PDFs, not images)"
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
}

/// The whole pipeline for one document: PDF → pages → tables → budget tables.
public enum Extractor {
    public static func extract(path: String) throws -> BudgetDocument {
        let pdf = try PDFFile(path: path)
        var pages: [PageReading] = []
        var anyText = false
        for n in 1...pdf.pageCount {
            let layout = pdf.layout(page: n, needsRulings: TextAssembly.mayHoldTable)
            if layout.chars.contains(where: { !$0.isSpace }) { anyText = true }
            pages.append(read(layout))
        }
        guard anyText else { throw ExtractionError.noText(path) }
        var doc = assemble(pages: pages, source: path)
        doc.info.pageCount = pdf.pageCount
        doc.info.producer = pdf.producer
        guard !doc.tables.isEmpty else { throw ExtractionError.noTables(path) }
        Checker.run(&doc)
        DocumentChecks.run(&doc)
        return doc
    }

    static func read(_ printed: PageLayout) -> PageReading {
        // Text running down or up the page: read it turned upright; boxes are turned back below.
        let orientation = Orientation90.detect(printed.chars)
        let layout = orientation.upright(printed)
        var pieces = PageTableBuilder.tables(on: layout)
        if orientation != .upright {
            for i in pieces.indices { pieces[i].pageFrame = PageFrame(orientation: orientation, width: printed.width, height: printed.height) }
        }
        let outsideChars = layout.chars.filter { ch in
            !pieces.contains { $0.box.contains(x: ch.box.midX, y: ch.box.midY, slack: 0.5) }
        }
        // The page's characters are not kept: memory stays flat however long the document.
        return PageReading(number: layout.number, height: layout.height, pieces: pieces,
                           outside: TextAssembly.lines(outsideChars).map { var l = $0; l.chars = []; return l })
    }

    static func isPageFooter(_ line: TextLine, pageHeight: Double) -> Bool {
        let t = line.text.replacingOccurrences(of: " ", with: "")
        if Pattern.firstMatch(t, #"^[-—–\s]*(第)?\d+(页)?(/\d+|共\d+页)?[-—–\s]*$"#) != nil { return true }
        if Pattern.firstMatch(t, #"^第\d+页(，)?共\d+页$"#) != nil { return true }
        return false
    }

    static func printed(_ l: TextLine) -> PrintedLine {
        PrintedLine(text: l.text, fontSize: l.fontSize, y0: l.box.y0, y1: l.box.y1)
    }

    /// Groups pieces into logical tables by their title blocks, then builds each table.
    static func assemble(pages: [PageReading], source: String) -> BudgetDocument {
        struct Pending { var block: TitleBlock; var pieces: [PageTable]; var notes: [String]; var closed: Bool }
        var pending: [Pending] = []
        var narrative: [String] = []
        for page in pages {
            let lines = page.outside.filter { !isPageFooter($0, pageHeight: page.height) }
            if page.pieces.isEmpty {
                narrative.append(contentsOf: lines.map(\.text))
                continue
            }
            var cursor = -Double.infinity
            for (i, piece) in page.pieces.enumerated() {
                let above = lines.filter { $0.box.midY > cursor && $0.box.midY < piece.box.y0 + 1 }
                let nextTop = i + 1 < page.pieces.count ? page.pieces[i + 1].box.y0 : Double.infinity
                let below = lines.filter { $0.box.midY > piece.box.y1 - 1 && $0.box.midY < nextTop }
                // Lines above this table that belong to the previous table's notes on this page were
                // already taken by it (see `below` split); what is left is this table's block.
                let (notesPart, blockPart) = splitNotesAndTitle(below)
                // Title rows printed inside the table's frame count as its title block.
                let aboveBlock = (i == 0 ? trimToTitleBlock(above, narrative: &narrative) : above) + piece.captions
                let block = TitleBlockParser.parse(aboveBlock.map(printed))
                let hasTitle = TitleBlockParser.mergeWrappedTitles(aboveBlock.map(printed))
                    .contains { Classifier.looksLikeTitle($0.text) || Classifier.isCodeLine($0.text) }
                let canContinue: Bool = {
                    guard i == 0, let last = pending.last, !last.closed, let lastPiece = last.pieces.last,
                          lastPiece.page >= page.number - 1, compatible(piece, last.pieces[0]) else { return false }
                    // No title, or the same title printed again on each page (续表).
                    return !hasTitle || sameTable(block, last.block)
                }()
                if canContinue {
                    pending[pending.count - 1].pieces.append(piece)
                } else {
                    pending.append(Pending(block: block, pieces: [piece], notes: [], closed: false))
                }
                let notes = piece.footnotes + notesPart
                if !notes.isEmpty {
                    pending[pending.count - 1].notes.append(contentsOf: notes)
                    pending[pending.count - 1].closed = true
                }
                // The next table's title block is what follows this table's notes.
                if i + 1 < page.pieces.count {
                    cursor = blockPart.first.map { $0.box.midY - 0.1 } ?? below.last.map { $0.box.midY + 0.1 } ?? piece.box.y1
                } else if !blockPart.isEmpty {
                    narrative.append(contentsOf: blockPart.map(\.text))
                }
            }
        }
        var tables: [BudgetTable] = []
        for (n, p) in pending.enumerated() {
            let title = p.block.title ?? ""
            let probe = TableAssembler.assemble(p.pieces)
            let header = probe.columns.map { $0.path.joined(separator: "/") }.joined(separator: "|")
            let kind = Classifier.kind(title: title, header: header)
            let form = kind.isForm || (kind == .projectPerformance && startsAsForm(p.pieces[0]))
            let assembled = form ? TableAssembler.assemble(p.pieces, headerRows: 0) : probe
            var table = BudgetTable(number: n + 1, kind: kind, block: p.block, assembled: assembled, notes: p.notes)
            // No 单位 line: a header may say it (金额（万元）).
            if table.unit == nil {
                table.unit = table.columns.lazy.flatMap(\.path).compactMap(unitInHeader).first
            }
            tables.append(table)
        }
        let title = documentTitle(pages)
        let info = DocumentInfo(title: title, department: mostCommon(tables.compactMap(\.department)) ?? title.flatMap(departmentInTitle),
                                year: year(in: tables.map(\.title) + [documentTitle(pages) ?? ""]),
                                unit: mostCommon(tables.compactMap(\.unit)))
        for i in tables.indices where tables[i].unit == nil { tables[i].unit = info.unit }
        return BudgetDocument(source: source, info: info, tables: tables, narrative: narrative)
    }

    /// A performance table laid out as a form per project (项目名称 | … | 主管部门 | …) rather
    /// than as columns: its first row pairs a label ending in 名称 with a value.
    static func startsAsForm(_ t: PageTable) -> Bool {
        let first = t.cells.filter { $0.row == 0 }.sorted { $0.col < $1.col }
        guard first.count >= 2, first.count <= 4, let label = first.first?.text.replacingOccurrences(of: " ", with: "") else { return false }
        return (label.hasSuffix("名称") || label.hasSuffix("编码")) && first[1].colSpan >= 1 && !first[1].text.isEmpty
            && first[1].text.count > 4
    }

    /// Above the first table of a page there may be narrative; keep only the block next to the table.
    static func trimToTitleBlock(_ lines: [TextLine], narrative: inout [String]) -> [TextLine] {
        guard lines.count > 6 else { return lines }
        let cut = lines.count - 6
        narrative.append(contentsOf: lines[..<cut].map(\.text))
        return Array(lines[cut...])
    }

    /// Text below a table: its notes first, then (on a shared page) the next table's title block.
    static func splitNotesAndTitle(_ lines: [TextLine]) -> (notes: [String], rest: [TextLine]) {
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
            } else if idx > 0, l.box.y0 - lines[idx - 1].box.y1 < l.fontSize * 0.9 {
                items[items.count - 1] += t
            } else { items.append(t) }
            idx += 1
        }
        return (items, Array(lines[idx...]))
    }

    /// A title block that repeats the previous table's title (or says 续表) continues that table.
    public static func sameTable(_ a: TitleBlock, _ b: TitleBlock) -> Bool {
        func key(_ t: String?) -> String {
            var s = (t ?? "").replacingOccurrences(of: " ", with: "")
            for mark in ["（续表）", "(续表)", "续表", "（续）", "(续)"] { s = s.replacingOccurrences(of: mark, with: "") }
            return s
        }
        if (a.title ?? "").contains("续") && a.code == nil { return true }
        guard !key(a.title).isEmpty else { return a.code != nil && a.code == b.code }
        return key(a.title) == key(b.title) && (a.code == nil || a.code == b.code)
    }

    /// A piece without a title continues the previous table when its columns line up with it.
    static func compatible(_ piece: PageTable, _ first: PageTable) -> Bool {
        if piece.columnCount == first.columnCount { return true }
        let w1 = first.box.width, w2 = piece.box.width
        return abs(w1 - w2) < max(w1, w2) * 0.1
    }

    static func documentTitle(_ pages: [PageReading]) -> String? {
        guard let first = pages.first(where: { !$0.outside.isEmpty }) else { return nil }
        let maxSize = first.outside.map(\.fontSize).max() ?? 0
        let big = first.outside.filter { $0.fontSize >= maxSize * 0.85 }
        let t = big.map(\.text).joined()
        return t.isEmpty ? nil : t
    }

    public static func unitInHeader(_ text: String) -> String? {
        let t = text.replacingOccurrences(of: " ", with: "")
        for u in ["万元", "千元", "亿元", "元"] where t.contains("（\(u)）") || t.contains("(\(u))") || t.hasPrefix("单位：\(u)") { return u }
        return nil
    }

    /// "焦作市人力资源和社会保障局2024年度部门预算" → "焦作市人力资源和社会保障局".
    public static func departmentInTitle(_ title: String) -> String? {
        let t = title.replacingOccurrences(of: " ", with: "")
        guard let r = Pattern.firstMatch(t, #"(19|20)\d{2}年"#), r.lowerBound > t.startIndex else { return nil }
        let name = String(t[..<r.lowerBound])
        return name.count >= 3 && (name.hasSuffix("局") || name.hasSuffix("委") || name.hasSuffix("厅") || name.hasSuffix("会")
            || name.hasSuffix("院") || name.hasSuffix("部") || name.hasSuffix("办") || name.hasSuffix("室") || name.hasSuffix("中心")
            || name.hasSuffix("馆") || name.hasSuffix("站") || name.hasSuffix("所") || name.hasSuffix("处") || name.hasSuffix("署")) ? name : nil
    }

    static func year(in texts: [String]) -> Int? {
        var counts: [Int: Int] = [:]
        for t in texts {
            let s = t.replacingOccurrences(of: " ", with: "")
            if let r = Pattern.firstMatch(s, #"(19|20)\d{2}(?=年)"#), let y = Int(s[r]) { counts[y, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value }?.key
    }

    static func mostCommon(_ xs: [String]) -> String? {
        var c: [String: Int] = [:]
        for x in xs { c[x, default: 0] += 1 }
        return c.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }
}
