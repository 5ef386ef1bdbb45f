import Foundation
import Layout

/// Final accounts say how much of the budget was spent: "年初预算为 452.40 万元，支出决算为
/// 446.11 万元，完成年初预算的 98.61%". The rate must be the one the two figures give.
public enum CompletionRates {
    static let number = #"(\d[\d,]*(?:\.\d+)?)"#
    /// Budget figure, actual figure (決算), then the rate, within one sentence.
    static let statement = Pattern.regex(
        #"预算(?:数)?(?:为|是)?"# + number + #"(万元|千元|亿元|元)[^。；;]{0,16}?决算(?:数)?(?:为|是)?"# + number
        + #"(万元|千元|亿元|元)[^；;\d]{0,12}?完成(?:年初)?(?:预算|调整预算)(?:数)?的"# + number + "%")

    struct Stated { var budget: Amount; var budgetUnit: String; var actual: Amount; var actualUnit: String; var rate: Amount; var text: String }

    static func statements(_ text: String) -> [Stated] {
        guard let re = statement else { return [] }
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            guard m.numberOfRanges == 6 else { return nil }
            let g = (1...5).map { ns.substring(with: m.range(at: $0)) }
            guard let b = Amount.parse(g[0]), let a = Amount.parse(g[2]), let r = Amount.parse(g[4]) else { return nil }
            return Stated(budget: b, budgetUnit: g[1], actual: a, actualUnit: g[3], rate: r, text: ns.substring(with: m.range))
        }
    }

    static func half(_ printed: String) -> Decimal { Tolerance.bound(terms: 0, decimals: Tolerance.decimals([printed])) }

    /// Each stated rate against actual ÷ budget. Each figure is rounded as printed, so the rate
    /// may differ by what half a unit of each changes it by.
    public static func check(_ doc: BudgetDocument) -> [CheckResult] {
        let text = PrintedWords.squeeze(doc.narrative.joined())
        var out: [CheckResult] = []
        for s in statements(text) {
            guard let fb = Amount.yuanFactor(s.budgetUnit), let fa = Amount.yuanFactor(s.actualUnit) else { continue }
            let budget = s.budget.value * fb, actual = s.actual.value * fa
            guard budget > 0 else { continue }
            let rate = actual / budget * 100
            // A rate cut rather than rounded (95.4571 printed 95.45) is read as stated: one unit of its last decimal.
            let slack = 2 * half(s.rate.printed) + 100 * (half(s.actual.printed) * fa / budget + actual * half(s.budget.printed) * fb / (budget * budget))
            let ok = abs(rate - s.rate.value) <= slack
            var shown = rate
            var rounded = Decimal()
            NSDecimalRound(&rounded, &shown, 2, .plain)
            out.append(CheckResult(
                id: "doc-rate\(out.count + 1)", kind: .narrative, passed: ok,
                message: ok ? "text «\(s.text)»: the rate agrees with the figures"
                    : "text «\(s.text)»: \(s.actual.printed) of \(s.budget.printed) is \(Checker.fmt(rounded))%, the text says \(s.rate.printed)%",
                expected: Checker.fmt(rounded), printed: s.rate.printed))
        }
        return out
    }
}
