import XCTest
@testable import Budget
@testable import Layout
@testable import Pipeline
@testable import Tables

/// The summary `extract` prints: its columns line up whatever the lengths of kind names,
/// page ranges and counts.
final class SummaryTests: XCTestCase {
    func table(_ number: Int, _ kind: TableKind, pages: [Int], columns: Int, rows: Int) -> BudgetTable {
        let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        let assembled = AssembledTable(
            pages: pages, pieces: [], headerRows: 1,
            columns: (0..<columns).map { Column(path: ["c\($0)"], box: zero) },
            rows: (0..<rows).map { _ in TableRow(cells: Array(repeating: "", count: columns), page: 1, box: zero, cellBoxes: []) },
            headerCells: [])
        return BudgetTable(number: number, kind: kind, block: TitleBlock(title: "表\(number)"), assembled: assembled, notes: [])
    }

    func testColumnsLineUp() {
        var doc = BudgetDocument(source: "x.pdf", info: DocumentInfo(pageCount: 120), tables: [
            table(1, .revenue, pages: [10, 11], columns: 9, rows: 31),
            table(2, .gpbBasicExpenditure, pages: [9], columns: 12, rows: 1),
            table(12, .other, pages: [100, 112], columns: 3, rows: 1200),
        ])
        doc.tables[2].rows[0].review = true
        let lines = Summary.text(doc, folder: "out", files: ["tables.json", "a.csv"]).split(separator: "\n").map(String.init)
        let tableLines = Array(lines[1...3])
        for word in ["cols", "rows", "表"] {
            let offsets = tableLines.map { line in line.range(of: word).map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
            XCTAssertEqual(Set(offsets).count, 1, "«\(word)» at \(offsets) in\n\(tableLines.joined(separator: "\n"))")
        }
        XCTAssertTrue(tableLines[2].contains("1 to review"))
    }

    func testAlignedPadsEveryColumnButTheLast() {
        XCTAssertEqual(Summary.aligned([["1", "ab", "x"], ["10", "a", "long title"]], rightAligned: [0]),
                       [" 1  ab  x", "10  a   long title"])
    }
}
