import XCTest
@testable import Layout
@testable import Tables

/// Names of no amount under a table's last amounts, wrapped in a narrow column, read as an item a
/// line (no rules, nothing beside them to tie a name's lines together): which cuts between such
/// items part the lines of one name.
final class WrappedLabelCutsTests: XCTestCase {
    /// Lines (text, x, y) read as the table stage reads them, the items cut at `cuts`.
    private func joins(_ parts: [(String, Double, Double)], cuts: [Double]) -> Set<Int> {
        let s = ExtractionSettings.standard
        let lines = TextAssembly.lines(parts.flatMap { chars($0.0, x: $0.1, y: $0.2) }, settings: s.text)
        let words = lines.map { StreamTables.words($0, gapFactor: s.stream.wordGapFactor) }
        return StreamTables.wrappedLabelCuts(Array(lines.indices), lines: lines, words: words, cuts: cuts, em: 8, settings: s.stream)
    }

    /// A name wrapped round its amounts (一般公共预 / 算拨款收入, 12 pt apart: the wrap's pitch),
    /// then 交通运输支 / 出 and 住房保障支 / 出, each line an item, each pair 12 pt apart and 18
    /// from the next: each pair is one name.
    func testPairsAtAWrapsPitchSetARowApartAreOneNameEach() {
        let rows = [("一般公共预", 100.0, 100.0), ("1,234.00", 160, 106), ("算拨款收入", 100, 112),
                    ("交通运输支", 100, 130), ("出", 100, 142), ("住房保障支", 100, 160), ("出", 100, 172),
                    ("其他支出", 100, 190)]
        // Items: 0 the first name with its amount, then one line each.
        XCTAssertEqual(joins(rows, cuts: [95, 125, 140, 155, 170, 185, 200]), [2, 4])
    }

    /// The same lines all 12 pt apart: no row's spacing sets the pairs apart, nothing is joined
    /// (each line might be a name of its own).
    func testLinesAllAtAWrapsPitchAreNotJoined() {
        let rows = [("一般公共预", 100.0, 100.0), ("1,234.00", 160, 106), ("算拨款收入", 100, 112),
                    ("交通运输支", 100, 124), ("出", 100, 136), ("住房保障支", 100, 148), ("出", 100, 160)]
        XCTAssertEqual(joins(rows, cuts: [95, 120, 130, 142, 154, 170]), [])
    }

    /// A lower line that opens a numbered item (（九）…) starts a name of its own, whatever the
    /// spacing.
    func testALineOpeningANumberedItemIsNotJoined() {
        let rows = [("一般公共预", 100.0, 100.0), ("1,234.00", 160, 106), ("算拨款收入", 100, 112),
                    ("（八）交通", 100, 130), ("（九）住房", 100, 142), ("其他支出", 100, 160)]
        XCTAssertEqual(joins(rows, cuts: [95, 125, 140, 155, 170]), [])
    }
}
