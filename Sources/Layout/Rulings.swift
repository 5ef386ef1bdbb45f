/// Clean-up of raw ruling segments: glyph strokes out, duplicates and pieces joined.
public enum Rulings {
    /// Strokes of characters (一, 丨, dashes, underscores) look like short rules. A segment
    /// lying inside the text boxes of one line of characters is a glyph stroke, not a border.
    public static func removeGlyphStrokes(_ segments: [Segment], chars: [TextChar], endSlack: Double = ExtractionSettings.standard.rulings.glyphStrokeEndSlack) -> [Segment] {
        let boxes = chars.filter { !$0.isSpace }.map(\.box)
        guard !boxes.isEmpty else { return segments }
        return segments.filter { s in
            let probe = s.box
            let hits = boxes.filter { b in
                s.orientation == .horizontal
                    ? (probe.y0 > b.y0 + 0.3 && probe.y0 < b.y1 - 0.3 && b.x1 > s.start && b.x0 < s.end)
                    : (probe.x0 > b.x0 + 0.3 && probe.x0 < b.x1 - 0.3 && b.y1 > s.start && b.y0 < s.end)
            }
            // Covered: the text boxes span the segment's extent (small slack at the ends).
            guard let lo = hits.map({ s.orientation == .horizontal ? $0.x0 : $0.y0 }).min(),
                  let hi = hits.map({ s.orientation == .horizontal ? $0.x1 : $0.y1 }).max() else { return true }
            // A stroke touching a border runs on into it by the border's width: allow a few points.
            return !(lo <= s.start + endSlack && hi >= s.end - endSlack)
        }
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
