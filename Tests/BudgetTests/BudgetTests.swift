import XCTest
@testable import Budget
import Layout

final class ClassifierTests: XCTestCase {
    func testKindsFromTitlesOfSeveralProvinces() {
        let cases: [(String, TableKind)] = [
            ("2024年部门收支预算表", .budgetSummary), ("2025年部门财务收支预算总表", .budgetSummary),
            ("一、收支预算总表", .budgetSummary),
            ("2024年部门收入预算表", .revenue), ("2025年部门收入预算总表", .revenue),
            ("2024年部门支出预算表", .expenditure),
            ("2024年财政拨款收支预算表", .fiscalSummary), ("2025年部门财政拨款收支预算总表", .fiscalSummary),
            ("2024年一般公共预算支出预算表", .gpbExpenditure), ("2025年部门一般公共预算支出功能分类预算表", .gpbExpenditure),
            ("2024年一般公共预算基本支出预算表", .gpbBasicExpenditure),
            ("2025年部门一般公共预算基本支出部门预算经济分类预算表", .gpbBasicExpenditure),
            ("2024年一般公共预算基本支出明细表", .gpbBasicDetail),
            ("2024年支出经济分类汇总表", .economicClassification),
            ("2024年一般公共预算“三公”经费预算表", .threePublic), ("2025年部门“三公”经费和机关运行经费预算表", .threePublic),
            ("2024年政府性基金支出预算表", .govFund), ("2025年部门政府性基金预算支出功能分类预算表", .govFund),
            ("2024年国有资本经营支出预算表", .stateCapital),
            ("2024年项目支出预算表", .projectExpenditure),
            ("2024年机关（机构）运行经费", .operatingCosts), ("一般公共预算机关运行经费支出预算表", .operatingCosts),
            ("本级部门(单位)整体绩效目标表", .deptPerformance), ("2024 年部门预算项目绩效目标表", .projectPerformance),
            ("2018年政府采购预算表", .procurement), ("", .other),
            ("收入支出决算总表", .budgetSummary), ("财政拨款收入支出决算总表", .fiscalSummary),
            ("部门收支总表", .budgetSummary), ("一般公共预算财政拨款支出表", .gpbExpenditure),
            ("项目支出绩效目标表", .projectPerformance), ("部门整体支出绩效目标表", .deptPerformance),
        ]
        for (title, kind) in cases { XCTAssertEqual(Classifier.kind(title: title), kind, title) }
    }

