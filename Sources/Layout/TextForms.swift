import Foundation

/// Width and compatibility folding of printed text, done here for the characters budgets print.
/// Foundation's `applyingTransform(.fullwidthToHalfwidth)` starts ICU's whole transliterator
/// registry on its first call and converts through NSString on every call; with
/// `precomposedStringWithCompatibilityMapping` they were a tenth of a small document's time, for
/// text that is mostly ASCII and CJK ideographs, which neither changes.
public enum TextForms {
    /// ICU's Fullwidth-Halfwidth transliteration: fullwidth ASCII (！…～) to ASCII, the ideographic
    /// space to a space, the few fullwidth signs (￥ ￡ …) to their narrow forms, and the
    /// characters that have a halfwidth form (。、「」・ー │ ■ ○ ← ↑ → ↓) to that form. Kana and
    /// Hangul, whose folding depends on the letters around them, go to ICU itself.
    public static func halfwidth(_ s: String) -> String {
        var changed = false
        for u in s.unicodeScalars {
            switch halfwidthScalar(u.value) {
            case .same: continue
            case .icu: return s.applyingTransform(.fullwidthToHalfwidth, reverse: false) ?? s
            case .to: changed = true
            }
        }
        guard changed else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if case .to(let v) = halfwidthScalar(u.value), let w = Unicode.Scalar(v) { out.append(w) } else { out.append(u) }
        }
        return String(out)
    }

    enum Fold: Equatable { case same, to(UInt32), icu }

    static func halfwidthScalar(_ v: UInt32) -> Fold {
        switch v {
        case 0..<0x1100: return .same
        case 0xFF01...0xFF5E: return .to(v - 0xFEE0)
        case 0x3000: return .to(0x20)
        case 0x3001: return .to(0xFF64)
        case 0x3002: return .to(0xFF61)
        case 0x300C: return .to(0xFF62)
        case 0x300D: return .to(0xFF63)
        case 0x30FB: return .to(0xFF65)
        case 0x30FC: return .to(0xFF70)
        case 0x2190...0x2193: return .to(v - 0x2190 + 0xFFE9)
        case 0x2502: return .to(0xFFE8)
        case 0x25A0: return .to(0xFFED)
        case 0x25CB: return .to(0xFFEE)
        case 0xFFE0: return .to(0xA2)
        case 0xFFE1: return .to(0xA3)
        case 0xFFE2: return .to(0xAC)
        case 0xFFE3: return .to(0xAF)
        case 0xFFE4: return .to(0xA6)
        case 0xFFE5: return .to(0xA5)
        case 0xFFE6: return .to(0x20A9)
        case 0x1100...0x11FF, 0x3099...0x30FF, 0x3130...0x318F: return .icu
        default: return .same
        }
    }

    /// NFKC (`precomposedStringWithCompatibilityMapping`), without the call when every character
    /// is one NFKC leaves as it is: ASCII, CJK ideographs and the CJK punctuation that has no
    /// compatibility form (、。〃 〈〉《》「」『』【】 and curly quotes).
    public static func nfkc(_ s: String) -> String {
        for u in s.unicodeScalars {
            switch u.value {
            case 0..<0x80, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x3001...0x3003, 0x3008...0x3011,
                 0x2018, 0x2019, 0x201C, 0x201D:
                continue
            default:
                return s.precomposedStringWithCompatibilityMapping
            }
        }
        return s
    }

    /// A radical character printed for the ideograph of the same shape (⼀ U+2F00 for 一, ⻔ U+2ED4
    /// for 门): fonts whose Unicode map sends shared glyphs to the radicals' code points (many CJK
    /// fonts, and a page printed again through cairo) make titles, names and headers unreadable
    /// for every comparison. The printed shape is the ideograph. The radical DOOR (⼾ U+2F3E) is
    /// 戶 in traditional text and 户 in simplified text (a simplified font draws it so, and
    /// 财政专户 is printed in nearly every budget's tables): `simplified` says which the page is.
    public static func ideograph(forRadical scalar: Unicode.Scalar, simplified: Bool = false) -> Unicode.Scalar {
        guard (0x2E80...0x2FDF).contains(scalar.value) else { return scalar }
        if scalar.value == 0x2F3E { return simplified ? "\u{6237}" : "\u{6236}" }
        guard let v = radicalIdeographs[scalar.value], let u = Unicode.Scalar(v) else { return scalar }
        return u
    }

    /// Whether a page's text is simplified Chinese: of the characters budgets print most that
    /// differ between the scripts (预/預 算, 费/費, 门/門, 财/財 …), more in their simplified forms.
    public static func isSimplified(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        var simplified = 0, traditional = 0
        for u in scalars {
            if simplifiedMarks.contains(u.value) { simplified += 1 } else if traditionalMarks.contains(u.value) { traditional += 1 }
        }
        return simplified >= traditional
    }

    /// 预 费 门 财 经 资 务 发 单 计 项 总 会 国 业 员 关 机 构 险 and their traditional forms
    /// 預 費 門 財 經 資 務 發 單 計 項 總 會 國 業 員 關 機 構 險.
    static let simplifiedMarks: Set<UInt32> = [0x9884, 0x8D39, 0x95E8, 0x8D22, 0x7ECF, 0x8D44, 0x52A1, 0x53D1, 0x5355, 0x8BA1,
                                               0x9879, 0x603B, 0x4F1A, 0x56FD, 0x4E1A, 0x5458, 0x5173, 0x673A, 0x6784, 0x9669]
    static let traditionalMarks: Set<UInt32> = [0x9810, 0x8CBB, 0x9580, 0x8CA1, 0x7D93, 0x8CC7, 0x52D9, 0x767C, 0x55AE, 0x8A08,
                                                0x9805, 0x7E3D, 0x6703, 0x570B, 0x696D, 0x54E1, 0x95DC, 0x6A5F, 0x69CB, 0x96AA]
}
