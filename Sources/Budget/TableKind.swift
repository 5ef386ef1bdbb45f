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
    case other

    /// Forms laid out as label/value pairs: they have no column header.
    public var isForm: Bool { self == .deptPerformance }
}

public enum Classifier {
    static func squeeze(_ s: String) -> String {
        String(s.unicodeScalars.filter { !$0.properties.isWhitespace })
            .replacingOccurrences(of: "\"", with: "“")
    }

    /// Kind from the title, by the words that say what the table holds (titles differ between
    /// provinces and years). `header` (the column paths joined) settles ambiguous titles.
    public static func kind(title: String, header: String = "") -> TableKind {
        // 决算 and some provinces spell 收支 out: 收入支出决算总表, 财政拨款收入支出决算表.
        let t = squeeze(title).replacingOccurrences(of: "收入支出", with: "收支")
        let h = squeeze(header)
        func has(_ words: String...) -> Bool { words.allSatisfy { t.contains($0) } }
        if t.isEmpty { return kind(header: h) }
        // Procurement, asset and staffing tables are published beside the standard set: not one of them.
        if has("政府采购") || has("资产") && !has("支出") || has("人员编制") { return .other }
        if has("绩效") {
            if has("项目") && !has("整体") { return .projectPerformance }
            return .deptPerformance
        }
        if t.contains("三公") { return .threePublic }
        if has("运行经费") { return .operatingCosts }
        if has("政府性基金") && !has("收支总") { return .govFund }
        if has("国有资本经营") { return .stateCapital }
        if has("项目支出") && !has("基本支出") { return .projectExpenditure }
        if has("基本支出") && (has("明细") || h.contains("项目名称") && h.contains("类型")) { return .gpbBasicDetail }
        if has("基本支出") { return .gpbBasicExpenditure }
        if has("经济分类") && (has("汇总") || !has("一般公共预算")) { return .economicClassification }
        if has("一般公共预算") && has("支出") { return .gpbExpenditure }
        if has("财政拨款") && has("收支") { return .fiscalSummary }
        if has("收支") { return .budgetSummary }
        if has("收入") { return .revenue }
        if has("支出") { return .expenditure }
        return .other
    }

    /// Kind from the column header alone, for a table whose title was not found. Only the
    /// unmistakable headers are read; the rest stays `other`.
    public static func kind(header h: String) -> TableKind {
        if h.contains("三公") { return .threePublic }
        if h.contains("指标值") || h.contains("三级指标") {
            return h.contains("项目名称") || h.contains("项目编码") ? .projectPerformance : .deptPerformance
        }
        let top = Set(h.split(separator: "|").compactMap { $0.split(separator: "/").first.map(String.init) })
        if top.contains(where: { $0.contains("收入") }) && top.contains(where: { $0.contains("支出") }) {
            return top.contains(where: { $0.contains("财政拨款") }) || h.contains("一般公共预算/小计") ? .fiscalSummary : .budgetSummary
        }
        return .other
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
