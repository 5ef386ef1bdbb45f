import Foundation
import Layout

/// One performance indicator (绩效指标) as a record.
public struct Indicator: Sendable, Codable, Equatable {
    public var row: Int                 // body row it was read from (0-based)
    public var projectCode: String?
    public var projectName: String?
    public var level1: String?          // 一级指标, or 成本/产出/效益/满意度指标
    public var level2: String?
    public var name: String             // 三级指标
    public var target: String           // 指标值 as printed
    public var comparator: String?      // ≥ ≤ > < =
    public var number: String?          // decimal as text
    public var unit: String?

    enum CodingKeys: String, CodingKey {
        case row, projectCode = "project_code", projectName = "project_name", level1 = "level1", level2 = "level2"
        case name, target, comparator, number, unit
    }
}

public enum Normaliser {
    static func squeeze(_ s: String) -> String { Checker.squeeze(s) }

    static let comparators: [(String, String)] = [
        ("大于等于", "≥"), ("小于等于", "≤"), ("不低于", "≥"), ("不少于", "≥"), ("不高于", "≤"), ("不超过", "≤"),
        ("≥", "≥"), ("≧", "≥"), (">=", "≥"), ("≤", "≤"), ("≦", "≤"), ("<=", "≤"),
        ("＞", ">"), (">", ">"), ("＜", "<"), ("<", "<"), ("＝", "="), ("=", "="),
    ]

    /// "≥95%" → (≥, 95, %); "≤2 万元" → (≤, 2, 万元); "100%" → (nil, 100, %); "良好" → (nil, nil, nil).
    public static func parseTarget(_ text: String) -> (comparator: String?, number: String?, unit: String?) {
        var t = TextForms.halfwidth(squeeze(text))
        var comp: String?
        for (word, sym) in comparators where t.hasPrefix(word) {
            comp = sym; t.removeFirst(word.count); break
        }
        guard let r = Pattern.firstMatch(t, #"^-?\d+(\.\d+)?"#) else { return (comp, nil, nil) }
        let number = String(t[r])
        let unit = String(t[r.upperBound...])
        return (comp, number, unit.isEmpty ? nil : unit)
    }

    /// The full subject code of a row whose code is split over 类/款/项 columns (208 01 01 →
    /// 2080101), or the code it prints whole; nil for rows without a code.
    public static func fullCode(_ row: BudgetRow, amounts: Set<Int>) -> String? {
        Checker.rowKey(row, amounts: amounts)?.code
    }

    /// Indicator records of a performance table: from pairs of 三级指标/指标值 columns under a
    /// level header (project tables), or from rows under an 一级/二级/三级指标 header row (forms).
    public static func indicators(_ t: BudgetTable) -> [Indicator] {
        guard t.kind == .deptPerformance || t.kind == .projectPerformance else { return [] }
        var out: [Indicator] = []
        let paths = t.columns.map { $0.path.map(squeeze) }
        // Project tables: columns …/<level>/三级指标 followed by …/<level>/指标值.
        let pairs: [(name: Int, value: Int, level: String)] = paths.indices.compactMap { c in
            guard c + 1 < paths.count, paths[c].last?.contains("指标") == true, paths[c].last != "指标值",
                  paths[c + 1].last == "指标值" else { return nil }
            let level = paths[c].count >= 2 ? paths[c][paths[c].count - 2] : ""
            return (c, c + 1, level)
        }
        if !pairs.isEmpty {
            let codeCol = paths.firstIndex { $0.contains { $0.contains("编码") || $0.contains("代码") } }
            let nameCol = paths.firstIndex { $0.contains { $0.contains("项目名称") || $0.contains("项目单位") } }
            var code: String?, name: String?
            for (i, r) in t.rows.enumerated() {
                if let c = codeCol, !squeeze(r.cells[c]).isEmpty { code = r.cells[c] }
                if let c = nameCol, !squeeze(r.cells[c]).isEmpty { name = r.cells[c] }
                for p in pairs where !squeeze(r.cells[p.name]).isEmpty || !squeeze(r.cells[p.value]).isEmpty {
                    let parsed = parseTarget(r.cells[p.value])
                    out.append(Indicator(row: i, projectCode: code, projectName: name, level1: p.level, level2: nil,
                                         name: r.cells[p.name], target: r.cells[p.value],
                                         comparator: parsed.comparator, number: parsed.number, unit: parsed.unit))
                }
            }
            return out
        }
        // Forms: a body row naming the columns (一级指标 | 二级指标 | 三级指标 | 指标值 …) starts the list.
        guard let headerRow = t.rows.firstIndex(where: { r in r.cells.contains { squeeze($0) == "三级指标" } && r.cells.contains { squeeze($0) == "指标值" } }) else { return [] }
        let hdr = t.rows[headerRow].cells.map(squeeze)
        guard let c3 = hdr.firstIndex(of: "三级指标"), let cv = hdr.firstIndex(of: "指标值") else { return [] }
        let c1 = hdr.firstIndex(of: "一级指标"), c2 = hdr.firstIndex(of: "二级指标")
        for i in (headerRow + 1)..<t.rows.count {
            let r = t.rows[i]
            guard !squeeze(r.cells[c3]).isEmpty, squeeze(r.cells[c3]) != "三级指标" else { continue }
            let parsed = parseTarget(r.cells[cv])
            out.append(Indicator(row: i, projectCode: nil, projectName: nil, level1: c1.map { r.cells[$0] }, level2: c2.map { r.cells[$0] },
                                 name: r.cells[c3], target: r.cells[cv], comparator: parsed.comparator, number: parsed.number, unit: parsed.unit))
        }
        return out
    }
}
