import Budget
import Foundation

/// Pieces with no title of their own that were classified by their header alone, yet sit where
/// another table runs: read as a table of their own, they are most likely a page of that
/// table that could not be stitched (its header was not repeated, its first row looked like
/// one), and a table of theirs is missing rows.
enum LoosePieces {
    /// Marks `piece_not_stitched` on each untitled table that lies on a page inside another
    /// table's page range (that table skips it), or whose kind a titled table of the document
    /// already has (the kinds that occur once per document, as every kind but `other` does
    /// under one title).
    /// The table that skips the piece's page is marked too: its rows there are in the piece.
    static func mark(_ tables: inout [BudgetTable]) {
        let titled = tables.indices.filter { !isUntitled(tables[$0]) }
        for i in tables.indices where isUntitled(tables[i]) && tables[i].kind != .other {
            let pages = tables[i].pages
            let around = titled.filter { j in
                let t = tables[j]
                guard let lo = t.pages.min(), let hi = t.pages.max() else { return false }
                return pages.contains { p in p > lo && p < hi && !t.pages.contains(p) }
            }
            let kindTaken = titled.contains { tables[$0].kind == tables[i].kind }
            if !around.isEmpty || kindTaken { tables[i].flags.insert(.pieceNotStitched) }
            for j in around { tables[j].flags.insert(.pieceNotStitched) }
        }
        // A loose piece most likely belongs to the titled table printed just before it (ending at
        // most two pages before it: a page between may have been read as nothing): that table
        // may miss the piece's rows.
        for i in tables.indices where isUntitled(tables[i]) && tables[i].flags.contains(.pieceNotStitched) {
            guard let first = tables[i].pages.min(),
                  let j = tables.indices.last(where: { $0 < i && !isUntitled(tables[$0]) }),
                  let end = tables[j].pages.max(), end >= first - 2 else { continue }
            tables[j].flags.insert(.pieceNotStitched)
        }
    }

    /// No title, or a "title" that names no table (header words above a piece whose header was
    /// not read as one, taken as its largest short line).
    static func isUntitled(_ t: BudgetTable) -> Bool {
        t.title.trimmingCharacters(in: .whitespaces).isEmpty || (t.code == nil && !Classifier.looksLikeTitle(t.title))
    }
}
