import Foundation
import Layout

/// The standard tables of a department budget (shared/spec/tables.md), known by what they hold.
public enum TableKind: String, Codable, CaseIterable, Sendable {
    case budgetSummary = "budget_summary"
    case revenue
    case expenditure
    case fiscalSummary = "fiscal_summary"
    case gpbExpenditure = "gpb_expenditure"
    case gpbBasicExpenditure = "gpb_basic_expenditure"
    case gpbBasicDetail = "gpb_basic_detail"
    case economicClassification = "economic_classification"
    case threePublic = "three_public"
    case govFund = "gov_fund"
    case stateCapital = "state_capital"
    case projectExpenditure = "project_expenditure"
    case operatingCosts = "operating_costs"
    case deptPerformance = "dept_performance"
    case projectPerformance = "project_performance"
    // Other provinces' sets (shared/spec/tables.md; docs/kinds.md lists the titles each is known by).
    case fiscalExpenditure = "fiscal_expenditure"
    case fiscalBasicExpenditure = "fiscal_basic_expenditure"
    case procurement
    case servicePurchase = "service_purchase"
    case basicExpenditure = "basic_expenditure"
    case gpbEconomic = "gpb_economic"
    /// The units a department's budget or final accounts cover (部门预算/决算单位构成): names, no amounts.
    case unitComposition = "unit_composition"
    case other

    /// Forms laid out as label/value pairs: they have no column header.
    public var isForm: Bool { self == .deptPerformance }
}

/// What a document is: a budget (部门预算, the year's plan) or final accounts (部门决算, what was
/// received and spent). A budget and its final accounts share table kinds, so they line up.
public enum DocumentType: String, Codable, CaseIterable, Sendable {
    case budget
    case finalAccounts = "final_accounts"
}

public enum Classifier {
    static func squeeze(_ s: String) -> String {
        PrintedWords.squeeze(s).replacingOccurrences(of: "\"", with: "“")
    }

    /// Whether `text` holds `word` with some of its characters misread (a font without a Unicode
    /// map: ¯政拨款 for 财政拨款): each misread character stands for any one character, and at least
    /// half of the word's characters, and every one of a word of two, are read as printed.
    static func containsMisread(_ text: String, _ word: String) -> Bool {
        let a = Array(text), b = Array(word)
        guard b.count >= 3, b.count <= a.count else { return false }
        func wild(_ c: Character) -> Bool { c.unicodeScalars.contains(where: MisreadText.isMisread) }
        return (0...(a.count - b.count)).contains { i in
            var literal = 0
            for k in b.indices {
                if a[i + k] == b[k] { literal += 1 } else if !wild(a[i + k]) { return false }
            }
            return literal * 2 >= b.count
        }
    }

    /// Kind from the title, by the words that say what the table holds (titles differ between
    /// provinces, years, budgets and final accounts). `header` (the column paths joined) settles
    /// ambiguous titles.
    public static func kind(title: String, header: String = "") -> TableKind {
        // 决算 and some provinces spell 收支 out: 收入支出决算总表, 财政拨款收入支出决算表.
        let t = squeeze(title).replacingOccurrences(of: "收入支出", with: "收支")
        let h = squeeze(header)
        let misread = Array(t).contains { $0.unicodeScalars.contains(where: MisreadText.isMisread) }
        func has(_ words: String...) -> Bool { words.allSatisfy { t.contains($0) || misread && containsMisread(t, $0) } }
        if t.isEmpty { return kind(header: h) }
        if has("单位构成") || has("单位名单") { return .unitComposition }
        if has("购买服务") { return .servicePurchase }
        if has("政府采购") { return .procurement }
        // Asset and staffing tables are published beside the standard set: not one of them.
        if has("资产") && !has("支出") || has("人员编制") { return .other }
        if has("绩效") {
            if has("项目") && !has("整体") { return .projectPerformance }
            return .deptPerformance
        }
        if t.contains("三公") { return .threePublic }
        if has("运行经费") { return .operatingCosts }
        if has("政府性基金") && !has("收支总") { return .govFund }
        if has("国有资本经营") { return .stateCapital }
        if has("项目支出") && !has("基本支出") { return .projectExpenditure }
        let generalBudget = has("一般公共预算")
        // 财政拨款 without 一般公共预算: all fiscal appropriations (general budget and funds).
        let allFiscal = has("财政拨款") && !generalBudget
        if has("基本支出") && (has("明细") || h.contains("项目名称") && h.contains("类型")) { return .gpbBasicDetail }
        if has("基本支出") {
            if generalBudget { return .gpbBasicExpenditure }
            if allFiscal { return .fiscalBasicExpenditure }
            // Basic expenditure of all funds by economic subject (基本支出总表), split by source.
            return .basicExpenditure
        }
        if has("经济分类") && (has("汇总") || !generalBudget) { return .economicClassification }
        if generalBudget && has("支出") {
            // The general budget by economic subject (按经济分类), not by function.
            if has("经济分类") || has("经济科目") || !has("功能") && h.contains("经济分类") && !h.contains("功能") { return .gpbEconomic }
            return .gpbExpenditure
        }
        if has("财政拨款") && has("收支") { return .fiscalSummary }
        if allFiscal && has("支出") { return .fiscalExpenditure }
        if has("收支") { return .budgetSummary }
        if has("收入") { return .revenue }
        if has("支出") { return .expenditure }
        // A title that names none of them (a heading, a caption): the header may still say.
        return kind(header: h)
    }

