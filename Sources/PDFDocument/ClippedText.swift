import Layout

/// A character as the page draws it (CairoCapture): its origin on the baseline, where its advance
/// ends, and the extents of the clip it is drawn under, in page points.
public struct DrawnCharacter: Equatable, Sendable {
    public var x0: Double, y0: Double, x1: Double, y1: Double
    public var clip: Rect
    public init(origin: (Double, Double), end: (Double, Double), clip: Rect) {
        x0 = origin.0; y0 = origin.1; x1 = end.0; y1 = end.1; self.clip = clip
    }
    /// Along x (most text) or along y (text turned a quarter).
    var horizontal: Bool { abs(x1 - x0) >= abs(y1 - y0) }
    var midY: Double { (y0 + y1) / 2 }
}

/// The text layer without the characters the page draws wholly outside their clip. A spreadsheet
/// (LibreOffice Calc) draws the text of a cell merged down rows across a page break on every page
/// the cell spans and clips it away on all but one; poppler's text layer keeps every copy. A
/// character is dropped only when it was drawn and every drawing of it lies outside its clip:
/// text drawn invisibly (an OCR layer over a scan) is drawn unclipped and stays, and text the
/// text layer has but no drawing matches (spaces poppler puts between words) stays.
public enum ClippedText {
    /// Tolerances: `ExtractionSettings.Text.clipEdgeFraction`, `clipMaxEdgeDistance` (a drawing is a
    /// character's when its advance spans the character's box, each end within that fraction of
    /// the advance and at most that distance, and its baseline runs through the box: a clipped
    /// copy half a line off a visible line, over a repeated header, is told from the visible text
    /// it overlaps) and `clipVisibleOverlap` (how far into the clip a character's box must reach,
    /// on both axes, to count as printed: a glyph cut to a sliver is not).
    static func drawing(_ d: DrawnCharacter, isOf box: Rect, settings: ExtractionSettings.Text) -> Bool {
        let advance = d.horizontal ? abs(d.x1 - d.x0) : abs(d.y1 - d.y0)
        let tolerance = max(0.05, min(settings.clipMaxEdgeDistance, advance * settings.clipEdgeFraction))
        if d.horizontal {
            return abs(min(d.x0, d.x1) - box.x0) <= tolerance && abs(max(d.x0, d.x1) - box.x1) <= tolerance
                && d.y0 >= box.y0 && d.y0 <= box.y1
        }
        return abs(min(d.y0, d.y1) - box.y0) <= tolerance && abs(max(d.y0, d.y1) - box.y1) <= tolerance
            && d.x0 >= box.x0 && d.x0 <= box.x1
    }

    static func printed(_ box: Rect, under clip: Rect, overlap visibleOverlap: Double) -> Bool {
        let w = min(box.x1, clip.x1) - max(box.x0, clip.x0)
        let h = min(box.y1, clip.y1) - max(box.y0, clip.y0)
        return w > min(visibleOverlap, box.width / 2) && h > min(visibleOverlap, box.height / 2)
    }

    /// The part of `box` its clip shows, where the clip is a cell's (on that axis less than
    /// `cellSpan` times the box's extent) and cuts off more than `cutShare` of the box; otherwise
    /// the box. A font's box a little over a cell's edge moves nothing, nor does a character a
    /// page's clip cuts (a browser's row parted by a page break is read from its lines as before).
    static func shown(_ box: Rect, under clip: Rect, cutShare: Double, cellSpan: Double) -> Rect {
        var r = box
        let h = min(box.y1, clip.y1) - max(box.y0, clip.y0)
        if box.height > 0, clip.height < box.height * cellSpan, h < box.height * (1 - cutShare) {
            r.y0 = max(box.y0, clip.y0); r.y1 = min(box.y1, clip.y1)
        }
        let w = min(box.x1, clip.x1) - max(box.x0, clip.x0)
        if box.width > 0, clip.width < box.width * cellSpan, w < box.width * (1 - cutShare) {
            r.x0 = max(box.x0, clip.x0); r.x1 = min(box.x1, clip.x1)
        }
        return r
    }

