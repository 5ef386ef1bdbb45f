/// Tables whose outer rule is missing on one edge: a Word export that breaks a table over a
/// page draws the first row of the continuation above the first horizontal rule of its page,
/// between the vertical rules; a browser's print of a row cut by the page break leaves its text
/// below the last rule; a column can stand outside the box, its horizontal rules running on
/// past the outermost vertical rule. The rules that run on (and the page) bound the table there.
extension GridFinder {
    /// Row lines with an open row added above the first (below the last) horizontal rule where
    /// at least two vertical rules run on past it by `minExtent` or more. The new edge is not
    /// ruled; `Grid.trimmingEmptyOpenEdges` drops the row again when no text is printed in it.
    /// Called with column lines and horizontal rules, the same adds an open column at a side.
    static func openEdges(ys: [Double], vertical v: [Segment], minExtent: Double) -> [Double] {
        guard let top = ys.first, let bottom = ys.last, minExtent.isFinite else { return ys }
        var out = ys
        // The second furthest reach: one stray line (a rule of a neighbouring box) does not open an edge.
        let above = v.map(\.start).filter { $0 < top - minExtent }.sorted()
        if above.count >= 2 { out.insert(above[1], at: 0) }
        let below = v.map(\.end).filter { $0 > bottom + minExtent }.sorted()
        if below.count >= 2 { out.append(below[below.count - 2]) }
        return out
    }
}

extension Grid {
    /// Is the line at `ys[r]` drawn over no column at all?
    public func rowLineOpen(_ r: Int) -> Bool {
        r >= 0 && r < hRuled.count && !hRuled[r].contains(true)
    }

    /// The grid without an open first or last row that holds no printed character: vertical
    /// rules that merely overrun the frame open no row.
    public func trimmingEmptyOpenEdges(chars: [TextChar]) -> Grid {
        var g = self
        func holdsText(_ y0: Double, _ y1: Double) -> Bool {
            guard let x0 = g.xs.first, let x1 = g.xs.last else { return false }
            return chars.contains { !$0.isSpace && $0.box.midY > y0 && $0.box.midY < y1 && $0.box.midX > x0 && $0.box.midX < x1 }
        }
        if g.rowCount > 1, g.rowLineOpen(0), !holdsText(g.ys[0], g.ys[1]) {
            g.ys.removeFirst(); g.hRuled.removeFirst(); g.vRuled.removeFirst()
        }
        let last = g.ys.count - 1
        if g.rowCount > 1, g.rowLineOpen(last), !holdsText(g.ys[last - 1], g.ys[last]) {
            g.ys.removeLast(); g.hRuled.removeLast(); g.vRuled.removeLast()
        }
        func columnHoldsText(_ x0: Double, _ x1: Double) -> Bool {
            guard let y0 = g.ys.first, let y1 = g.ys.last else { return false }
            return chars.contains { !$0.isSpace && $0.box.midX > x0 && $0.box.midX < x1 && $0.box.midY > y0 && $0.box.midY < y1 }
        }
        if g.columnCount > 1, g.columnLineOpen(0), !columnHoldsText(g.xs[0], g.xs[1]) {
            g.xs.removeFirst()
            for r in g.hRuled.indices { g.hRuled[r].removeFirst() }
            for r in g.vRuled.indices { g.vRuled[r].removeFirst() }
        }
        let right = g.xs.count - 1
        if g.columnCount > 1, g.columnLineOpen(right), !columnHoldsText(g.xs[right - 1], g.xs[right]) {
            g.xs.removeLast()
            for r in g.hRuled.indices { g.hRuled[r].removeLast() }
            for r in g.vRuled.indices { g.vRuled[r].removeLast() }
        }
        return g
    }

    /// Is the line at `xs[c]` drawn over no row at all?
    public func columnLineOpen(_ c: Int) -> Bool {
        c >= 0 && !vRuled.isEmpty && vRuled.allSatisfy { c < $0.count && !$0[c] }
    }
}

extension Grid {
    /// A character printed past the grid's outer line and the cell it belongs to.
    public struct Overflow: Equatable, Sendable {
        public var char: Int, row: Int, col: Int
    }

    /// Text a cell cut by a page break prints past the table's last rule (or, on the next page,
    /// above its first): a browser draws no rule under a merged cell that goes on on the next
    /// page, and lines of its text that do not fit on the page run on below the rule drawn under
    /// the other columns ("公用" in the cell, "经费" under the table). Claimed only where the
    /// outer line is ruled over some columns and not over the column the text stands in, and the
    /// text starts within `gapFactor` × its font size of the line and goes on at line spacing
    /// (`gapFactor` again between lines); any such text under a ruled column (a note under the
    /// table) claims nothing on that side.
    public func overflowIntoOpenCells(chars: [TextChar], gapFactor: Double) -> [Overflow] {
        guard rowCount > 0, columnCount > 0, let x0 = xs.first, let x1 = xs.last,
              let top = ys.first, let bottom = ys.last else { return [] }
        var out: [Overflow] = []
        for below in [true, false] {
            let line = below ? ys.count - 1 : 0
            // Under vertical rules only, a foot with no rule at all is where the page broke the
            // table (its end is ruled): a merged cell's lines that do not fit run on below it.
            let openFoot = below && verticalRulesOnly && line < hRuled.count && !hRuled[line].contains(true)
            guard line < hRuled.count, openFoot || (hRuled[line].contains(true) && hRuled[line].contains(false)) else { continue }
            let edge = below ? bottom : top
            // Characters beyond the edge, nearest first.
            let beyond = chars.indices.filter { i in
                let ch = chars[i]
                return !ch.isSpace && ch.box.midX > x0 && ch.box.midX < x1 && (below ? ch.box.midY > edge : ch.box.midY < edge)
            }.sorted { abs(chars[$0].box.midY - edge) < abs(chars[$1].box.midY - edge) }
            var frontier = edge
            var taken: [Int] = []
            for i in beyond {
                let ch = chars[i]
                let size = max(ch.fontSize, 1)
                let near = abs(ch.box.midY - edge) - size / 2   // the glyph's near side, by its font size
                guard near - abs(frontier - edge) <= gapFactor * size else { break }
                taken.append(i)
                frontier = below ? max(frontier, ch.box.midY + size / 2) : min(frontier, ch.box.midY - size / 2)
            }
            var claimed: [Overflow] = []
            var underRule = false
            // With no rule to tell a note from a cell's rest, text across a column line is no
            // cell's (a note, a running foot): nothing is claimed.
            if openFoot, taken.contains(where: { i in
                xs.dropFirst().dropLast().contains { chars[i].box.x0 < $0 - 0.5 && chars[i].box.x1 > $0 + 0.5 }
            }) { continue }
            for i in taken {
                guard let c = xs.indices.dropLast().first(where: { xs[$0] <= chars[i].box.midX && chars[i].box.midX < xs[$0 + 1] }) else { continue }
                if hRuled[line][c] { underRule = true; break }
                claimed.append(Overflow(char: i, row: below ? rowCount - 1 : 0, col: c))
            }
            if !underRule { out += claimed }
        }
        return out
    }
}