    /// Each published set's titles (tables.md), written the ways provinces vary them: year or not,
    /// 收入支出 spelled out, a subtitle in brackets, 决算 for final accounts.
    func testKindsOfEverySet() {
        let sets: [String: [(String, TableKind)]] = [
            "Jiangsu": [
                ("收支预算总表", .budgetSummary), ("收入预算总表", .revenue), ("支出预算总表", .expenditure),
                ("财政拨款收支预算总表", .fiscalSummary), ("财政拨款支出预算表（功能科目）", .fiscalExpenditure),
                ("2017年度某某厅部门财政拨款支出预算表", .fiscalExpenditure),
                ("财政拨款基本支出预算表（经济科目）", .fiscalBasicExpenditure),
                ("财政拨款政府性基金支出预算表", .govFund), ("一般公共预算支出预算表（功能科目）", .gpbExpenditure),
                ("一般公共预算基本支出预算表（经济科目）", .gpbBasicExpenditure),
                ("一般公共预算机关运行经费支出预算表", .operatingCosts),
                ("一般公共预算“三公”经费、会议费、培训费支出预算表", .threePublic),
                ("政府采购预算表", .procurement), ("十二、政府采购支出预算表", .procurement),
            ],
            "Beijing": [
                ("收支总表", .budgetSummary), ("收入总表", .revenue), ("支出总表", .expenditure),
                ("财政拨款收支总表", .fiscalSummary), ("一般公共预算财政拨款支出表", .gpbExpenditure),
                ("一般公共预算财政拨款基本支出表", .gpbBasicExpenditure),
                ("政府性基金预算财政拨款支出表", .govFund), ("国有资本经营预算财政拨款支出表", .stateCapital),
                ("财政拨款“三公”经费支出表", .threePublic), ("政府采购预算明细表", .procurement),
                ("项目支出绩效目标表", .projectPerformance), ("部门整体支出绩效目标表", .deptPerformance),
                ("政府购买服务预算明细表", .servicePurchase), ("财政拨款政府购买服务明细表", .servicePurchase),
            ],
            "Shenzhen": [
                ("收支总表", .budgetSummary), ("收入总表", .revenue), ("支出总表", .expenditure),
                ("项目支出总表", .projectExpenditure), ("财政拨款收支总表", .fiscalSummary),
                ("一般公共预算支出表（按功能分类）", .gpbExpenditure), ("财政拨款“三公”经费支出表", .threePublic),
                ("政府性基金预算支出表", .govFund), ("国有资本经营预算支出表", .stateCapital),
                ("基本支出总表", .basicExpenditure), ("一般公共预算支出表（按经济分类）", .gpbEconomic),
            ],
            "final accounts": [
                ("收入支出决算总表", .budgetSummary), ("收入决算表", .revenue), ("支出决算表", .expenditure),
                ("财政拨款收入支出决算总表", .fiscalSummary), ("一般公共预算财政拨款支出决算表", .gpbExpenditure),
                ("一般公共预算财政拨款基本支出决算表", .gpbBasicExpenditure),
                ("政府性基金预算财政拨款收入支出决算表", .govFund), ("国有资本经营预算财政拨款收入支出决算表", .stateCapital),
                ("财政拨款“三公”经费支出决算表", .threePublic), ("二、部门决算单位构成", .unitComposition),
                ("部门预算单位构成", .unitComposition),
            ],
        ]
        for (set, cases) in sets {
            for (title, kind) in cases { XCTAssertEqual(Classifier.kind(title: title), kind, "\(set): \(title)") }
        }
    }

    /// A title printed in a font some of whose glyphs have no Unicode map (a PDF printed again by
    /// Ghostscript: ¯ for 财, ¾ for 费): each misread character stands for one character, so the
    /// words still tell the table, where at least half of each word is read as printed.
    func testATitleWithMisreadCharactersIsStillTold() {
        XCTAssertEqual(Classifier.kind(title: "2024年¯政拨款收支预算表"), .fiscalSummary)
        XCTAssertEqual(Classifier.kind(title: "2025年部门机关运行经¾预算表"), .operatingCosts)
        // Half a word or less read as printed tells nothing: ¯¯拨款 is no 财政拨款.
        XCTAssertFalse(Classifier.containsMisread("¯¯¯款收支", "财政拨款"))
        // A word of two is read as printed or not at all (收¯ could be 收支 or 收入).
        XCTAssertFalse(Classifier.containsMisread("部门收¯预算表", "收支"))
    }

    /// A header or title holding characters no font map gave asks for review as a whole: which
    /// column is which (合« for 合计, 本\u{80}拨款 for 本年拨款) no row can show.
    func testAGarbledHeaderOrTitleMakesTheTableAsk() {
        let clean = constructedTable(kind: .gpbExpenditure, title: "一般公共预算支出预算表", paths: [["科目名称"], ["合计"]], rows: [["合计", "5.00"]])
        XCTAssertFalse(clean.flags.contains(.garbledText))
        let header = constructedTable(kind: .gpbExpenditure, title: "一般公共预算支出预算表", paths: [["科目名称"], ["本\u{80}拨款", "合«"]], rows: [["合计", "5.00"]])
        XCTAssertTrue(header.flags.contains(.garbledText))
        XCTAssertTrue(header.review)
        let title = constructedTable(kind: .fiscalSummary, title: "2024年¯政拨款收支预算表", paths: [["项目"], ["金额"]], rows: [["合计", "5.00"]])
        XCTAssertTrue(title.flags.contains(.garbledText))
        XCTAssertTrue(MisreadText.isGarbled("本\u{80}拨款"))
        XCTAssertFalse(MisreadText.isGarbled("焦作市·某局×2"))
    }

