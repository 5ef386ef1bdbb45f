/// Two numbered items in one cell ("(三十二)债务付息(三十三)债务发行费用支出"): a rule between
/// two rows was missed and their names ran together, so one row is lost. Only in a column that
/// lists numbered items, where each item has its own row. Likewise two targets in one cell of a
/// column of targets (≥9500人次≥90%).
enum ItemsRunTogether {
    static let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    /// 一 … 九十九 as printed in item numbers; nil for anything else.
    static func chineseNumber(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.count <= 3 else { return nil }
        let chars = Array(s)
        if let i = chars.firstIndex(of: "十") {
            let tens = i == 0 ? 1 : (chars.count > 0 && i == 1 ? digits[chars[0]] : nil)
            let rest = chars[(i + 1)...]
            guard let t = tens, rest.count <= 1 else { return nil }
            if let u = rest.first { guard let d = digits[u] else { return nil }; return t * 10 + d }
            return t * 10
        }
        guard chars.count == 1, let c = chars.first else { return nil }
        return digits[c]
    }

    /// The item numbers printed in `text` as "(n)" (brackets folded by `norm`), with where
    /// each starts.
    static func bracketedNumbers(_ text: String) -> [(offset: Int, number: Int)] {
        let chars = Array(text)
        var found: [(Int, Int)] = []
        var i = 0
        while i < chars.count {
            if chars[i] == "(", let close = chars[(i + 1)...].prefix(4).firstIndex(of: ")"),
               let n = chineseNumber(Substring(String(chars[(i + 1)..<close]))) {
                found.append((i, n)); i = close + 1; continue
            }
            i += 1
        }
        return found
    }

    /// A cell that opens with item n and goes on to item n + 1.
    static func holdsTwoItems(_ text: String) -> Bool {
        let numbers = bracketedNumbers(TableAssembler.norm(text))
        guard let first = numbers.first, first.offset == 0 else { return false }
        return numbers.dropFirst().contains { $0.number == first.number + 1 }
    }

    /// A cell that opens with a target's bound and holds a second target after it (≥9500人次≥90%):
    /// two indicator rows whose parting was missed, their values run together.
    static func holdsTwoTargets(_ text: String) -> Bool {
        let t = Array(TableAssembler.norm(text))
        guard let first = t.first, PageBreakRows.isBound(String(first)) else { return false }
        return t.indices.dropFirst(2).contains { i in
            PageBreakRows.isBound(String(t[i])) && i + 1 < t.count && t[i + 1].isNumber && t[..<i].contains(where: \.isNumber)
        }
    }

    static func mark(_ rows: inout [TableRow], columnCount: Int) {
        // Targets run together, in a column that lists targets.
        for c in 0..<columnCount {
            let targets = rows.filter { c < $0.cells.count && PageBreakRows.isBound($0.cells[c]) }.count
            guard targets >= 3 else { continue }
            for i in rows.indices where c < rows[i].cells.count && holdsTwoTargets(rows[i].cells[c]) {
                rows[i].flags.insert(.severalValuesInCell)
            }
        }
        for c in 0..<columnCount {
            let listed = rows.filter { c < $0.cells.count && bracketedNumbers(TableAssembler.norm($0.cells[c])).first?.offset == 0 }.count
            guard listed >= 3 else { continue }
            for i in rows.indices where c < rows[i].cells.count && holdsTwoItems(rows[i].cells[c]) {
                rows[i].flags.insert(.severalValuesInCell)
            }
        }
    }
}
