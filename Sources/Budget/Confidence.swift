import Foundation
import Tables

extension Flag {
    /// What the flag takes off a row's confidence (docs/flags.md lists the same figures;
    /// VocabularyTests compares them). A switch, so a new flag cannot go without one.
    public var penalty: Double {
        switch self {
        case .wrappedCell, .mergedCellFilled: return 0.02
        case .rowsFromText: return 0.05
        case .splitByPageBreak: return 0.1
        case .noRulings: return 0.05
        case .columnMismatch: return 0.15
        case .emptyAfterBreak, .textOutsideCell, .textAcrossColumns, .severalValuesInCell, .rowBoundaryUncertain, .headerTextInBody, .nameCutByPageBreak, .joinedAcrossBreak: return 0.25
        // Table-level flags: a table carrying any of them asks for review as a whole.
        case .amountsOutsideCells, .pieceNotStitched, .totalMissing, .checkNotRun, .structureUncertain, .cutAtPageEdge, .headerUncertain, .tableNotRead: return 0.25
        case .unparsedNumber: return 0.4
        case .garbledText, .checkFailed: return 0.5
        }
    }

    /// The flags the checks set (everything else comes from extraction).
    public static let setByChecks: Set<Flag> = [.checkFailed, .unparsedNumber, .totalMissing, .checkNotRun]
}

/// How far a row can be trusted: 1 minus a penalty per reason for doubt. A row asks for review
/// below 0.8, so a failed check or an unreadable cell always does, while a wrapped or merged
/// cell alone does not.
public enum Confidence {
    public static let reviewBelow = 0.8

    public static func score(_ row: inout BudgetRow) {
        let p = row.flags.map(\.penalty).reduce(0, +)
        row.confidence = max(0, min(1, 1 - p))
        row.review = row.confidence < reviewBelow
    }
}
