import XCTest
import Layout
@testable import Tables

/// A page holding nothing but a stack of horizontal rules of one extent with one run of text in
/// their bands, and no vertical rule, is a single column of a table ruled by horizontal lines
/// only: its sides are given where the rules end. Anything else on the page is left alone.
final class OneColumnStackTests: XCTestCase {
    let ys = (0...8).map { 40 + Double($0) * 16 }
    func rules(_ x0: Double = 40, _ x1: Double = 90) -> [Segment] { ys.map { Segment(.horizontal, at: $0, from: x0, to: x1) } }
    func values(_ x: Double = 45) -> [TextChar] { (0..<8).flatMap { chars("≥9\($0)%", x: x, y: ys[$0] + 4) } }

    func testAStackOfOneColumnGetsItsSides() {
        let sides = OneColumnStack.sides(of: PageLayout(number: 1, width: 300, height: 400, chars: values(), segments: rules()), settings: .standard)
        XCTAssertEqual(sides.map(\.orientation), [.vertical, .vertical])
        XCTAssertEqual(sides.map(\.position), [40, 90])
        XCTAssertEqual(sides.first?.start, ys.first)
        XCTAssertEqual(sides.first?.end, ys.last)
    }

    /// Printed without its outer side rules, the column keeps the rule between it and the
    /// sheet's columns before: only the other side is given. Text running off the page (the rest
    /// of a label the page's edge cut) is no line of the column.
    func testAStackWithOneSideDrawnGetsTheOther() {
        let left = Segment(.vertical, at: 40, from: 56, to: 168)
        let cut = chars("度指标", x: -6, y: ys[0] + 4)
        let sides = OneColumnStack.sides(of: PageLayout(number: 1, width: 300, height: 400, chars: values() + cut, segments: rules() + [left]),
                                         settings: .standard)
        XCTAssertEqual(sides.map(\.position), [90])
    }

    /// A narrow column (19.5 pt, under `minTableWidth`) of many rows, most of them empty: read as
    /// a table of one column all the same, each value in its row (before: dropped as decoration,
    /// the sheet's last column lost).
    func testANarrowStackOfManyRowsIsATable() throws {
        let narrow = (0..<8).filter { $0 % 3 == 0 }.flatMap { chars("≥9\($0)%", x: 41, y: ys[$0] + 4, size: 4) }
        let page = PageLayout(number: 1, width: 300, height: 400, chars: narrow, segments: rules(40, 59.5))
        let table = try XCTUnwrap(PageTableBuilder.tables(on: page).first)
        XCTAssertEqual(table.columnCount, 1)
        XCTAssertEqual(table.rowCount, 8)
        XCTAssertEqual(table.cells.map(\.text).filter { !$0.isEmpty }, ["≥90%", "≥93%", "≥96%"])
    }

    func testOtherPagesAreLeftAlone() {
        func sides(_ chars: [TextChar], _ segments: [Segment]) -> [Segment] {
            OneColumnStack.sides(of: PageLayout(number: 1, width: 300, height: 400, chars: chars, segments: segments), settings: .standard)
        }
        // Both sides drawn: the page's grid is its own; a vertical rule inside: columns of their own.
        XCTAssertTrue(sides(values(), rules() + [40, 90].map { Segment(.vertical, at: $0, from: 40, to: 168) }).isEmpty)
        XCTAssertTrue(sides(values(), rules() + [Segment(.vertical, at: 65, from: 40, to: 168)]).isEmpty)
        // Lines of two cells apart: a table of several columns ruled by horizontal lines.
        XCTAssertTrue(sides(values() + chars("良好", x: 150, y: ys[2] + 4), rules(40, 200)).isEmpty)
        // Rules of another extent beside the stack.
        XCTAssertTrue(sides(values(), rules() + [Segment(.horizontal, at: 300, from: 20, to: 280)]).isEmpty)
        // Too few rules to be more than a box round a few lines.
        XCTAssertTrue(sides(Array(values().prefix(8)), Array(rules().prefix(3))).isEmpty)
    }
}
