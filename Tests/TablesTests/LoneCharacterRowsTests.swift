import XCTest
@testable import Layout
@testable import Tables

/// A name wrapped a character a line in a narrow column, its lines read as rows of their own
/// (焦 | 作 | 市 under a row of amounts): those rows ask; a row of one short label with amounts,
/// or a label of two characters alone, does not.
final class LoneCharacterRowsTests: XCTestCase {
    private func row(_ cells: [String]) -> TableRow {
        let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        return TableRow(cells: cells, page: 1, box: zero, cellBoxes: cells.map { _ in zero })
    }

    func testARowOfOneCharacterAloneAsks() {
        var rows = [row(["302303", "焦作市", "70.61"]), row(["", "劳", ""]), row(["", " 动 ", ""]), row(["类", "", ""]),
                    row(["", "合计", "70.61"]), row(["", "机关", ""]), row(["", "7", ""]), row(["甲", "", "1.00"])]
        LoneCharacterRows.mark(&rows)
        XCTAssertEqual(rows.map { $0.flags.contains(.rowBoundaryUncertain) }, [false, true, true, true, false, false, false, false])
    }
}
