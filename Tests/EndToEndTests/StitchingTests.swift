import XCTest
@testable import Layout
@testable import Pipeline
@testable import Tables

/// Which table a piece without a title goes on.
final class StitchingHalvesTests: XCTestCase {
    /// A ruled piece: one header row of `header`, then body rows of amounts, columns at `xs`.
    func piece(page: Int, xs: [Double], header: [String]?, rows: Int = 3) -> PageTable {
        var cells: [Cell] = []
        var ys: [Double] = [100]
        var r = 0
        if let header {
            for (c, h) in header.enumerated() { cells.append(Cell(row: 0, col: c, box: Rect(x0: xs[c], y0: 100, x1: xs[c + 1], y1: 120), text: h)) }
            ys.append(120); r = 1
        }
        for k in 0..<rows {
            let y = ys.last!
            for c in 0..<(xs.count - 1) {
                cells.append(Cell(row: r + k, col: c, box: Rect(x0: xs[c], y0: y, x1: xs[c + 1], y1: y + 20), text: "\(1000 * (k + 1) + c).00"))
            }
            ys.append(y + 20)
        }
        let grid = Grid(xs: xs, ys: ys, hRuled: Array(repeating: Array(repeating: true, count: xs.count - 1), count: ys.count),
                        vRuled: Array(repeating: Array(repeating: true, count: xs.count), count: ys.count - 1))
        return PageTable(page: page, grid: grid, cells: cells)
    }

    func title(_ text: String) -> [TextLine] { [TextLine(text: text, box: Rect(x0: 100, y0: 40, x1: 400, y1: 56), fontSize: 16)] }

    /// A wide table printed in halves on facing pages: left, right, left goes on, right goes on.
    /// Each continuation goes on the half whose columns it has.
    func testHalvesOnFacingPagesGoOnTheirOwnHalf() {
        let left: [Double] = [40, 100, 200, 300, 400, 500], right: [Double] = [40, 120, 240, 360, 480]
        let pages = [
            PageReading(number: 1, height: 842, pieces: [piece(page: 1, xs: left, header: ["款", "名称", "人事费", "业务费", "债务费"])],
                        outside: title("2026年岁出用途别科目分析表")),
            PageReading(number: 2, height: 842, pieces: [piece(page: 2, xs: right, header: ["小计", "设备费", "预备金", "合计"])],
                        outside: title("2026年岁出用途别科目分析表（续）")),
            PageReading(number: 3, height: 842, pieces: [piece(page: 3, xs: left, header: ["款", "名称", "人事费", "业务费", "债务费"])], outside: []),
            PageReading(number: 4, height: 842, pieces: [piece(page: 4, xs: right, header: ["小计", "设备费", "预备金", "合计"])], outside: []),
        ]
        let tables = TableStitcher.stitch(pages: pages, settings: .standard).tables
        XCTAssertEqual(tables.map { $0.pieces.map(\.page) }, [[1, 3], [2, 4]])
    }

    /// A piece with other columns under a header of its own is another table, even as wide.
    func testOtherColumnsUnderAHeaderOfTheirOwnStartAnotherTable() {
        let a: [Double] = [40, 140, 240, 340, 440, 540], b: [Double] = [40, 160, 280, 400, 540]
        let pages = [
            PageReading(number: 1, height: 842, pieces: [piece(page: 1, xs: a, header: ["科目", "合计", "基本支出", "项目支出", "其他"])],
                        outside: title("2026年部门支出预算表")),
            PageReading(number: 2, height: 842, pieces: [piece(page: 2, xs: b, header: ["单位名称", "职员", "工友", "合计"])], outside: []),
        ]
        XCTAssertEqual(TableStitcher.stitch(pages: pages, settings: .standard).tables.count, 2)
        // Without a header of its own it goes on (columns mapped by position, flagged).
        let cont = [pages[0], PageReading(number: 2, height: 842, pieces: [piece(page: 2, xs: b, header: nil)], outside: [])]
        XCTAssertEqual(TableStitcher.stitch(pages: cont, settings: .standard).tables.count, 1)
    }
}
