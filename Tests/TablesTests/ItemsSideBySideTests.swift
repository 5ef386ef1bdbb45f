import XCTest
@testable import Layout
@testable import Tables

/// Vertical rules only, rows set by text lines: at a page's foot two indicator rows ran into one
/// row (too few lines there to tell a row's spacing from a wrap's). Their cells side by side hold
/// lines level with each other's, none filling its cell: no wrap, items run together, and those
/// cells ask for review (`several_values_in_cell`). A name wrapped beside wrapped prose fills its
/// cell above each break and asks nothing; nor does a name wrapped beside a single value.
final class ItemsSideBySideTests: XCTestCase {
    private func line(_ text: String, _ x0: Double, _ mid: Double) -> TextLine {
        let cs = chars(text, x: x0, y: mid - 4)
        return TextLine(text: text, box: Rect.enclosing(cs.map(\.box))!, fontSize: 8, chars: cs)
    }
    private func cell(_ col: Int, _ x0: Double, _ x1: Double, _ lines: [TextLine]) -> Cell {
        Cell(row: 3, col: col, rowSpan: 1, colSpan: 1, box: Rect(x0: x0, y0: 0, x1: x1, y1: 30),
             text: lines.map(\.text).joined(), lineCount: lines.count, flags: [])
    }

    func testLevelLinesThatLeaveRoomInTwoCellsAreItemsRunTogether() {
        // 投入管 / 理指标 fills its narrow label cell; the indicator and its value leave room.
        let label = [line("投入管", 2, 10), line("理指标", 2, 24)]
        let indicator = [line("年度履职目标相关性", 132, 10), line("工作任务科学性", 132, 24)]
        let value = [line("相关", 252, 10), line("科学", 252, 24)]
        let cells = [cell(0, 0, 28, label), cell(2, 130, 250, indicator), cell(3, 250, 300, value)]
        XCTAssertEqual(PageTableBuilder.itemsRunTogetherSideBySide(cells, lines: [label, indicator, value], settings: .init()), [1, 2])
    }

    func testWrappedCellsSideBySideAskNothing() {
        // A name that fills its cell before the break, beside prose that fills its own.
        let name = [line("机关事业单位基本养老", 132, 10), line("保险缴费", 132, 24)]
        let prose = [line("按规定比例缴纳养老保险", 222, 10), line("费用", 222, 24)]
        let filled = [cell(2, 130, 212, name), cell(3, 220, 310, prose)]
        XCTAssertEqual(PageTableBuilder.itemsRunTogetherSideBySide(filled, lines: [name, prose], settings: .init()), [])
        // Lines that leave room, but only one cell of them: a value on one line only.
        let indicator = [line("年度履职目标相关性", 132, 10), line("工作任务科学性", 132, 24)]
        let value = [line("相关", 252, 10)]
        let one = [cell(2, 130, 250, indicator), cell(3, 250, 300, value)]
        XCTAssertEqual(PageTableBuilder.itemsRunTogetherSideBySide(one, lines: [indicator, value], settings: .init()), [])
        // Two cells of lines that leave room but are not level (a hard break set a line apart).
        let offset = [line("相关", 252, 17), line("科学", 252, 33)]
        let apart = [cell(2, 130, 250, indicator), cell(3, 250, 300, offset)]
        XCTAssertEqual(PageTableBuilder.itemsRunTogetherSideBySide(apart, lines: [indicator, offset], settings: .init()), [])
    }
}
