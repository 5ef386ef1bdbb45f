/// Tables ruled by vertical lines only (a rule at the top and bottom, one under the header, none
/// between body rows; a browser's print of an HTML table with `border-left/right`). Their column
/// lines are every vertical rule that runs through the body, though a rule may start below the
/// table's top (a header cell spanning several columns has no rule inside it) and so cross no
/// horizontal rule at all. Where a vertical rule starts or ends inside the table, a cell starts
/// or ends there: the header's levels and a label merged over several columns (合计 over the
/// code columns) show in where the rules begin and end, not in drawn horizontal lines.
extension GridFinder {
    /// Vertical segments that cross no horizontal rule joined to the component whose box they lie
    /// in (strictly between its outer vertical rules, overlapping its height over most of their
    /// length): the rules between columns under a spanning header cell.
    static func attachingLoneVerticals(_ comps: [[Segment]], settings: ExtractionSettings.Rulings) -> [[Segment]] {
        let tol = settings.gridTolerance
        var ruled = nestingInnerRuledParts(comps.filter { $0.contains { $0.orientation == .horizontal } }, tolerance: tol)
        let lone = comps.filter { !$0.contains { $0.orientation == .horizontal } }.flatMap { $0 }
        for seg in lone where seg.orientation == .vertical {
            guard let k = ruled.firstIndex(where: { comp in
                // Across as far as its rules reach: a table running off the page's side has no
                // outer vertical rule there, its top rule runs on to the clip over the rules
                // under a group header there.
                let v = comp.filter { $0.orientation == .vertical }, h = comp.filter { $0.orientation == .horizontal }
                guard let x0 = (v.map(\.position) + h.map(\.start)).min(), let x1 = (v.map(\.position) + h.map(\.end)).max(),
                      let y0 = comp.map({ $0.orientation == .vertical ? $0.start : $0.position }).min(),
                      let y1 = comp.map({ $0.orientation == .vertical ? $0.end : $0.position }).max() else { return false }
                let overlap = min(seg.end, y1 + tol) - max(seg.start, y0 - tol)
                return seg.position > x0 + tol && seg.position < x1 - tol && overlap >= seg.length * settings.loneVerticalOverlap
            }) else { continue }
            ruled[k].append(seg)
        }
        return ruled + lone.filter { $0.orientation != .vertical }.map { [$0] }
    }

    /// Components joined where one lies inside the other's box and its vertical rules end (or
    /// start) where the other's do: a table ruled by vertical lines only and broken by a page
    /// has no rule at its foot, so the rule under its header (drawn under the last header row's
    /// own cells, between rules that start below the table's top) crosses none of the outer
    /// vertical rules, and the two parts would be two grids of one horizontal rule each. A table
    /// in a page frame ends above the frame and stays apart.
    static func nestingInnerRuledParts(_ comps: [[Segment]], tolerance tol: Double) -> [[Segment]] {
        // Across: as far as its rules reach (a table running off the page's side has no outer
        // vertical rule there, its top rule still runs on); down: its vertical rules.
        func verticalBox(_ comp: [Segment]) -> (x0: Double, x1: Double, y0: Double, y1: Double)? {
            let v = comp.filter { $0.orientation == .vertical }, h = comp.filter { $0.orientation == .horizontal }
            guard let x0 = (v.map(\.position) + h.map(\.start)).min(), let x1 = (v.map(\.position) + h.map(\.end)).max(),
                  let y0 = v.map(\.start).min(), let y1 = v.map(\.end).max() else { return nil }
            return (x0, x1, y0, y1)
        }
        var out = comps
        var k = 0
        while k < out.count {
            guard let inner = verticalBox(out[k]),
                  let host = out.indices.first(where: { i in
                      guard i != k, let b = verticalBox(out[i]) else { return false }
                      return inner.x0 > b.x0 + tol && inner.x1 <= b.x1 + tol && inner.y0 >= b.y0 - tol && inner.y1 <= b.y1 + tol
                          && (abs(inner.y1 - b.y1) <= tol || abs(inner.y0 - b.y0) <= tol)
                  }) else { k += 1; continue }
            out[host].append(contentsOf: out[k])
            out.remove(at: k)
            k = 0
        }
        return out
    }

