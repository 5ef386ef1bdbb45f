import Foundation
import Layout

/// Amounts printed in a table's area that no cell holds: nothing may be lost without a word.
public enum LostAmounts {
    /// An amount standing as a word of its own: separators or decimals (a page number, a year or a
    /// code is not one).
    static func isAmountWord(_ s: String) -> Bool {
        let t = TableAssembler.norm(s)
        return Pattern.firstMatch(t, #"^[-−－]?(\d{1,3}(,\d{3})+|\d+)\.\d+%?$|^[-−－]?\d{1,3}(,\d{3})+%?$"#) != nil
    }

    /// The amount words of lines: runs of characters apart from their neighbours by a clear gap.
    static func amounts(in lines: [TextLine], settings: ExtractionSettings) -> [String] {
        lines.flatMap { StreamTables.words($0, gapFactor: settings.stream.wordGapFactor).map(\.text).filter(isAmountWord) }
    }

    /// Amounts of `piece` in no cell: in text inside its frame that fell in no cell; in lines
    /// (with their characters) printed across its columns just above its top rule or below its
    /// bottom rule, their middles closer than `settings.loss.nearFactor` × their font size; and
    /// in lines beside it, between its top and bottom rules, closer than `besideFactor` × their
    /// font size to its side (a column outside an open side).
    public static func find(piece: PageTable, outside: [TextLine], settings: ExtractionSettings = .standard) -> [String] {
        let box = piece.box
        let near = outside.filter { l in
            let size = max(l.fontSize, 4)
            // By the line's middle: fonts report boxes taller than their glyphs.
            if l.box.midX > box.x0, l.box.midX < box.x1 {
                let reach = size * settings.loss.nearFactor
                return (l.box.midY > box.y1 && l.box.midY - box.y1 < reach) || (l.box.midY < box.y0 && box.y0 - l.box.midY < reach)
            }
            guard l.box.midY > box.y0, l.box.midY < box.y1 else { return false }
            let gap = l.box.x0 >= box.x1 ? l.box.x0 - box.x1 : box.x0 - l.box.x1
            return gap < size * settings.loss.besideFactor
        }
        return amounts(in: piece.strayText + near, settings: settings)
    }
}
