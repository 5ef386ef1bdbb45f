import Foundation

/// What a check compares. docs/flags.md documents each kind; VocabularyTests keeps the
/// documentation, the JSON Schema and this list equal.
public enum CheckKind: String, Codable, Sendable, CaseIterable {
    case columnTotal = "column_total"
    case rowTotal = "row_total"
    case codeRollup = "code_rollup"
    case balance
    /// 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余 (CarryOverChecks).
    case carryOver = "carry_over"
    case crossTable = "cross_table"
    case narrative
    /// A check that could not run on what was read (a ragged table, a row that is not there):
    /// reported, never a trap, and the extraction goes on.
    case notRun = "not_run"

    /// Sums over rows: their failures blame the parent and the children that fail on their own.
    var isRowSum: Bool { self == .rowTotal || self == .codeRollup }
}

/// The outcome of one check.
public struct CheckResult: Sendable, Codable, Equatable {
    public var id: String
    public var kind: CheckKind
    public var passed: Bool
    public var message: String
    public var expected: String?
    public var printed: String?
    public var table: Int?
    /// Body rows (0-based indices into the table's rows) and columns involved.
    public var rows: [Int]
    public var columns: [Int]
    public init(id: String, kind: CheckKind, passed: Bool, message: String, expected: String? = nil, printed: String? = nil,
                table: Int? = nil, rows: [Int] = [], columns: [Int] = []) {
        self.id = id; self.kind = kind; self.passed = passed; self.message = message
        self.expected = expected; self.printed = printed; self.table = table; self.rows = rows; self.columns = columns
    }

    /// A check that could not run: it fails (so that a person sees it) but marks no row.
    static func notRun(id: String, table: Int?, _ why: String) -> CheckResult {
        CheckResult(id: id, kind: .notRun, passed: false, message: "check not run: \(why)", table: table)
    }
}