    /// In a table with no more than `verticalOnlyMaxRowRules` horizontal rule positions: inner
    /// horizontal rules (the rule under the header, often drawn under the last header row's own
    /// cells only) run across the whole width, and a horizontal line is implied where a vertical
    /// rule starts or ends inside the table, over the columns between the nearest rules that run
    /// on through it (in the header: a cell spanning columns ends there; under the header's rule
    /// a row is a band across the width: 合计 merged over the code columns). Fully ruled tables
    /// are left alone.
    static func impliedRowLines(h: [Segment], v: [Segment], settings: ExtractionSettings.Rulings) -> [Segment] {
        let tol = settings.gridTolerance
        let ys = cluster(h.map(\.position), tolerance: tol)
        // One rule is enough where the vertical rules run on past it (a table broken by a page: its
        // top rule on this page, its foot on the next).
        guard ys.count >= 1, ys.count <= settings.verticalOnlyMaxRowRules, let firstRule = ys.first, let lastRule = ys.last,
              let ruledLeft = v.map(\.position).min(), let ruledRight = v.map(\.position).max() else { return h }
        // A table running off the page's side (clipped) has no outer vertical rule there: its
        // horizontal rules, running on to the clip, are its edge.
        let left = min(ruledLeft, h.map(\.start).min() ?? ruledLeft), right = max(ruledRight, h.map(\.end).max() ?? ruledRight)
        // The table runs on past its first or last rule where the vertical rules do (an open edge).
        let top = min(firstRule, v.map(\.start).min() ?? firstRule), bottom = max(lastRule, v.map(\.end).max() ?? lastRule)
        // Only where a vertical rule starts or ends away from every horizontal one (a cell edge
        // that is not drawn): in a fully ruled table rules end on rules, and its partial inner
        // rules are merged cells.
        let ends = v.flatMap { [($0.position, $0.start), ($0.position, $0.end)] }
            .filter { $0.1 > top + settings.impliedLineMinGap && $0.1 < bottom - settings.impliedLineMinGap }
        guard ends.contains(where: { end in !ys.contains { abs($0 - end.1) < settings.impliedLineMinGap } }) else { return h }
        var out = h.map { seg -> Segment in
            seg.position > top + tol && seg.position < bottom - tol ? Segment(.horizontal, at: seg.position, from: left, to: right) : seg
        }
        // Under the header's rule (the lowest inner one) a row is a band across the whole width;
        // with no inner rule there is no header (a form, or a headerless list broken by a page),
        // and every band is one.
        let headerRule = ys.last { $0 > top + tol && $0 < bottom - tol }
        let headerless = headerRule == nil
        let xs = cluster(v.map(\.position), tolerance: tol)
        func runsThrough(_ x: Double, _ y: Double) -> Bool {
            v.contains { abs($0.position - x) <= tol && $0.start < y - tol && $0.end > y + tol }
        }
        for (x, y) in ends {
            // A line already drawn near: the rule merely stops short of it.
            if out.contains(where: { abs($0.position - y) < settings.impliedLineMinGap && $0.start <= x + tol && $0.end >= x - tol }) { continue }
            if headerless || headerRule.map({ y > $0 + tol }) == true {
                out.append(Segment(.horizontal, at: y, from: left, to: right))
                continue
            }
            let x0 = xs.last(where: { $0 < x - tol && runsThrough($0, y) }) ?? left
            let x1 = xs.first(where: { $0 > x + tol && runsThrough($0, y) }) ?? right
            out.append(Segment(.horizontal, at: y, from: x0, to: x1))
        }
        return out
    }
}