    /// A table of the general budget whose title does not say by what it is split: its header does.
    func testHeaderSettlesFunctionOrEconomicSplit() {
        XCTAssertEqual(Classifier.kind(title: "一般公共预算支出表", header: "经济分类科目/科目编码|经济分类科目/科目名称|合计|基本支出|项目支出"), .gpbEconomic)
        XCTAssertEqual(Classifier.kind(title: "一般公共预算支出表", header: "功能分类科目/科目编码|功能分类科目/科目名称|合计|基本支出|项目支出"), .gpbExpenditure)
        XCTAssertEqual(Classifier.kind(title: "一般公共预算支出表", header: "科目编码|科目名称|合计|基本支出|项目支出"), .gpbExpenditure)
    }

    /// Tables whose title was not found, told by what their header holds.
    func testNewKindsFromHeaderAlone() {
        XCTAssertEqual(Classifier.kind(title: "", header: "序号|单位名称|备注"), .unitComposition)
        XCTAssertEqual(Classifier.kind(title: "", header: "单位名称|采购项目|采购品目|数量|金额/合计|金额/财政拨款"), .procurement)
        XCTAssertEqual(Classifier.kind(title: "", header: "单位名称|购买服务项目|服务类别|金额/合计"), .servicePurchase)
        // A list of units with amounts is no unit list.
        XCTAssertEqual(Classifier.kind(title: "", header: "序号|单位名称|金额/合计"), .other)
    }

    func testDocumentTypeFromTitles() {
        XCTAssertEqual(Classifier.documentType(tableTitles: ["收入支出决算总表", "收入决算表", "一般公共预算财政拨款支出决算表"], documentTitle: nil), .finalAccounts)
        XCTAssertEqual(Classifier.documentType(tableTitles: ["2024年部门收支预算表", "2024年一般公共预算支出预算表"], documentTitle: nil), .budget)
        XCTAssertEqual(Classifier.documentType(tableTitles: ["收支总表", "收入总表"], documentTitle: "某某局2025年部门预算"), .budget)
        // No tables: the document's own title says.
        XCTAssertEqual(Classifier.documentType(tableTitles: [], documentTitle: "某某局 2024 年度部门决算"), .finalAccounts)
        XCTAssertEqual(Classifier.documentType(tableTitles: [], documentTitle: "某某厅2017年度部门预算"), .budget)
        // A cover without either word: the text says which.
        XCTAssertEqual(Classifier.documentType(tableTitles: [], documentTitle: "某某局", narrative: [
            "纳入某某局 2024 年度部门决算编制范围的单位包括：", "部门决算单位构成", "与年初部门预算相比"]), .finalAccounts)
        XCTAssertEqual(Classifier.documentType(tableTitles: [], documentTitle: "某某局", narrative: ["某某局部门预算公开", "上年决算数"]), .budget)
    }

    func testKindFromHeaderWhenTheTitleIsMissing() {
        XCTAssertEqual(Classifier.kind(title: "", header: "收入/项目|收入/金额|支出/项目|支出/金额"), .budgetSummary)
        XCTAssertEqual(Classifier.kind(title: "", header: "财政拨款收入/项目|财政拨款收入/预算数|财政拨款支出/项目|财政拨款支出/合计"), .fiscalSummary)
        XCTAssertEqual(Classifier.kind(title: "", header: "“三公”经费合计|因公出国（境）费"), .threePublic)
        XCTAssertEqual(Classifier.kind(title: "", header: "部门代码|部门名称|总计"), .other)
    }

    func testTitleAndCodeLines() {
        XCTAssertTrue(Classifier.looksLikeTitle("2024年部门收支预算表"))
        XCTAssertTrue(Classifier.looksLikeTitle("2024年机关（机构）运行经费"))
        XCTAssertFalse(Classifier.looksLikeTitle("注：报表金额单位转换时可能存在四舍五入尾数误差。"))
        XCTAssertFalse(Classifier.looksLikeTitle("部门名称：焦作市人力资源和社会保障局"))
        XCTAssertTrue(Classifier.isCodeLine("预算01表"))
        XCTAssertTrue(Classifier.isCodeLine("表1"))
        XCTAssertTrue(Classifier.isCodeLine("附表3"))
        XCTAssertFalse(Classifier.isCodeLine("2024年"))
    }
}

