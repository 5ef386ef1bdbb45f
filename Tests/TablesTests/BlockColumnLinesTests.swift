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
