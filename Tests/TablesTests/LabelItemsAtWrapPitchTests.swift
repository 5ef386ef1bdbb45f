import XCTest
@testable import Layout
@testable import Tables

/// Rows set by spacing alone (no rules), one row standing from the next hardly further than a
/// wrapped cell's lines: which items of labels only are in doubt (a line of a name cut off its row).
final class LabelItemsAtWrapPitchTests: XCTestCase {
    /// Lines (text, x, y) read as the table stage reads them, the items cut at `cuts`.
    private func doubtful(_ parts: [(String, Double, Double)], cuts: [Double], tall: Set<String> = []) -> Set<Int> {
        let s = ExtractionSettings.standard
        let lines = TextAssembly.lines(parts.flatMap { chars($0.0, x: $0.1, y: $0.2, size: tall.contains($0.0) ? 12 : 8) }, settings: s.text)
        let words = lines.map { StreamTables.words($0, gapFactor: s.stream.wordGapFactor) }
        return StreamTables.labelItemsAtWrapPitch(Array(lines.indices), lines: lines, words: words, cuts: cuts, em: 8, settings: s.stream)
    }

    func testAFigureCentredBesideATwoLineLabelMakesItsOwnRow() {
        // 补贴发放 / 人数 beside ≥160人, then 补贴发放 / 率 beside 100%: each figure a line of its
        // own, centred between its label's two lines (a browser centres each cell in its row);
        // the rows 13 pt apart where a wrapped label's lines stand 12 apart.
        let rows = [("补贴发放", 100.0, 100.0), ("≥160人", 160, 106), ("人数", 100, 112),
                    ("补贴发放", 100, 125), ("100%", 160, 131), ("率", 100, 137)]
        XCTAssertEqual(doubtful(rows, cuts: [95, 121, 150]), [])
    }

    func testALabelWithNoFigureBesideItAtAWrapsPitchStaysInDoubt() {
        // The same rows without their figures: the second could be the first's name wrapped on.
        let rows = [("补贴发放", 100.0, 100.0), ("人数", 100, 112), ("补贴发放", 100, 125), ("率", 100, 137)]
        XCTAssertEqual(doubtful(rows, cuts: [95, 121, 150]), [0, 1])
    }

    func testAWrapsPitchIsMeasuredBetweenTheNamesLinesNotALineHoldingAmounts() {
        // 一般公共预 / 算拨款收入 with its amount in the first line's band, its box reaching
        // further down (taller type): that line's box reaches down with it, its middle 2 pt
        // under the name's. Then 交通运输支 / 出, two items at the wrap's
        // pitch (12 pt): the second could be the first's name wrapped on. Measured between the
        // lines' middles the wrap's pitch read 10 pt, and neither asked.
        let rows = [("一般公共预", 100.0, 100.0), ("1,234.00", 160, 100), ("算拨款收入", 100, 112),
                    ("交通运输支", 100, 130), ("出", 100, 142)]
        XCTAssertEqual(doubtful(rows, cuts: [95, 125, 140, 155], tall: ["1,234.00"]), [1, 2])
    }

    func testALineOpeningANumberedItemStartsItsCell() {
        // （二）政府性基 / 金预算拨款, then （三）国有资本 / 经营预算拨款 13 pt below: the ordinal
        // opens a cell, so the line above it ends another.
        let rows = [("（二）政府性基", 100.0, 100.0), ("金预算拨款", 100, 112), ("（三）国有资本", 100, 125), ("经营预算拨款", 100, 137)]
        XCTAssertEqual(doubtful(rows, cuts: [95, 121, 150]), [])
        let unnumbered = [("政府性基", 100.0, 100.0), ("金预算拨款", 100, 112), ("国有资本", 100, 125), ("经营预算拨款", 100, 137)]
        XCTAssertEqual(doubtful(unnumbered, cuts: [95, 121, 150]), [0, 1])
    }
}
