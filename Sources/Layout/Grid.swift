/// A ruled grid found on a page: the row lines `ys` and column lines `xs` of one table, and
/// which pieces of those lines are actually drawn. Cells are the elementary rectangles
/// joined wherever the separating line is missing.
public struct Grid: Equatable, Sendable {
    public var xs: [Double]           // column boundaries, left to right (count = columns + 1)
    public var ys: [Double]           // row boundaries, top to bottom (count = rows + 1)
    /// hRuled[r][c]: the line at ys[r] is drawn over column c.
    public var hRuled: [[Bool]]
    /// vRuled[r][c]: the line at xs[c] is drawn over row r.
    public var vRuled: [[Bool]]
    /// Ruled by vertical lines only (no more than `verticalOnlyMaxRowRules` horizontal rule
    /// positions): no rule parts its body rows, the text lines do.
    public var verticalRulesOnly = false

    public var rowCount: Int { ys.count - 1 }
    public var columnCount: Int { xs.count - 1 }
    public var box: Rect { Rect(x0: xs.first ?? 0, y0: ys.first ?? 0, x1: xs.last ?? 0, y1: ys.last ?? 0) }

    public init(xs: [Double], ys: [Double], hRuled: [[Bool]], vRuled: [[Bool]]) {
        self.xs = xs; self.ys = ys; self.hRuled = hRuled; self.vRuled = vRuled
    }

    /// A merged (or single) cell: its top-left elementary position and spans.
    public struct Span: Equatable, Sendable {
        public var row: Int, col: Int, rowSpan: Int, colSpan: Int
        public init(row: Int, col: Int, rowSpan: Int, colSpan: Int) {
            self.row = row; self.col = col; self.rowSpan = rowSpan; self.colSpan = colSpan
        }
    }

    /// The cells of the grid, joined across missing lines, in reading order.
    public func spans() -> [Span] {
        let R = rowCount, C = columnCount
        guard R > 0, C > 0 else { return [] }
        var sets = UnionFind(count: R * C)
        for r in 0..<R {
            for c in 0..<C {
                if c + 1 < C && !vRuled[r][c + 1] { sets.join(r * C + c, r * C + c + 1) }
                if r + 1 < R && !hRuled[r + 1][c] { sets.join(r * C + c, (r + 1) * C + c) }
            }
        }
        var groups: [Int: (r0: Int, c0: Int, r1: Int, c1: Int)] = [:]
        for r in 0..<R {
            for c in 0..<C {
                let g = sets.find(r * C + c)
                if let e = groups[g] {
                    groups[g] = (min(e.r0, r), min(e.c0, c), max(e.r1, r), max(e.c1, c))
                } else { groups[g] = (r, c, r, c) }
            }
        }
        // A non-rectangular group is widened to its bounding box; later groups it swallows are dropped.
        // Two groups may share a bounding box's corner (an L-shaped group round a cell): the larger
        // box goes first (its box holds the other's text; the other is dropped, nothing is lost),
        // then the one whose first cell comes first in reading order, whatever the dictionary's order.
        var covered = [Bool](repeating: false, count: R * C)
        var out: [Span] = []
        func area(_ g: (r0: Int, c0: Int, r1: Int, c1: Int)) -> Int { (g.r1 - g.r0 + 1) * (g.c1 - g.c0 + 1) }
        for (_, g) in groups.sorted(by: { ($0.value.r0, $0.value.c0, -area($0.value), $0.key) < ($1.value.r0, $1.value.c0, -area($1.value), $1.key) }) {
            if covered[g.r0 * C + g.c0] { continue }
            for r in g.r0...g.r1 { for c in g.c0...g.c1 { covered[r * C + c] = true } }
            out.append(Span(row: g.r0, col: g.c0, rowSpan: g.r1 - g.r0 + 1, colSpan: g.c1 - g.c0 + 1))
        }
        return out
    }

    public func cellBox(_ s: Span) -> Rect {
        Rect(x0: xs[s.col], y0: ys[s.row], x1: xs[s.col + s.colSpan], y1: ys[s.row + s.rowSpan])
    }
}

/// Disjoint sets of 0..<count (union-find with path halving): cells joined across missing
/// lines, segments joined where they cross.
struct UnionFind {
    private var parent: [Int]
    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ i: Int) -> Int {
        var i = i
        while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
        return i
    }

    /// Puts a and b in one set, named by the smaller of their roots.
    mutating func join(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}

