import XCTest
@testable import Layout
@testable import Tables

/// With no rules, the header of a continuation page is the lines printed again in the same place
/// on the page before or after; lines of text only between it and the first line of amounts are
/// rows (the tail of a name the page break cut), not header lines.
final class RepeatedHeaderTests: XCTestCase {
    /// Lines (text, x, y, repeated) read as the table stage reads them; the header found above the line `first`.
    private func header(_ parts: [(String, Double, Double, Bool)], above firstText: String) -> [String]? {
        let s = ExtractionSettings.standard
        let cs = parts.flatMap { p in chars(p.0, x: p.1, y: p.2).map { c -> TextChar in var c = c; c.repeated = p.3; return c } }
        let lines = TextAssembly.lines(cs, settings: s.text)
        let words = lines.map { StreamTables.words($0, gapFactor: s.stream.wordGapFactor) }
        guard let first = lines.firstIndex(where: { $0.text.hasPrefix(firstText) }) else { return nil }
        return StreamTables.repeatedHeader(above: first, lines: lines, words: words, bodyEm: 8, settings: s.stream).map { r in r.map { lines[$0].text } }
    }

    private let headerLines: [(String, Double, Double, Bool)] = [
        ("绩效目标", 300, 40, true), ("项目单位", 100, 52, true), ("资金总额", 160, 64, true), ("三级指标", 300, 64, true)]

    func testTheLinesBetweenTheRepeatedHeaderAndTheAmountsAreRows() {
        // 退休人员 / 取暖费 / 差额, a name's tail, under the header, then its next item's amounts.
        let page = headerLines + [("退休人员", 100, 78, false), ("取暖费", 100, 90, false), ("差额", 100, 102, false),
                                  ("410800", 20, 116, false), ("902.20", 160, 116, false)]
        XCTAssertEqual(header(page, above: "410800"), ["绩效目标", "项目单位", "资金总额三级指标"])
    }

    func testNoRepeatedLinesNoRepeatedHeader() {
        let page = headerLines.map { ($0.0, $0.1, $0.2, false) } + [("退休人员", 100, 78, false), ("410800", 20, 92, false), ("902.20", 160, 92, false)]
        XCTAssertNil(header(page, above: "410800"))
    }

    func testAGapOnTheWayOrALoneRepeatedLineIsNoHeader() {
        // A gap wider than a header's lines stand apart between: the lines above are no header of these rows.
        let page = headerLines + [("退休人员", 100, 78, false), ("410800", 20, 140, false), ("902.20", 160, 140, false)]
        XCTAssertNil(header(page, above: "410800"))
        // A repeated line of one word alone (a running head, a page number) is no header.
        let lone: [(String, Double, Double, Bool)] = [("部门预算", 300, 40, true), ("退休人员", 100, 52, false), ("410800", 20, 64, false), ("902.20", 160, 64, false)]
        XCTAssertNil(header(lone, above: "410800"))
    }
}
