/// White space told without Unicode property look-ups for the characters budget documents are
/// made of (ASCII and CJK ideographs), and trimming without Foundation's round trip through
/// NSString: both ran for every character and every line, a tenth of a document's time.
/// The answers are those of `Unicode.Scalar.Properties.isWhitespace` and of
/// `CharacterSet.whitespaces` (LayoutTests checks every scalar).
public enum Whitespace {
    /// Unicode's White_Space property (`Character.isWhitespace`, `properties.isWhitespace`).
    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x3400 && v <= 0x9FFF { return false }
        return s.properties.isWhitespace
    }

    /// `CharacterSet.whitespaces`: the space separators (general category Zs), the tab, and (in
    /// Foundation's set, though not in Zs) the zero width space U+200B.
    @inline(__always)
    public static func isSpaceOrTab(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        if v >= 0x3400 && v <= 0x9FFF { return false }
        return v == 0x200B || s.properties.generalCategory == .spaceSeparator
    }

    /// `text.trimmingCharacters(in: .whitespaces)`.
    public static func trimmingSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpaceOrTab($0) }),
              let last = scalars.lastIndex(where: { !isSpaceOrTab($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
