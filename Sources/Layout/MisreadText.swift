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

    /// Text no printed character gives: the replacement character, private-use characters (a
    /// glyph no map names), control characters (C0 and C1: U+0080 read for an ideograph a
    /// Unicode map sent nowhere), or a cell misread as `cellIsMisread` says.
    public static func isGarbled(_ text: String) -> Bool {
        text.unicodeScalars.contains { u in
            u.value == 0xFFFD || (0xE000...0xF8FF).contains(u.value) || u.value < 0x20 || (0x7F...0x9F).contains(u.value)
        } || cellIsMisread(text)
    }

    /// A cell's text read from a font without a Unicode map: two misread characters, or one
    /// among ideographs (合« for 合计; no budget mixes Latin-1 signs into Chinese words).
    public static func cellIsMisread(_ text: String) -> Bool {
        var misread = 0, ideographs = 0
        for u in text.unicodeScalars {
            if isMisread(u) { misread += 1 } else if isIdeograph(u) { ideographs += 1 }
        }
        return misread >= 2 || (misread == 1 && ideographs > 0) || letterAmongIdeographs(text) || signAmongIdeographs(text)
            || letterOpeningFigure(text)
    }

    /// A sign budgets print beside figures (° ± ² ³ µ) standing between two ideographs (会°费 for
    /// 会议费): no figure there, a glyph's map.
    public static func signAmongIdeographs(_ text: String) -> Bool {
        standsAmongIdeographs(text) { [0xB0, 0xB1, 0xB2, 0xB3, 0xB5].contains($0.value) }
    }

    /// A lower-case Latin letter alone right before a figure (g98% for ≥98%, f30分钟 for ≤30分钟):
    /// a target's bound read through a map that sent its glyph to a letter.
    public static func letterOpeningFigure(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars)
        guard u.count >= 2 else { return false }
        func letter(_ v: UInt32) -> Bool { (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) }
        func digit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
        return (0..<(u.count - 1)).contains { i in
            let v = u[i].value
            guard (0x61...0x7A).contains(v), digit(u[i + 1].value) else { return false }
            // Alone: not the end of a word or code (IPv6, GB2312).
            return i == 0 || !(letter(u[i - 1].value) || digit(u[i - 1].value))
        }
    }

    /// A lower-case Latin letter alone between two ideographs (编v与 for 编制与, 印w费 for 印刷费): a
    /// map that sent an ideograph's glyph to a letter. Chinese text sets Latin words apart, and
    /// a letter among ideographs is a capital or a run (A类, e政务 opens a word, PM2.5).
    public static func letterAmongIdeographs(_ text: String) -> Bool {
        standsAmongIdeographs(text) { (0x61...0x7A).contains($0.value) }
    }

    /// Some character of `text` that `isOdd` says of stands between two ideographs.
    static func standsAmongIdeographs(_ text: String, _ isOdd: (Unicode.Scalar) -> Bool) -> Bool {
        let u = Array(text.unicodeScalars)
        guard u.count >= 3 else { return false }
        return (1..<(u.count - 1)).contains { i in isOdd(u[i]) && isIdeograph(u[i - 1]) && isIdeograph(u[i + 1]) }
    }

    static func isIdeograph(_ u: Unicode.Scalar) -> Bool { (0x3400...0x9FFF).contains(u.value) }
}
