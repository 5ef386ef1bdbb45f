import Foundation
import Layout

/// What a budget prints above a table: code line, title, department, unit.
public struct TitleBlock: Equatable, Sendable {
    public var code: String?
    public var title: String?
    public var department: String?
    public var unit: String?
    /// The title is set in larger type than the smallest line of its block (a 单位 line, a
    /// department's name): printed as a title, whatever its words (half of a title split over
    /// facing pages, 各機關歲入來源 | 別科目分析表), not header words taken for one.
    public var titleSetLarger = false
    public init(code: String? = nil, title: String? = nil, department: String? = nil, unit: String? = nil) {
        self.code = code; self.title = title; self.department = department; self.unit = unit
    }
    public var hasTitle: Bool { title != nil || code != nil }
}

/// A line of text with its font size, as the title-block parser needs it.
public struct PrintedLine: Equatable, Sendable {
    public var text: String
    public var fontSize: Double
    public var y0: Double
    public var y1: Double
    public init(text: String, fontSize: Double, y0: Double = 0, y1: Double = 0) {
        self.text = text; self.fontSize = fontSize; self.y0 = y0; self.y1 = y1
    }
}

public enum TitleBlockParser {
    static let unitPattern = #"(?:金额)?单位[:：]\s*(万元|千元|亿元|元)"#
    static let deptPattern = #"^\s*(?:部门|单位|编制单位|预算单位|编报单位|编制部门)(?:名称)?[:：]\s*(.+?)(?=\s*(?:金额)?单位[:：]\s*(?:万元|千元|亿元|元)|\s*$)"#

    public static func unit(in text: String) -> String? {
        firstGroup(unitPattern, in: text)
    }

    public static func department(in text: String) -> String? {
        guard let d = firstGroup(deptPattern, in: text) else { return nil }
        let t = d.trimmingCharacters(in: .whitespaces)
        if t.isEmpty || ["万元", "元", "千元"].contains(t) { return nil }
        return t
    }

    static func firstGroup(_ pattern: String, in text: String) -> String? {
        guard let re = Pattern.regex(pattern),
              let m = re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              m.numberOfRanges > 1, let r = Range(m.range(at: 1), in: text) else { return nil }
        return String(text[r])
    }

    /// Joins a title that wrapped onto a short second line ("…经费预" + "算表").
    public static func mergeWrappedTitles(_ lines: [PrintedLine]) -> [PrintedLine] {
        var out: [PrintedLine] = []
        for l in lines {
            if let prev = out.last, l.text.count <= 8, abs(prev.fontSize - l.fontSize) <= max(0.6, prev.fontSize * 0.08),
               l.y0 - prev.y1 < prev.fontSize * 1.0, !Classifier.looksLikeTitle(prev.text),
               Classifier.looksLikeTitle(prev.text + l.text) {
                out[out.count - 1].text += l.text
                out[out.count - 1].y1 = l.y1
            } else { out.append(l) }
        }
        return out
    }

    /// Parses the lines just above a table (top to bottom). Title lines are the largest
    /// non-code lines nearest the table; a title wrapped over two lines is joined.
    public static func parse(_ rawLines: [PrintedLine],
                             titleSizeRatio: Double = ExtractionSettings.standard.titleBlocks.titleSizeRatio) -> TitleBlock {
        let lines = mergeWrappedTitles(rawLines)
        var block = TitleBlock()
        var candidates: [(Int, PrintedLine)] = []
        for (i, l) in lines.enumerated() {
            if let u = unit(in: l.text) { block.unit = u }
            if let d = department(in: l.text) { block.department = d; continue }
            if unit(in: l.text) != nil {
                // "2024年部门收支预算表    单位：万元" on one line: the rest is still a title.
                var rest = l
                if let r = Pattern.firstMatch(l.text, unitPattern) { rest.text.removeSubrange(r) }
                rest.text = rest.text.trimmingCharacters(in: .whitespaces)
                if Classifier.looksLikeTitle(rest.text) { candidates.append((i, rest)) }
                continue
            }
            if Classifier.isCodeLine(l.text) { block.code = Classifier.squeeze(l.text); continue }
            candidates.append((i, l))
        }
        // Prose (a sentence of the narrative above a table: "从预算单位构成看，…", "…的单位包括：")
        // is no part of a title.
        func isProse(_ t: String) -> Bool {
            let x = Classifier.squeeze(t)
            return x.contains("，") || x.contains("。") || x.hasSuffix("：") || x.hasSuffix(":")
        }
        // The title: nearest title-looking line to the table and its same-size neighbours.
        // Without one, a numbered heading (二、部门决算单位构成), else the largest short line.
        let largest = lines.map(\.fontSize).max() ?? 0
        // Of title-looking lines, the one set largest: header words left over the table (“三公”经费
        // centred over its columns) may read as a title too, in the body's type.
        guard let anchor = candidates.lastIndex(where: { Classifier.looksLikeTitle($0.1.text) && $0.1.fontSize >= largest * 0.95 })
                ?? candidates.lastIndex(where: { Classifier.looksLikeTitle($0.1.text) })
                ?? candidates.lastIndex(where: { $0.1.fontSize >= largest * 0.95 && $0.1.text.count <= 40 && !isProse($0.1.text)
                    && Pattern.firstMatch(Classifier.squeeze($0.1.text), #"^[一二三四五六七八九十]+、"#) != nil })
                ?? candidates.lastIndex(where: { $0.1.fontSize >= largest * 0.95 && $0.1.text.count <= 40 && !isProse($0.1.text) })
        else { return block }
        let size = candidates[anchor].1.fontSize
        var lo = anchor, hi = anchor
        func sameTitle(_ a: PrintedLine, _ b: PrintedLine) -> Bool {
            abs(a.fontSize - b.fontSize) <= max(0.6, size * 0.08) && abs(b.y0 - a.y1) < size * 1.2
                && !Classifier.isCodeLine(b.text) && a.text.count < 60 && b.text.count < 60 && !isProse(a.text) && !isProse(b.text)
        }
        while lo > 0, sameTitle(candidates[lo - 1].1, candidates[lo].1), !candidates[lo].1.text.hasPrefix("（") { lo -= 1 }
        while hi + 1 < candidates.count, sameTitle(candidates[hi].1, candidates[hi + 1].1),
              !Classifier.looksLikeTitle(candidates[hi].1.text) || candidates[hi + 1].1.text.count <= 4 {
            // A short tail ("算表") or a subtitle in brackets belongs to the title.
            if candidates[hi + 1].1.text.hasPrefix("(") || candidates[hi + 1].1.text.hasPrefix("（") { break }
            hi += 1
        }
        var title = candidates[lo...hi].map { $0.1.text.trimmingCharacters(in: .whitespaces) }.joined()
        // A code printed on the title's own line: "表1 部门收支总表", "预算01表 …".
        if let r = Pattern.firstMatch(title, #"^(附表|表|预算|公开)?\s*[0-9一二三四五六七八九十]{1,3}\s*表?(?=\s)"#),
           Classifier.isCodeLine(String(title[r])), title[r.upperBound...].trimmingCharacters(in: .whitespaces).count >= 4 {
            if block.code == nil { block.code = Classifier.squeeze(String(title[r])) }
            title = title[r.upperBound...].trimmingCharacters(in: .whitespaces)
        }
        block.title = title
        if let smallest = lines.map(\.fontSize).filter({ $0 > 0 }).min() {
            block.titleSetLarger = size >= smallest * titleSizeRatio
        }
        return block
    }
}
