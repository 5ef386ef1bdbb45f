import Layout

/// A page that holds nothing but a stack of horizontal rules of one extent with one run of text
/// in their bands, and no vertical rule but at most one of its sides: a single column of a
/// table ruled by horizontal lines only, or printed without its outer side rules, on a page of
/// its own (a spreadsheet's last column of a sheet wider than the page). Its sides not drawn are
/// given as vertical rules so that it reads as a grid of one column, which joins the table it
/// belongs to (`ColumnChunks`) when the rows line up.
public enum OneColumnStack {
    /// The sides of the page's one-column stack that are not drawn (a print without its outer
    /// side rules draws the one between the sheet's columns only), or none.
    public static func sides(of page: PageLayout, settings: ExtractionSettings) -> [Segment] {
        let tolerance = settings.rulings.gridTolerance
        let verticals = page.segments.filter { $0.orientation == .vertical }
        let rules = page.segments.filter { $0.orientation == .horizontal }
        // Rules of one extent (both ends within the grid tolerance), each height once.
        let stacks = RuleStack.group(rules.sorted { $0.position < $1.position }, tolerance: tolerance)
        guard let stack = stacks.max(by: { $0.ys.count < $1.ys.count }),
              stack.ys.count > settings.rulings.minOneColumnTableRows,
              let top = stack.ys.first, let bottom = stack.ys.last else { return [] }
        // Every rule of the page is the stack's, and every line from its top down is one run
        // inside it: a table of several columns has lines of cells apart, or rules of other extents.
        guard rules.allSatisfy({ r in abs(r.start - stack.x0) <= tolerance && abs(r.end - stack.x1) <= tolerance }) else { return [] }
        // Vertical rules only at the stack's sides: one side drawn, the other not.
        func at(_ x: Double) -> Bool { verticals.contains { abs($0.position - x) <= tolerance } }
        guard verticals.allSatisfy({ at($0.position) && (abs($0.position - stack.x0) <= tolerance || abs($0.position - stack.x1) <= tolerance) }),
              !(at(stack.x0) && at(stack.x1)) else { return [] }
        // Text running off the page is what the page's edge cut of a cell printed on the page
        // before (a class label centred over columns of both), no line of this one.
        let lines = TextAssembly.lines(page.chars, settings: settings.text).filter { l in
            l.box.midY > top && !l.text.allSatisfy(\.isWhitespace) && l.box.x0 >= 0 && l.box.x1 <= page.width
        }
        let slack = tolerance * 2
        guard lines.allSatisfy({ l in
            l.box.midY < bottom && l.box.x0 >= stack.x0 - slack && l.box.x1 <= stack.x1 + slack && !TextAssembly.standsInCells(l, settings: settings.text, inkOnly: true)
        }) else { return [] }
        let bands = Set(lines.compactMap { l in stack.ys.lastIndex { $0 < l.box.midY } })
        guard bands.count >= 2 else { return [] }
        return [stack.x0, stack.x1].filter { !at($0) }.map { Segment(.vertical, at: $0, from: top, to: bottom) }
    }

}
