import XCTest
@testable import Layout
@testable import Tables

/// Two columns read as one: a code or an amount run into the text beside it.
final class ColumnsRunTogetherTests: XCTestCase {
    private func rows(_ cells: [[String]]) -> [TableRow] {
        cells.map { TableRow(cells: $0, page: 1, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1), cellBoxes: $0.map { _ in Rect(x0: 0, y0: 0, x1: 1, y1: 1) }) }
    }

    func testCodesRunIntoNamesMarkTheirRowsWhereTheColumnHoldsThem() {
        var r = rows([["30216培训费", "17.95"], ["30215会议费", "1.50"], ["办公费", "85.71"], ["", "100.00"]])
        ColumnsRunTogether.mark(&r, columnCount: 2, settings: .init())
        XCTAssertEqual(r.map { $0.flags.contains(.severalValuesInCell) }, [true, true, false, false])
    }

    /// One name that opens with digits is a name; years and counts are no codes.
    func testNamesOpeningWithNumbersStayUnmarked() {
        var r = rows([["12345热线运行经费", "3.00"], ["2024年中央补助", "2.00"], ["培训费", "1.00"], ["办公费", "4.00"], ["水费", "5.00"], ["电费", "6.00"]])
        ColumnsRunTogether.mark(&r, columnCount: 2, settings: .init())
        XCTAssertFalse(r.contains { $0.flags.contains(.severalValuesInCell) })
        XCTAssertFalse(ColumnsRunTogether.codeRunIntoName("100人次"))
        XCTAssertFalse(ColumnsRunTogether.amountRunIntoText("1.49万人"))
    }

    /// An amount run into a name at either end of a cell marks its row alone.
    func testAmountRunIntoTextMarksItsRow() {
        var r = rows([["一、一般公共预算资金", "371,514,655.00一、一般公共服务支出"], ["行政运行9,389,913.00", ""], ["二、政府性基金", "二、科学技术支出"]])
        ColumnsRunTogether.mark(&r, columnCount: 2, settings: .init())
        XCTAssertEqual(r.map { $0.flags.contains(.severalValuesInCell) }, [true, true, false])
    }

    /// A figure of a column of targets found in the column of indicator names on its right, its
    /// own cell empty (the column line guessed left of a figure set right): the row asks; names
    /// of that column and targets in their own column do not.
    func testFigureInTheNamesColumnBesideItsEmptyCellMarksItsRow() {
        // 三级指标 | 指标值 | 三级指标 | 指标值
        var r = rows([
            ["维修维护合格率", "", "100%", ""],
            ["大厦维修次数", "≥2次", "服务对象满意度", "≥95%"],
            ["资金发放率", "", "100%工勤技能提高效果", "明显"],
            ["项目总成本", "≤2万元", "保障工作正常开展", "良好"],
            ["培训人数", "≥800人", "2024年度考核", "良好"],
            ["办结时限", "及时", "社会效益", "提升"],
        ])
        ColumnsRunTogether.mark(&r, columnCount: 4, settings: .init())
        XCTAssertEqual(r.map { $0.flags.contains(.severalValuesInCell) }, [true, false, true, false, false, false])
    }

    /// Beside a column of names (no figures to speak of), a name column that lists counts is
    /// no stray figure: the column on its left is no column of figures.
    func testFiguresBesideAColumnOfTextStayUnmarked() {
        var r = rows([["办公费", "100%"], ["", "95%"], ["会议费", "≥2次"], ["培训费", "及时"]])
        ColumnsRunTogether.mark(&r, columnCount: 2, settings: .init())
        XCTAssertFalse(r.contains { $0.flags.contains(.severalValuesInCell) })
        XCTAssertTrue(ColumnsRunTogether.isFigure("≥ 90 %"))
        XCTAssertFalse(ColumnsRunTogether.isFigure("10个工作日内"))
    }
}

/// One cell's lines parted between rows: a bracket one row opens and the next row closes.
final class BracketsAcrossRowsTests: XCTestCase {
    private func rows(_ cells: [[String]]) -> [TableRow] {
        cells.map { TableRow(cells: $0, page: 1, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1), cellBoxes: $0.map { _ in Rect(x0: 0, y0: 0, x1: 1, y1: 1) }) }
    }

    func testABracketClosedInTheNextRowMarksBothRows() {
        var r = rows([["提前下达", "发放及时性"], ["2024年中央财政就业补助资金(就业", "享受就业见习补贴人员数量"],
                      ["见习)", "就业见习补贴发放准确率"], ["人事考试监考费（2023年结转）", "100%"]])
        BracketsAcrossRows.mark(&r, columnCount: 2)
        XCTAssertEqual(r.map { $0.flags.contains(.rowBoundaryUncertain) }, [false, true, true, false])
    }

    /// Brackets closed within their cells, or an unclosed one with nothing closed below it
    /// (a cut in another column), mark nothing.
    func testBracketsWholeInTheirCellsMarkNothing() {
        var r = rows([["（一）行政运行", "(1)"], ["其他支出(", ""], ["一般公共服务", "）"]])
        BracketsAcrossRows.mark(&r, columnCount: 2)
        XCTAssertEqual(r.map { $0.flags.contains(.rowBoundaryUncertain) }, [false, false, false])
    }
}