final class TitleBlockTests: XCTestCase {
    func testBlockWithCodeTitleDepartmentAndUnitOnOneLine() {
        let block = TitleBlockParser.parse([
            PrintedLine(text: "预算01表", fontSize: 10, y0: 40, y1: 50),
            PrintedLine(text: "2026年部门收支预算表", fontSize: 18, y0: 60, y1: 78),
            PrintedLine(text: "部门名称：某市示范局        单位：万元", fontSize: 10, y0: 90, y1: 100),
        ])
        XCTAssertEqual(block.code, "预算01表")
        XCTAssertEqual(block.title, "2026年部门收支预算表")
        XCTAssertEqual(block.department, "某市示范局")
        XCTAssertEqual(block.unit, "万元")
    }

    /// A list of units printed under a numbered heading and a paragraph of the narrative, all
    /// in one font: the heading is the title, the prose is not part of it.
    func testNumberedHeadingOverProseIsTheTitle() {
        let block = TitleBlockParser.parse([
            PrintedLine(text: "二、部门决算单位构成", fontSize: 12, y0: 10, y1: 22),
            PrintedLine(text: "从预算单位构成看，某某局部门决", fontSize: 12, y0: 26, y1: 38),
            PrintedLine(text: "算包括：某某局本级决算、下属单位决算。", fontSize: 12, y0: 42, y1: 54),
            PrintedLine(text: "纳入某某局 2024 年度部门决算编", fontSize: 12, y0: 58, y1: 70),
            PrintedLine(text: "制范围的单位包括：", fontSize: 12, y0: 74, y1: 86),
        ])
        XCTAssertEqual(block.title, "二、部门决算单位构成")
        XCTAssertEqual(Classifier.kind(title: block.title ?? ""), .unitComposition)
        // A title that names no kind leaves it to the header.
        XCTAssertEqual(Classifier.kind(title: "附件", header: "序号|单位名称|备注"), .unitComposition)
    }

    /// Half of a title printed over facing pages (各機關歲入來源 | 別科目分析表), set larger than
    /// its block's 單位 line: printed as a title, though its words do not read as one; header
    /// words in the body's type taken for a title are not.
    func testTitleSetLargerThanItsBlock() {
        let half = TitleBlockParser.parse([
            PrintedLine(text: "各機關歲入來源", fontSize: 16, y0: 20, y1: 36),
            PrintedLine(text: "中華民國114年度", fontSize: 9, y0: 40, y1: 49),
            PrintedLine(text: "單位：新臺幣千元", fontSize: 9, y0: 52, y1: 61),
        ])
        XCTAssertEqual(half.title, "各機關歲入來源")
        XCTAssertFalse(Classifier.looksLikeTitle(half.title ?? ""))
        XCTAssertTrue(half.titleSetLarger)
        let words = TitleBlockParser.parse([
            PrintedLine(text: "本年拨款", fontSize: 9, y0: 20, y1: 29),
            PrintedLine(text: "财政拨款结转结余 单位资金", fontSize: 9, y0: 32, y1: 41),
        ])
        XCTAssertFalse(words.titleSetLarger)
    }

    func testUnitOnTheTitleLine() {
        let block = TitleBlockParser.parse([PrintedLine(text: "2025年部门收支总表      单位：万元", fontSize: 14, y0: 10, y1: 24)])
        XCTAssertEqual(block.title, "2025年部门收支总表")
        XCTAssertEqual(block.unit, "万元")
    }

