import XCTest
@testable import Layout
@testable import Tables

/// No rules: a header whose cells in columns an ideograph wide stack a character a line
/// (国有资本经营预算, 财政专户管理资金 one under another) under a line of two group heads
/// (本年收入 | 上年结转) stands nine lines tall. Read up to `maxStackedHeaderLines` lines, the
/// group line is part of the header, each narrow column under its group; with a limit of eight
/// it was cut off as a "title", and the columns lost their groups.
final class TallStackedHeaderTests: XCTestCase {
    private let narrow = ["国有资本经营预算", "财政专户管理资金", "事业单位经营收入", "附属单位上缴收入"]
    private let xs: [Double] = [150, 190, 230, 270]

    private func page() -> PageLayout {
        var cs = chars("本年收入", x: 154, y: 40) + chars("上年结转", x: 234, y: 40)
        for k in 0..<8 {
            let y = 52 + Double(k) * 10
            for (c, word) in narrow.enumerated() { cs += chars(String(Array(word)[k]), x: xs[c] + 8, y: y) }
            if k == 4 { cs += chars("科目编码", x: 10, y: y) + chars("科目名称", x: 60, y: y) + chars("合计", x: 110, y: y) }
        }
        let rows = [("201", "一般公共服务支出"), ("20101", "人大事务"), ("208", "社会保障和就业支出"), ("20805", "行政事业单位养老支出")]
        for (i, r) in rows.enumerated() {
            let y = 140 + Double(i) * 14
            cs += chars(r.0, x: 10, y: y) + chars(r.1, x: 40, y: y) + chars("40.00", x: 110, y: y)
            for x in xs { cs += chars("10.00", x: x + 4, y: y) }
        }
        return PageLayout(number: 1, width: 400, height: 300, chars: cs, segments: [])
    }

    private func groups(_ settings: ExtractionSettings) throws -> [String] {
        let table = try XCTUnwrap(StreamTables.tables(on: page(), excluding: [], settings: settings).first)
        let H = TableAssembler.detectHeaderRows(table, settings: settings.header)
        return table.cells.filter { $0.row < H && $0.colSpan == 2 }.map(\.text).sorted()
    }

    func testAHeaderStackedNineLinesKeepsItsGroupLine() throws {
        XCTAssertEqual(try groups(.standard), ["上年结转", "本年收入"])
        let table = try XCTUnwrap(StreamTables.tables(on: page(), excluding: [], settings: .standard).first)
        for word in narrow { XCTAssertTrue(table.cells.contains { $0.text == word }, word) }
        var eight = ExtractionSettings.standard
        eight.stream.maxStackedHeaderLines = 8
        XCTAssertEqual(try groups(eight), [])
    }
}
