/// Finds ruling lines in a page bitmap: long, thin runs of dark pixels.
///
/// Working from the rendered page rather than the drawing operators makes every way of
/// drawing a border look alike: stroked lines (LibreOffice), thin filled rectangles
/// (WPS, report engines), borders drawn twice (Excel), drawn before or after the text.
/// White rectangles vanish by themselves, and large shaded areas are dropped as too thick.
public enum RunDetector {
    /// Pixels darker than this count as ink (0 black, 255 white). Light shading stays out.
    public static let inkThreshold: UInt8 = 200
    /// Shortest run that can be a ruling, in points.
    public static let minLength = 6.0
    /// Thicker than this (points) is a filled area, not a line.
    public static let maxThickness = 3.0

    /// A second, stricter pass: under a mid-gray fill (a shaded header) everything is ink at
    /// the first threshold, and the black rules inside it only stand out at this one.
    public static let strictInkThreshold: UInt8 = 110
    /// A last, lenient pass for pages that show no rules at all at the first threshold.
    public static let lightInkThreshold: UInt8 = 236

    public static func segments(in image: GrayImage) -> [Segment] {
        guard image.width > 0, image.height > 0 else { return [] }
        var thick = false
        var out = horizontal(image, inkThreshold, &thick) + vertical(image, inkThreshold, &thick)
        // Only where a filled area was found can rules hide inside one.
        if thick {
            var ignored = false
            out += horizontal(image, strictInkThreshold, &ignored) + vertical(image, strictInkThreshold, &ignored)
        }
        // A page that may hold a table but shows no rules: perhaps they are light gray.
        if out.count < 4 {
            var ignored = false
            out += horizontal(image, lightInkThreshold, &ignored) + vertical(image, lightInkThreshold, &ignored)
        }
        return out
    }

    private struct Run { var line: Int; var lo: Int; var hi: Int }   // hi exclusive

    /// Stacks runs from consecutive pixel lines that cover nearly the same extent into one segment.
    private static func merge(_ runs: [Run], scale: Double, orientation: Orientation, thick: inout Bool) -> [Segment] {
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

    private static func horizontal(_ img: GrayImage, _ inkThreshold: UInt8, _ thick: inout Bool) -> [Segment] {
        let minPx = Int(minLength * img.scale)
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
        return merge(runs, scale: img.scale, orientation: .horizontal, thick: &thick)
    }

    private static func vertical(_ img: GrayImage, _ inkThreshold: UInt8, _ thick: inout Bool) -> [Segment] {
        let minPx = Int(minLength * img.scale)
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
        return merge(runs, scale: img.scale, orientation: .vertical, thick: &thick)
    }
}
