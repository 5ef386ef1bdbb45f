@testable import Layout
import XCTest

/// Text printed again in the same place on the page before or after (a header repeated on each
/// page of a table) is marked; text elsewhere, or other text there, is not.
final class RepeatedTextTests: XCTestCase {
    func char(_ t: String, _ x: Double, _ y: Double, width: Double = 9) -> TextChar {
        TextChar(text: t, box: Rect(x0: x, y0: y, x1: x + width, y1: y + 9), fontSize: 9)
    }

    func testSameCharacterInTheSamePlaceOnANeighbourIsRepeated() {
        let page = [char("项", 40, 60), char("目", 49, 60), char(" ", 58, 60), char("退", 40, 100), char("1", 200, 100, width: 5)]
        let before = [char("项", 40.3, 60.2), char("目", 49, 60), char("退", 40, 130), char("7", 200, 100, width: 5)]
        let marked = RepeatedText.marked(page, neighbours: [before, []], tolerance: 0.5)
        XCTAssertEqual(marked.map(\.repeated), [true, true, false, false, false])
    }

    /// A box further off than the tolerance on any side (a wider glyph, a line lower) is another print.
    func testOffByMoreThanTheToleranceIsNotRepeated() {
        let page = [char("项", 40, 60), char("目", 49, 60)]
        let after = [char("项", 40, 60.8), char("目", 49, 60, width: 10)]
        XCTAssertEqual(RepeatedText.marked(page, neighbours: [[], after], tolerance: 0.5).map(\.repeated), [false, false])
        // No neighbour, or a tolerance of 0 (the setting turned off): nothing is marked.
        XCTAssertEqual(RepeatedText.marked(page, neighbours: [page], tolerance: 0).map(\.repeated), [false, false])
        XCTAssertEqual(RepeatedText.marked(page, neighbours: [], tolerance: 0.5).map(\.repeated), [false, false])
    }
}
