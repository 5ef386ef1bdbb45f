import Budget
import Foundation
import Layout
import Tables

/// Rules drawn as a table's (at least three of one extent, each long) with text between them
/// that no table on the page took, or a row of amounts no table took: a piece of a table that
/// could not be read at all. A
/// spreadsheet prints a table too wide for the page in chunks of columns, the last ones on pages
/// of their own; ruled by horizontal lines only, a chunk of text columns (满意度指标: 三级指标 |
/// 指标值) under rows mostly empty holds no amount and no band of text under every rule, so it
/// makes no table, and its columns are lost. The table printed just before asks for review.
enum UnreadStacks {
    /// Whether a page where no table was read holds such a stack, or a line that prints a table's
    /// row (two amounts or more in cells): the rest of a table printed without rules that could
    /// not be read (a last page of names under the header repeated, one line of amounts among
    /// them). `outside`: the page's lines.
    static func found(segments: [Segment], pieces: [PageTable], outside: [TextLine], settings: ExtractionSettings) -> Bool {
        guard pieces.isEmpty else { return false }
        if outside.contains(where: { TextAssembly.printsAmountRow($0, settings: settings.text) }) { return true }
        // The em: the width of the page's Chinese characters (each as wide as its size).
        let ems = outside.flatMap(\.chars).filter { ch in ch.text.unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) } ?? false }
            .map(\.box.width).filter { $0 > 0 }.sorted()
        guard !ems.isEmpty else { return false }
        let em = ems[ems.count / 2]
        let tolerance = settings.stream.ruleJoinDistance
        let rules = segments.filter { s in
            s.orientation == .horizontal && s.length >= settings.stream.minRuleLengthFactor * em
                && !pieces.contains { $0.box.contains(x: (s.start + s.end) / 2, y: s.position, slack: tolerance) }
        }
        // Rules of one extent (both ends within the join distance), each position once: each
        // long, or short (a single narrow column: 指标值 over ≥95%) but more than a one-column
        // table's rows (underlines are never stacked so).
        return RuleStack.group(rules, tolerance: tolerance).contains { stack in
            let ys = stack.ys
            guard ys.count >= 3, let top = ys.first, let bottom = ys.last,
                  stack.x1 - stack.x0 >= settings.stream.minStackRuleLengthFactor * em || ys.count > settings.rulings.minOneColumnTableRows
            else { return false }
            // Text in at least two of the bands between them.
            let bands = Set(outside.compactMap { l -> Int? in
                guard l.box.midX > stack.x0, l.box.midX < stack.x1, l.box.midY > top, l.box.midY < bottom else { return nil }
                return ys.lastIndex { $0 < l.box.midY }
            })
            return bands.count >= 2
        }
    }

    /// Marks `piece_not_stitched` on the table printed just before each page holding an unread
    /// stack (ending at most two pages before it).
    static func mark(_ tables: inout [BudgetTable], pages: [Int]) {
        for page in pages {
            if let i = tables.lastIndex(where: { t in t.pages.max().map { $0 < page && $0 >= page - 2 } ?? false }) {
                tables[i].flags.insert(.pieceNotStitched)
            }
        }
    }
}
