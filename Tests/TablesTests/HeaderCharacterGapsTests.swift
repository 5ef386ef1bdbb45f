import XCTest
@testable import Layout
@testable import Tables

/// Narrow columns empty in every row, their headers wrapped (政府性 / 基金预 / 算 beside
/// 国有资 / 本经营 / 预算) and set a little under a word gap apart: a spreadsheet's print with
/// horizontal rules only. Only the header shows these columns.
final class HeaderCharacterGapsTests: XCTestCase {
    private func chars(_ text: String, from x: Double, width: Double, row: Int) -> [TextChar] {
        text.enumerated().map { i, ch in
            TextChar(text: String(ch), box: Rect(x0: x + Double(i) * width, y0: Double(row) * 10, x1: x + Double(i + 1) * width, y1: Double(row) * 10 + 8), fontSize: width)
        }
    }

    private func word(_ text: String, _ x0: Double, _ x1: Double, row: Int, numeric: Bool = false) -> StreamTables.Word {
        StreamTables.Word(text: text, box: Rect(x0: x0, y0: Double(row) * 10, x1: x1, y1: Double(row) * 10 + 8), numeric: numeric)
    }

    /// Two cells' headers 2.68 pt apart in a 6.8 pt font (0.39 em, under the word gap of 0.4 em)
    /// were read as one word; in a header, a gap wider than a printed space parts them. A printed
    /// space (0.3 em) does not.
    func testAHeaderWordIsPartedAtAGapWiderThanAPrintedSpace() {
        let em = 6.804, minGap = em * ExtractionSettings.standard.stream.headerCharacterGapFactor
        let run = chars("政府性", from: 540.7, width: em, row: 1) + chars("国有资", from: 563.792, width: em, row: 1)
        let parted = StreamTables.splitAtCharacterGaps([word("政府性国有资", 540.7, 584.204, row: 1)], chars: run, minGap: minGap)
        XCTAssertEqual(parted.map(\.text), ["政府性", "国有资"])
        XCTAssertEqual(parted.first?.box.x1 ?? 0, 561.112, accuracy: 0.001)
        XCTAssertEqual(parted.last?.box.x0 ?? 0, 563.792, accuracy: 0.001)
        let spaced = chars("其中", from: 100, width: em, row: 1) + chars("财政拨款", from: 100 + 2 * em + 0.3 * em, width: em, row: 1)
        let whole = StreamTables.splitAtCharacterGaps([word("其中财政拨款", 100, spaced.last!.box.x1, row: 1)], chars: spaced, minGap: minGap)
        XCTAssertEqual(whole.map(\.text), ["其中财政拨款"])
    }

    /// A 单位代码 column holding one code (302) set right 0.8 pt before the names set left down
    /// the rows, no whole half-point step of whitespace between, its header (单位代 / 码) over
    /// the code: a line stands between code and names. Without the header over the code, none.
    func testACodeSetRightAFractionOfAPointBeforeNamesStaysInItsHeadedColumn() {
        let body = [word("205", 65, 71.7, row: 3, numeric: true), word("302", 107.7, 114.33, row: 2, numeric: true),
                    word("某市示范局", 115.098, 135.1, row: 2)]
            + (3..<6).map { word("中等职业教育", 115.098, 139.1, row: $0) } + (3..<6).map { word("1,000.00", 230, 257, row: $0, numeric: true) }
        let header = [word("单位代", 101, 113, row: 0), word("码", 105, 109, row: 1), word("单位（科目名称）", 138.4, 170.4, row: 0),
                      word("总计", 240, 250, row: 0)]
        let settings = ExtractionSettings.standard.stream
        let xs = StreamTables.columnLines(body: body, header: header, from: 60.3, to: 262, minGap: settings.minColumnGap,
                                          alignedEdgeRows: settings.minAlignedEdgeRows, alignedEdgeSlack: settings.alignedEdgeSlack)
        XCTAssertTrue(xs.contains { $0 > 114.33 && $0 < 115.098 }, "\(xs)")
        let unheaded = StreamTables.columnLines(body: body, header: Array(header.dropFirst(2)), from: 60.3, to: 262, minGap: settings.minColumnGap,
                                                alignedEdgeRows: settings.minAlignedEdgeRows, alignedEdgeSlack: settings.alignedEdgeSlack)
        XCTAssertFalse(unheaded.contains { $0 > 114.33 && $0 < 115.098 }, "\(unheaded)")
    }

    /// Over columns that print nothing, two header leaves 1.8 pt apart in a 4.6 pt font (under
    /// `minColumnGap`, 3 pt) part two columns: a line stands between 事业单位经营收入 and
    /// 上级补助收入. Without the header gap measured against the print's em, they are one column.
    func testHeaderLeavesOverEmptyColumnsPartColumnsInASmallPrint() {
        let body = (2..<5).flatMap { r in [word("190.00", 526, 545, row: r, numeric: true), word("88.08", 642, 660, row: r, numeric: true)] }
        let header = [word("合计", 528, 540, row: 0), word("事业单", 564.5, 578.3, row: 0), word("位经营", 564.5, 578.3, row: 1),
                      word("上级补", 580.1, 593.9, row: 0), word("助收入", 580.1, 593.9, row: 1), word("其他", 644, 656, row: 0)]
        let settings = ExtractionSettings.standard.stream
        let small = StreamTables.columnLines(body: body, header: header, from: 500, to: 680, minGap: settings.minColumnGap,
                                             headerGap: 4.6 * settings.headerCharacterGapFactor)
        XCTAssertEqual(small.count, 5, "\(small)")
        XCTAssertTrue(small.contains { $0 > 578.3 && $0 < 580.1 }, "\(small)")
        XCTAssertTrue(small.contains { $0 > 545 && $0 < 564.5 }, "\(small)")
        XCTAssertTrue(small.contains { $0 > 593.9 && $0 < 642 }, "\(small)")
        let absolute = StreamTables.columnLines(body: body, header: header, from: 500, to: 680, minGap: settings.minColumnGap)
        XCTAssertFalse(absolute.contains { $0 > 578.3 && $0 < 580.1 }, "\(absolute)")
    }
}
