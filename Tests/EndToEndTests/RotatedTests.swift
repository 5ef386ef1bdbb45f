import Budget
import Layout
import Pipeline
import XCTest

/// A landscape table drawn turned on a portrait page, with no /Rotate (scripts/make_rotated_fixture.py).
final class RotatedTests: XCTestCase {
    func check(_ name: String, expectedBoxX: ClosedRange<Double>) throws {
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("rotated/\(name).pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(t.kind, .expenditure)
        XCTAssertEqual(t.unit, "万元")
        XCTAssertEqual(t.columns.map { $0.path.joined(separator: "/") }, ["科目名称", "合计", "基本支出", "项目支出"])
        XCTAssertEqual(t.rows.map { $0.cells[0] }, ["合计", "一般公共服务支出", "教育支出", "社会保障和就业支出"])
        XCTAssertEqual(t.notes, ["注：本表按四舍五入列示。"])
        // Boxes are given on the page as printed: the table stands upright across the portrait page.
        let region = try XCTUnwrap(t.regions.first).box
        XCTAssertGreaterThan(region.height, region.width)
        XCTAssertTrue(expectedBoxX.contains(region.x0), "\(region)")
    }

    func testTurnedClockwise() throws { try check("turned-cw", expectedBoxX: 370...380) }
    func testTurnedCounterClockwise() throws { try check("turned-ccw", expectedBoxX: 95...105) }

    func testOrientationFromReadingOrder() {
        func run(dx: Double, dy: Double) -> [TextChar] {
            (0..<30).map { i in TextChar(text: "字", box: Rect(x0: 100 + dx * Double(i), y0: 100 + dy * Double(i), x1: 110 + dx * Double(i), y1: 110 + dy * Double(i))) }
        }
        XCTAssertEqual(Orientation90.detect(run(dx: 10, dy: 0)), .upright)
        XCTAssertEqual(Orientation90.detect(run(dx: 0, dy: 10)), .down)
        XCTAssertEqual(Orientation90.detect(run(dx: 0, dy: -10)), .up)
        XCTAssertEqual(Orientation90.detect(Array(run(dx: 10, dy: 0).prefix(5))), .upright, "too little text to turn a page")
    }
}