public enum GridFinder {
    /// Groups ruling segments into tables (connected sets of crossing lines) and builds each grid.
    public static func grids(from raw: [Segment], settings: ExtractionSettings.Rulings = .init()) -> [Grid] {
        let tolerance = settings.gridTolerance
        let segs = Rulings.merge(raw, snap: settings.mergeSnap, gap: settings.mergeGap).filter { $0.length >= settings.minSegmentLength }
        let n = segs.count
        guard n > 0 else { return [] }
        var sets = UnionFind(count: n)
        let hs = segs.indices.filter { segs[$0].orientation == .horizontal }
        let vs = segs.indices.filter { segs[$0].orientation == .vertical }
        for h in hs {
            for v in vs {
                let H = segs[h], V = segs[v]
                if V.position >= H.start - tolerance && V.position <= H.end + tolerance
                    && H.position >= V.start - tolerance && H.position <= V.end + tolerance {
                    sets.join(h, v)
                }
            }
        }
        var comps: [Int: [Segment]] = [:]
        for i in 0..<n { comps[sets.find(i), default: []].append(segs[i]) }
        var grids: [Grid] = []
        for comp in attachingLoneVerticals(comps.sorted { $0.key < $1.key }.map(\.value), settings: settings) {
            let v = comp.filter { $0.orientation == .vertical }
            let h = impliedRowLines(h: comp.filter { $0.orientation == .horizontal }, v: v, settings: settings)
            // One horizontal rule is enough where the vertical rules run on past it: a row carried
            // alone to the next page with no rule drawn above it (see `openEdges`).
            guard h.count >= 1, v.count >= 2 else { continue }
            if var g = grid(h: h, v: v, tolerance: tolerance, coverage: settings.sideCoverageFraction, openEdge: settings.openEdgeMinExtent) {
                let drawn = cluster(comp.filter { $0.orientation == .horizontal }.map(\.position), tolerance: tolerance)
                g.verticalRulesOnly = drawn.count <= settings.verticalOnlyMaxRowRules
                grids.append(g)
            }
        }
        return grids.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
    }

    /// Positions closer than `tolerance` are one line.
    static func cluster(_ values: [Double], tolerance: Double) -> [Double] {
        var out: [[Double]] = []
        for v in values.sorted() {
            if let last = out.last?.last, v - last <= tolerance { out[out.count - 1].append(v) } else { out.append([v]) }
        }
        return out.map { $0.reduce(0, +) / Double($0.count) }
    }

    static func grid(h: [Segment], v: [Segment], tolerance: Double, coverage: Double, openEdge: Double = .infinity) -> Grid? {
        func covered(_ segs: [Segment], at pos: Double, from a: Double, to b: Double) -> Bool {
            let need = (b - a) * coverage
            var total = 0.0
            for s in segs where abs(s.position - pos) <= tolerance {
                total += max(0, min(s.end, b) - max(s.start, a))
            }
            return total >= need
        }
        // Only lines long enough to separate something matter; the table's extent comes from both sets.
        var ys = cluster(h.map(\.position), tolerance: tolerance)
        var xs = cluster(v.map(\.position), tolerance: tolerance)
        if ys.count == 1 { ys = openEdges(ys: ys, vertical: v, minExtent: openEdge) }
        guard ys.count >= 2, xs.count >= 2 else { return nil }
        // A line that separates no pair of cells (a short stray piece) is no boundary at all.
        func separatesSomething(_ segs: [Segment], _ pos: Double, _ across: [Double]) -> Bool {
            (0..<(across.count - 1)).contains { covered(segs, at: pos, from: across[$0], to: across[$0 + 1]) }
        }
        ys = ys.enumerated().filter { i, y in i == 0 || i == ys.count - 1 || separatesSomething(h, y, xs) }.map(\.element)
        ys = openEdges(ys: ys, vertical: v, minExtent: openEdge)
        xs = xs.enumerated().filter { i, x in i == 0 || i == xs.count - 1 || separatesSomething(v, x, ys) }.map(\.element)
        xs = openEdges(ys: xs, vertical: h, minExtent: openEdge)
        let R = ys.count - 1, C = xs.count - 1
        var hRuled = Array(repeating: Array(repeating: false, count: C), count: R + 1)
        var vRuled = Array(repeating: Array(repeating: false, count: C + 1), count: R)
        for r in 0...R { for c in 0..<C { hRuled[r][c] = covered(h, at: ys[r], from: xs[c], to: xs[c + 1]) } }
        for r in 0..<R { for c in 0...C { vRuled[r][c] = covered(v, at: xs[c], from: ys[r], to: ys[r + 1]) } }
        return Grid(xs: xs, ys: ys, hRuled: hRuled, vRuled: vRuled)
    }
}
