/// Finds ruling lines in a page bitmap: long, thin runs of dark pixels.
///
/// Working from the rendered page rather than the drawing operators makes every way of
/// drawing a border look alike: stroked lines (LibreOffice), thin filled rectangles
/// (WPS, report engines), borders drawn twice (Excel), drawn before or after the text.
/// White rectangles vanish by themselves, and large shaded areas are dropped as too thick.
public enum RunDetector {
    /// Ink thresholds, shortest run and thickest line come from `settings`: a first pass at
    /// `inkThreshold`; a stricter one where a filled area was found (under a mid-gray fill, a
    /// shaded header, everything is ink at the first threshold and black rules only stand out
    /// at the strict one); a lenient one on pages that show (almost) no rules: light-gray hairlines.
    public static func segments(in image: GrayImage, settings: ExtractionSettings.Rulings = .init()) -> [Segment] {
        guard image.width > 0, image.height > 0 else { return [] }
        let s = settings
        var thick = false
        var out = horizontal(image, s.inkThreshold, s, &thick) + vertical(image, s.inkThreshold, s, &thick)
        // Only where a filled area was found can rules hide inside one.
        if thick {
            var ignored = false
            out += horizontal(image, s.strictInkThreshold, s, &ignored) + vertical(image, s.strictInkThreshold, s, &ignored)
        }
        // A page that may hold a table but shows no rules: perhaps they are light gray.
        if out.count < s.lightPassBelowSegments {
            var ignored = false
            out += horizontal(image, s.lightInkThreshold, s, &ignored) + vertical(image, s.lightInkThreshold, s, &ignored)
        }
        return out
    }

    private struct Run { var line: Int; var lo: Int; var hi: Int }   // hi exclusive

    /// Stacks runs from consecutive pixel lines that cover nearly the same extent into one segment.
    private static func merge(_ runs: [Run], scale: Double, orientation: Orientation, maxThickness: Double, thick: inout Bool) -> [Segment] {
        var open: [(first: Int, last: Int, lo: Int, hi: Int)] = []
        var done: [(first: Int, last: Int, lo: Int, hi: Int)] = []
        var current = -1
        var byLine: [Run] = []
        func flush(upTo line: Int) {
            var still: [(first: Int, last: Int, lo: Int, hi: Int)] = []
            for o in open { if o.last < line - 1 { done.append(o) } else { still.append(o) } }
            open = still
        }
        func absorb(_ rs: [Run], line: Int) {
            flush(upTo: line)
            for r in rs {
                let tol = 2
                if let i = open.firstIndex(where: { $0.last == line - 1 && abs($0.lo - r.lo) <= tol && abs($0.hi - r.hi) <= tol }) {
                    open[i].last = line
                    open[i].lo = min(open[i].lo, r.lo); open[i].hi = max(open[i].hi, r.hi)
                } else {
                    open.append((line, line, r.lo, r.hi))
                }
            }
        }
        for r in runs {
            if r.line != current {
                if !byLine.isEmpty { absorb(byLine, line: current) }
                byLine = []; current = r.line
            }
            byLine.append(r)
        }
        if !byLine.isEmpty { absorb(byLine, line: current) }
        done.append(contentsOf: open)
        var out: [Segment] = []
        for s in done {
            let thickness = Double(s.last - s.first + 1) / scale
            if thickness > maxThickness { thick = true; continue }
            let pos = Double(s.first + s.last + 1) / 2 / scale
            out.append(Segment(orientation, at: pos, from: Double(s.lo) / scale, to: Double(s.hi) / scale))
        }
        return out
    }

    private static func horizontal(_ img: GrayImage, _ inkThreshold: UInt8, _ s: ExtractionSettings.Rulings, _ thick: inout Bool) -> [Segment] {
        let minPx = Int(s.minRunLength * img.scale)
        var runs: [Run] = []
        img.pixels.withUnsafeBufferPointer { px in
            for y in 0..<img.height {
                var x = 0
                let base = y * img.width
                while x < img.width {
                    if px[base + x] < inkThreshold {
                        let start = x
                        while x < img.width && px[base + x] < inkThreshold { x += 1 }
                        if x - start >= minPx { runs.append(Run(line: y, lo: start, hi: x)) }
                    } else { x += 1 }
                }
            }
        }
        return merge(runs, scale: img.scale, orientation: .horizontal, maxThickness: s.maxThickness, thick: &thick)
    }

    private static func vertical(_ img: GrayImage, _ inkThreshold: UInt8, _ s: ExtractionSettings.Rulings, _ thick: inout Bool) -> [Segment] {
        let minPx = Int(s.minRunLength * img.scale)
        var runs: [Run] = []
        // Column runs, found row by row to stay cache friendly: track each column's open run.
        var runStart = [Int32](repeating: -1, count: img.width)
        let w = img.width, h = img.height
        img.pixels.withUnsafeBufferPointer { px in
            runStart.withUnsafeMutableBufferPointer { start in
                for y in 0...h {
                    if y < h {
                        let row = px.baseAddress! + y * w
                        for x in 0..<w {
                            if row[x] < inkThreshold {
                                if start[x] < 0 { start[x] = Int32(y) }
                            } else if start[x] >= 0 {
                                if y - Int(start[x]) >= minPx { runs.append(Run(line: x, lo: Int(start[x]), hi: y)) }
                                start[x] = -1
                            }
                        }
                    } else {
                        for x in 0..<w where start[x] >= 0 {
                            if y - Int(start[x]) >= minPx { runs.append(Run(line: x, lo: Int(start[x]), hi: y)) }
                        }
                    }
                }
            }
        }
        runs.sort { ($0.line, $0.lo) < ($1.line, $1.lo) }
        return merge(runs, scale: img.scale, orientation: .vertical, maxThickness: s.maxThickness, thick: &thick)
    }
}