    /// Kind from the column header alone, for a table whose title was not found. Only the
    /// unmistakable headers are read; the rest stays `other`.
    public static func kind(header h: String) -> TableKind {
        if h.contains("三公") { return .threePublic }
        if h.contains("指标值") || h.contains("三级指标") {
            return h.contains("项目名称") || h.contains("项目编码") ? .projectPerformance : .deptPerformance
        }
        let paths = h.split(separator: "|").map(String.init)
        let top = Set(paths.compactMap { $0.split(separator: "/").first.map(String.init) })
        if top.contains(where: { $0.contains("收入") }) && top.contains(where: { $0.contains("支出") }) {
            return top.contains(where: { $0.contains("财政拨款") }) || h.contains("一般公共预算/小计") ? .fiscalSummary : .budgetSummary
        }
        if h.contains("购买服务") { return .servicePurchase }
        if h.contains("采购品目") || h.contains("采购目录") || h.contains("采购项目") || h.contains("政府采购") { return .procurement }
        // A list of units (序号 | 单位名称 | 备注): names only, no amount heading.
        let amountWords = ["金额", "合计", "总计", "小计", "支出", "收入", "预算", "决算", "拨款", "资金", "万元", "经费"]
        if paths.contains(where: { $0.hasSuffix("单位名称") }), paths.count <= 5,
           !paths.contains(where: { p in amountWords.contains { p.contains($0) } }) {
            return .unitComposition
        }
        return .other
    }

    /// Budget or final accounts (决算), from the titles the document prints: its tables' titles
    /// when it has tables (决算 names a final-accounts table, 预算 a budget one), else its own title.
    /// A title that says neither leaves it to the text: which it calls itself more often,
    /// 部门决算 or 部门预算.
    public static func documentType(tableTitles: [String], documentTitle: String?, narrative: [String] = []) -> DocumentType {
        let titles = tableTitles.map(squeeze)
        let finals = titles.filter { $0.contains("决算") }.count
        let budgets = titles.filter { $0.contains("预算") && !$0.contains("决算") }.count
        if finals > 0 || budgets > 0 { return finals > budgets ? .finalAccounts : .budget }
        let d = squeeze(documentTitle ?? "")
        if d.contains("决算") || d.contains("预算") { return d.contains("决算") && !d.contains("预算") ? .finalAccounts : .budget }
        let text = squeeze(narrative.joined())
        func count(_ w: String) -> Int { text.components(separatedBy: w).count - 1 }
        return count("部门决算") > count("部门预算") ? .finalAccounts : .budget
    }

    /// Does a line read like a table's title? (Used to tell a new table from a continuation.)
    public static func looksLikeTitle(_ line: String) -> Bool {
        let t = squeeze(line)
        guard t.count >= 4, t.count <= 70 else { return false }
        if t.hasPrefix("注") || t.hasPrefix("单位") || t.hasPrefix("部门名称") || t.hasPrefix("编制单位")
            || t.hasPrefix("预算单位") || t.hasPrefix("金额单位") { return false }
        if t.hasSuffix("表") || t.contains("预算表") || t.contains("明细表") || t.contains("总表") || t.contains("目标表") { return true }
        if Pattern.firstMatch(t, #"^(\d{4}年)?.*(运行经费|三公”?经费)(预算)?$"#) != nil { return true }
        return false
    }

    /// A code line printed above the title: 预算01表, 表1, 表一, 附表3, 公开01表 …
    public static func isCodeLine(_ line: String) -> Bool {
        let t = squeeze(line)
        return Pattern.firstMatch(t, #"^(附表|表|[\p{Han}]{0,6}?)[0-9一二三四五六七八九十〇-]{1,4}(表)?(-\d+)?$"#) != nil
            && (t.contains("表") || t.hasPrefix("附"))
            && t.count <= 10
    }
}
