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
/// A short box of a digit, sign or letter on a baseline with no Chinese (a line of its own, or
/// after a sign boxed as short: ≤892) is boxed as boxes of its size and height are beside the
/// Chinese elsewhere on the page, where those agree; only baselines with Chinese teach that. A
/// page that shows none (a table's last rows, each name wrapped over two lines round amounts set
/// between them) takes what the pages before it showed, where that agrees (`Memory`).
public enum BaselineBoxes {
    /// A short box's size and height (to a hundredth, a tenth of a point).
    struct Short: Hashable { var size: Int; var height: Int }

    /// What the pages read so far showed of short boxes beside the Chinese: each size and height
    /// with its top and foot about the baseline, or nil where pages disagreed.
    public struct Memory: Sendable {
        var boxes: [Short: (top: Double, foot: Double)?] = [:]
        public init() {}
    }

    public static func aligned(_ chars: [TextChar], drawn: [DrawnCharacter], settings: ExtractionSettings.Text = .init()) -> [TextChar] {
        var memory = Memory()
        return aligned(chars, drawn: drawn, settings: settings, memory: &memory)
    }

    /// `memory`: what earlier pages showed, used where this page shows nothing of a box's size
    /// and height, and added to from this page.
    public static func aligned(_ chars: [TextChar], drawn: [DrawnCharacter], settings: ExtractionSettings.Text = .init(),
                               memory: inout Memory) -> [TextChar] {
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
        var groups: [ArraySlice<(index: Int, baseline: Double)>] = []
        var start = 0
        while start < onBaseline.count {
            var end = start + 1
            while end < onBaseline.count, onBaseline[end].baseline - onBaseline[end - 1].baseline <= settings.baselineTolerance { end += 1 }
            groups.append(onBaseline[start..<end])
            start = end
        }
        // The top and foot of the tallest box on the baselines a short box shares with one.
        func short(_ c: TextChar) -> Short { Short(size: Int((c.fontSize * 100).rounded()), height: Int((c.box.height * 10).rounded())) }
        var out = chars
        var learned: [Short: [(top: Double, foot: Double)]] = [:]
        var done = Set<Int>()
        func ideograph(_ c: TextChar) -> Bool { c.text.unicodeScalars.first.map { (0x2E80...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) } ?? false }
        func tallest(_ group: ArraySlice<(index: Int, baseline: Double)>) -> (index: Int, baseline: Double)? {
            group.max { chars[$0.index].box.height < chars[$1.index].box.height }
        }
        func agreed(_ seen: [(top: Double, foot: Double)]) -> (top: Double, foot: Double)? {
            guard let first = seen.first,
                  seen.allSatisfy({ abs($0.top - first.top) <= settings.baselineTolerance && abs($0.foot - first.foot) <= settings.baselineTolerance })
            else { return nil }
            return first
        }
        // How a short box of this size and height stands beside the Chinese: as this page shows
        // it, else (where this page shows none of it) as the pages before did.
        func known(_ c: TextChar) -> (top: Double, foot: Double)? {
            let key = short(c)
            return learned[key].map(agreed) ?? memory.boxes[key] ?? nil
        }
        // The boxes on one baseline shorter than `tall`'s (all of them, with `all`) given its top
        // and foot as it now stands.
        func box(_ group: ArraySlice<(index: Int, baseline: Double)>, like tall: Int, all: Bool = false, learning: Bool = false) {
            let height = chars[tall].box.height
            guard let b0 = group.first(where: { $0.index == tall })?.baseline else { return }
            let top = b0 - out[tall].box.y0, foot = out[tall].box.y1 - b0
            for (i, b) in group where i != tall && !done.contains(i)
                && (all ? chars[i].box.height <= height : chars[i].box.height < height * (1 - settings.baselineBoxShortfall)) {
                out[i].box = Rect(x0: chars[i].box.x0, y0: b - top, x1: chars[i].box.x1, y1: b + foot)
                if learning && !ideograph(chars[i]) { learned[short(chars[i]), default: []].append((top, foot)) }
                done.insert(i)
            }
        }
        // Baselines shared with a Chinese character: the shorter boxes boxed as it is. Only these
        // teach how a short box stands at full height.
        for group in groups where group.count >= 2 {
            if let t = tallest(group), ideograph(chars[t.index]) { box(group, like: t.index, learning: true) }
        }
        // Baselines with no Chinese: the tallest box is itself a short one where its size and
        // height were seen beside the Chinese (≤ before 892, a year's digits on a line of their
        // own: ≥105850 over 人), and is boxed as it was there, the rest of its baseline with it;
        // else the shorter boxes there are boxed as the tallest (a point or comma beside digits).
        for group in groups {
            guard let t = tallest(group), !ideograph(chars[t.index]) else { continue }
            if let k = known(chars[t.index]) {
                out[t.index].box = Rect(x0: chars[t.index].box.x0, y0: t.baseline - k.top, x1: chars[t.index].box.x1, y1: t.baseline + k.foot)
                done.insert(t.index)
                box(group, like: t.index, all: true)
            } else if group.count >= 2 {
                box(group, like: t.index)
            }
        }
        for (key, seen) in learned {
            let box = agreed(seen)
            if let known = memory.boxes[key] {
                guard let k = known, let box, abs(k.top - box.top) <= settings.baselineTolerance,
                      abs(k.foot - box.foot) <= settings.baselineTolerance else { memory.boxes[key] = .some(nil); continue }
            } else {
                memory.boxes[key] = .some(box)
            }
        }
        return out
    }
}