    func testCodeOnTheTitleLine() {
        let block = TitleBlockParser.parse([PrintedLine(text: "表1 2025年部门收支总表", fontSize: 16, y0: 10, y1: 26)])
        XCTAssertEqual(block.code, "表1")
        XCTAssertEqual(block.title, "2025年部门收支总表")
        let plain = TitleBlockParser.parse([PrintedLine(text: "2025年部门收支总表", fontSize: 16, y0: 10, y1: 26)])
        XCTAssertNil(plain.code)
        XCTAssertEqual(plain.title, "2025年部门收支总表")
    }

    func testWrappedTitleIsJoinedAndUnitWithoutSpace() {
        let block = TitleBlockParser.parse([
            PrintedLine(text: "十一、一般公共预算“三公”经费、会议费、培训费支出预", fontSize: 16, y0: 237, y1: 253),
            PrintedLine(text: "算表", fontSize: 16, y0: 259, y1: 275),
            PrintedLine(text: "编制单位：上海市某局单位：元", fontSize: 9, y0: 288, y1: 298),
        ])
        XCTAssertEqual(block.title, "十一、一般公共预算“三公”经费、会议费、培训费支出预算表")
        XCTAssertEqual(block.department, "上海市某局")
        XCTAssertEqual(block.unit, "元")
    }
}

final class AmountTests: XCTestCase {
    func testParsesPrintedAmountsExactly() throws {
        XCTAssertEqual(Amount.parse("49,772.10")?.value, Decimal(string: "49772.10"))
        XCTAssertEqual(Amount.parse("371,514,655.00")?.value, Decimal(string: "371514655"))
        XCTAssertEqual(Amount.parse("-0.40")?.value, Decimal(string: "-0.4"))
        XCTAssertEqual(Amount.parse("（12.00）".applyingTransform(.fullwidthToHalfwidth, reverse: false)!)?.value, Decimal(-12))
        XCTAssertEqual(Amount.parse("95%")?.isPercent, true)
        XCTAssertEqual(Amount.parse(" 1 234.5 ")?.value, Decimal(string: "1234.5"))
        XCTAssertEqual(Amount.parse("49,772.10")?.printed, "49,772.10")
        // 0.1 + 0.2 must be exact: decimals, not binary floating point.
        let a = try XCTUnwrap(Amount.parse("0.10")).value + XCTUnwrap(Amount.parse("0.20")).value
        XCTAssertEqual(a, Decimal(string: "0.30"))
    }

    func testRejectsWhatIsNotAnAmount() {
        for s in ["", "合计", "12,34.5", "2024年", "≥95%", "-", "—", "1.2.3"] { XCTAssertNil(Amount.parse(s), s) }
        XCTAssertTrue(Amount.isDash("－"))
        XCTAssertTrue(Amount.isDash("——"))
        XCTAssertFalse(Amount.isDash("0"))
    }
}

/// Headers that do not say which figure is which: a table whose header was not found at all
/// (its words read as body rows, or lost), its columns holding amounts; columns under one and
/// the same header; a performance table whose class lost its targets' column. The table asks,
/// even where its own sums hold.
final class HeaderDoubtTests: XCTestCase {
    let rows = [["一、一般公共预算拨款", "100.00", "一、一般公共服务支出", "100.00"],
                ["收入总计", "100.00", "支出总计", "100.00"]]

    func testAmountsUnderNoHeaderAsk() {
        let bare = constructedTable(kind: .fiscalSummary, headerRows: 0, paths: [[], [], [], []], rows: rows)
        XCTAssertTrue(bare.flags.contains(.headerUncertain))
        XCTAssertTrue(bare.review)
    }

    func testAHeaderOrAFormAsksNothing() {
        let headed = constructedTable(kind: .fiscalSummary, headerRows: 1, paths: [["收入"], ["金额"], ["支出"], ["金额"]], rows: rows)
        XCTAssertFalse(headed.flags.contains(.headerUncertain))
        // A form (a department's targets) prints no header by design.
        let form = constructedTable(kind: .deptPerformance, headerRows: 0, paths: [[], [], [], []], rows: rows)
        XCTAssertFalse(form.flags.contains(.headerUncertain))
        // One column of amounts says which figure it is by its row alone.
        let one = constructedTable(kind: .fiscalSummary, headerRows: 0, paths: [[], []],
                                   rows: [["一般公共预算拨款", "100.00"], ["合计", "100.00"]])
        XCTAssertFalse(one.flags.contains(.headerUncertain))
    }

