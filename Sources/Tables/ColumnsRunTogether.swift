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
        // (Most cells are names: the patterns run only where a digit opens or ends the text.)
        if t.first.map(mayOpenFigure) == true, let r = Pattern.firstMatch(t, "^" + amount), r.upperBound < t.endIndex {
            let next = t[r.upperBound]
            if PrintedWords.isChinese(next) && !units.contains(next) { return true }
        }
        if t.last.map({ $0.isASCII && $0.isNumber }) == true, let r = Pattern.firstMatch(t, amount + "$"), r.lowerBound > t.startIndex {
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
        for i in figuresPastTheirColumn(rows, columnCount: columnCount, settings: settings) { rows[i].flags.insert(.severalValuesInCell) }
    }

    /// A figure as a target or an amount prints it (100%, ≥90%, 2.5, ≤2万元, 9,040.75): a comparator or none, a number,
    /// and nothing after it but units.
    static func isFigure(_ text: String) -> Bool {
        let t = PrintedWords.squeeze(text)
        guard let r = figureOpening(t) else { return false }
        return t[r.upperBound...].allSatisfy { units.contains($0) }
    }

    /// The range of a figure opening a text (comparator, number grouped or not, a percent sign), if any.
    static func figureOpening(_ t: String) -> Range<String.Index>? {
        guard let first = t.first, mayOpenFigure(first) else { return nil }
        return Pattern.firstMatch(t, "^(?:[≥≤≧≦><＞＜=＝]|>=|<=)?-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?[%％‰]?")
    }

    /// A digit, sign or comparator: what a figure may start with.
    static func mayOpenFigure(_ c: Character) -> Bool {
        (c.isASCII && c.isNumber) || "-≥≤≧≦><＞＜=＝".contains(c)
    }

    /// Rows where a figure of a column of figures stands in the column of text to its right,
    /// its own cell empty: a figure set right in its column a point from the next column's
    /// names set left (a spreadsheet's print: 100% among indicator names), with no rule and
    /// the column line guessed left of it. A column of figures has at least `minCodesRunIn`
    /// filled cells, `figureColumnShare` of them figures or more; a column of text fewer (the
    /// figures that strayed into it among them). The cell is the figure alone or opens with it, run into a name.
    static func figuresPastTheirColumn(_ rows: [TableRow], columnCount: Int, settings: ExtractionSettings.Loss) -> [Int] {
        var out: [Int] = []
        guard columnCount >= 2 else { return out }
        // Each column's filled rows and count of figures, once.
        let columns: [(filled: [Int], figures: Int)] = (0..<columnCount).map { c in
            let filled = rows.indices.filter { c < rows[$0].cells.count && !PrintedWords.squeeze(rows[$0].cells[c]).isEmpty }
            return (filled, filled.filter { isFigure(rows[$0].cells[c]) }.count)
        }
        for c in 1..<columnCount {
            let own = columns[c].filled, left = columns[c - 1].filled
            guard left.count >= settings.minCodesRunIn,
                  Double(columns[c - 1].figures) >= Double(left.count) * settings.figureColumnShare else { continue }
            guard Double(columns[c].figures) < Double(own.count) * settings.figureColumnShare else { continue }
            let leftFilled = Set(left)
            for i in own where !leftFilled.contains(i) {
                let t = PrintedWords.squeeze(rows[i].cells[c])
                guard let r = figureOpening(t) else { continue }
                let rest = t[r.upperBound...]
                if rest.isEmpty || isFigure(String(t)) { out.append(i); continue }
                if let next = rest.first, PrintedWords.isChinese(next), !units.contains(next) { out.append(i) }
            }
        }
        return out
    }
}
