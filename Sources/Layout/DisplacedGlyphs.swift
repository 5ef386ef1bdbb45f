/// Small glyphs in lines of tall boxes. A Type 3 font (cairo prints a browser's PDF again with
/// them) boxes its digits as tall as the browser's line (20.8 pt for 8 pt text) but the comma and
/// point of 1,159.53 by their own small outlines near the baseline: their middles lie well below
/// the digits' middles, and the amount read 1 159 53 with its punctuation on a line of its own.
/// Such a glyph sits exactly between its neighbours across the line, inside their boxes.
public enum DisplacedGlyphs {
    /// Each character boxed less than half as tall as its neighbours across the line, whose left
    /// neighbour ends where it starts and whose right neighbour starts where it ends (within
    /// `abutDistance` pt), the two level with each other and their boxes holding the character's,
    /// takes their band (of several such pairs, the one whose middle is nearest its own); at a
    /// line's end or start, where nothing abuts the other side, one such neighbour is enough.
    /// Characters boxed alike set one after another are judged as one (a year's digits in a
    /// smaller font before 年). Characters of one size abut all over a page of ideographs and are
    /// left alone.
    public static func realigned(_ chars: [TextChar], abutDistance: Double) -> [TextChar] {
        guard chars.count > 2, abutDistance > 0 else { return chars }
        // Only a glyph less than half as tall as the tallest can move: most pages have none.
        let tallest = chars.lazy.filter { !$0.isSpace }.map(\.box.height).max() ?? 0
        let small = chars.indices.filter { !chars[$0].isSpace && chars[$0].box.width > 0 && chars[$0].box.height * 2 < tallest }
        guard !small.isEmpty else { return chars }
        var isSmall = [Bool](repeating: false, count: chars.count)
        for i in small { isSmall[i] = true }
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
        // Glyphs boxed alike and set one after another (the digits of 2024 in a small font before
        // 年) move together: a run is judged as one glyph.
        func sameBand(_ a: Rect, _ b: Rect) -> Bool { abs(a.y0 - b.y0) <= abutDistance && abs(a.y1 - b.y1) <= abutDistance }
        var next = [Int?](repeating: nil, count: chars.count), hasPrevious = [Bool](repeating: false, count: chars.count)
        for i in small {
            let ch = chars[i]
            if let j = near(byStart, ch.box.x1, { $0.x0 }).first(where: { $0 != i && isSmall[$0] && !hasPrevious[$0] && sameBand(chars[$0].box, ch.box) }) {
                next[i] = j; hasPrevious[j] = true
            }
        }
        var out = chars, moved: [Rect] = []
        for first in small where !hasPrevious[first] {
            let ch = chars[first]
            var run = [first]
            while let j = next[run[run.count - 1]], run.count <= chars.count { run.append(j) }
            let members = Set(run)
            let b = Rect(x0: ch.box.x0, y0: ch.box.y0, x1: chars[run[run.count - 1]].box.x1, y1: ch.box.y1)
            var best: (distance: Double, band: (Double, Double))?
            func consider(_ y0: Double, _ y1: Double) {
                let distance = abs((y0 + y1) / 2 - b.midY)
                if best.map({ distance < $0.distance }) ?? true { best = (distance, (y0, y1)) }
            }
            let lefts = near(byEnd, b.x0, { $0.x1 }).filter { !members.contains($0) }
            let rights = near(byStart, b.x1, { $0.x0 }).filter { !members.contains($0) }
            let holdingLefts = lefts.filter { holds(chars[$0].box, b) }, holdingRights = rights.filter { holds(chars[$0].box, b) }
            for l in holdingLefts {
                let left = chars[l].box
                for r in holdingRights where r != l {
                    let right = chars[r].box
                    let y0 = max(left.y0, right.y0), y1 = min(left.y1, right.y1)
                    if y1 - y0 >= 0.5 * min(left.height, right.height) { consider(y0, y1) }
                }
            }
            // At a line's end (a closing bracket) or start, one neighbour, with nothing abutting
            // the other side.
            if best == nil, rights.isEmpty { for l in holdingLefts { consider(chars[l].box.y0, chars[l].box.y1) } }
            if best == nil, lefts.isEmpty { for r in holdingRights { consider(chars[r].box.y0, chars[r].box.y1) } }
            guard let band = best?.band else { continue }
            for i in run {
                out[i].box = Rect(x0: chars[i].box.x0, y0: band.0, x1: chars[i].box.x1, y1: band.1)
                moved.append(out[i].box)
            }
        }
        guard !moved.isEmpty else { return out }
        // Poppler parted the words at the glyph it saw off the line and put a space in its place
        // (the glyph's width, in its neighbours' band): gone with the displacement.
        var movedAt: [Int: [Rect]] = [:]
        for m in moved { movedAt[key(m.x0), default: []].append(m) }
        return out.filter { ch in
            guard ch.isSpace else { return true }
            return !(key(ch.box.x0) - 1...key(ch.box.x0) + 1).flatMap { movedAt[$0] ?? [] }.contains { m in
                abs(ch.box.x0 - m.x0) <= abutDistance && abs(ch.box.x1 - m.x1) <= abutDistance
                    && ch.box.midY >= m.y0 && ch.box.midY <= m.y1
            }
        }
    }
}
