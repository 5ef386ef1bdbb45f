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

    /// Above a table's first piece, header lines the table was not read with (a header stacked
    /// over many lines with no rules) fill more than the title block's lines: the title above
    /// them stays the table's (not narrative), so the table keeps its title and kind.
    func testTitleAboveManyUnreadHeaderLinesStaysTheTables() {
        func line(_ text: String, _ y: Double, size: Double = 9) -> TextLine {
            TextLine(text: text, box: Rect(x0: 50, y0: y, x1: 50 + Double(text.count) * size, y1: y + size), fontSize: size)
        }
        let lines = [line("本部门的支出按经济分类列示如下。", 20), line("2026年支出经济分类汇总表", 40, size: 15),
                     line("部门名称：东湖县示范管理局 单位：万元", 60)]
            + (0..<7).map { line(["部门预算", "经济分类", "政府性", "基金", "小计", "其中", "收入"][$0], 70 + Double($0) * 10) }
        var narrative: [String] = []
        let kept = TableStitcher.trimToTitleBlock(lines, maxLines: 6, narrative: &narrative)
        XCTAssertEqual(kept.first?.text, "2026年支出经济分类汇总表")
        XCTAssertEqual(narrative, ["本部门的支出按经济分类列示如下。"])
        // With no title above the last lines, they are the block, as before.
        var rest: [String] = []
        let untitled = TableStitcher.trimToTitleBlock([lines[0]] + Array(lines.suffix(4)), maxLines: 3, narrative: &rest)
        XCTAssertEqual(untitled.map(\.text), ["小计", "其中", "收入"])
        XCTAssertEqual(rest, ["本部门的支出按经济分类列示如下。", "基金"])
    }
}
