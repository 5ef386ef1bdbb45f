import Foundation

/// The outcome of one arithmetic check (filled in by the checks stage).
public struct CheckResult: Sendable, Codable, Equatable {
    public var id: String
    public var kind: String            // column_total, row_total, code_rollup, balance, cross_table, narrative
    public var passed: Bool
    public var message: String
    public var expected: String?
    public var printed: String?
    public var table: Int?
    /// Rows (indices in the table's body) and columns involved.
    public var rows: [Int]
    public var columns: [Int]
    public init(id: String, kind: String, passed: Bool, message: String, expected: String? = nil, printed: String? = nil,
                table: Int? = nil, rows: [Int] = [], columns: [Int] = []) {
        self.id = id; self.kind = kind; self.passed = passed; self.message = message
        self.expected = expected; self.printed = printed; self.table = table; self.rows = rows; self.columns = columns
    }
}
