import Foundation
import Layout

/// An amount as printed and as a decimal. Never floating point.
public struct Amount: Equatable, Sendable {
    public var printed: String
    public var value: Decimal
    public var isPercent: Bool

    /// Made once: a Locale per parsed (or printed) amount was a noticeable share of a document's time.
    public static let posix = Locale(identifier: "en_US_POSIX")

    /// Parses budget amounts: 1,234.56  -12.00  （12.00）  12%  ; dashes and empty are not amounts.
    public static func parse(_ text: String) -> Amount? {
        var t = PrintedWords.squeeze(text)
        if !t.utf8.allSatisfy({ $0 < 0x80 }) {
            // A CJK character (other than a fullwidth form) is never part of an amount: most cells
            // a document holds are names, and they end here.
            if t.unicodeScalars.contains(where: { (0x2E80..<0xFF00).contains($0.value) || $0.value > 0xFFEF }) { return nil }
            t = TextForms.halfwidth(t)
        }
        guard !t.isEmpty else { return nil }
        var negative = false
        if t.hasPrefix("(") && t.hasSuffix(")") { negative = true; t = String(t.dropFirst().dropLast()) }
        if t.hasPrefix("-") || t.hasPrefix("−") { negative = true; t.removeFirst() }
        var pct = false
        if t.hasSuffix("%") { pct = true; t.removeLast() }
        guard let first = t.first, let last = t.last, first.isNumber, last.isNumber else { return nil }
        // Thousands separators must sit in groups of three.
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let intPart = String(parts[0])
        if intPart.contains(",") {
            let groups = intPart.split(separator: ",", omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = intPart.replacingOccurrences(of: ",", with: "") + (parts.count == 2 ? "." + parts[1] : "")
        guard digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              var v = Decimal(string: digits, locale: posix) else { return nil }
        if negative { v = -v }
        return Amount(printed: text, value: v, isPercent: pct)
    }

    /// A decimal as checks print it: at least two decimals, at most six; `grouped` adds
    /// thousands separators (1,234.50).
    public static func format(_ d: Decimal, grouped: Bool = false) -> String {
        let f = NumberFormatter()
        f.locale = posix
        f.numberStyle = .decimal
        if grouped { f.usesGroupingSeparator = true; f.groupingSeparator = "," }
        f.minimumFractionDigits = 2
        f.maximumFractionDigits = 6
        return f.string(from: d as NSDecimalNumber) ?? "\(d)"
    }

    /// Factor to 元 for a unit as printed.
    public static func yuanFactor(_ unit: String?) -> Decimal? {
        switch unit {
        case "元": return 1
        case "千元": return 1000
        case "万元": return 10000
        case "亿元": return 100_000_000
        default: return nil
        }
    }

    /// An amount whose end was cut off (3,094. or 3,094, where 3,094.12 was printed, or 8,17 of
    /// 8,172,400.00): what a
    /// page's edge or a clipped cell leaves. It never parses, and in any column it means a
    /// figure was lost, so it asks for review even where the column is not read as amounts.
    /// Grouped thousands are required: a bare "4." may be an item's ordinal.
    public static func looksCut(_ text: String) -> Bool {
        var t = PrintedWords.squeeze(text)
        if !t.utf8.allSatisfy({ $0 < 0x80 }) { t = TextForms.halfwidth(t) }
        if t.hasPrefix("-") { t.removeFirst() }
        guard let last = t.last else { return false }
        if last.isNumber, !t.contains(".") {
            // Cut inside a group of thousands (8,17 of 8,172,400.00): a group after a separator
            // is three digits, so a shorter last group is a figure the edge cut.
            let groups = t.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.count >= 2, let head = groups.first, let tail = groups.last, (1...3).contains(head.count),
                  (1...2).contains(tail.count) else { return false }
            return groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
                && groups.dropFirst().dropLast().allSatisfy { $0.count == 3 }
        }
        guard last == "." || last == "," else { return false }
        let groups = t.dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count >= 2, let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
            && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// A figure under a thousand cut at its end ("4." of 4.77): alone it reads as an ordinal,
    /// so it counts as cut only in a column that `looksCut` shows was cut.
    public static func looksCutShort(_ text: String) -> Bool {
        var t = PrintedWords.squeeze(text)
        if !t.utf8.allSatisfy({ $0 < 0x80 }) { t = TextForms.halfwidth(t) }
        if t.hasPrefix("-") { t.removeFirst() }
        guard let last = t.last, last == "." || last == "," else { return false }
        let digits = t.dropLast()
        return (1...3).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Placeholders some documents print for "nothing": -, －, —, —— .
    public static func isDash(_ text: String) -> Bool {
        let t = Whitespace.trimmingSpaces(text)
        return !t.isEmpty && t.allSatisfy { "-－—–―_".contains($0) }
    }
}
