import Foundation

/// Words and marks that budget documents print, written once for every stage.
public enum PrintedWords {
    /// Whether the text holds a CJK ideograph (U+3400–U+9FFF): never a digit, a sign or a
    /// separator, so such text is no number, whatever a pattern for numbers would say.
    public static func holdsCJKIdeograph(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.value >= 0x3400 && $0.value <= 0x9FFF }
    }

    /// The text without any white space: ASCII and full-width (U+3000) spaces, tabs, line breaks.
    /// Letter-spaced labels (合 计, 公　用　经　费) read as the words they are.
    public static func squeeze(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: Whitespace.isWhitespace) else { return s }
        return String(s.unicodeScalars.filter { !Whitespace.isWhitespace($0) })
    }

    /// Letter-spaced text closed up: white space (U+3000 too) between two Chinese characters
    /// goes ("公 用 经 费" → "公用经费"), as do spaces at the ends; spaces between Latin words
    /// or numbers stay. One column keeps one name across documents that space it or not.
    public static func closeLetterSpacing(_ s: String) -> String {
        let chars = Array(s.trimmingCharacters(in: .whitespacesAndNewlines))
        var out = ""
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            guard ch.isWhitespace else { out.append(ch); i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isWhitespace { j += 1 }
            let before = i > 0 ? chars[i - 1] : nil, after = j < chars.count ? chars[j] : nil
            if !(before.map(isChinese) ?? false) || !(after.map(isChinese) ?? false) { out += String(chars[i..<j]) }
            i = j
        }
        return out
    }

    /// A Han character or CJK punctuation and brackets (（ ） 、 “ ”).
    public static func isChinese(_ ch: Character) -> Bool {
        ch.unicodeScalars.contains { s in
            s.properties.isIdeographic || (0x3000...0x303F).contains(s.value) || (0xFF00...0xFF65).contains(s.value)
                || (0x2018...0x201F).contains(s.value)
        }
    }

    /// Words that label a total row or column.
    public static let totalWords = ["合计", "总计", "小计", "共计"]

    /// Whether a label (spaces ignored) is one of the total words.
    public static func isTotalWord(_ s: String) -> Bool { totalWords.contains(squeeze(s)) }

    /// Whether a label (spaces ignored) ends with a total word (收入合计, 支出总计).
    public static func endsWithTotal(_ s: String) -> Bool {
        let t = squeeze(s)
        return totalWords.contains { t.hasSuffix($0) }
    }

    /// A top-level item number: 一、 二、 … 十一、
    public static let topNumber = "[一二三四五六七八九十]+、"
    /// A second-level item number: （一） (二) 1、 2. 3． (not the 1. of 1.5).
    public static let subNumber = #"[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)"#
    /// An item number of either level at the start of a label.
    public static let itemNumber = "^(" + topNumber + "|" + subNumber + ")"

    /// Whether a label starts with a top-level item number.
    public static func isTopNumbered(_ s: String) -> Bool { Pattern.firstMatch(squeeze(s), "^" + topNumber) != nil }

    /// Whether a label starts with a second-level item number.
    public static func isSubNumbered(_ s: String) -> Bool { Pattern.firstMatch(squeeze(s), "^(" + subNumber + ")") != nil }

    /// A year as documents print it: 19xx or 20xx.
    public static let year = #"(19|20)\d{2}"#
}
