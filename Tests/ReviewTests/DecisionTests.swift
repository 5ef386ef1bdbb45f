import Foundation
import Output
@testable import Review
import XCTest

/// The steps of applying a reviewer's decisions, on the hand-made tables.json of ReviewPageTests
/// (table 2: row 0 合计 10.00 9.00, row 1 "<script>…" 7.00 6.00).
final class DecisionTests: XCTestCase {
    let doc = CorrectionsFile.DocumentRef(file: "a<b>.pdf", sha256: nil)

    func testEditCellsRecordsWhatChangedAndRefusesAStaleCell() throws {
        let f = try ReviewPageTests.tables(review: true)
        var row = f.tables[0].rows[1]
        let names = f.tables[0].columns.map(\.name)
        let ok = Reviser.editCells(&row, original: f.tables[0].rows[1],
                                   edits: [.init(column: 1, from: "7.00", to: " 6.00 "), .init(column: 2, to: "6.00")], names: names)
        XCTAssertEqual(try ok.get().names, ["合计"], "an edit to the same text changes nothing")
        XCTAssertEqual(try ok.get().was, ["7.00"])
        XCTAssertEqual(try ok.get().changed, 1)
        XCTAssertEqual(row.cells[1], "6.00")
        var again = f.tables[0].rows[1]
        if case .failure(let r) = Reviser.editCells(&again, original: f.tables[0].rows[1], edits: [.init(column: 1, from: "8.00", to: "6.00")], names: names) {
            XCTAssertTrue(r.why.contains("reads «7.00» in tables.json, not «8.00»"), r.why)
        } else { XCTFail("a stale edit is refused") }
        if case .success = Reviser.editCells(&again, original: f.tables[0].rows[1], edits: [.init(column: 9, to: "1")], names: names) {
            XCTFail("a column that is not there is refused")
        }
    }

    func testDecideRefusesWhatIsNotThereAndRecordsTheRest() throws {
        let original = try ReviewPageTests.tables(review: true)
        var f = original
        var reviewed: [String: TablesFile.Reviewed] = [:]
        func decide(_ d: CorrectionsFile.Decision) -> Reviser.Decided {
            Reviser.decide(d, in: &f, original: original, reviewed: &reviewed, by: "r", at: "now")
        }
        XCTAssertEqual(decide(.init(document: doc, table: 7, row: 0, action: .accept)), .refused("the document has no table 7"))
        XCTAssertEqual(decide(.init(document: doc, table: 2, row: 5, action: .accept)), .refused("table 2 has 2 rows"))
        XCTAssertEqual(decide(.init(document: doc, table: 2, row: 1, action: .accept, was: ["x"])),
                       .refused("the row in tables.json is not the one reviewed (extracted again since?)"))
        XCTAssertEqual(decide(.init(document: doc, table: 2, row: 1, action: .accept)), .accepted)
        XCTAssertEqual(reviewed["2/1"]?.checks, ["t2-col1-r2"], "accepting accepts the failed check shown")
        XCTAssertEqual(decide(.init(document: doc, table: 2, row: 1, action: .edit, edits: [.init(column: 1, to: "6.00")])), .edited(cells: 1))
        XCTAssertEqual(reviewed["2/1"]?.edited, ["合计"])
        XCTAssertEqual(reviewed["2/1"]?.was, ["7.00"])
        XCTAssertEqual(f.tables[0].rows[1].cells[1], "6.00")
    }
}
