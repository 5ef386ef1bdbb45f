import Layout

/// Two columns read as one: a code or an amount run into the text of the column beside it
/// ("30216培训费", "01行政运行", "371,514,655.00一、一般公共服务支出", "行政运行9,389,913.00").
/// Where no rule parts the columns (horizontal rules only, no rules) and a right-aligned figure
/// ends a point or two before a left-aligned name starts, nothing in the gap tells the columns
/// apart, and a column's figures are lost into its neighbour's text. A table reads no such text
/// on purpose: codes and amounts have columns of their own.
enum ColumnsRunTogether {
    /// What may follow a number in a name or a target without the number being another
    /// column's: units and counters (1.49万人, 2024年, 100%).
    static let units: Set<Character> = Set("万亿千百十元角分人次个件台套辆户家所场本份吨米亩平天年月日号时周批项名条篇期只头株公斤克倍余%％‰度届级类")

    /// A code of two to nine digits run into a Han character that is no unit.
    static func codeRunIntoName(_ text: String) -> Bool {
        let t = PrintedWords.squeeze(text)
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard (2...9).contains(digits.count), let next = t.dropFirst(digits.count).first else { return false }
        return PrintedWords.isChinese(next) && !units.contains(next)
    }

    /// An amount as printed (two decimals, thousands grouped or not) run into a Han character
    /// at either end of the text.
    static func amountRunIntoText(_ text: String) -> Bool {
        let t = PrintedWords.squeeze(text)
        let amount = "-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\\.[0-9]{2}"
        if let r = Pattern.firstMatch(t, "^" + amount), r.upperBound < t.endIndex {
            let next = t[r.upperBound]
            if PrintedWords.isChinese(next) && !units.contains(next) { return true }
        }
        if let r = Pattern.firstMatch(t, amount + "$"), r.lowerBound > t.startIndex {
            let before = t[t.index(before: r.lowerBound)]
            if PrintedWords.isChinese(before) { return true }
        }
        return false
    }

    /// Marks rows whose cells hold another column's amount, and, in a column where at least
    /// `minCodesRunIn` cells and `codeRunShare` of those filled open with a code run into a
    /// name, rows whose cell does (one name that starts with a number is a name).
    static func mark(_ rows: inout [TableRow], columnCount: Int, settings: ExtractionSettings.Loss) {
        for c in 0..<columnCount {
            let filled = rows.indices.filter { c < rows[$0].cells.count && !PrintedWords.squeeze(rows[$0].cells[c]).isEmpty }
            let coded = filled.filter { codeRunIntoName(rows[$0].cells[c]) }
            if coded.count >= settings.minCodesRunIn && Double(coded.count) >= Double(filled.count) * settings.codeRunShare {
                for i in coded { rows[i].flags.insert(.severalValuesInCell) }
            }
            for i in filled where amountRunIntoText(rows[i].cells[c]) { rows[i].flags.insert(.severalValuesInCell) }
        }
    }
}
