/// Small glyphs in lines of tall boxes. A Type 3 font (cairo prints a browser's PDF again with
/// them) boxes its digits as tall as the browser's line (20.8 pt for 8 pt text) but the comma and
/// point of 1,159.53 by their own small outlines near the baseline: their middles lie well below
/// the digits' middles, and the amount read 1 159 53 with its punctuation on a line of its own.
/// Such a glyph sits exactly between its neighbours across the line, inside their boxes.
public enum DisplacedGlyphs {
    /// Each character boxed less than half as tall as its neighbours across the line, whose left
    /// neighbour ends where it starts and whose right neighbour starts where it ends (within
    /// `abutDistance` pt), the two level with each other and their boxes holding the character's,
    /// takes their band (of several such pairs, the one whose middle is nearest its own).
    /// Characters of one size abut all over a page of ideographs and are left alone.
    public static func realigned(_ chars: [TextChar], abutDistance: Double) -> [TextChar] {
        guard chars.count > 2, abutDistance > 0 else { return chars }
        let bucket = max(abutDistance, 0.05)
        func key(_ x: Double) -> Int { Int((x / bucket).rounded(.down)) }
        var byEnd: [Int: [Int]] = [:], byStart: [Int: [Int]] = [:]
        for (i, ch) in chars.enumerated() where !ch.isSpace && ch.box.width > 0 && ch.box.height > 0 {
            byEnd[key(ch.box.x1), default: []].append(i)
            byStart[key(ch.box.x0), default: []].append(i)
        }
        func near(_ index: [Int: [Int]], _ x: Double, _ edge: (Rect) -> Double) -> [Int] {
            (key(x) - 1...key(x) + 1).flatMap { index[$0] ?? [] }.filter { abs(edge(chars[$0].box) - x) <= abutDistance }
        }
        func holds(_ outer: Rect, _ inner: Rect) -> Bool {
            inner.height * 2 < outer.height && inner.y0 >= outer.y0 - abutDistance && inner.y1 <= outer.y1 + abutDistance
        }
        var out = chars
        for (i, ch) in chars.enumerated() where !ch.isSpace && ch.box.width > 0 {
            let b = ch.box
            var best: (distance: Double, band: (Double, Double))?
            for l in near(byEnd, b.x0, { $0.x1 }) where l != i && holds(chars[l].box, b) {
                let left = chars[l].box
                for r in near(byStart, b.x1, { $0.x0 }) where r != i && r != l && holds(chars[r].box, b) {
                    let right = chars[r].box
                    let y0 = max(left.y0, right.y0), y1 = min(left.y1, right.y1)
                    guard y1 - y0 >= 0.5 * min(left.height, right.height) else { continue }
                    let distance = abs((y0 + y1) / 2 - b.midY)
                    if best.map({ distance < $0.distance }) ?? true { best = (distance, (y0, y1)) }
                }
            }
            if let band = best?.band { out[i].box = Rect(x0: b.x0, y0: band.0, x1: b.x1, y1: band.1) }
        }
        return out
    }
}
