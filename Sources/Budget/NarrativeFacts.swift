import Foundation
import Layout

/// A figure the narrative (情况说明) states, with where it says so: the year's totals, basic and
/// project expenditure, 三公经费 and its parts, 机关运行经费, 政府采购. For a document published as
/// narrative only these are all the data there is; for the others they sit beside the tables.
public struct NarrativeFact: Codable, Equatable, Sendable {
    /// What the figure is (`NarrativeFacts.keys`): revenue_total, three_public_reception, …
    public var key: String
    /// The words the text names it by, as printed (收入预算总计, 公务接待费).
    public var label: String
    /// The amount as a plain decimal, in `unit`.
    public var value: String
    public var unit: String
    /// The figure as printed (9,146.79).
    public var printed: String
    /// The page the sentence starts on.
    public var page: Int?
    public var sentence: String
    public init(key: String, label: String, value: String, unit: String, printed: String, page: Int?, sentence: String) {
        self.key = key; self.label = label; self.value = value; self.unit = unit; self.printed = printed
        self.page = page; self.sentence = sentence
    }
}

public enum NarrativeFacts {
    /// A fact's key, the words that name it, and words just before them that make it another
    /// figure (财政拨款收入总计 is not the document's 收入总计; 货物类政府采购 is only a part).
    struct Rule { var key: String; var names: String; var notAfter: [String] }

