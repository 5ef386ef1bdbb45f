/// Text printed again on the next or the previous page, the same characters in the same places:
/// a table's header repeated at the top of every page it runs over. With no rules it is the one
/// sure way to tell that header from the lines of a row the page break cut, set right under it
/// (a name wrapped in a narrow column, an indicator's tail), which are laid out as a stacked
/// header's lines are.
public enum RepeatedText {
    private struct Key: Hashable { var text: String; var x: Int; var y: Int }

    /// `chars` with `repeated` set on each printed character that a neighbouring page prints
    /// with the same text, each side of its box within `tolerance` (pt).
    public static func marked(_ chars: [TextChar], neighbours: [[TextChar]], tolerance: Double) -> [TextChar] {
        guard tolerance > 0, !neighbours.allSatisfy(\.isEmpty) else { return chars }
        func key(_ c: TextChar, dx: Int = 0, dy: Int = 0) -> Key {
            Key(text: c.text, x: Int((c.box.x0 / tolerance).rounded(.down)) + dx, y: Int((c.box.y0 / tolerance).rounded(.down)) + dy)
        }
        var index: [Key: [Rect]] = [:]
        for page in neighbours { for c in page where !c.isSpace { index[key(c), default: []].append(c.box) } }
        func same(_ a: Rect, _ b: Rect) -> Bool {
            abs(a.x0 - b.x0) <= tolerance && abs(a.x1 - b.x1) <= tolerance && abs(a.y0 - b.y0) <= tolerance && abs(a.y1 - b.y1) <= tolerance
        }
        return chars.map { c in
            guard !c.isSpace else { return c }
            var c = c
            // Boxes within the tolerance fall in this cell of the index or the ones beside it.
            c.repeated = (-1...1).contains { dx in (-1...1).contains { dy in
                index[key(c, dx: dx, dy: dy)]?.contains { same($0, c.box) } ?? false
            } }
            return c
        }
    }
}
