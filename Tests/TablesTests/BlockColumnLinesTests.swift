import XCTest
@testable import Layout
@testable import Tables

/// Column lines found from the gaps between a block's cells (rows of words, no rules).
final class BlockColumnLinesTests: XCTestCase {
    private func word(_ x0: Double, _ x1: Double) -> StreamTables.Word {
        StreamTables.Word(text: "x", box: Rect(x0: x0, y0: 0, x1: x1, y1: 10), numeric: false)
    }

    /// A gap whose emptiest point is its own left edge (another row's word starts exactly there):
    /// the line goes strictly inside the gap. At the edge it took no gap away and the search
    /// never ended (a spreadsheet's print with horizontal rules only hung on such a page).
    func testLineAtAGapsEdgeStillEnds() {
        let rows = [[word(0, 10), word(50, 60)], [word(10, 60)]]
        let lines = StreamTables.blockColumnLines(rows: rows, existing: [], minGap: 5, minRows: 1)
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines.allSatisfy { $0 > 10 && $0 < 50 }, "\(lines)")
    }

    /// Two rows sharing a gap get one line, where the fewest words of all rows stand.
    func testSharedGapGetsOneLineWhereFewestWordsStand() {
        let rows = [[word(0, 10), word(50, 60)], [word(0, 20), word(40, 60)], [word(0, 30), word(45, 60)]]
        let lines = StreamTables.blockColumnLines(rows: rows, existing: [], minGap: 5, minRows: 2)
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines.allSatisfy { $0 > 30 && $0 < 40 }, "\(lines)")
    }
}

/// Column lines of a table read without rules, from the whitespace of its body.
final class ColumnLinesTests: XCTestCase {
    private func word(_ text: String, _ x0: Double, _ x1: Double, row: Int) -> StreamTables.Word {
        StreamTables.Word(text: text, box: Rect(x0: x0, y0: Double(row) * 12, x1: x1, y1: Double(row) * 12 + 10), numeric: false)
    }

    /// Codes set right end 1.8 pt before names set left start, row after row (a spreadsheet's
    /// print, no rule between): too narrow a gap for `minColumnGap`, but the aligned edges part
    /// two columns. Without the alignment (one row) it stays one column.
    func testCodesSetRightBesideNamesSetLeftAreTwoColumns() {
        let body = (0..<4).flatMap { r in [word("0\(r)", 129.5, 139.9, row: r), word("行政运行", 141.7, 190, row: r), word("1.00", 220, 240, row: r)] }
        let xs = StreamTables.columnLines(body: body, header: [], from: 120, to: 250, minGap: 3, alignedEdgeRows: 3, alignedEdgeSlack: 1)
        XCTAssertTrue(xs.contains { $0 > 139.9 && $0 < 141.7 }, "\(xs)")
        XCTAssertEqual(xs.count, 4, "\(xs)")
        let one = Array(body.prefix(3))
        let loose = StreamTables.columnLines(body: one, header: [], from: 120, to: 250, minGap: 3, alignedEdgeRows: 3, alignedEdgeSlack: 1)
        XCTAssertFalse(loose.contains { $0 > 139.9 && $0 < 141.7 }, "\(loose)")
    }

    /// Codes set right end 0.84 pt before names set left start (a spreadsheet's print scaled
    /// down: a project's code against its name), less than two steps of the scan: the aligned
    /// edges still make a gap there and part the columns; one row alone does not.
    func testCodesAFractionOfAPointFromNamesAreTwoColumns() {
        let body = (0..<4).flatMap { r in [word("41080024000000000\(5200 + r)", 63.0, 111.266, row: r), word("运维经费", 112.102, 140, row: r),
                                          word("1.93", 217, 229.9, row: r)] }
        for x0 in [61.9, 62.0, 62.1, 62.2, 62.3] {
            let xs = StreamTables.columnLines(body: body, header: [], from: x0, to: 250, minGap: 3, alignedEdgeRows: 3, alignedEdgeSlack: 1)
            XCTAssertTrue(xs.contains { $0 > 111.266 && $0 < 112.102 }, "\(x0): \(xs)")
            XCTAssertEqual(xs.count, 4, "\(x0): \(xs)")
        }
        let one = Array(body.prefix(3))
        let loose = StreamTables.columnLines(body: one, header: [], from: 62.2, to: 250, minGap: 3, alignedEdgeRows: 3, alignedEdgeSlack: 1)
        XCTAssertFalse(loose.contains { $0 > 111.266 && $0 < 112.102 }, "\(loose)")
    }
}
