/// One axis-aligned piece of paint the PDF's drawing operators put on a page (a stroked line, a
/// filled rectangle, an image), in points, clipped as a render clips it; glyphs are not among them.
public struct InkPiece: Equatable, Sendable {
    public enum Kind: Sendable { case stroke, fill, image }
    public var box: Rect
    /// The gray it paints on white (0 black … 255 white), opacity applied; nil when its colour is
    /// no plain colour (a gradient).
    public var gray: Double?
    public var kind: Kind
    /// Drawing order: a piece paints over the pieces of lower order.
    public var order: Int
    public init(box: Rect, gray: Double?, kind: Kind, order: Int) {
        self.box = box; self.gray = gray; self.kind = kind; self.order = order
    }
    /// (299 R + 587 G + 114 B) / 1000 of a colour given in 0…1, painted with `alpha` on white:
    /// the gray the render is read in.
    public static func gray(r: Double, g: Double, b: Double, alpha: Double) -> Double {
        let own = (299 * r + 587 * g + 114 * b) / 1000 * 255
        return 255 - min(1, max(0, alpha)) * (255 - own)
    }
}

/// Ruling lines from the drawing operators instead of the page bitmap. The same rules the bitmap
/// detector (`RunDetector`, `Rulings.faintRules`) applies to pixels, applied to the shapes that
/// would make them: a piece is ink where its pixels would be darker than `inkThreshold`, a line
/// where it is at most `maxThickness` thick and `minRunLength` long, hidden where a later opaque
/// area paints over it; light-gray hairlines count on pages with almost no rules and between
/// column lines. Text is never among the pieces, but glyphs drawn as paths are: `PageDrawing.layout`
/// removes their strokes as it does the bitmap's.
public enum VectorRulings {
    public static func segments(_ pieces: [InkPiece], settings s: ExtractionSettings.Rulings = .init()) -> [Segment] {
        let px = 1 / max(s.renderScale, 0.1)
        // The gray a piece leaves in the render: a piece thinner than a pixel is spread over it.
        func shade(_ p: InkPiece) -> Double? {
            guard let g = p.gray else { return nil }
            let thin = min(p.box.width, p.box.height) / px
            return thin >= 1 ? g : 255 - thin * (255 - g)
        }
        func thick(_ p: InkPiece) -> Bool { min(p.box.width, p.box.height) > s.maxThickness }
        let shades = pieces.map(shade)
        let ink = Double(s.inkThreshold), light = Double(s.lightInkThreshold), strict = Double(s.strictInkThreshold)

        // What stays visible of each candidate line piece: later opaque areas and lighter paint
        // cover it (a white cell background drawn over a border hides it, as in the render).
        // Later thin ink (a crossing rule, the same line drawn twice) does not matter.
        let covers = pieces.indices.filter { j in
            pieces[j].kind != .stroke && (thick(pieces[j]) || (shades[j] ?? 0) >= ink)
        }
        let dark = pieces.indices.filter { j in thick(pieces[j]) && (shades[j] ?? 255) < ink }
        var lines: [(box: Rect, shade: Double)] = []
        for (i, p) in pieces.enumerated() {
            guard let g = shades[i], g < light, !thick(p) else { continue }
            let horizontal = p.box.width >= p.box.height
            // Under (or over) a mid-gray area everything is ink at `inkThreshold`: a line inside
            // an area drawn before it shows only when it is darker than `strictInkThreshold`
            // and the area is not.
            if let a = dark.first(where: { pieces[$0].order < p.order && contains(pieces[$0].box, p.box) }) {
                guard g < strict, (shades[a] ?? 0) >= strict else { continue }
            }
            var spans = [horizontal ? (p.box.x0, p.box.x1) : (p.box.y0, p.box.y1)]
            for j in covers where pieces[j].order > p.order {
                let c = pieces[j].box
                let across = horizontal ? (c.y0 <= p.box.y0 + px / 4 && c.y1 >= p.box.y1 - px / 4)
                                        : (c.x0 <= p.box.x0 + px / 4 && c.x1 >= p.box.x1 - px / 4)
                guard across else { continue }
                let (lo, hi) = horizontal ? (c.x0, c.x1) : (c.y0, c.y1)
                spans = spans.flatMap { sp -> [(Double, Double)] in
                    guard hi > sp.0, lo < sp.1 else { return [sp] }
                    return [(sp.0, lo), (hi, sp.1)].filter { $0.1 - $0.0 > px / 2 }
                }
                if spans.isEmpty { break }
            }
            for sp in spans {
                lines.append((horizontal ? Rect(x0: sp.0, y0: p.box.y0, x1: sp.1, y1: p.box.y1)
                                         : Rect(x0: p.box.x0, y0: sp.0, x1: p.box.x1, y1: sp.1), g))
            }
        }
        let inkLines = join(lines.filter { $0.shade < ink }.map(\.box), px: px, settings: s)
        var out = inkLines
        // A page that shows no rules: perhaps they are light gray. Counted as the bitmap detector
        // counts: where a dark area is on the page its strict pass finds the darkest lines again.
        let area = pieces.indices.contains { j in
            thick(pieces[j]) && (shades[j] ?? 255) < ink && max(pieces[j].box.width, pieces[j].box.height) >= s.minRunLength
        }
        let strictAgain = area ? join(lines.filter { $0.shade < strict }.map(\.box), px: px, settings: s).count : 0
        if out.count + strictAgain < s.lightPassBelowSegments {
            out += join(lines.filter { $0.shade >= ink }.map(\.box), px: px, settings: s)
        }
        out += faintRules(lines.filter { $0.shade >= ink }.map(\.box), segments: out, px: px, settings: s)
        return out
    }

