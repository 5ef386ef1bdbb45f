import XCTest
@testable import Budget
@testable import Layout
@testable import Tables

/// Random tables and random text thrown at the checks and the narrative stage: whatever their
/// shape (no rows, empty rows, ragged rows, any kind), nothing traps, and every result points
/// at rows that exist.
final class FuzzTests: XCTestCase {
    /// SplitMix64: the same seed gives the same cases on every machine.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let headerWords = ["合计", "总计", "小计", "基本支出", "项目支出", "科目编码", "类", "款", "项", "科目名称", "项目",
                              "其中：人员经费", "收入", "支出", "一般公共预算", "预算数", "机关运行经费预算数", "", " 公 用 经 费 "]
    static let cellWords = ["", "", "合计", "总计", "小计", "共计", "一、基本支出", "（一）工资福利支出", "1.办公费", "其中：教育",
                            "201", "01", "2010101", "教育支出", "收入总计", "支出总计", "收入合计", "支出合计", "—", "-", "0",
                            "项目", "机关事业单位养老保险基金缺口", "\u{3000}", "%", "(", ")", "，", "万元", "\u{FFFD}"]
    static let punctuation = ["，", "。", "；", ",", ";", "：", "、", "", " "]
    static let wordings = ["为", "达", "合计", "预计", "安排", "增加", "支出", "", "决算数为", "年初预算安排"]

    static func cell(_ g: inout Seeded) -> String {
        switch Int.random(in: 0..<5, using: &g) {
        case 0: return amount(&g)
        case 1: return String(Int.random(in: 0...99_999, using: &g))
        default: return cellWords.randomElement(using: &g) ?? ""
        }
    }

    static func amount(_ g: inout Seeded) -> String {
        let whole = Int.random(in: -500...1_000_000, using: &g)
        let cents = Int.random(in: 0...99, using: &g)
        let plain = "\(whole).\(cents < 10 ? "0" : "")\(cents)"
        return Bool.random(using: &g) ? plain : plain.replacingOccurrences(of: "000.", with: ",000.")
    }

    static func table(_ number: Int, _ g: inout Seeded) -> BudgetTable {
        let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        let columns = (0..<Int.random(in: 0...8, using: &g)).map { _ in
            Column(path: (0..<Int.random(in: 0...3, using: &g)).map { _ in headerWords.randomElement(using: &g) ?? "" }, box: zero)
        }
        let ragged = Int.random(in: 0..<4, using: &g) == 0
        let rows = (0..<Int.random(in: 0...14, using: &g)).map { _ -> TableRow in
            // As wide as the header, some rows empty; in a ragged table, rows of any width.
            let width = ragged && Bool.random(using: &g) ? Int.random(in: 0...(columns.count + 2), using: &g) : columns.count
            let cells = (0..<width).map { _ in cell(&g) }
            return TableRow(cells: cells, page: Int.random(in: 1...9, using: &g), box: zero, cellBoxes: cells.map { _ in zero })
        }
        let assembled = AssembledTable(pages: [1], pieces: [], headerRows: 1, columns: columns, rows: rows, headerCells: [])
        var t = BudgetTable(number: number, kind: TableKind.allCases.randomElement(using: &g) ?? .other,
                            block: TitleBlock(title: "t\(number)"), assembled: assembled, notes: [])
        t.unit = ["万元", "元", "千元", nil, "亿元"].randomElement(using: &g) ?? nil
        return t
    }

    /// Text built from the tables' own words and figures, joined by random wording and marks.
    static func narrative(_ tables: [BudgetTable], _ g: inout Seeded) -> [String] {
        let names = tables.flatMap { $0.rows.flatMap(\.cells) } + tables.flatMap { $0.columns.flatMap(\.path) } + cellWords
        return (0..<Int.random(in: 0...6, using: &g)).map { _ in
            (0..<Int.random(in: 0...12, using: &g)).map { _ in
                let name = names.randomElement(using: &g) ?? ""
                let wording = wordings.randomElement(using: &g) ?? ""
                let unit = ["万元", "元", "亿元", "", "%"].randomElement(using: &g) ?? ""
                let figure = Bool.random(using: &g) ? amount(&g) : (names.randomElement(using: &g) ?? "")
                return name + wording + figure + unit + (punctuation.randomElement(using: &g) ?? "")
            }.joined()
        }
    }

    func testRandomTablesAndTextNeverTrap() {
        var g = Seeded(state: 20_261_130)
        for round in 0..<400 {
            let tables = (0..<Int.random(in: 0...5, using: &g)).map { Self.table($0 + 1, &g) }
            var doc = BudgetDocument(source: "fuzz", info: DocumentInfo(), tables: tables, narrative: Self.narrative(tables, &g))
            Checking.run(&doc)
            for t in doc.tables {
                for c in t.checks { XCTAssertTrue(c.rows.allSatisfy(t.rows.indices.contains), "round \(round): \(c.message)") }
                if t.rows.contains(where: { $0.cells.count != t.columns.count }) {
                    XCTAssertEqual(t.checks.map(\.kind), [.notRun], "round \(round): a ragged table is reported, not checked")
                }
                for r in t.rows {
                    XCTAssertTrue((0...1).contains(r.confidence))
                    XCTAssertEqual(r.flags.contains(.checkFailed), !r.failedChecks.isEmpty, "round \(round)")
                }
            }
            for c in doc.checks {
                guard let t = doc.tables.first(where: { $0.number == c.table }) else {
                    XCTAssertTrue(c.rows.isEmpty); continue
                }
                XCTAssertTrue(c.rows.allSatisfy(t.rows.indices.contains), "round \(round): \(c.message)")
            }
            // The checks run again over their own output give the same results.
            var again = doc
            Checking.run(&again)
            XCTAssertEqual(again.checks, doc.checks, "round \(round)")
            XCTAssertEqual(again.tables.map(\.checks), doc.tables.map(\.checks), "round \(round)")
            XCTAssertEqual(again.tables.map { $0.rows.map(\.failedChecks) }, doc.tables.map { $0.rows.map(\.failedChecks) })
        }
    }

    func testRandomNarrativeTextAlone() {
        var g = Seeded(state: 7)
        let names = ["教育支出", "机关事业单位养老保险基金缺口", "公务接待费", "一般公共预算"]
        for _ in 0..<300 {
            let text = Array((0..<Int.random(in: 0...40, using: &g)).map { _ -> String in
                [Self.cellWords.randomElement(using: &g), Self.punctuation.randomElement(using: &g),
                 Self.wordings.randomElement(using: &g), Self.amount(&g), names.randomElement(using: &g)]
                    .randomElement(using: &g).flatMap { $0 } ?? ""
            }.joined())
            for s in DocumentChecks.statements(in: text, names: names) {
                XCTAssertTrue(names.contains(s.name))
                XCTAssertNotNil(Amount.parse(s.number))
            }
            for c in DocumentChecks.clauses(text) { XCTAssertTrue(c.range.lowerBound >= 0 && c.range.upperBound <= text.count) }
        }
    }

    /// The narrative's stated figures from random lines, with as many page numbers or fewer.
    func testRandomLinesForTheNarrativeFacts() {
        var g = Seeded(state: 42)
        let words = ["收入预算", "支出预算", "总计", "合计", "“三公”经费", "一、", "（二）", "1.", "第一部分", "比上年", "增加", "决算数",
                     "完成年初预算的", "%", "万元", "元", "，", "。", "；", " ", "\u{3000}", "为", "安排", "2024年"]
        for _ in 0..<300 {
            let lines = (0..<Int.random(in: 0...12, using: &g)).map { _ in
                (0..<Int.random(in: 0...10, using: &g)).map { _ in Bool.random(using: &g) ? Self.amount(&g) : (words.randomElement(using: &g) ?? "") }.joined()
            }
            let pages = (0..<Int.random(in: 0...lines.count, using: &g)).map { $0 + 1 }
            for fact in NarrativeFacts.extract(lines: lines, pages: pages, finalAccounts: Bool.random(using: &g)) {
                XCTAssertNotNil(Amount.parse(fact.printed), fact.printed)
            }
            XCTAssertLessThanOrEqual(NarrativeFacts.sentences(lines, pages: pages).count, lines.joined().count + 1)
        }
    }
}
