/// Text a font without a Unicode map turned into other characters. A subset font whose glyphs
/// are numbered in a simple encoding (WinAnsi) with no ToUnicode map reads back as the encoding's
/// Latin letters and signs (ª«¬-®–¯°±²³´µ for 一般公共预算…): a page of a Chinese budget that
/// prints mostly such characters and almost no ideograph cannot be read as text at all.
public enum MisreadText {
    /// A character a CJK page prints only when its font had no Unicode map: Latin-1's letters and
    /// signs and Latin Extended (ƒ Œ Š Ž …), except the signs budgets do print (· × ÷ ° ± ² ³ µ ¥ §
    /// and the no-break space).
    public static func isMisread(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0xA0, 0xA5, 0xA7, 0xB0, 0xB1, 0xB2, 0xB3, 0xB5, 0xB7, 0xD7, 0xF7: return false
        case 0xA1...0x24F: return true
        default: return false
        }
    }

    /// Whether a page's characters read as a font without a Unicode map reads: at least
    /// `minChars` misread characters, making `pageShare` or more of its printed characters, and
    /// fewer ideographs than a tenth of them.
    public static func pageIsMisread(_ chars: [TextChar], settings: ExtractionSettings.Text = .init()) -> Bool {
        var printed = 0, misread = 0, ideographs = 0
        for ch in chars where !ch.isSpace {
            printed += 1
            for u in ch.text.unicodeScalars {
                if isMisread(u) { misread += 1 } else if (0x3400...0x9FFF).contains(u.value) { ideographs += 1 }
            }
        }
        return misread >= settings.misreadMinChars
            && Double(misread) >= settings.misreadPageShare * Double(printed)
            && ideographs * 10 < misread
    }

    /// A cell's text read from a font without a Unicode map: two misread characters, or one
    /// among ideographs (合« for 合计; no budget mixes Latin-1 signs into Chinese words).
    public static func cellIsMisread(_ text: String) -> Bool {
        var misread = 0, ideographs = 0
        for u in text.unicodeScalars {
            if isMisread(u) { misread += 1 } else if (0x3400...0x9FFF).contains(u.value) { ideographs += 1 }
        }
        return misread >= 2 || (misread == 1 && ideographs > 0)
    }
}
