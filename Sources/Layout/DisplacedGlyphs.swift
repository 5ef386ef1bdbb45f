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
    /// left alone. The spaces poppler put where it read such glyphs out of order go
    /// (`withoutPlaceholderSpaces`).
    public static func realigned(_ chars: [TextChar], abutDistance: Double, placeholderCover: Double = 0.5) -> [TextChar] {
        guard chars.count > 2, abutDistance > 0 else { return chars }
        // Only a glyph less than half as tall as the tallest can move: most pages have none.
        let tallest = chars.lazy.filter { !$0.isSpace }.map(\.box.height).max() ?? 0
        let small = chars.indices.filter { !chars[$0].isSpace && chars[$0].box.width > 0 && chars[$0].box.height * 2 < tallest }
        guard !small.isEmpty else { return withoutPlaceholderSpaces(chars, abutDistance: abutDistance, cover: placeholderCover) }
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
        var out = chars
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
            }
        }
        return withoutPlaceholderSpaces(out, abutDistance: abutDistance, cover: placeholderCover)
    }

    /// Poppler parts the words at glyphs it reads out of order (boxed off the line, or boxed
    /// short within it: a comma among a cairo reprint's digits, the digits of ≥15个) and puts a
    /// space where they stand, from the first one's start (within `abutDistance` pt) to the next
    /// glyph it read. Such a space, level with glyphs covering at least `cover` of its width from
    /// its start, is no gap on the page: it goes. A true gap starts where a glyph ends.
    static func withoutPlaceholderSpaces(_ chars: [TextChar], abutDistance: Double, cover: Double) -> [TextChar] {
        guard cover > 0, chars.contains(where: \.isSpace) else { return chars }
        let bucket = max(abutDistance, 0.05)
        func key(_ x: Double) -> Int { Int((x / bucket).rounded(.down)) }
        var glyphsAt: [Int: [Rect]] = [:]
        for ch in chars where !ch.isSpace && ch.box.width > 0 { glyphsAt[key(ch.box.x0), default: []].append(ch.box) }
        func level(_ space: Rect, _ glyph: Rect) -> Bool {
            (space.midY >= glyph.y0 && space.midY <= glyph.y1) || (glyph.midY >= space.y0 && glyph.midY <= space.y1)
        }
        func isPlaceholder(_ space: Rect) -> Bool {
            var x = space.x0
            // A run of glyphs each starting where the one before ends, from the space's start.
            while x < space.x1 - abutDistance {
                let starting = (key(x) - 1...key(x) + 1).flatMap { glyphsAt[$0] ?? [] }
                    .filter { abs($0.x0 - x) <= abutDistance && $0.x1 > x && level(space, $0) }
                guard let widest = starting.max(by: { $0.x1 < $1.x1 }) else { break }
                x = widest.x1
            }
            return min(x, space.x1) - space.x0 >= cover * space.width
        }
        return chars.filter { ch in
            guard ch.isSpace, ch.box.width > 0 else { return true }
            return !isPlaceholder(ch.box)
        }
    }
}
