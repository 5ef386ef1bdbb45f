import Foundation
import Layout

/// A line of text: characters side by side, read left to right.
public struct TextLine: Equatable, Sendable {
    public var text: String
    public var box: Rect
    public var fontSize: Double
    public var chars: [TextChar]
    public init(text: String, box: Rect, fontSize: Double, chars: [TextChar] = []) {
        self.text = text; self.box = box; self.fontSize = fontSize; self.chars = chars
    }
}

public enum TextAssembly {
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x3000...0x303F: return true
        default: return false
        }
    }

    /// Groups characters into lines: a character joins a line when its vertical middle falls
    /// inside that line's band. Lines come top to bottom, characters left to right.
    public static func lines(_ chars: [TextChar], settings: ExtractionSettings.Text = .init()) -> [TextLine] {
        let visible = chars.filter { !$0.box.width.isNaN }
        var bands: [(y0: Double, y1: Double, chars: [TextChar])] = []
        for ch in visible.sorted(by: { $0.box.midY < $1.box.midY }) {
            if ch.isSpace && ch.box.height <= 0 { continue }
            let mid = ch.box.midY
            let height = lineHeight(ch, settings: settings)
            if let i = bands.lastIndex(where: { mid >= $0.y0 && mid <= $0.y1 }) {
                bands[i].chars.append(ch)
                bands[i].y0 = min(bands[i].y0, mid - height * 0.25)
                bands[i].y1 = max(bands[i].y1, mid + height * 0.25)
            } else {
                bands.append((mid - height * 0.3, mid + height * 0.3, [ch]))
            }
        }
        return bands.compactMap { band -> TextLine? in
            let sorted = band.chars.sorted { $0.box.x0 < $1.box.x0 }
            let text = joinRun(sorted, latinSpaceFactor: settings.latinSpaceFactor)
            let trimmed = Whitespace.trimmingSpaces(text)
            guard !trimmed.isEmpty else { return nil }
            let ink = sorted.filter { !$0.isSpace }
            let box = Rect.enclosing(ink.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
            let sizes = ink.map { $0.fontSize > 0 ? $0.fontSize : $0.box.height }.sorted()
            return TextLine(text: trimmed, box: box, fontSize: sizes[sizes.count / 2], chars: ink)
        }.sorted { $0.box.y0 < $1.box.y0 }
    }

    /// The height a character takes in its line: its box, unless the box is far taller than the
    /// character's size (then that size times the allowed factor). A Chinese character is as wide
    /// as its size, which holds even where the font size reported is scaled (Chromium: 16 for 8 pt).
    static func lineHeight(_ ch: TextChar, settings: ExtractionSettings.Text) -> Double {
        var size = ch.fontSize > 0 ? ch.fontSize : ch.box.height
        if let s = ch.text.unicodeScalars.first, (0x3400...0x9FFF).contains(s.value), ch.box.width > 0 {
            size = min(size, ch.box.width)
        }
        return min(ch.box.height, size * settings.maxCharHeightFactor)
    }

    /// Characters of one line into a string: printed spaces kept (collapsed), and a space where
    /// a wide gap separates two non-CJK characters.
    static func joinRun(_ chars: [TextChar], latinSpaceFactor: Double) -> String {
        var out = ""
        var prev: TextChar?
        // Whether `out` ends in a space, kept as it is built: asking `out.last` walks back over
        // the last character's grapheme rules, for every character of every line.
        var endsInSpace = false
        for ch in chars {
            if ch.isSpace {
                if !out.isEmpty && !endsInSpace { out.append(" "); endsInSpace = true }
                continue
            }
            if let p = prev, !endsInSpace {
                let gap = ch.box.x0 - p.box.x1
                let size = max(p.box.height, 1)
                let cjk = (p.text.unicodeScalars.first.map(isCJK) ?? false) || (ch.text.unicodeScalars.first.map(isCJK) ?? false)
                if !cjk && gap > size * latinSpaceFactor { out.append(" "); endsInSpace = true }
            }
            out.append(ch.text)
            endsInSpace = ch.text.utf8.last == 0x20
            prev = ch
        }
        return out
    }

    /// Could this page hold a table? Prose runs on in long lines; every table has lines whose
    /// text stands in separate blocks (cells), and most print amounts. A page with fewer than two
    /// such lines is prose (or a cover) and need not be searched for ruling lines, unless the
    /// page before it may hold a table (`afterTable`): then one such line may be that table's
    /// last row carried over alone (a text row of a performance table, 满意度 | … | ≥95%).
    public static func mayHoldTable(_ chars: [TextChar], settings: ExtractionSettings.Text = .init(),
                                    afterTable: Bool = false) -> Bool {
        let all = lines(chars, settings: settings)
        let blocky = all.filter { standsInCells($0, settings: settings) }
        // A table's last row alone on a page (a grand total carried over) is one such line, with amounts.
        let amountsInLine = blocky.contains { printsAmounts($0) }
        // After a table, a column of short lines one under another may be a chunk of its last
        // columns printed on a page of its own (a spreadsheet's sheet wider than the page).
        let shortLines = all.filter { $0.box.width <= max($0.fontSize, 4) * settings.columnChunkMaxLineEms }
        let stacked = shortLines.count >= settings.columnChunkMinLines && shortLines.count * 2 >= all.count
        return blocky.count >= settings.blockyLinesForTable || amountsInLine || (afterTable && (!blocky.isEmpty || stacked))
    }

    /// Whether the line's text stands in separate blocks (cells): a gap wider than
    /// `cellGapFactor` × `em` (by default its font size) between two of its characters
    /// (`inkOnly`: between two that are not spaces, a space drawn across a gap left out).
    public static func standsInCells(_ line: TextLine, settings: ExtractionSettings.Text = .init(), em: Double? = nil, inkOnly: Bool = false) -> Bool {
        let ink = line.chars.filter { !inkOnly || !$0.isSpace }.sorted { $0.box.x0 < $1.box.x0 }
        let gap = (em ?? max(line.fontSize, 4)) * settings.cellGapFactor
        return zip(ink, ink.dropFirst()).contains { $1.box.x0 - $0.box.x1 > gap }
    }

    /// A table's row: a line that prints two amounts or more (decimals or thousands separators)
    /// standing apart in cells, its em its Chinese characters' width (else its font size: some
    /// producers report a line's size larger than its type), not a sentence stating one. A line
    /// of amounts and nothing else is one however close its columns (a sentence has words).
    public static func printsAmountRow(_ line: TextLine, settings: ExtractionSettings.Text = .init()) -> Bool {
        guard printsAmounts(line) else { return false }
        if line.text.split(separator: " ").allSatisfy({ TableAssembler.looksNumeric(String($0)) }) { return true }
        let widths = line.chars.filter { PrintedWords.holdsCJKIdeograph($0.text) }.map(\.box.width).sorted()
        return standsInCells(line, settings: settings, em: widths.isEmpty ? nil : widths[widths.count / 2], inkOnly: true)
    }

    static func printsAmounts(_ line: TextLine) -> Bool {
        line.text.split(separator: " ").filter { w in TableAssembler.looksNumeric(String(w)) && w.contains(where: { $0 == "." || $0 == "," }) }.count >= 2
    }

    /// The lines of a wrapped cell joined: nothing between them, except a space between two
    /// Latin letters (a wrapped Chinese phrase or a broken code must not gain a space).
    public static func joinLines(_ lines: [String]) -> String {
        var out = ""
        for l in lines {
            let t = Whitespace.trimmingSpaces(l)
            if t.isEmpty { continue }
            if let a = out.unicodeScalars.last, let b = t.unicodeScalars.first,
               a.properties.isAlphabetic && a.isASCII && b.properties.isAlphabetic && b.isASCII {
                out.append(" ")
            }
            out.append(t)
        }
        return out
    }
}