    /// 公务接待费 and the three columns of 公务用车购置及运行费 read as one header cell over four
    /// columns the body keeps apart: which figure is which, the header no longer says.
    func testColumnsOfAmountsUnderOneAndTheSameHeaderAsk() {
        let joined = "公务用车购置及运行公务接待费费购置运行小计费费"
        let runTogether = constructedTable(kind: .threePublic, headerRows: 3,
                                           paths: [["“三公”经费", "合计"], ["“三公”经费", joined], ["“三公”经费", joined]],
                                           rows: [["1.00", "1.00", ""]])
        XCTAssertTrue(runTogether.flags.contains(.headerUncertain))
        let apart = constructedTable(kind: .threePublic, headerRows: 3,
                                     paths: [["“三公”经费", "合计"], ["“三公”经费", "公务接待费"], ["“三公”经费", "公务用车购置及运行费", "小计"]],
                                     rows: [["1.00", "1.00", ""]])
        XCTAssertFalse(apart.flags.contains(.headerUncertain))
        // The same header over columns of text only (a code and its name under 科目) is no doubt.
        let codeAndName = constructedTable(kind: .gpbBasicExpenditure, headerRows: 1, paths: [["科目"], ["科目"], ["金额"]],
                                           rows: [["301", "工资福利支出", "1.00"], ["302", "商品和服务支出", "2.00"]])
        XCTAssertFalse(codeAndName.flags.contains(.headerUncertain))
    }

    /// Calc prints the columns that do not fit on the page on pages of their own, after the
    /// table's: the last class's 指标值 is not beside its 三级指标. Every class paired, or a table
    /// of one 三级指标 | 指标值 pair under 一级/二级指标, asks nothing.
    func testAPerformanceClassWithoutItsTargetsColumnAsks() {
        let row = [["p1", "运维经费", "1.93", "维修次数", "≥2次", "职工满意度"]]
        let lost = constructedTable(kind: .projectPerformance, headerRows: 3,
                                    paths: [["项目编码"], ["项目名称"], ["资金总额"], ["绩效目标", "产出指标", "三级指标"],
                                            ["绩效目标", "产出指标", "指标值"], ["绩效目标", "满意度指标", "三级指标"]], rows: row)
        XCTAssertTrue(lost.flags.contains(.headerUncertain))
        let whole = constructedTable(kind: .projectPerformance, headerRows: 3,
                                     paths: [["项目编码"], ["项目名称"], ["资金总额"], ["绩效目标", "产出指标", "三级指标"],
                                             ["绩效目标", "产出指标", "指标值"], ["绩效目标", "满意度指标", "三级指标"],
                                             ["绩效目标", "满意度指标", "指标值"]], rows: [row[0] + ["≥98%"]])
        XCTAssertFalse(whole.flags.contains(.headerUncertain))
        // 满意度指标 set over the 产出指标 class's targets: names and targets under two classes.
        let misplaced = constructedTable(kind: .projectPerformance, headerRows: 3,
                                         paths: [["项目编码"], ["项目名称"], ["资金总额"], ["绩效目标", "产出指标", "三级指标"],
                                                 ["绩效目标", "满意度指标", "指标值"], ["绩效目标", "满意度指标", "三级指标"],
                                                 ["绩效目标", "满意度指标", "指标值"]], rows: [row[0] + ["≥98%"]])
        XCTAssertTrue(misplaced.flags.contains(.headerUncertain))
        let levels = constructedTable(kind: .projectPerformance, headerRows: 1,
                                      paths: [["项目名称"], ["一级指标"], ["二级指标"], ["三级指标"], ["指标值"]],
                                      rows: [["运维经费", "产出指标", "数量指标", "维修次数", "≥2次"]])
        XCTAssertFalse(levels.flags.contains(.headerUncertain))
    }
}
