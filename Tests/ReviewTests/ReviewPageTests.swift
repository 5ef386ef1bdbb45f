import Foundation
import Output
@testable import Review
import XCTest

/// The page as pure HTML from a hand-made tables.json: rows listed, text escaped, empty state.
final class ReviewPageTests: XCTestCase {
    /// A two-row table; row 1 asks for review and carries markup in its text.
    static func tables(review: Bool) throws -> TablesFile {
        let json = """
        {"format": "budgetpdf/1", "tool": {"name": "budgetpdf", "version": "0.1.0"},
         "source": {"file": "a<b>.pdf", "sha256": "\(String(repeating: "ab", count: 32))", "pages": 3},
         "document": {"title": "测试 & <部门>", "department": "测试局", "year": 2024, "tables": []},
         "tables": [{"number": 2, "kind": "expenditure", "title": "2024年部门支出预算表", "unit": "万元", "pages": [1],
           "regions": [{"page": 1, "box": [10, 10, 300, 200]}], "header_rows": 1,
           "columns": [{"path": ["科目名称"], "name": "科目名称"}, {"path": ["合计"], "name": "合计"}, {"path": ["基本支出"], "name": "基本支出"}],
           "rows": [
             {"cells": ["合计", "10.00", "9.00"], "values": [null, "10", "9"], "page": 1, "box": [10, 50, 300, 70],
              "cell_boxes": [[10, 50, 100, 70], [100, 50, 200, 70], [200, 50, 300, 70]], "confidence": 1, "review": false, "flags": [], "checks": []},
             {"cells": ["<script>alert(\\"x\\")</script>&amp;", "7.00", "6.00"], "values": [null, "7", "6"], "page": 1, "box": [10, 70, 300, 90],
              "cell_boxes": [[10, 70, 100, 90], [100, 70, 200, 90], [200, 70, 300, 90]], "confidence": 0.48, "review": \(review),
              "flags": ["check_failed", "wrapped_cell"], "checks": ["t2-col1-r2"]}],
           "notes": [], "csv": "02-expenditure.csv",
           "checks": [{"id": "t2-col1-r2", "kind": "column_total", "passed": false, "message": "row 2 «x</pre>», page 1: 合计 = 基本支出: printed 7.00, sum of parts 6.00",
                       "printed": "7.00", "expected": "6.00", "table": 2, "rows": [1], "columns": [1, 2]}]}],
         "checks": [], "narrative": []}
        """
        return try JSONDecoder().decode(TablesFile.self, from: Data(json.utf8))
    }

    func page(review: Bool) throws -> String {
        let doc = ReviewDocument(id: "d1", file: try Self.tables(review: review), folder: "out")
        return ReviewPage.html([doc], images: { d, t, r in
            ImagePlan.plan(document: d.id, table: t, row: r, hot: ImagePlan.hotColumns(t, row: r))
        }, options: .init(imagesDir: "review-images", created: Date(timeIntervalSince1970: 0)))
    }

    func testListsTheRowsToReviewAndOnlyThose() throws {
        let html = try page(review: true)
        XCTAssertTrue(html.contains("id=\"d1-t2-r1\""), "the review row is on the page")
        XCTAssertFalse(html.contains("id=\"d1-t2-r0\""), "a row without review is not")
        XCTAssertEqual(html.components(separatedBy: "<article class=\"row").count - 1, 1)
        // Plain words for the check and the flag, the figures and the difference.
        XCTAssertTrue(html.contains("A total column does not equal its parts"))
        XCTAssertTrue(html.contains("Printed 7.00, but the figures it should equal come to 6.00 (off by 1.00)."))
        XCTAssertTrue(html.contains("A cell&#39;s text was joined from several printed lines."))
        // Cells under their column names; the check's columns are marked.
        XCTAssertTrue(html.contains("<li class=\"cell hot\" data-col=\"1\"><span class=\"name\">合计</span><span class=\"val\" data-orig=\"7.00\">7.00</span></li>"))
        // Pictures: lazy, from the images folder, and a whole-page link with the row box.
        XCTAssertTrue(html.contains("loading=\"eager\""), "the first rows' pictures load at once")
        XCTAssertTrue(html.contains("src=\"review-images/d1/t2-r2-"))
        XCTAssertTrue(html.contains("href=\"review-images/d1/p1.png\""))
        XCTAssertTrue(html.contains("data-box=\"10.0,70.0,300.0,90.0\""))
        XCTAssertFalse(html.contains("base64"), "images are files, not inlined")
        XCTAssertTrue(html.contains("<option value=\"check_failed\">sum does not add up</option>"))
        XCTAssertTrue(html.contains("<option value=\"部门支出预算表\">"), "tables are filtered by title without the year")
        XCTAssertTrue(html.contains("1 of 1 rows left"))
    }

