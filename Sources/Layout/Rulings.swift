/// Clean-up of raw ruling segments: glyph strokes out, duplicates and pieces joined.
public enum Rulings {
    /// Strokes of characters (一, 丨, dashes, underscores, the stem of a 1) look like short rules.
    /// A segment is a glyph stroke when the text boxes it runs through cover it from end to end
    /// without a gap (a rule under a line of words shows between the words), or when it is no
    /// longer than `stemFactor` × the height of the character it runs through (a bold digit
    /// whose stem pokes out of the box its font reports).
    public static func removeGlyphStrokes(_ segments: [Segment], chars: [TextChar],
                                          endSlack: Double = ExtractionSettings.standard.rulings.glyphStrokeEndSlack,
                                          stemFactor: Double = ExtractionSettings.standard.rulings.glyphStemFactor) -> [Segment] {
        let boxes = chars.filter { !$0.isSpace }.map(\.box)
        guard !boxes.isEmpty else { return segments }
        return segments.filter { s in
            let probe = s.box
            let horizontal = s.orientation == .horizontal
            let hits = boxes.filter { b in
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
