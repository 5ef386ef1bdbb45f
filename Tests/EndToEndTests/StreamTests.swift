import Budget
import Pipeline
import XCTest

/// Tables printed without ruling lines, or with horizontal rules only (LibreOffice exports of
/// a sheet without borders: scripts/make_stream_fixture.py).
final class StreamTests: XCTestCase {
    func check(_ name: String) throws {
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("stream/\(name).pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(t.kind, .expenditure)
        XCTAssertEqual(t.unit, "万元")
        XCTAssertEqual(t.department, "某县示范局")
        XCTAssertEqual(t.columns.map { $0.path.joined(separator: "/") }, ["科目名称", "合计", "基本支出", "项目支出"])
        XCTAssertEqual(t.rows.map(\.cells), [
            ["合计", "1,234.50", "834.50", "400.00"],
            ["一般公共服务支出", "1,000.00", "700.00", "300.00"],
            ["教育支出", "234.50", "134.50", "100.00"],
            ["社会保障和就业支出", "0.00", "", ""],
        ])
        XCTAssertTrue(t.rows.allSatisfy { $0.flags.contains(.noRulings) && !$0.review })
        XCTAssertTrue(t.checks.allSatisfy(\.passed))
        XCTAssertTrue(t.checks.contains { $0.kind == .rowTotal })
    }

    func testTableWithoutRulings() throws { try check("plain") }
    func testTableWithHorizontalRulesOnly() throws { try check("hrules") }
}

final class ContinuationTitleTests: XCTestCase {
    func testRepeatedTitleOrContinuationMarkContinuesATable() {
        let first = TitleBlock(code: "表3", title: "2025年部门支出预算表", unit: "万元")
        XCTAssertTrue(Extractor.sameTable(TitleBlock(code: "表3", title: "2025年部门支出预算表"), first))
        XCTAssertTrue(Extractor.sameTable(TitleBlock(title: "2025年部门支出预算表（续表）"), first))
        XCTAssertTrue(Extractor.sameTable(TitleBlock(title: "续表"), first))
        XCTAssertFalse(Extractor.sameTable(TitleBlock(code: "表4", title: "2025年财政拨款收支预算表"), first))
        XCTAssertFalse(Extractor.sameTable(TitleBlock(code: "表4", title: "2025年部门支出预算表"), first))
    }
}

final class MetadataFallbackTests: XCTestCase {
    func testUnitFromHeaderAndDepartmentFromDocumentTitle() {
        XCTAssertEqual(Extractor.unitInHeader("项目金额(万元)"), "万元")
        XCTAssertEqual(Extractor.unitInHeader("金额（元）"), "元")
        XCTAssertNil(Extractor.unitInHeader("单位名称"))
        XCTAssertEqual(Extractor.departmentInTitle("某市示范局2026年度部门预算"), "某市示范局")
        XCTAssertEqual(Extractor.departmentInTitle("上海市普陀区商务委员会 2025 年部门预算"), "上海市普陀区商务委员会")
        XCTAssertNil(Extractor.departmentInTitle("2024年部门预算"))
    }
}

final class LightRulesTests: XCTestCase {
    /// Borders of light-gray hairlines are still rules: the table is read as ruled, not from alignment.
    func testLightGrayHairlineBorders() throws {
        let doc = try Extractor.extract(path: CorpusTests.fixtures.appendingPathComponent("stream/light-rules.pdf").path)
        let t = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(t.columns.map { $0.path.joined(separator: "/") }, ["科目名称", "合计", "基本支出", "项目支出"])
        XCTAssertEqual(t.rows.count, 3)
        XCTAssertTrue(t.rows.allSatisfy { !$0.flags.contains(.noRulings) })
    }
}