    static let scopes = ["财政拨款", "一般公共预算", "政府性基金", "国有资本经营", "其他资金", "基金预算", "专户", "上级补助", "事业"]
    static let rules: [Rule] = [
        // "收入、支出预算总计 9,146.79万元", "收支总计": both totals at once.
        Rule(key: "revenue_expenditure_total", names: #"收(?:入)?、?支(?:出)?(?:预算|决算)?总计"#, notAfter: scopes),
        Rule(key: "revenue_total", names: #"收入(?:预算|决算)?总计"#, notAfter: scopes),
        Rule(key: "revenue_year", names: #"收入(?:预算|决算)?合计"#, notAfter: scopes),
        Rule(key: "expenditure_total", names: #"支出(?:预算|决算)?总计"#, notAfter: scopes + ["基本", "项目"]),
        Rule(key: "expenditure_year", names: #"支出(?:预算|决算)?合计"#, notAfter: scopes + ["基本", "项目"]),
        Rule(key: "basic_expenditure", names: #"基本支出"#, notAfter: scopes),
        Rule(key: "project_expenditure", names: #"项目支出"#, notAfter: scopes),
        Rule(key: "three_public_total", names: #"[“"]?三公[”"]?经费"#, notAfter: []),
        Rule(key: "three_public_abroad", names: #"因公出国[（(]境[)）]费(?:用)?"#, notAfter: []),
        Rule(key: "three_public_vehicles", names: #"公务用车购置及运行(?:维护)?费"#, notAfter: []),
        Rule(key: "three_public_vehicle_purchase", names: #"公务用车购置费"#, notAfter: []),
        Rule(key: "three_public_vehicle_operation", names: #"公务用车运行(?:维护)?费"#, notAfter: []),
        Rule(key: "three_public_reception", names: #"公务接待费"#, notAfter: []),
        Rule(key: "operating_costs", names: #"机关运行经费"#, notAfter: []),
        Rule(key: "procurement_total", names: #"政府采购"#, notAfter: ["类"]),
    ]
    public static var keys: [String] { rules.map(\.key).filter { $0 != "revenue_expenditure_total" } }

    /// What may stand between a name and its figure: the scope words of a budget or final
    /// accounts (预算数为, 决算数, 支出, 总金额为, 合计). A change (增加, 减少) or a share (占) may not.
    static let connectors = Set("预算决算数为是共计合计总额金额安排支出执行年度全年：:，,")
    static let figure = #"(\d[\d,]*(?:\.\d+)?)(万元|千元|亿元|元)"#

    /// The narrative as sentences, each with the page its first line is on.
    public static func sentences(_ lines: [String], pages: [Int]) -> [(text: String, page: Int?)] {
        var out: [(String, Int?)] = []
        var current = "", page: Int? = nil
        for (i, line) in lines.enumerated() {
            for ch in line {
                if current.isEmpty && ch.isWhitespace { continue }
                if current.isEmpty { page = i < pages.count ? pages[i] : nil }
                current.append(ch)
                if "。；;！？".contains(ch) { out.append((current, page)); current = "" }
            }
            // A heading or a list item ends at its line's end ("（一）收入预算总计 9,146.79 万元。" wraps, a
            // heading does not end in punctuation): a line shorter than most ends the sentence only when
            // the next line starts a new item.
            if i + 1 < lines.count, startsItem(lines[i + 1]), !current.isEmpty { out.append((current, page)); current = "" }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { out.append((current, page)) }
        return out
    }

    static func startsItem(_ line: String) -> Bool {
        let t = Classifier.squeeze(line)
        return Pattern.firstMatch(t, PrintedWords.itemNumber) != nil || Pattern.firstMatch(t, "^第[一二三四五六七八九十]+部分") != nil
    }

    /// Every stated figure of `rules` in the narrative, in reading order; the same figure under the
    /// same key is kept once (the text often repeats a total).
    /// In final accounts a name is often followed by what was budgeted and then what was spent
    /// ("“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元"): the fact is the 决算 figure.
    /// The budget clause before it, if any, ends at a comma; no other clause may come between.
    static let actual = #"^(?:[^；;。，,]{0,20}?预算[^；;。，,]{0,16}?[，,])?[^；;。，,]{0,12}?决算(?:数)?(?:为|是)?"# + figure

    public static func extract(lines: [String], pages: [Int], finalAccounts: Bool = false) -> [NarrativeFact] {
        var out: [NarrativeFact] = []
        var seen = Set<String>()
        for (raw, page) in sentences(lines, pages: pages) {
            let s = Classifier.squeeze(raw)
            let ns = s as NSString
            var taken = IndexSet()   // a longer name read first keeps its words (购置及运行 over 运行)
            for rule in rules {
                guard let re = Pattern.regex(rule.names) else { continue }
                for m in re.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
                    if taken.intersects(integersIn: m.range.location..<m.range.upperBound) { continue }
                    let before = ns.substring(to: m.range.location)
                    // Another scope's figure (财政拨款收入支出总计): its words are not read again as
                    // a shorter name (支出总计).
                    if rule.notAfter.contains(where: { before.hasSuffix($0) }) {
                        taken.insert(integersIn: m.range.location..<m.range.upperBound)
                        continue
                    }
                    let rest = ns.substring(from: m.range.upperBound)
                    let whole = NSRange(location: 0, length: (rest as NSString).length)
                    let spent = finalAccounts ? Pattern.regex(actual)?.firstMatch(in: rest, range: whole) : nil
                    guard let f = spent ?? Pattern.regex(figure)?.firstMatch(in: rest, range: whole),
                          let numR = Range(f.range(at: 1), in: rest), let unitR = Range(f.range(at: 2), in: rest) else { continue }
                    let between = rest[..<numR.lowerBound]
                    guard spent != nil || between.count <= 10 && between.allSatisfy({ connectors.contains($0) }),
                          let amount = Amount.parse(String(rest[numR])) else { continue }
                    // "…占“三公”经费的 11.24%": a figure followed by 占/% is fine, but a figure directly
                    // followed by another digit is a misread; Amount.parse has refused those already.
                    taken.insert(integersIn: m.range.location..<m.range.upperBound)
                    let label = ns.substring(with: m.range)
                    var v = amount.value
                    let value = NSDecimalString(&v, Amount.posix)
                    let keys = rule.key == "revenue_expenditure_total" ? ["revenue_total", "expenditure_total"] : [rule.key]
                    for key in keys where !seen.contains("\(key)|\(value)|\(rest[unitR])") {
                        seen.insert("\(key)|\(value)|\(rest[unitR])")
                        out.append(NarrativeFact(key: key, label: label, value: value, unit: String(rest[unitR]),
                                                 printed: String(rest[numR]), page: page,
                                                 sentence: raw.trimmingCharacters(in: .whitespaces)))
                    }
                }
            }
        }
        return out
    }

    /// Does the narrative state the year's figures, as a budget or final accounts does? A text
    /// about budgets that gives no figure (a notice, a cover letter) does not.
    public static func describesBudget(_ facts: [NarrativeFact]) -> Bool {
        let main: Set<String> = ["revenue_total", "revenue_year", "expenditure_total", "expenditure_year",
                                 "basic_expenditure", "project_expenditure"]
        return facts.contains { main.contains($0.key) }
    }
}
