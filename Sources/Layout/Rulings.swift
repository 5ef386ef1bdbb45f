/// Clean-up of raw ruling segments: glyph strokes out, duplicates and pieces joined.
public enum Rulings {
    /// Strokes of characters (一, 丨, dashes, underscores, the stem of a 1) look like short rules.
    /// A segment is a glyph stroke when the text boxes it runs through cover it from end to end
    /// without a gap (a rule under a line of words shows between the words), or when it is no
    /// longer than `stemFactor` × the height of the character it runs through (a bold digit
    /// whose stem pokes out of the box its font reports).
    public static func removeGlyphStrokes(_ segments: [Segment], chars: [TextChar],
                                          endSlack: Double = ExtractionSettings.standard.rulings.glyphStrokeEndSlack,
                                          stemFactor: Double = ExtractionSettings.standard.rulings.glyphStemFactor,
                                          bandFactor: Double = ExtractionSettings.standard.rulings.glyphBandFactor,
                                          digitWidthEm: Double = ExtractionSettings.standard.rulings.glyphDigitWidthEm) -> [Segment] {
        // A font may report boxes far shorter than its glyphs (an Ascent of 0.18 em in its
        // descriptor): the glyph can then reach a font size above or below its box.
        let ink = chars.filter { !$0.isSpace }
        let boxes = ink.map { ch -> Rect in
            let b = ch.box
            guard ch.fontSize > 0, b.height < ch.fontSize * 0.8 else { return b }
            return Rect(x0: b.x0, y0: min(b.y0, b.y1 - ch.fontSize), x1: b.x1, y1: max(b.y1, b.y0 + ch.fontSize))
        }
        // Or far taller (a CJK font's whole line height, 1.45 em and more): the rule under a
        // narrow cell's text runs through the boxes below the glyphs, while a horizontal stroke
        // lies about their middle. Horizontal segments are judged by that middle band.
        let bandBoxes = zip(ink, boxes).map { ch, b -> Rect in
            guard ch.fontSize > 0 else { return b }
            // An ideograph is one em wide: its width gives the size it is printed at where the
            // font size is scaled by the text matrix (a browser sets 16 and halves it).
            // A digit is at least `digitWidthEm` wide: its width bounds that size from above too
            // (a figure filling its cell just over the rule under it).
            let ideograph = ch.text.unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) } ?? false
            let digit = ch.text.count == 1 && ch.text.first.map { $0.isASCII && $0.isNumber } == true
            let em = ideograph && b.width > 0 ? min(ch.fontSize, b.width)
                : digit && b.width > 0 && digitWidthEm > 0 ? min(ch.fontSize, b.width / digitWidthEm) : ch.fontSize
            guard b.height > em * bandFactor else { return b }
            let mid = (b.y0 + b.y1) / 2, half = em * bandFactor / 2
            return Rect(x0: b.x0, y0: mid - half, x1: b.x1, y1: mid + half)
        }
        guard !boxes.isEmpty else { return segments }
        // Every segment against every character was a twentieth of a page's time: the boxes a
        // segment can run through are looked up in bands of the page instead.
        let rows = BoxBands(bandBoxes.map { ($0.y0, $0.y1) }), columns = BoxBands(boxes.map { ($0.x0, $0.x1) })
        return segments.filter { s in
            let probe = s.box
            let horizontal = s.orientation == .horizontal
            let hits = (horizontal ? rows : columns).candidates(at: s.position).map { horizontal ? bandBoxes[$0] : boxes[$0] }.filter { b in
                horizontal
                    ? (probe.y0 > b.y0 + 0.3 && probe.y0 < b.y1 - 0.3 && b.x1 > s.start && b.x0 < s.end)
                    : (probe.x0 > b.x0 + 0.3 && probe.x0 < b.x1 - 0.3 && b.y1 > s.start && b.y0 < s.end)
            }
            guard !hits.isEmpty else { return true }
            let spans = hits.map { horizontal ? ($0.x0, $0.x1) : ($0.y0, $0.y1) }.sorted { $0.0 < $1.0 }
            // The stem of one character, running out of its box: as long as a glyph, mostly inside it.
            if !horizontal, spans.contains(where: { sp in
                let inside = min(sp.1, s.end) - max(sp.0, s.start)
                return s.length <= (sp.1 - sp.0) * stemFactor && inside >= s.length * 0.5
            }) { return false }
            // Covered end to end, gaps no wider than the slack (a stroke touching a border runs on
            // into it by the border's width).
            var reach = s.start + endSlack
            for sp in spans {
                if sp.0 > reach { return true }
                reach = max(reach, sp.1 + endSlack)
            }
            return reach < s.end
        }
    }

    /// Intervals (a box's extent across the page) filed in bands of `width` points, so that the
    /// intervals holding a position are found among a few instead of all. `candidates(at:)` is a
    /// superset of the intervals that hold the position (their indices, ascending); the caller
    /// applies the exact test.
    struct BoxBands {
        static let width = 8.0
        /// An interval over this many bands (a damaged box) is kept aside and always a candidate.
        static let maxBands = 64
        private var bands: [Int: [Int]] = [:]
        private var wide: [Int] = []

        init(_ intervals: [(Double, Double)]) {
            for (i, (lo, hi)) in intervals.enumerated() {
                guard let first = Self.band(lo), let last = Self.band(hi), last - first <= Self.maxBands else {
                    wide.append(i); continue
                }
                for b in first...max(first, last) { bands[b, default: []].append(i) }
            }
        }

        /// The band holding `v`; nil when `v` is not a usable coordinate.
        private static func band(_ v: Double) -> Int? {
            guard v.isFinite, abs(v) < 1e9 else { return nil }
            return Int((v / width).rounded(.down))
        }

        func candidates(at v: Double) -> [Int] {
            guard let b = Self.band(v) else { return wide }
            let filed = bands[b] ?? []
            return wide.isEmpty ? filed : (filed + wide).sorted()
        }
    }

    /// Horizontal rules too faint for the ink threshold (a light hairline under a subtotal row,
    /// drawn thinner or grayer than the other rules): between two column lines found on the page,
    /// a band of pixels no thicker than a rule that is lighter than white across nearly all of the
    /// column's width. Text never fills a column's width; a shaded fill is thicker than a rule.
    public static func faintRules(in image: GrayImage, segments: [Segment], settings: ExtractionSettings.Rulings = .init()) -> [Segment] {
        let scale = image.scale, w = image.width, h = image.height
        guard w > 0, h > 0, scale > 0 else { return [] }
        let columns = merge(segments.filter { $0.orientation == .vertical }, snap: settings.mergeSnap, gap: settings.mergeGap)
            .filter { $0.length >= settings.minRunLength * 3 }.sorted { $0.position < $1.position }
        guard columns.count >= 2 else { return [] }
        let known = segments.filter { $0.orientation == .horizontal }
        let threshold = settings.lightInkThreshold
        var out: [Segment] = []
        image.pixels.withUnsafeBufferPointer { px in
            // Each pair of neighbouring column lines that run side by side: a column's span.
            for (a, b) in zip(columns, columns.dropFirst()) {
                let top = max(a.start, b.start), bottom = min(a.end, b.end)
                guard bottom - top > settings.minRunLength, b.position - a.position > settings.minRunLength else { continue }
                let x0 = Int((a.position * scale).rounded()) + Int(scale * 1.5), x1 = Int((b.position * scale).rounded()) - Int(scale * 1.5)
                let y0 = max(0, Int(top * scale)), y1 = min(h, Int(bottom * scale))
                guard x1 - x0 > 4, y1 > y0, x0 >= 0, x1 <= w else { continue }
                var run: (first: Int, last: Int)?
                func close() {
                    guard let r = run else { return }
                    run = nil
                    let thickness = Double(r.last - r.first + 1) / scale
                    let pos = Double(r.first + r.last + 1) / 2 / scale
                    guard thickness <= settings.maxThickness else { return }
                    // Already found as a rule over this column: nothing to add.
                    if known.contains(where: { abs($0.position - pos) <= settings.mergeSnap && $0.start <= a.position + 2 && $0.end >= b.position - 2 }) { return }
                    out.append(Segment(.horizontal, at: pos, from: a.position, to: b.position))
                }
                for y in y0..<y1 {
                    let row = y * w
                    // A quick look at a few pixels first: most pixel rows are white somewhere.
                    let step = max(1, (x1 - x0) / 16)
                    var full = true
                    var x = x0
                    while x < x1 { if px[row + x] >= threshold { full = false; break }; x += step }
                    if full {
                        var light = 0
                        for x in x0..<x1 where px[row + x] < threshold { light += 1 }
                        full = Double(light) >= Double(x1 - x0) * settings.faintRuleCoverage
                    }
                    if full {
                        if let r = run { run = (r.first, y) } else { run = (y, y) }
                    } else { close() }
                }
                close()
            }
        }
        return out
    }

    /// Joins collinear segments: same position within `snap`, overlapping or apart by at most `gap`.
    public static func merge(_ segments: [Segment], snap: Double = ExtractionSettings.standard.rulings.mergeSnap,
                             gap: Double = ExtractionSettings.standard.rulings.mergeGap) -> [Segment] {
        var out: [Segment] = []
        for o in [Orientation.horizontal, .vertical] {
            let sorted = segments.filter { $0.orientation == o }.sorted { $0.position < $1.position }
            // Cluster by position.
            var clusters: [[Segment]] = []
            for s in sorted {
                if let last = clusters.last?.last, s.position - last.position <= snap {
                    clusters[clusters.count - 1].append(s)
                } else { clusters.append([s]) }
            }
            for c in clusters {
                let pos = c.map(\.position).reduce(0, +) / Double(c.count)
                let spans = c.sorted { $0.start < $1.start }
                guard var cur = spans.first else { continue }
                for s in spans.dropFirst() {
                    if s.start <= cur.end + gap { cur.end = max(cur.end, s.end) } else {
                        out.append(Segment(o, at: pos, from: cur.start, to: cur.end)); cur = s
                    }
                }
                out.append(Segment(o, at: pos, from: cur.start, to: cur.end))
            }
        }
        return out
    }
}