    /// Whether a clip wider than a cell (`cellSpan` times the box at least) cuts more than
    /// `distance` off one side of the box while leaving some of it: the text runs on past what the
    /// page prints (text laid out within a page stops short of its clip). Top and foot are left
    /// alone: a glyph's box stands taller than its ink, and a row a page break cuts is read from
    /// its lines.
    static func cutOnSide(_ box: Rect, under clip: Rect, distance: Double, cellSpan: Double) -> Bool {
        guard box.width > 0, clip.width >= box.width * cellSpan else { return false }
        let w = min(box.x1, clip.x1) - max(box.x0, clip.x0)
        return w > 0 && (box.x1 - clip.x1 > distance || clip.x0 - box.x0 > distance)
    }

    /// Whether the box lies wholly beside (left of or right of) a clip wider than a cell, within
    /// its height: a character of a line running on past what the page prints.
    static func beside(_ box: Rect, clip: Rect, cellSpan: Double) -> Bool {
        guard box.width > 0, clip.width >= box.width * cellSpan, box.midY > clip.y0, box.midY < clip.y1 else { return false }
        return box.x0 >= clip.x1 || box.x1 <= clip.x0
    }

    public static func visible(_ chars: [TextChar], drawn: [DrawnCharacter], settings: ExtractionSettings.Text = .init()) -> [TextChar] {
        let maxEdgeDistance = settings.clipMaxEdgeDistance
        guard !drawn.isEmpty else { return chars }
        let byY = drawn.sorted { $0.midY < $1.midY }
        var keep = [Bool](repeating: true, count: chars.count)
        var shownBoxes = [Int: Rect]()
        var cut = Set<Int>(), besideClip = Set<Int>()
        var anyClipped = false
        for (i, c) in chars.enumerated() {
            let box = c.box
            // A drawing's middle lies in its character's box: the first at or below the box's top.
            var lo = 0, hi = byY.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if byY[mid].midY < box.y0 - maxEdgeDistance { lo = mid + 1 } else { hi = mid }
            }
            var matched = false, shown = false
            var clip: Rect?
            var j = lo
            while j < byY.count, byY[j].midY <= box.y1 + maxEdgeDistance {
                if drawing(byY[j], isOf: box, settings: settings) {
                    matched = true
                    clip = byY[j].clip
                    if printed(box, under: byY[j].clip, overlap: settings.clipVisibleOverlap) {
                        shown = true
                        let part = Self.shown(box, under: byY[j].clip, cutShare: settings.clipCutShare,
                                              cellSpan: settings.clipCellSpan)
                        if part != box { shownBoxes[i] = part }
                        if cutOnSide(box, under: byY[j].clip, distance: settings.clipSideCutDistance, cellSpan: settings.clipCellSpan) {
                            cut.insert(i)
                        }
                        break
                    }
                }
                j += 1
            }
            if matched, !shown {
                keep[i] = false; anyClipped = true
                if let clip, beside(box, clip: clip, cellSpan: settings.clipCellSpan) { besideClip.insert(i) }
            }
        }
        // A printed character whose neighbour on its line was clipped away beside the page's clip
        // (the cut fell between two characters of a word): its line runs on past the cut.
        for i in besideClip {
            for n in [i - 1, i + 1] where n >= 0 && n < chars.count && keep[n] {
                let a = chars[n].box, b = chars[i].box
                if abs(a.midY - b.midY) < min(a.height, b.height) / 2 && max(a.x0, b.x0) - min(a.x1, b.x1) < b.width {
                    cut.insert(n)
                }
            }
        }
        // A page whose every character is clipped away is left as the text layer has it.
        guard anyClipped || !shownBoxes.isEmpty || !cut.isEmpty, keep.contains(true) else { return chars }
        return chars.indices.compactMap { i -> TextChar? in
            guard keep[i] else { return nil }
            var c = chars[i]
            if let part = shownBoxes[i] { c.box = part }
            if cut.contains(i) { c.cutByClip = true }
            return c
        }
    }
}