    /// A table that asks for review as a whole is listed with its reasons in words.
    func testTablesToReviewAsAWholeAreListed() throws {
        var f = try Self.tables(review: true)
        XCTAssertFalse(ReviewPage.html([ReviewDocument(id: "d0", file: f, folder: "out")], images: { _, _, _ in nil }).contains("Tables to look at as a whole"))
        f.tables[0].review = true
        f.tables[0].flags = [.amountsOutsideCells]
        let html = ReviewPage.html([ReviewDocument(id: "d0", file: f, folder: "out")], images: { _, _, _ in nil })
        XCTAssertTrue(html.contains("Tables to look at as a whole"))
        XCTAssertTrue(html.contains("landed in no cell"))
    }

    func testEscapesEverythingPrinted() throws {
        let html = try page(review: true)
        XCTAssertFalse(html.contains("<script>alert"), "cell text is escaped")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;"))
        XCTAssertTrue(html.contains("测试 &amp; &lt;部门&gt;"))
        XCTAssertFalse(html.contains("x</pre>"), "messages are escaped")
        // The document list for the script cannot close its <script> element.
        let script = html.components(separatedBy: "<script type=\"application/json\" id=\"docs\">")[1].components(separatedBy: "</script>")[0]
        XCTAssertTrue(script.contains("a<b>.pdf") || script.contains("a\\u003cb"), script)
        XCTAssertEqual(ReviewPage.scriptJSON(["x": "</script><b>"]), #"{"x":"<\/script><b>"}"#)
        XCTAssertEqual(ReviewPage.escape(#"<a href="x">&'"#), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }

    func testSaysSoWhenNothingIsLeft() throws {
        let html = try page(review: false)
        XCTAssertTrue(html.contains("Nothing to review"))
        XCTAssertFalse(html.contains("<article"))
        XCTAssertFalse(html.contains("id=\"f-flag\""), "no filters over nothing")
    }

    func testCropsTheRowWithTheHeaderAndRowsAbove() throws {
        let t = try Self.tables(review: true).tables[0]
        let p = ImagePlan.plan(document: "d1", table: t, row: 1, hot: [1, 2])
        XCTAssertNil(p.header, "the header is close: it is in the crop")
        XCTAssertEqual(p.crop.clip?.y0 ?? 0, 8.5, accuracy: 0.01, "from the top of the table region")
        XCTAssertEqual(p.crop.clip?.y1 ?? 0, 100, accuracy: 0.01, "to just under the row")
        XCTAssertEqual(p.crop.scale, 3)
        XCTAssertEqual(p.crop.marks.count, 2)
        XCTAssertEqual(p.page.file, "d1/p1.png")
        XCTAssertEqual(ImagePlan.plan(document: "d1", table: t, row: 1, hot: [1, 2]).crop.file, p.crop.file, "stable names")
    }

    func testCorrectionsFileRoundTrips() throws {
        let c = CorrectionsFile(created: "2025-01-01T00:00:00Z", reviewer: "李", decisions: [
            .init(document: .init(file: "a.pdf", sha256: "00"), table: 2, row: 1, action: .edit,
                  edits: [.init(column: 1, name: "合计", from: "7.00", to: "6.00")], was: ["x", "7.00", "6.00"]),
        ])
        let path = NSTemporaryDirectory() + "corr-\(UUID().uuidString).json"
        try c.encoded().write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(try CorrectionsFile.read(path: path), c)
        try Data("{\"format\": \"other\", \"decisions\": []}".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try CorrectionsFile.read(path: path))
    }
}

/// The page's style sheet and script are the resource files, embedded whole in every page.
final class ReviewAssetsTests: XCTestCase {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Review/Resources")

    func testAssetsAreTheResourceFilesAndThePageEmbedsThem() throws {
        let css = try String(contentsOf: Self.resources.appendingPathComponent("review.css"), encoding: .utf8)
        let js = try String(contentsOf: Self.resources.appendingPathComponent("review.js"), encoding: .utf8)
        XCTAssertEqual(ReviewPage.css, css)
        XCTAssertEqual(ReviewPage.js, js)
        XCTAssertTrue(css.contains("#viewer") && js.contains("\"use strict\""))
        let html = ReviewPage.html([], images: { _, _, _ in nil }, options: .init(imagesDir: "x-images", created: Date(timeIntervalSince1970: 0)))
        XCTAssertTrue(html.contains(css) && html.contains(js))
    }

    /// As a file of its own, the script is checked by JavaScript's own tools (where node is installed).
    func testTheScriptParsesAsJavaScript() throws {
        let node = ["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try XCTSkipUnless(node != nil, "node is not installed")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: node ?? "")
        p.arguments = ["--check", Self.resources.appendingPathComponent("review.js").path]
        let err = Pipe()
        p.standardError = err
        try p.run(); p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }
}

/// The page's parts, each on its own.
final class ReviewPagePartsTests: XCTestCase {
    func testFilterChoicesComeFromTheRowsToReviewOnly() throws {
        let a = ReviewDocument(id: "d1", file: try ReviewPageTests.tables(review: true), folder: "out")
        let b = ReviewDocument(id: "d2", file: try ReviewPageTests.tables(review: false), folder: "out2")
        let choices = ReviewPage.filterChoices([a, b])
        XCTAssertEqual(choices.tables, ["部门支出预算表"])
        XCTAssertEqual(choices.flags, [.checkFailed, .wrappedCell])
        XCTAssertEqual(ReviewPage.filterChoices([b]).tables, [])
        let menus = ReviewPage.filters([a, b])
        XCTAssertTrue(menus.contains("<option value=\"d1\">") && !menus.contains("<option value=\"d2\">"), "only documents with rows to review")
    }

    func testNothingToReviewAndCleanDocuments() throws {
        XCTAssertTrue(ReviewPage.nothingToReview(documents: 1).contains("The document has no row"))
        XCTAssertTrue(ReviewPage.nothingToReview(documents: 3).contains("None of the 3 documents has no row"))
        let a = ReviewDocument(id: "d1", file: try ReviewPageTests.tables(review: true), folder: "out")
        let b = ReviewDocument(id: "d2", file: try ReviewPageTests.tables(review: false), folder: "out2")
        XCTAssertTrue(ReviewPage.cleanDocuments([a, b], total: 1).contains("Nothing to review in 1 document</h2>"))
        XCTAssertEqual(ReviewPage.cleanDocuments([b], total: 0), "", "the empty state says it already")
        XCTAssertEqual(ReviewPage.cleanDocuments([a], total: 1), "")
    }

    func testHeadAndFootFrameThePage() {
        let head = ReviewPage.head(title: "T <x>", created: "c", pageKey: "k", total: 2)
        XCTAssertTrue(head.hasPrefix("<!DOCTYPE html>") && head.contains("<title>T &lt;x&gt;</title>") && head.contains("data-total=\"2\""))
        let foot = ReviewPage.foot([])
        XCTAssertTrue(foot.hasPrefix("</main>") && foot.hasSuffix("</html>\n"))
    }
}

extension ReviewPagePartsTests {
    /// A tables.json is content too: a region box of the wrong length plans pictures, it does not trap.
    func testAShortBoxInTablesJSONDoesNotTrap() throws {
        var f = try ReviewPageTests.tables(review: true)
        f.tables[0].regions[0].box = [1]
        f.tables[0].pages = [1, 2]
        f.tables[0].rows[1].page = 2
        f.tables[0].rows[1].box = [5]
        let plan = ImagePlan.plan(document: "d1", table: f.tables[0], row: 1, hot: [])
        XCTAssertEqual(plan.crop.page, 2)
    }
}