    private static func contains(_ outer: Rect, _ inner: Rect) -> Bool {
        outer.x0 <= inner.x0 && outer.x1 >= inner.x1 && outer.y0 <= inner.y0 && outer.y1 >= inner.y1
    }

    /// Pieces of one line drawn one after the other (each cell's border on its own) run into one
    /// another in the render: pieces on the same band, touching within a pixel, are one line.
    /// Then the lines too short to be rules are dropped, as the bitmap's runs are.
    static func join(_ boxes: [Rect], px: Double, settings s: ExtractionSettings.Rulings) -> [Segment] {
        var out: [Segment] = []
        for horizontal in [true, false] {
            let mine = boxes.filter { ($0.width >= $0.height) == horizontal }
                .map { horizontal ? (lo: $0.x0, hi: $0.x1, a: $0.y0, b: $0.y1) : (lo: $0.y0, hi: $0.y1, a: $0.x0, b: $0.x1) }
                .sorted { ($0.a, $0.lo) < ($1.a, $1.lo) }
            var open: [(lo: Double, hi: Double, a: Double, b: Double)] = []
            func close(_ l: (lo: Double, hi: Double, a: Double, b: Double)) {
                guard l.hi - l.lo >= s.minRunLength, l.b - l.a <= s.maxThickness else { return }
                let o: Orientation = horizontal ? .horizontal : .vertical
                out.append(Segment(o, at: (l.a + l.b) / 2, from: l.lo, to: l.hi))
            }
            for m in mine {
                // Bands further along than a pixel from this one are done.
                var still: [(lo: Double, hi: Double, a: Double, b: Double)] = []
                for l in open { if l.a < m.a - px { close(l) } else { still.append(l) } }
                open = still
                if let i = open.firstIndex(where: { abs($0.a - m.a) <= px && abs($0.b - m.b) <= px && m.lo <= $0.hi + px && m.hi >= $0.lo - px }) {
                    open[i].lo = min(open[i].lo, m.lo); open[i].hi = max(open[i].hi, m.hi)
                    open[i].a = min(open[i].a, m.a); open[i].b = max(open[i].b, m.b)
                    // Joining may make it reach a neighbour on the same band.
                    var k = 0
                    while k < open.count {
                        if k != i, abs(open[k].a - open[i].a) <= px, abs(open[k].b - open[i].b) <= px,
                           open[k].lo <= open[i].hi + px, open[k].hi >= open[i].lo - px {
                            open[i].lo = min(open[i].lo, open[k].lo); open[i].hi = max(open[i].hi, open[k].hi)
                            open.remove(at: k)
                            k = 0
                            continue
                        }
                        k += 1
                    }
                } else {
                    open.append(m)
                }
            }
            for l in open { close(l) }
        }
        return out
    }

    /// `Rulings.faintRules` on pieces: between two neighbouring column lines, light horizontal
    /// pieces (and the dark ones) at one height that cover `faintRuleCoverage` of the column's
    /// width, where no rule is known, are a faint rule across the column.
    static func faintRules(_ lightBoxes: [Rect], segments: [Segment], px: Double, settings s: ExtractionSettings.Rulings) -> [Segment] {
        let horizontals = lightBoxes.filter { $0.width >= $0.height && $0.height <= s.maxThickness }
        guard !horizontals.isEmpty else { return [] }
        let columns = Rulings.merge(segments.filter { $0.orientation == .vertical }, snap: s.mergeSnap, gap: s.mergeGap)
            .filter { $0.length >= s.minRunLength * 3 }.sorted { $0.position < $1.position }
        guard columns.count >= 2 else { return [] }
        let known = segments.filter { $0.orientation == .horizontal }
        var out: [Segment] = []
        for (a, b) in zip(columns, columns.dropFirst()) {
            let top = max(a.start, b.start), bottom = min(a.end, b.end)
            guard bottom - top > s.minRunLength, b.position - a.position > s.minRunLength else { continue }
            let x0 = a.position + 1.5, x1 = b.position - 1.5
            guard x1 - x0 > 4 * px else { continue }
            // Pieces in the column's height, by band.
            let inside = horizontals.filter { $0.midY >= top && $0.midY <= bottom && $0.x1 > x0 && $0.x0 < x1 }
                .sorted { $0.midY < $1.midY }
            var i = 0
            while i < inside.count {
                var band = [inside[i]]
                var j = i + 1
                while j < inside.count, inside[j].midY - inside[i].midY <= px { band.append(inside[j]); j += 1 }
                i = j
                let spans = band.map { (max($0.x0, x0), min($0.x1, x1)) }.sorted { $0.0 < $1.0 }
                var covered = 0.0, reach = x0
                for sp in spans where sp.1 > reach {
                    covered += sp.1 - max(sp.0, reach)
                    reach = sp.1
                }
                guard covered >= (x1 - x0) * s.faintRuleCoverage else { continue }
                let pos = band.map(\.midY).reduce(0, +) / Double(band.count)
                if known.contains(where: { abs($0.position - pos) <= s.mergeSnap && $0.start <= a.position + 2 && $0.end >= b.position - 2 }) { continue }
                if out.contains(where: { abs($0.position - pos) <= s.mergeSnap && $0.start == a.position }) { continue }
                out.append(Segment(.horizontal, at: pos, from: a.position, to: b.position))
            }
        }
        return out
    }
}
