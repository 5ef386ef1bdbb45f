import XCTest
@testable import Layout
@testable import Tables

/// A header cell read without rules that holds two cells' words: its lines stand side by side.
final class HeaderLinesSideBySideTests: XCTestCase {
    private func line(_ text: String, x: Double, y: Double, size: Double = 10) -> [TextChar] {
        text.enumerated().map { i, ch in
            TextChar(text: String(ch), box: Rect(x0: x + Double(i) * size, y0: y, x1: x + Double(i + 1) * size, y1: y + size), fontName: "F", fontSize: size)
        }
    }

    func testLinesOfTwoColumnsSideBySideAreTwoCells() {
        // 政府性 / 基金 in a narrow column, 一般公共预算 in the wide one beside it, a line lower.
        let chars = line("政府性", x: 100, y: 10) + line("一般公共预算", x: 140, y: 22) + line("基金", x: 105, y: 34)
        let box = Rect(x0: 95, y0: 5, x1: 210, y1: 50)
        XCTAssertTrue(StreamTables.headerLinesSideBySide(box, chars: chars, settings: .standard))
    }

    func testAWrappedCellsLinesStandOneOverAnother() {
        // 财政专户管理 / 资金收入, centred in one column.
        let chars = line("财政专户管理", x: 100, y: 10) + line("资金收入", x: 110, y: 22)
        let box = Rect(x0: 95, y0: 5, x1: 165, y1: 40)
        XCTAssertFalse(StreamTables.headerLinesSideBySide(box, chars: chars, settings: .standard))
    }
}
