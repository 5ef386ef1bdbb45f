import Foundation
import Layout

/// Characters on one baseline boxed alike. A producer that embeds a page's fonts again (cairo's
/// reprint of a browser's PDF) may report each font at a size of its own: the digits of a row
/// boxed short and low, its Chinese tall, so the row's halves stand a third of an em apart and
/// read as two lines ("(3)" after "单位资金", "(%)" on the next row). Where the drawings
/// (CairoCapture) give each character's baseline, the characters of one baseline (within
/// `baselineTolerance` pt) whose boxes are shorter than the tallest there by more than
/// `baselineBoxShortfall` of it are given the tallest's top and foot about the baseline. A
/// character whose drawing does not sit in its box as a baseline does (between `baselineInBox`
/// of its height from the top, and the foot) is left alone, as are baselines whose boxes agree.
public enum BaselineBoxes {
    public static func aligned(_ chars: [TextChar], drawn: [DrawnCharacter], settings: ExtractionSettings.Text = .init()) -> [TextChar] {
        guard settings.baselineBoxShortfall > 0, !drawn.isEmpty, !chars.isEmpty else { return chars }
        let byY = drawn.filter(\.horizontal).sorted { $0.midY < $1.midY }
        guard !byY.isEmpty else { return chars }
        let maxEdgeDistance = settings.clipMaxEdgeDistance
        // Each character's baseline, where one drawing matches it and sits low in its box.
        var onBaseline: [(index: Int, baseline: Double)] = []
        for (i, c) in chars.enumerated() where !c.isSpace && c.box.height > 0 && c.box.width > 0 {
            let box = c.box
            var lo = 0, hi = byY.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if byY[mid].midY < box.y0 - maxEdgeDistance { lo = mid + 1 } else { hi = mid }
            }
            var j = lo
            while j < byY.count, byY[j].midY <= box.y1 + maxEdgeDistance {
                let d = byY[j]
                // (A box taller than the line pitch also takes in the baseline of the line above.)
                if d.y0 >= box.y0 + box.height * settings.baselineInBox, ClippedText.drawing(d, isOf: box, settings: settings) {
                    onBaseline.append((i, d.y0))
                    break
                }
                j += 1
            }
        }
        guard onBaseline.count >= 2 else { return chars }
        onBaseline.sort { $0.baseline < $1.baseline }
        var out = chars
        var start = 0
        while start < onBaseline.count {
            var end = start + 1
            while end < onBaseline.count, onBaseline[end].baseline - onBaseline[end - 1].baseline <= settings.baselineTolerance { end += 1 }
            let group = onBaseline[start..<end]
            start = end
            guard group.count >= 2, let tallest = group.max(by: { chars[$0.index].box.height < chars[$1.index].box.height }) else { continue }
            let height = chars[tallest.index].box.height
            let top = tallest.baseline - chars[tallest.index].box.y0, foot = chars[tallest.index].box.y1 - tallest.baseline
            for (i, b) in group where chars[i].box.height < height * (1 - settings.baselineBoxShortfall) {
                out[i].box = Rect(x0: chars[i].box.x0, y0: b - top, x1: chars[i].box.x1, y1: b + foot)
            }
        }
        return out
    }
}
