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

    struct Run: Equatable { var line: Int; var lo: Int; var hi: Int }   // hi exclusive

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

    /// Pixels looked at together: a run of white (or of ink) as long as this is passed over whole.
    private typealias Chunk = SIMD16<UInt8>

    @inline(__always)
    private static func chunk(_ p: UnsafePointer<UInt8>) -> Chunk {
        UnsafeRawPointer(p).loadUnaligned(as: Chunk.self)
    }

    /// Row runs: each row scanned 16 pixels at a time; only chunks where ink starts or stops are
    /// looked at pixel by pixel. The runs are those of a plain pixel-by-pixel scan.
    private static func horizontal(_ img: GrayImage, _ inkThreshold: UInt8, _ s: ExtractionSettings.Rulings, _ thick: inout Bool) -> [Segment] {
        let runs = horizontalRuns(img, inkThreshold, minPx: Int(s.minRunLength * img.scale))
        return merge(runs, scale: img.scale, orientation: .horizontal, maxThickness: s.maxThickness, thick: &thick)
    }

    static func horizontalRuns(_ img: GrayImage, _ inkThreshold: UInt8, minPx: Int) -> [Run] {
        var runs: [Run] = []
        let w = img.width, h = img.height, n = Chunk.scalarCount
        let threshold = Chunk(repeating: inkThreshold)
        img.pixels.withUnsafeBufferPointer { px in
            guard let base = px.baseAddress, px.count >= w * h else { return }
            for y in 0..<h {
                let row = base + y * w
                var x = 0, open = -1
                while x < w {
                    if x + n <= w {
                        let ink = chunk(row + x) .< threshold
                        if open < 0 ? !any(ink) : all(ink) { x += n; continue }
                    }
                    let end = min(x + n, w)
                    while x < end {
                        if row[x] < inkThreshold {
                            if open < 0 { open = x }
                        } else if open >= 0 {
                            if x - open >= minPx { runs.append(Run(line: y, lo: open, hi: x)) }
                            open = -1
                        }
                        x += 1
                    }
                }
                if open >= 0, w - open >= minPx { runs.append(Run(line: y, lo: open, hi: w)) }
            }
        }
        return runs
    }

    /// Column runs, found row by row to stay cache friendly: each column's open run is tracked, and
    /// 16 columns whose ink is just where runs are open already (mostly: white, none open) are passed over.
    private static func vertical(_ img: GrayImage, _ inkThreshold: UInt8, _ s: ExtractionSettings.Rulings, _ thick: inout Bool) -> [Segment] {
        let runs = verticalRuns(img, inkThreshold, minPx: Int(s.minRunLength * img.scale))
        return merge(runs, scale: img.scale, orientation: .vertical, maxThickness: s.maxThickness, thick: &thick)
    }

    /// Sorted by column, then from the top.
    static func verticalRuns(_ img: GrayImage, _ inkThreshold: UInt8, minPx: Int) -> [Run] {
        var runs: [Run] = []
        let w = img.width, h = img.height, n = Chunk.scalarCount
        let threshold = Chunk(repeating: inkThreshold)
        var runStart = [Int32](repeating: -1, count: w)
        var isOpen = [UInt8](repeating: 0, count: w)      // 1 where runStart >= 0
        img.pixels.withUnsafeBufferPointer { px in
            guard let base = px.baseAddress, px.count >= w * h else { return }
            runStart.withUnsafeMutableBufferPointer { start in
                isOpen.withUnsafeMutableBufferPointer { openBuf in
                    guard let open = openBuf.baseAddress else { return }
                    for y in 0..<h {
                        let row = base + y * w
                        var x = 0
                        while x < w {
                            if x + n <= w {
                                let ink = chunk(row + x) .< threshold
                                let wasOpen = chunk(UnsafePointer(open + x)) .!= Chunk(repeating: 0)
                                if !any(ink .^ wasOpen) { x += n; continue }
                            }
                            let end = min(x + n, w)
                            while x < end {
                                if row[x] < inkThreshold {
                                    if start[x] < 0 { start[x] = Int32(y); open[x] = 1 }
                                } else if start[x] >= 0 {
                                    if y - Int(start[x]) >= minPx { runs.append(Run(line: x, lo: Int(start[x]), hi: y)) }
                                    start[x] = -1; open[x] = 0
                                }
                                x += 1
                            }
                        }
                    }
                    for x in 0..<w where start[x] >= 0 {
                        if h - Int(start[x]) >= minPx { runs.append(Run(line: x, lo: Int(start[x]), hi: h)) }
                    }
                }
            }
        }
        runs.sort { ($0.line, $0.lo) < ($1.line, $1.lo) }
        return runs
    }
}
