import Foundation
import Layout

/// Tables printed without ruling lines, or with horizontal rules only (every row ruled, or
/// booktabs: rules above and below the header and at the foot), read as camelot's stream and
/// pdfplumber's text strategy read them, with the rules where they are printed:
/// - columns: the gaps that no body word crosses (a word being characters closer than
///   `wordGapFactor` × font size, so a short code column 类/款/项 set a cell's padding apart from
///   the name beside it is a column of its own);
/// - rows: the text between two full-width rules (a wrapped name stays one row), or where the
///   body has no rules between its rows, its items as under vertical rules only (TextRows: the
///   line carrying the amounts with the lines of its cells wrapped round it);
/// - header: the bands between the rules above the first body row (partial rules there close
///   the header cells above them; a cell with no rule under it spans down), a header word
///   spanning the columns it crosses, or the empty columns it is centred over; a header of many
///   stacked lines with no rules is read from its words' places (`stackedHeader`).
/// Their cells carry the `no_rulings` flag: columns were guessed from alignment.
public enum StreamTables {
    /// A run of characters on one line, apart from its neighbours by a clear gap.
    struct Word {
        var text: String; var box: Rect; var numeric: Bool
        /// Where a closing punctuation mark ending the word starts (（行政）): a browser will not
        /// break a line before it, so it hangs past its cell's edge into the padding.
        var hangingFrom: Double? = nil
        /// The right end of the word, a hanging closing mark counted to its middle (its ink).
        var inkRight: Double { hangingFrom.map { ($0 + box.x1) / 2 } ?? box.x1 }
    }

    /// Marks no line may start with (UAX #14 close punctuation): kept on the line before even
    /// where they overrun the cell.
    static let closingMarks: Set<Character> = ["）", ")", "」", "』", "】", "〕", "〉", "》", "、", "。", "，", "；", "：", "”", "’", "！", "？"]

    /// The em of a line: the width of its Chinese characters (each as wide as its size) where it
    /// has any, else its font size. Some producers report a scaled font size (Chromium: 16 for 8 pt).
    static func em(_ line: TextLine) -> Double {
        let widths = line.chars.filter { ch in ch.text.unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) } ?? false }
            .map(\.box.width).filter { $0 > 0 }.sorted()
        let size = widths.isEmpty ? line.fontSize : min(line.fontSize > 0 ? line.fontSize : .infinity, widths[widths.count / 2])
        return max(size, 4)
    }

    /// Whether `line` is set no larger than `body` (at most `factor` × its em). A line of figures
    /// only (100%, ≥20) has no Chinese character to measure its em by: its font size as the
    /// producer reports it (Chromium: twice the point size) is compared with the body line's.
    static func notLarger(_ line: TextLine, than body: TextLine, factor: Double) -> Bool {
        em(line) <= em(body) * factor || (line.fontSize > 0 && line.fontSize <= body.fontSize * factor)
    }

    static func words(_ line: TextLine, gapFactor: Double, digitGapFactor: Double = ExtractionSettings.standard.stream.digitGapFactor,
                      rowSplitFactor: Double = ExtractionSettings.standard.stream.rowSplitFactor) -> [Word] {
        var out: [Word] = []
        var cur: [TextChar] = []
        let size = em(line)
        let gap = size * gapFactor
        // Digits are set without gaps: a gap beside a digit (an amount against a wrapped name, two
        // amounts in full columns) parts words even where it is narrower than a space.
        let digitGap = size * digitGapFactor
        func isDigit(_ c: TextChar) -> Bool { c.text.unicodeScalars.first.map { $0.isASCII && CharacterSet.decimalDigits.contains($0) } ?? false }
        // A comparison sign belongs to the figure after it (≤ 36.48, ≥2000元): a spreadsheet may
        // set the figure a fraction of a point off the sign, no narrower than between two cells.
        func isComparison(_ c: TextChar) -> Bool { ["≤", "≥", "<", ">", "＜", "＞", "≦", "≧"].contains(c.text) }
        func flush() {
            guard let box = Rect.enclosing(cur.map(\.box)) else { return }
            let text = cur.map(\.text).joined()
            let numeric = TableAssembler.looksNumeric(text)
            let hanging = cur.count >= 2 && !numeric && cur.last.map { $0.text.count == 1 && $0.text.first.map(closingMarks.contains) == true } == true
            out.append(Word(text: text, box: box, numeric: numeric, hangingFrom: hanging ? cur.last?.box.x0 : nil))
            cur = []
        }
        // Characters of one printed row: a line may gather several, where wrapped cells set at
        // different heights side by side overlap (a header cell of three lines beside one of two).
        var rows: [[TextChar]] = []
        for ch in line.chars.sorted(by: { $0.box.midY < $1.box.midY }) {
            if let last = rows.last?.last, ch.box.midY - last.box.midY <= size * rowSplitFactor {
                rows[rows.count - 1].append(ch)
            } else { rows.append([ch]) }
        }
        for row in rows {
            for ch in row.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                if let last = cur.last, ch.box.x0 - last.box.x1 > ((isDigit(last) || isDigit(ch)) && !isComparison(last) ? min(gap, digitGap) : gap) { flush() }
                cur.append(ch)
            }
            flush()
        }
        return out.sorted { $0.box.x0 < $1.box.x0 }
    }

    /// "部门名称：… 单位：万元" is the title block, not a header: a line of a few words with a
    /// colon. Headers carry no colons but for the "of which" of a sub-column (其中：财政拨款), and
    /// a header line of many words (stacked header cells read as one line) is no title block.
    static func isTitleBlockLine(_ text: String, wordCount: Int = 1) -> Bool {
        wordCount <= 3
            && Pattern.firstMatch(text.replacingOccurrences(of: "其中：", with: "").replacingOccurrences(of: "其中:", with: ""), "[：:]") != nil
    }

    /// An amount as printed in a body row: decimals or thousands separators.
    static func isAmount(_ t: String) -> Bool {
        // Most words are Chinese, which no amount holds: answered before the regular expression.
        if PrintedWords.holdsCJKIdeograph(t) { return false }
        return Pattern.firstMatch(t, #"^-?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)$"#) != nil
    }

    /// A line stating an amount in a sentence: an amount followed by its unit of money and the
    /// sentence going on or ending (11381.60 | 万元。, 38.20 | 万元，其中：…). A table prints its
    /// unit in the title or header, and a unit column's cell holds the unit alone.
    static func amountInSentence(_ words: [Word]) -> Bool {
        zip(words, words.dropFirst()).contains { amount, next in
            isAmount(amount.text)
                && Pattern.firstMatch(PrintedWords.squeeze(next.text), #"^(亿元|万元|千元|元)[，。；、,;.]"#) != nil
        }
    }

    /// Tables on a page from text outside ruled tables.
    public static func tables(on page: PageLayout, excluding taken: [Rect], settings: ExtractionSettings = .standard) -> [PageTable] {
        let s = settings.stream
        let free = page.chars.filter { ch in !taken.contains { $0.contains(x: ch.box.midX, y: ch.box.midY, slack: 1) } }
        let lines = TextAssembly.lines(free, settings: settings.text)
        let split = lines.map { words($0, gapFactor: s.wordGapFactor, digitGapFactor: s.digitGapFactor, rowSplitFactor: s.rowSplitFactor) }
        // Body lines: two or more words, and an amount after the first.
        let rules = page.segments.filter { seg in
            seg.orientation == .horizontal && !taken.contains { $0.contains(x: (seg.start + seg.end) / 2, y: seg.position, slack: 1) }
        }
        // The row band of each line: the text between two horizontal rules over it is one row
        // (a name wrapped over many lines beside amounts set in its middle), nil outside rules.
        let band = ruleBands(lines: lines, words: split, rules: rules, settings: s)
        let pageRules = bandRules(lines: lines, rules: rules, settings: s)
        // Between rules an amount on a line of its own, or before the name of the next column,
        // is a body line too: in narrow columns names wrap and the amounts stand in the middle
        // of their row, on lines of their own. With no rules at all, as well: a browser centres
        // each cell in its row, so a figure a line of a wrapped name apart from its own label
        // may print on a line of its own.
        let isBody = split.indices.map { k in
            (split[k].count >= 2 && split[k].dropFirst().contains { isAmount($0.text) })
                || ((band[k] != nil || rules.isEmpty) && split[k].contains { isAmount($0.text) })
        }
        func sameBand(_ a: Int, _ b: Int) -> Bool { band[a] != nil && band[a] == band[b] }
        // Rows ruled all the way between two lines (rows empty there: a chunk of a wide
        // table's columns, its amounts in a few rows) keep them in one table however far apart.
        func ruledThrough(_ a: Int, _ b: Int) -> Bool {
            guard let ra = band[a], let rb = band[b], pageRules.indices.contains(ra), pageRules.indices.contains(rb) else { return false }
            return withinRowBand(pageRules[ra].y, pageRules[rb].y, rules: pageRules, limit: em(lines[b]) * s.rowBandFactor)
        }
        // A line as close under the one before as the lines of one block stand.
        func close(_ k: Int) -> Bool {
            lines[k].box.y0 - lines[k - 1].box.y1 < max(lines[k].fontSize, 6) * s.blockLineGapFactor || sameBand(k, k - 1)
                || ruledThrough(k - 1, k)
        }
        var blocks: [[Int]] = []
        var i = 0
        // The first line not taken by a block before.
        var floor = 0
        while i < lines.count {
            guard isBody[i] else { i += 1; continue }
            var block = [i]
            // The lines above in the first body line's row band (its wrapped name above the amounts),
            // and every line between the rule that opens that band and the body line (a project's
            // indicator rows above its centred amounts, parted by rules short of its merged cells).
            let bandTop = band[i].flatMap { pageRules.indices.contains($0) ? pageRules[$0].y : nil }
            while let f = block.first, f > 0, !isBody[f - 1],
                  sameBand(f - 1, i) || bandTop.map({ lines[f - 1].box.midY > $0 }) == true { block.insert(f - 1, at: 0) }
            // With no rules, the lines of its row set round its amounts: a name wrapped in a narrow
            // cell whose first line stands above the amounts centred in the row.
            // Its words stand beside the amounts, never over them (a header's words head them).
            func besideAmounts(_ k: Int, of b: Int) -> Bool {
                let amounts = split[b].filter { isAmount($0.text) }
                return split[k].allSatisfy { w in !amounts.contains { $0.box.x0 < w.box.x1 && w.box.x0 < $0.box.x1 } }
            }
            // A name wrapped round a row's amounts has no more cells left of its last amount than
            // the row has labels: a line of more (预算 | 预算 | 预算 over columns empty in the row,
            // a header's wrapped last line) heads columns. (Cells right of every amount are rows
            // of prose beside them: a project's indicators.)
            func fewCells(_ k: Int, of b: Int) -> Bool {
                guard let lastAmount = split[b].filter({ isAmount($0.text) }).map(\.box.x1).max() else { return true }
                return split[k].filter { $0.box.x0 < lastAmount }.count <= max(1, split[b].filter { !isAmount($0.text) }.count)
            }
            if band[i] == nil {
                while let f = block.first, f > 0, !isBody[f - 1], !isTitleBlockLine(lines[f - 1].text, wordCount: split[f - 1].count),
                      besideAmounts(f - 1, of: i), fewCells(f - 1, of: i),
                      lines[i].box.midY - lines[f - 1].box.midY < min(em(lines[f - 1]), em(lines[i])) * s.itemLineReachFactor {
                    block.insert(f - 1, at: 0)
                }
            }
            // With no rules, a name wrapped in a narrow column over many lines (one or two
            // characters a line) between two lines of amounts: however many lines, each beside the
            // amounts of both (a header's or a title's words head amount columns), none a title
            // block line nor set larger than the body.
            func wrappedNames(_ run: Range<Int>, after a: Int?, before b: Int) -> Bool {
                guard let a, !run.isEmpty else { return false }
                return run.allSatisfy { k in
                    band[k] == nil && besideAmounts(k, of: a) && besideAmounts(k, of: b)
                        && !isTitleBlockLine(lines[k].text, wordCount: split[k].count) && notLarger(lines[k], than: lines[b], factor: s.maxRowEmFactor)
                }
            }
            // The pitch of the lines of a wrapped name: from each line without amounts in the
            // block to the next line of the block with text in the same column (under one of its
            // words), the lower quartile of the distances between their middles (boxes overlap; a
            // bracket's box sits lower than a character's, so the least of them is no wrap): nil
            // where there are none. Lines of cells side by side in one row interleave (a browser
            // centres each cell in its row), so lines one after the other on the page may stand
            // closer than a wrap's pitch; in one column they never do. The pitch is read twice,
            // between the lines and between the words of that column, and the larger kept: a line that gathers a name's next line and the amounts centred
            // between two of its lines (a name of two lines) has its middle between theirs,
            // closer than a wrap's pitch, while cells side by side interleave their words.
            func wrapGap(_ block: [Int]) -> Double? {
                func sameColumn(_ a: Int, _ b: Int) -> Bool {
                    split[a].contains { w in split[b].contains { !isAmount($0.text) && $0.box.x0 < w.box.x1 && w.box.x0 < $0.box.x1 } }
                }
                func wordPitch(_ a: Int, _ b: Int) -> Double? {
                    split[a].flatMap { w in
                        split[b].filter { !isAmount($0.text) && $0.box.x0 < w.box.x1 && w.box.x0 < $0.box.x1 }.map { $0.box.midY - w.box.midY }
                    }.filter { $0 > 0 }.min()
                }
                let pairs = block.indices.compactMap { n -> (Int, Int)? in
                    let a = block[n]
                    guard !isBody[a], let b = block[(n + 1)...].first(where: { sameColumn(a, $0) }) else { return nil }
                    return (a, b)
                }
                func lowerQuartile(_ xs: [Double]) -> Double? {
                    let sorted = xs.filter { $0 > 0 }.sorted()
                    return sorted.isEmpty ? nil : sorted[sorted.count / 4]
                }
                let byLines = lowerQuartile(pairs.map { lines[$0.1].box.midY - lines[$0.0].box.midY })
                let byWords = lowerQuartile(pairs.compactMap { wordPitch($0.0, $0.1) })
                return [byLines, byWords].compactMap { $0 }.max()
            }
            var j = i + 1
            while j < lines.count, close(j) {
                if isBody[j] { block.append(j); j += 1; continue }
                // Lines in the row band of the body line before (a wrapped name's tail).
                if let last = block.last, sameBand(j, last) { block.append(j); j += 1; continue }
                // Lines without amounts inside the table (a wrapped name, a group label) when a body
                // line follows within a few lines, or in that body line's row band.
                guard let next = (j + 1..<lines.count).first(where: { isBody[$0] }),
                      (j + 1...next).allSatisfy(close),
                      next <= j + s.maxLinesBetweenBodyLines || (j..<next).allSatisfy({ sameBand($0, next) })
                        || (block.last.map { ruledRun(from: $0, to: next, lines: lines, words: split, band: band, rules: pageRules, settings: s) } ?? false)
                        || alignedRun(j..<next, block: block, lines: lines, words: split, settings: s)
                        || wrappedNames(j..<next, after: block.last, before: next)
                else { break }
                block += Array(j...next); j = next + 1
            }
            // Ruled row by row, rows of text only that the page break leaves at the page's foot,
            // no body line after them (a project's next indicator rows, its code and amounts in
            // cells merged down onto the next page): each in a row band, opening its row within
            // `ruleReachFactor` × em under the rule above, no larger than the body, no title block.
            if let last = block.last, band[last] != nil, j == last + 1, !(j..<lines.count).contains(where: { isBody[$0] }) {
                while j < lines.count, close(j), let b = band[j], pageRules.indices.contains(b),
                      lines[j].box.midY - pageRules[b].y <= em(lines[j]) * s.ruleReachFactor,
                      notLarger(lines[j], than: lines[last], factor: s.maxRowEmFactor),
                      !isTitleBlockLine(lines[j].text, wordCount: split[j].count) {
                    block.append(j); j += 1
                }
            }
            // With no rules, the lines of the last row set round its amounts: the tail of a name
            // wrapped in a narrow cell under the amounts centred in the row.
            if let last = block.last, band[last] == nil {
                var k = last + 1
                while k < lines.count, !isBody[k], band[k] == nil, !isTitleBlockLine(lines[k].text, wordCount: split[k].count),
                      besideAmounts(k, of: last),
                      lines[k].box.midY - lines[last].box.midY < min(em(lines[k]), em(lines[last])) * s.itemLineReachFactor {
                    block.append(k); k += 1
                }
                j = max(j, k)
            }
            // With no rules, the first and last items' names wrapped over more lines than
            // `itemLineReachFactor` reaches (one or two characters a line in a narrow column):
            // the lines beside the amounts, each set from the next at the pitch of a wrap (the
            // closest two lines of a wrapped name in the block, `wrapGapSlackFactor` × em more at
            // most); a header's or a note's lines stand a cell's padding further off.
            if band[i] == nil, let gap = wrapGap(block) {
                func nameLine(_ k: Int, of b: Int) -> Bool {
                    !isBody[k] && band[k] == nil && besideAmounts(k, of: b) && fewCells(k, of: b) && notLarger(lines[k], than: lines[b], factor: s.maxRowEmFactor)
                        && !isTitleBlockLine(lines[k].text, wordCount: split[k].count)
                }
                func wrapped(_ upper: Int, _ lower: Int) -> Bool {
                    lines[lower].box.midY - lines[upper].box.midY <= gap + em(lines[lower]) * s.wrapGapSlackFactor
                }
                while let f = block.first, f > floor, nameLine(f - 1, of: i), wrapped(f - 1, f) { block.insert(f - 1, at: 0) }
                while let last = block.last, last + 1 < lines.count, nameLine(last + 1, of: block.last { isBody[$0] } ?? last),
                      wrapped(last, last + 1) {
                    block.append(last + 1); j = max(j, last + 2)
                }
            }
            // Rows of text only after the last body line, in the same rules (the last rows of a
            // two-sided table's longer side, names printed with no amount), down to the table's
            // bottom rule or the page's foot.
            if let last = block.last, band[last] != nil,
               case let amounts = block.flatMap({ k in split[k].filter { isAmount($0.text) } }),
               let left = amounts.map(\.box.x0).min(), let right = amounts.map(\.box.x1).max() {
                let size = em(lines[i])
                var k = last + 1
                while k < lines.count, !isBody[k], close(k),
                      ruledRow(k, after: last, amountsFrom: left, to: right, size: size, lines: lines, words: split, rules: pageRules, settings: s) {
                    block.append(k); k += 1
                }
                j = max(j, k)
            }
            // A row cut by the page break at a ruled block's foot has no rule under it: the lines
            // stacked under its amounts, all left of the amounts and with no rule between (the
            // rest of a name wrapped one character a line), are its own.
            // (Whether every line stands between rules is judged before the cut row is taken in.)
            // (A line of the row the page break cut at the foot, under the last rule with none
            // under its first column, stands in a ruled row too.)
            // No rule under the line reaches its first column: its row runs on below.
            func openBelow(_ k: Int) -> Bool {
                !rules.contains { r in r.position > lines[k].box.midY && r.start <= lines[k].box.x0 + 1 && r.end >= lines[k].box.x0 - 1 }
            }
            // The nearest rule above the line that spans it.
            func ruleAbove(_ k: Int) -> Double? {
                let line = lines[k].box
                return pageRules.last(where: { $0.y < line.midY && $0.covers(line.x0) && $0.covers(line.x1) })?.y
            }
            let allBanded = block.allSatisfy { k in band[k] != nil || band.contains { $0 != nil } && openBelow(k) }
            // A row the page break cut right under the page's last rule has no line between
            // rules: its first line opens right under a rule across it, none under it reaching
            // its first column (a row so tall that its name, a character a line, runs to the foot).
            let openUnderLastRule = !block.contains { band[$0] != nil } && block.first.map { f in
                guard let above = ruleAbove(f) else { return false }
                return lines[f].box.midY - above <= em(lines[f]) * s.ruleReachFactor && openBelow(f)
            } ?? false
            if block.contains(where: { band[$0] != nil }) || openUnderLastRule {
                let amountLeft = block.flatMap { k in split[k].filter { isAmount($0.text) }.map(\.box.x0) }.min() ?? -Double.infinity
                func cutAtFoot(_ k: Int) -> Bool {
                    let line = lines[k].box
                    guard !isTitleBlockLine(lines[k].text, wordCount: split[k].count),
                          !rules.contains(where: { r in r.position > line.midY && r.start <= line.x0 && r.end >= line.x1 }),
                          let above = ruleAbove(k) else { return false }
                    // The row opens right under that rule: this line, or the first of the block's
                    // lines under it (a row of several lines, indicator rows beside a merged name,
                    // that the break cut: the lines before this one were taken in already).
                    let opener = block.first { lines[$0].box.midY > above } ?? k
                    return lines[opener].box.midY - above <= em(lines[opener]) * s.ruleReachFactor
                }
                let amountSpans = block.flatMap { k in split[k].filter { isAmount($0.text) }.map { ($0.box.x0, $0.box.x1) } }
                // Left of every amount (a name stacked under them), or under no amount at all (a
                // label column between two sides' amounts).
                func stacked(_ k: Int) -> Bool {
                    split[k].allSatisfy { $0.box.x1 <= amountLeft }
                        || split[k].allSatisfy { w in !amountSpans.contains { $0.0 < w.box.x1 && w.box.x0 < $0.1 } }
                }
                // The row of the block's last line of amounts runs on to the page's foot: no rule
                // under it reaches its first column (the page break cut it, and the rules under
                // its indicator rows, short of its merged cells, part nothing but those rows).
                let openBody = block.last(where: { isBody[$0] })
                let openRow = openBody.map(openBelow) ?? false
                // Under that row's own amounts nothing of it is printed (they are centred in it):
                // its lines stand clear of them (an amount of a row further up the block, under
                // an indicator's ≤, does not count).
                let openRowAmounts = openBody.map { b in split[b].filter { isAmount($0.text) }.map { ($0.box.x0, $0.box.x1) } } ?? []
                func clearOfOpenRowAmounts(_ k: Int) -> Bool {
                    split[k].allSatisfy { w in !openRowAmounts.contains { $0.0 < w.box.x1 && w.box.x0 < $0.1 } }
                }
                // (In that open row a line with a figure (≤36.48万元 of an indicator) is the row's too.)
                while let last = block.last, last + 1 < lines.count, close(last + 1),
                      (openRow && clearOfOpenRowAmounts(last + 1) && !isTitleBlockLine(lines[last + 1].text, wordCount: split[last + 1].count))
                        || !isBody[last + 1] && (band[last] == nil
                        ? stacked(last + 1) && !rules.contains(where: { r in r.position > lines[last].box.midY && r.position < lines[last + 1].box.midY
                            && r.start <= lines[last + 1].box.x0 && r.end >= lines[last + 1].box.x1 })
                        : (split[last + 1].allSatisfy({ $0.box.x1 <= amountLeft }) && inGapOfRuleAbove(last + 1, below: last, lines: lines, rules: pageRules))
                            || (stacked(last + 1) && cutAtFoot(last + 1))) {
                    block.append(last + 1); j = max(j, last + 2)
                }
            }
            // With no rules on the page, rows of text only right above the first body line (one
            // side of a two-sided table running on at a continuation page's top under its
            // repeated header, names with no amount): lines set where the block's labels start
            // (`alignedRun`), beside its amounts and never over them (a header's words head the
            // amount columns, a paragraph runs across them), up to the header. Items are told by
            // their spacing (a name wrapped over two lines is one row).
            if rules.isEmpty, let first = block.first, isBody[first] {
                let core = block
                let amountSpans = core.flatMap { k in split[k].filter { isAmount($0.text) }.map { ($0.box.x0, $0.box.x1) } }
                func clearOfAmounts(_ k: Int) -> Bool {
                    split[k].allSatisfy { w in !amountSpans.contains { $0.0 < w.box.x1 && w.box.x0 < $0.1 } }
                }
                var above: [Int] = []
                while let f = above.first ?? block.first, f > floor, !isBody[f - 1], close(f), clearOfAmounts(f - 1),
                      alignedRun((f - 1)..<f, block: core, lines: lines, words: split, settings: s) {
                    above.insert(f - 1, at: 0)
                }
                // …and right under the last one: the longer side of a two-sided table whose totals
                // print at its top runs on with names of no amount ((二十二)粮油物资储备支出 …) to
                // the page's foot, rows of a browser's print set at its rows' spacing. A note
                // (注：, 说明) closes the table.
                var below: [Int] = []
                while let last = below.last ?? block.last, last + 1 < lines.count, !isBody[last + 1], close(last + 1), clearOfAmounts(last + 1),
                      !opensNote(lines[last + 1].text),
                      alignedRun((last + 1)..<(last + 2), block: core, lines: lines, words: split, settings: s) {
                    below.append(last + 1)
                }
                // Round a single line of amounts, label lines as far below it as above (within a
                // line) are its own label wrapped round it, centred on its amounts, no rows of
                // their own; so are lines of words of a character or two each
                // (`nameLinesMinWidthFactor`: names set a character or two a line in narrow
                // columns, the tail of a row cut by the page break above). Rows of names stand
                // above it where the run above reaches further (the last rows of one side carried
                // to a page of their own, its last total under them, its label wrapped or not).
                let narrow = (above.flatMap { split[$0].map(\.box.width) }.max() ?? 0) <= em(lines[first]) * s.nameLinesMinWidthFactor
                if block.filter({ isBody[$0] }).count >= 2 || above.count > below.count + 1 && !narrow {
                    block = above + block + below
                    if let last = below.last { j = max(j, last + 1) }
                }
            }
            // With no rules on the page, a page of one or two items (fewer lines of amounts than
            // `minBodyLines`) whose rows of prose right of the amounts run far above and below
            // them (a project's indicator rows, its code, name and amounts printed once, centred
            // down them): the lines wholly right of the amounts, or beside them on the left (a
            // name wrapped in its cell), down to a line that is neither (a note, the next
            // title); then up to the header, less the lines on top with a word in a column no
            // other row prints text in (a header's lowest words head amount columns, or columns
            // empty on the page).
            if rules.isEmpty, block.filter({ isBody[$0] }).count < s.minBodyLines,
               let first = block.first(where: { isBody[$0] }) {
                let amounts = block.flatMap { k in split[k].filter { isAmount($0.text) } }
                let amountLeft = amounts.map(\.box.x0).min() ?? -.infinity, amountRight = amounts.map(\.box.x1).max() ?? .infinity
                func rowLine(_ k: Int) -> Bool {
                    band[k] == nil && !isBody[k] && !split[k].isEmpty && !isTitleBlockLine(lines[k].text, wordCount: split[k].count)
                        && notLarger(lines[k], than: lines[first], factor: s.maxRowEmFactor)
                        && split[k].allSatisfy { $0.box.x0 > amountRight || $0.box.x1 < amountLeft }
                }
                func proseLine(_ k: Int) -> Bool { split[k].allSatisfy { $0.box.x0 > amountRight } }
                var after: [Int] = []
                while let last = after.last ?? block.last, last + 1 < lines.count, close(last + 1), rowLine(last + 1) { after.append(last + 1) }
                var run: [Int] = []
                while let f = run.first ?? block.first, f > floor, close(f), rowLine(f - 1) { run.insert(f - 1, at: 0) }
                let below = (block + after).filter { lines[$0].box.midY >= lines[first].box.midY }.flatMap { k in split[k].filter { !isAmount($0.text) } }
                func overlaps(_ w: Word, _ ws: [Word]) -> Bool { ws.contains { $0.box.x0 < w.box.x1 && w.box.x0 < $0.box.x1 } }
                while let top = run.first, case let others = below + run.dropFirst().flatMap({ split[$0] }),
                      !split[top].allSatisfy({ overlaps($0, others) }) {
                    run.removeFirst()
                }
                // Only about rows of prose right of the amounts: lines on the left alone (a
                // header's 类 | 款 over a lone 合计 row) are no item's rows.
                if (run + after).contains(where: proseLine) {
                    block = run + block + after
                    if let last = after.last { j = max(j, last + 1) }
                }
            } else if rules.isEmpty, let first = block.first(where: { isBody[$0] }) {
                // With more items, the first one's rows of prose above its line of amounts: lines
                // wholly right of the block's amounts, each word in a column the block prints
                // prose in.
                let core = block
                let amountRight = core.flatMap { k in split[k].filter { isAmount($0.text) }.map(\.box.x1) }.max() ?? .infinity
                let prose = core.flatMap { k in split[k].filter { !isAmount($0.text) && $0.box.x0 > amountRight } }
                func proseRow(_ k: Int) -> Bool {
                    !split[k].isEmpty && split[k].allSatisfy { w in
                        w.box.x0 > amountRight && prose.contains { $0.box.x0 < w.box.x1 && w.box.x0 < $0.box.x1 }
                    }
                }
                while let f = block.first, f > floor, !isBody[f - 1], close(f), band[f - 1] == nil,
                      !isTitleBlockLine(lines[f - 1].text, wordCount: split[f - 1].count),
                      notLarger(lines[f - 1], than: lines[first], factor: s.maxRowEmFactor), proseRow(f - 1) {
                    block.insert(f - 1, at: 0)
                }
                // …and the last one's under it (its indicator rows below its line of amounts, the
                // table's last: read as a note, they were lost).
                while let l = block.last, l + 1 < lines.count, !isBody[l + 1], close(l + 1), band[l + 1] == nil,
                      !isTitleBlockLine(lines[l + 1].text, wordCount: split[l + 1].count),
                      notLarger(lines[l + 1], than: lines[first], factor: s.maxRowEmFactor), proseRow(l + 1) {
                    block.append(l + 1); j = max(j, l + 2)
                }
            }
            // Fewer body lines make a table where they stand in rows between rules (a page of a
            // table whose rows are many lines tall); build then wants ruled header bands above.
            // With no rule over any of its lines, fewer body lines make a table too when a header
            // of cells side by side stands right above them (the last rows of a table carried to
            // a page under its repeated header, a table of one row): build then wants that header.
            let bodyCount = block.filter { isBody[$0] }.count
            // Lines of prose, not rows: with no rule over any of them, every line of amounts states
            // its amount in a sentence (…项目预算资金 11381.60 万元。), where a word processor
            // set the figure apart by a space. Left to the narrative, not read as a table.
            let prose = !block.contains { band[$0] != nil } && block.filter { isBody[$0] }.allSatisfy { amountInSentence(split[$0]) }
            if !prose, bodyCount >= s.minBodyLines || allBanded || !block.contains(where: { band[$0] != nil }) {
                blocks.append(block); floor = max(floor, (block.last ?? i) + 1)
            }
            i = j
        }
        // With no rules, under a header printed again on the page before or after (a continuation
        // page), blocks parted only by lines of text set as the rows' lines are (an item's
        // indicator row wrapped over more lines than `maxLinesBetweenBodyLines`, round a figure
        // read as an amount) are one table: a second table stands under a title or a header of
        // its own, set larger, a gap above, or printed on that page too.
        if rules.isEmpty, blocks.count >= 2, let top = blocks[0].first {
            let ems = blocks[0].map { em(lines[$0]) }.sorted()
            if repeatedHeader(above: top, lines: lines, words: split, bodyEm: ems[ems.count / 2], settings: s) != nil {
                var merged = [blocks[0]]
                for b in blocks.dropFirst() {
                    guard let last = merged[merged.count - 1].last, let next = b.first, last < next else { merged.append(b); continue }
                    let between = Array((last + 1)..<next)
                    if (between + [next]).allSatisfy(close), between.allSatisfy({ k in
                        !printedAgain(lines[k]) && notLarger(lines[k], than: lines[last], factor: s.maxRowEmFactor)
                            && !isTitleBlockLine(lines[k].text, wordCount: split[k].count) && !opensNote(lines[k].text)
                    }) {
                        merged[merged.count - 1] += between + b
                    } else {
                        merged.append(b)
                    }
                }
                blocks = merged
            }
        }
        var found = blocks.compactMap { block -> PageTable? in
            let few = block.filter { isBody[$0] }.count < s.minBodyLines
            let banded = block.allSatisfy { band[$0] != nil }
            // Rows of prose right of every amount (a project's indicator rows).
            let amountRight = block.flatMap { k in split[k].filter { isAmount($0.text) }.map(\.box.x1) }.max() ?? .infinity
            let proseRows = block.contains { k in !split[k].isEmpty && split[k].allSatisfy { $0.box.x0 > amountRight } }
            return build(block: block, lines: lines, words: split, rules: rules, page: page, settings: settings,
                         needsRuledHeader: few && banded, needsTextHeader: few && !block.contains { band[$0] != nil },
                         stackedHeaderShowsCells: proseRows)
        }
        // Ruled tables without amounts (an empty table: its header and a 合计 row with nothing in
        // it; a table of text): a stack of full rules of one extent with text between each two,
        // outside the tables found. Read with the last band as the body under ruled header
        // bands; the reading rests on the rules alone, so the table asks for review.
        let taken = found.map(\.box)
        let freeLines = lines.indices.filter { k in !taken.contains { $0.contains(x: lines[k].box.midX, y: lines[k].box.midY, slack: 1) } }
        for stack in amountlessStacks(lines: lines, free: freeLines, words: split, rules: rules, settings: s) {
            guard var table = build(block: stack.body, lines: lines, words: split, rules: rules, page: page, settings: settings,
                                    needsRuledHeader: true, extent: stack.extent) else { continue }
            table.tableFlags.insert(.structureUncertain)
            found.append(table)
        }
        return found
    }

    /// The body lines of ruled tables without amounts: for each stack of at least three full
    /// rules of one extent (within `ruleJoinDistance` × 2 at each end) with free text between each
    /// two and no amount, the lines of its last band.
    static func amountlessStacks(lines: [TextLine], free: [Int], words: [[Word]], rules segs: [Segment],
                                 settings s: ExtractionSettings.Stream) -> [(body: [Int], extent: (Double, Double))] {
        let ems = free.map { em(lines[$0]) }.sorted()
        guard ems.count >= 2 else { return [] }
        let size = ems[ems.count / 2]
        let rules = clusterRules(segs.filter { $0.length >= size * s.minStackRuleLengthFactor }, tolerance: s.ruleJoinDistance)
        let slack = max(2, s.ruleJoinDistance * 2)
        var out: [(body: [Int], extent: (Double, Double))] = []
        var used = Set<Int>()
        // Stacks read already (top, bottom, left, right): the rules inside one, short of its
        // sides (the rules between indicator rows, stopping short of a project's merged cells),
        // are its rows', no table of their own.
        var read: [(Double, Double, Double, Double)] = []
        for (i, first) in rules.enumerated() where !used.contains(i) {
            if read.contains(where: { $0.0 < first.y && first.y < $0.1 && $0.2 - slack <= first.x0 && first.x1 <= $0.3 + slack }) { continue }
            // The rules of this one's extent, top down.
            let same = rules.indices.filter { $0 >= i && abs(rules[$0].x0 - first.x0) <= slack && abs(rules[$0].x1 - first.x1) <= slack }
            var run: [Int] = [i]
            var bands: [[Int]] = []
            for k in same.dropFirst() {
                guard let last = run.last else { break }
                let inside = free.filter { lines[$0].box.midY > rules[last].y && lines[$0].box.midY < rules[k].y
                    && lines[$0].box.x0 >= first.x0 - slack && lines[$0].box.x1 <= first.x1 + slack }
                guard !inside.isEmpty, inside.allSatisfy({ !words[$0].contains { isAmount($0.text) } }) else { break }
                run.append(k); bands.append(inside)
            }
            used.formUnion(run)
            guard bands.count >= 2, let body = bands.last, let lastRule = run.last.map({ rules[$0] }) else { continue }
            // A row of text cut by the page break under the stack's last rule (no rule under it
            // on the page): its lines, each opening within `ruleReachFactor` × em of the line
            // above (the first of the rule), belong to the table.
            var foot: [Int] = []
            var edge = lastRule.y
            for k in free where lines[k].box.midY > lastRule.y {
                let line = lines[k].box
                guard line.x0 >= first.x0 - slack, line.x1 <= first.x1 + slack, line.midY - edge <= em(lines[k]) * s.ruleReachFactor,
                      !words[k].contains(where: { isAmount($0.text) }), !isTitleBlockLine(lines[k].text, wordCount: words[k].count),
                      !segs.contains(where: { $0.position > line.midY && $0.start <= line.x0 && $0.end >= line.x1 }) else { break }
                foot.append(k); edge = line.midY
            }
            out.append((body + foot, (first.x0, first.x1)))
            read.append((first.y, foot.last.map { lines[$0].box.y1 } ?? lastRule.y, first.x0, first.x1))
        }
        return out
    }

    /// For each line, which band between two horizontal rules it lies in (the index of the rule
    /// above it), when rules run over the line both above and below it within
    /// `rowBandFactor` × its em; nil otherwise.
    static func ruleBands(lines: [TextLine], words: [[Word]], rules segs: [Segment], settings s: ExtractionSettings.Stream) -> [Int?] {
        let rules = bandRules(lines: lines, rules: segs, settings: s)
        return zip(lines, words).map { line, ws in
            // Rules over (nearly) the whole line: a line printed past the rules' end (an amount
            // cut by the page's edge) is still between them.
            func band(_ x0: Double, _ x1: Double) -> Int? {
                let over = rules.indices.filter { min(rules[$0].x1, x1) - max(rules[$0].x0, x0) >= (x1 - x0) * s.ruleOverLineFraction - 1 }
                guard let above = over.last(where: { rules[$0].y < line.box.midY }),
                      let below = over.first(where: { rules[$0].y > line.box.midY }),
                      withinRowBand(rules[above].y, rules[below].y, rules: rules, limit: em(line) * s.rowBandFactor) else { return nil }
                return above
            }
            // Else the rules over its amounts: a label merged down a column the row rules stop
            // short of, printed on the amounts' line, lies outside them.
            let amounts = ws.filter { isAmount($0.text) }
            return band(line.box.x0, line.box.x1)
                ?? amounts.map(\.box.x0).min().flatMap { a0 in amounts.map(\.box.x1).max().flatMap { band(a0, $0) } }
        }
    }

    /// Whether two rules at `top` and `bottom` bound one row band: less than `limit` apart, or
    /// parted by rules between them (of any extent: rows ruled short of columns merged down over
    /// them, a project over its indicator rows) none of whose gaps reaches `limit`.
    static func withinRowBand(_ top: Double, _ bottom: Double, rules: [Rule], limit: Double) -> Bool {
        if bottom - top < limit { return true }
        let ys = [top] + rules.map(\.y).filter { $0 > top && $0 < bottom } + [bottom]
        return ys.count > 2 && zip(ys, ys.dropFirst()).allSatisfy { $1 - $0 < limit }
    }

    /// The page's table rules (at least `minRuleLengthFactor` × the page's median em), joined by height.
    static func bandRules(lines: [TextLine], rules segs: [Segment], settings s: ExtractionSettings.Stream) -> [Rule] {
        let ems = lines.map(em).sorted()
        guard !ems.isEmpty else { return [] }
        let size = ems[ems.count / 2]
        return clusterRules(segs.filter { $0.length >= size * s.minRuleLengthFactor }, tolerance: s.ruleJoinDistance)
    }

    /// Whether the lines between body line `a` and the next body line `b` are rows of the same
    /// ruled table (rows of text only: names with no amounts, one side of a two-sided table
    /// running on alone; the lines of a label merged down past its row's rule): both stand
    /// between rules, and every line between starts a row within `ruleReachFactor` × em under
    /// the rule above it (a title between two tables stands further off), at the body's size
    /// at most (`maxRowEmFactor`: a title is larger), and is no title block (部门名称：…).
    static func ruledRun(from a: Int, to b: Int, lines: [TextLine], words: [[Word]], band: [Int?], rules: [Rule],
                         settings s: ExtractionSettings.Stream) -> Bool {
        guard band[a] != nil, a < b else { return false }
        // The rules across the body's amounts between the two lines.
        let amounts = (words[a] + words[b]).filter { isAmount($0.text) }
        guard let left = amounts.map(\.box.x0).min(), let right = amounts.map(\.box.x1).max() else { return false }
        // Line `b` stands between rules too, or opens its row right under a rule across the
        // amounts with none under it (a row the page break cut at the page's foot).
        if band[b] == nil {
            let bAmounts = words[b].filter { isAmount($0.text) }
            guard let bl = bAmounts.map(\.box.x0).min(), let br = bAmounts.map(\.box.x1).max(),
                  let above = rules.last(where: { r in r.y < lines[b].box.midY && r.spans.contains { $0.0 <= bl && $0.1 >= br } }),
                  lines[b].box.midY - above.y <= em(lines[b]) * s.ruleReachFactor else { return false }
        }
        return ((a + 1)..<b).allSatisfy { k in
            ruledRow(k, after: a, amountsFrom: left, to: right, size: em(lines[b]), lines: lines, words: words, rules: rules, settings: s)
        }
    }

    /// Whether line `k`, after line `a` of a table ruled row by row, is in a row of it: it stands
    /// between two rules across the body's amounts (`left`…`right`) at most `rowBandFactor` × em
    /// apart, opens its row within `ruleReachFactor` × em under the rule above (a title between
    /// two tables stands further off), is set at most `maxRowEmFactor` × the body's em, and is no
    /// title block.
    static func ruledRow(_ k: Int, after a: Int, amountsFrom left: Double, to right: Double, size: Double,
                         lines: [TextLine], words: [[Word]], rules: [Rule], settings s: ExtractionSettings.Stream) -> Bool {
        let across = rules.filter { r in r.spans.contains { $0.0 <= right && $0.1 >= left } }
        let line = lines[k]
        // A line of figures only has no CJK character to measure its em by: its font size as the
        // producer reports it (Chromium: twice the point size) is compared with the body line's.
        let notLarger = em(line) <= size * s.maxRowEmFactor
            || (line.fontSize > 0 && line.fontSize <= lines[a].fontSize * s.maxRowEmFactor)
        guard notLarger, !isTitleBlockLine(line.text, wordCount: words[k].count),
              let above = across.last(where: { $0.y < line.box.midY }), above.y > lines[a].box.midY - size * s.rowBandFactor,
              let below = across.first(where: { $0.y > line.box.midY }),
              withinRowBand(above.y, below.y, rules: rules, limit: size * s.rowBandFactor) else { return false }
        // The first line under a rule opens its row right under it.
        let first = (a...k).first { lines[$0].box.midY > above.y } ?? k
        return first != k || line.box.midY - above.y <= size * s.ruleReachFactor
    }

    /// Whether the lines `run`, between two body lines of `block` with no rules, are rows of its
    /// own however many (one side of a two-sided table running on alone, names with no amount):
    /// each set no larger than the body (`maxRowEmFactor`), no title block, every word starting
    /// within `labelAlignFactor` × em of where a label of the block's lines starts (a title is
    /// centred, a header's words head amount columns).
    /// A line that opens a table's note (注：…, 说明：…, 备注).
    static func opensNote(_ text: String) -> Bool {
        let t = PrintedWords.squeeze(text)
        return t.hasPrefix("注") || t.hasPrefix("说明") || t.hasPrefix("备注")
    }

    static func alignedRun(_ run: Range<Int>, block: [Int], lines: [TextLine], words: [[Word]], settings s: ExtractionSettings.Stream) -> Bool {
        let labels = block.flatMap { words[$0].filter { !$0.numeric && !isAmount($0.text) } }.map(\.box.x0)
        let ems = block.map { em(lines[$0]) }.sorted()
        guard !run.isEmpty, !labels.isEmpty, !ems.isEmpty else { return false }
        let size = ems[ems.count / 2]
        return run.allSatisfy { k in
            em(lines[k]) <= size * s.maxRowEmFactor && !isTitleBlockLine(lines[k].text, wordCount: words[k].count) && !words[k].isEmpty
                && words[k].allSatisfy { w in labels.contains { abs($0 - w.box.x0) <= em(lines[k]) * s.labelAlignFactor } }
        }
    }

    /// Whether line `k` stands right under the one rule below line `above`, in a gap of it: the
    /// rest of a label merged down over rows that goes on past the page's last row rule (公用 /
    /// 经费 at a page's foot, the rule under the row stopping short of the merged column).
    static func inGapOfRuleAbove(_ k: Int, below above: Int, lines: [TextLine], rules: [Rule]) -> Bool {
        let between = rules.filter { $0.y > lines[above].box.midY && $0.y < lines[k].box.midY }
        guard between.count == 1, let rule = between.first else { return false }
        let line = lines[k].box
        return !rule.spans.contains { $0.0 < line.x1 - 1 && $0.1 > line.x0 + 1 }
    }

    /// The top of a header band with no rule over it: the header lines stacked above `y` (each
    /// within `headerLineGapFactor` × em of the one below, no amounts, no title block), at most
    /// `maxOpenHeaderLines` of them; nil when there are none.
    static func openHeaderTop(above y: Double, lines: [TextLine], words: [[Word]], size: Double,
                              settings s: ExtractionSettings.Stream) -> (y: Double, x0: Double, x1: Double, count: Int)? {
        var edge = y
        var taken: [Int] = []
        for k in lines.indices.reversed() where lines[k].box.midY < y {
            guard edge - lines[k].box.y1 < size * s.headerLineGapFactor, taken.count < s.maxOpenHeaderLines,
                  !words[k].contains(where: { isAmount($0.text) }), !isTitleBlockLine(lines[k].text, wordCount: words[k].count) else { break }
            taken.append(k); edge = lines[k].box.y0
        }
        guard !taken.isEmpty else { return nil }
        let boxes = taken.map { lines[$0].box }
        return (edge - 1, boxes.map(\.x0).min() ?? 0, boxes.map(\.x1).max() ?? 0, taken.count)
    }

    /// Horizontal rules at one height, joined: (y, pieces as x ranges).
    struct Rule { var y: Double; var spans: [(Double, Double)]
        func covers(_ x: Double) -> Bool { spans.contains { $0.0 - 1 <= x && x <= $0.1 + 1 } }
        var x0: Double { spans.map(\.0).min() ?? 0 }
        var x1: Double { spans.map(\.1).max() ?? 0 }
    }

    static func clusterRules(_ segs: [Segment], tolerance: Double) -> [Rule] {
        var out: [Rule] = []
        for seg in segs.sorted(by: { $0.position < $1.position }) {
            if let last = out.last, seg.position - last.y <= tolerance {
                out[out.count - 1].spans.append((seg.start, seg.end))
            } else { out.append(Rule(y: seg.position, spans: [(seg.start, seg.end)])) }
        }
        return out
    }

    static func build(block: [Int], lines: [TextLine], words printedWords: [[Word]], rules allRules: [Segment], page: PageLayout,
                      settings: ExtractionSettings, needsRuledHeader: Bool = false, needsTextHeader: Bool = false,
                      stackedHeaderShowsCells: Bool = false, extent: (Double, Double)? = nil) -> PageTable? {
        let s = settings.stream
        guard let firstBody = block.first, let lastBody = block.last else { return nil }
        var words = splitAtAlignedEdges(printedWords, lines: lines, body: block.flatMap { printedWords[$0] },
                                        minRows: s.minAlignedEdgeRows, slack: s.alignedEdgeSlack)
        let size = block.map { em(lines[$0]) }.sorted()[block.count / 2]
        let bodyWords = block.flatMap { words[$0] }
        // The body's extent: its words', or the rules' where the table is read from its rules alone.
        guard let wordsLeft = bodyWords.map(\.box.x0).min(), let wordsRight = bodyWords.map(\.box.x1).max() else { return nil }
        let bl = min(wordsLeft, extent?.0 ?? wordsLeft), br = max(wordsRight, extent?.1 ?? wordsRight)
        guard br - bl < 20_000 else { return nil }
        // Rules over this block's columns (long enough not to be an underline of a word).
        let rules = clusterRules(allRules.filter { $0.start < br && $0.end > bl && $0.length >= size * s.minRuleLengthFactor },
                                 tolerance: s.ruleJoinDistance)
        // A row rule runs over the amounts to the right end; it may stop short of columns on the
        // left whose cells are merged down over several rows (a unit named once for its items).
        let amountWords = bodyWords.filter { isAmount($0.text) }
        let amountLeft = amountWords.map(\.box.x0).min() ?? bl
        let labelWords = bodyWords.filter { !$0.numeric }
        // It may stop short of the amounts too, where they are merged down as well (a project's
        // code, name and amounts printed once beside its indicator rows): a rule reaching the
        // right end over at least `partialRowRuleMinFraction` of the width parts rows.
        let full = rules.filter { ($0.x0 <= amountLeft + size || $0.x1 - $0.x0 >= (br - bl) * s.partialRowRuleMinFraction) && $0.x1 >= br - size }
        let topMid = lines[firstBody].box.midY, bottomMid = lines[lastBody].box.midY
        // The full rule just above the first body line and the one just below the last.
        var bodyTop = full.last { $0.y < topMid && topMid - $0.y < size * s.ruleReachFactor }
        let bodyBottom = full.first { $0.y > bottomMid && $0.y - bottomMid < size * s.ruleReachFactor }
        // Header bands: from the rule over the body, up rule by rule while the text between is a
        // header's (no amounts, no colon of a title block) and the table's top is a full rule.
        var headerRules: [Rule] = []
        if let top = bodyTop {
            var current = top
            var candidate: [Rule] = []
            // Body rows taken in on the way up do not count against `maxHeaderBands` (a page of
            // rows of text only above the rows that print amounts: a two-sided summary's one side
            // running on alone).
            while candidate.count < s.maxHeaderBands {
                guard let above = rules.last(where: { $0.y < current.y - 1 }) else { break }
                let inside = lines.indices.filter { lines[$0].box.midY > above.y && lines[$0].box.midY < current.y }
                // Printed rows of text in the band (a line may gather several: wrapped cells side by side).
                let mids = inside.flatMap { k in words[k].map(\.box.midY) }.sorted()
                let printedRows = max(inside.count, 1 + zip(mids, mids.dropFirst()).filter { $1 - $0 > size * s.rowSplitFactor }.count)
                guard current.y - above.y < size * max(s.headerBandFactor, Double(printedRows) * s.headerBandLineFactor),
                      !inside.isEmpty, inside.allSatisfy({ k in !words[k].contains { isAmount($0.text) } && !isTitleBlockLine(lines[k].text, wordCount: words[k].count) })
                else { break }
                // A row between full rules with text only under the body's labels (a name carried
                // on from the previous page, a group label) is a body row, not the header: a
                // header's lowest band heads the amount columns. So is one under a rule that parts
                // the body's rows short of the merged columns (a project's indicator rows carried
                // on from the previous page, its code, name and amounts printed there).
                if candidate.isEmpty, above.x0 <= amountLeft + size || full.contains(where: { abs($0.y - above.y) < 0.5 }),
                   above.x1 >= br - size,
                   inside.allSatisfy({ k in words[k].allSatisfy { w in
                       !amountWords.contains { $0.box.x0 < w.box.x1 && w.box.x0 < $0.box.x1 }
                           && labelWords.contains { $0.box.x0 < w.box.x1 && w.box.x0 < $0.box.x1 } } }) {
                    bodyTop = above; current = above; continue
                }
                candidate.insert(above, at: 0)
                if above.x0 <= bl + size && above.x1 >= br - size { headerRules = candidate }
                current = above
            }
            // No full rule over the header (a header repeated at the top of a page, printed
            // without its top border): its top band is the header lines stacked just above the
            // highest rule, up to a title block, a gap or an amount.
            if headerRules.isEmpty, case let highest = candidate.first ?? top,
               let openTop = openHeaderTop(above: highest.y, lines: lines, words: words, size: size, settings: s),
               !candidate.isEmpty || openTop.count > s.maxHeaderLines {
                headerRules = [Rule(y: openTop.y, spans: [(min(bl, openTop.x0), max(br, openTop.x1))])] + candidate
            }
        }
        let ruled = bodyTop != nil
        if needsRuledHeader && headerRules.isEmpty { return nil }
        // Lines of the table: header lines (by rules, or just above the body by spacing) and body.
        var headerLines: [Int] = []
        var top: Double, bottom: Double
        var headerYs: [Double] = []
        // The first line under a repeated header, where rows of text only stand between it and the block.
        var firstBelowHeader: Int? = nil
        // The type of the body's text (lines with Chinese characters: a line of digits only
        // reports the font size, which some producers scale).
        let textEms = block.filter { k in lines[k].chars.contains { PrintedWords.holdsCJKIdeograph($0.text) } }.map { em(lines[$0]) }.sorted()
        let bodyEm = textEms.isEmpty ? size : textEms[textEms.count / 2]
        if let bt = bodyTop, let first = headerRules.first {
            headerLines = lines.indices.filter { lines[$0].box.midY > first.y && lines[$0].box.midY < bt.y }
            headerYs = headerRules.map(\.y) + [bt.y]
            top = first.y
        } else {
            // A line of one word heading a group of the columns under it (绩效目标 over 成本指标 …
            // 满意度指标, 项目金额(万元) over 资金总额 … 单位资金): a word at least
            // `groupHeadMinWidthFactor` × em wide (a name wrapped a character a line is narrower)
            // centred (within `stackedHeaderGroupCentreFactor` × em) over a run of the header words
            // below, with words beside that run (a title heads the whole table).
            func headsGroup(_ k: Int, over lower: [Int]) -> Bool {
                guard words[k].count == 1, let w = words[k].first, w.box.width >= bodyEm * s.groupHeadMinWidthFactor else { return false }
                let below = lower.flatMap { words[$0] }
                let left = below.filter { $0.box.midX < w.box.midX }, right = below.filter { $0.box.midX > w.box.midX }
                return left.contains { a in right.contains { b in
                    abs((a.box.x0 + b.box.x1) / 2 - w.box.midX) <= bodyEm * s.stackedHeaderGroupCentreFactor
                        && below.contains { $0.box.x1 < a.box.x0 || $0.box.x0 > b.box.x1 }
                } }
            }
            // Under a rule over the body, the lines between it and the first line of amounts are
            // the body's (its first row: a label wrapped over lines, 部门 / (单位) / 名称): the
            // header stands above the rule.
            var first = bodyTop.flatMap { bt in lines.indices.first { lines[$0].box.midY > bt.y } }.map { min($0, firstBody) } ?? firstBody
            // A header repeated from the page before or after stands there as here: lines of text
            // only between it and the first line of amounts are rows (a row the page break cut,
            // its name wrapped a few characters a line), however like a stacked header's they look.
            // The header is read up from its last line as any other (within the same limits: as
            // the table's first page reads it, under its title).
            if bodyTop == nil, let run = repeatedHeader(above: first, lines: lines, words: words, bodyEm: bodyEm, settings: s),
               run.upperBound + 1 < first {
                first = run.upperBound + 1
                firstBelowHeader = first
            }
            while first > 0 {
                let k = first - 1
                // Past `maxStackedHeaderLines`, only the heads of groups over the lines below.
                guard headerLines.count < s.maxStackedHeaderLines || headsGroup(k, over: headerLines) else { break }
                let ws = words[k]
                // A line of one word is a header line when set no larger than the body (a cell
                // wrapped in a narrow column: 编码 over 类 | 款 | 项); a title is larger. Past
                // `maxHeaderLines`, only such lines: a stacked header.
                let bodySized = em(lines[k]) <= bodyEm * s.maxRowEmFactor
                guard ws.count >= 2 || bodySized, headerLines.count < s.maxHeaderLines || bodySized,
                      !ws.contains(where: \.numeric), !isTitleBlockLine(lines[k].text, wordCount: words[k].count),
                      lines[first].box.y0 - lines[k].box.y1 < max(lines[k].fontSize, 6) * s.headerLineGapFactor else { break }
                headerLines.insert(k, at: 0); first = k
            }
            // A line of one word on top is no header line of its own (a stacked header's lines of
            // one word lie between lines of several): a title, or the head of a table beside;
            // unless it heads a group of the columns of a header stacked over more lines than
            // `maxHeaderLines` (read as one tree from its words' places; a header of a few lines
            // is read line by line, its group heads from the lines under them).
            while let top = headerLines.first, words[top].count < 2,
                  headerLines.count <= s.maxHeaderLines || !headsGroup(top, over: Array(headerLines.dropFirst())) {
                headerLines.removeFirst()
            }
            // One header row per line, parted halfway; the body starts at its top rule if it has one.
            let hl = headerLines.map { lines[$0].box }
            headerYs = hl.indices.map { $0 == 0 ? hl[0].midY - size * 0.7 : (hl[$0 - 1].midY + hl[$0].midY) / 2 }
            let belowHeaderMid = firstBelowHeader.map { lines[$0].box.midY } ?? topMid
            if !headerLines.isEmpty { headerYs.append(bodyTop?.y ?? (hl[hl.count - 1].midY + belowHeaderMid) / 2) }
            top = headerYs.first ?? bodyTop?.y ?? (topMid - size * 0.7)
        }
        // A few lines of amounts make a table only right under a header line of at least
        // `minTextHeaderCells` cells side by side (a prose line above is one word; lines of
        // text only of the table's rows above its amounts are no header). Above an item's rows
        // of prose right of its amounts (`stackedHeaderShowsCells`: a project's indicator rows)
        // a header stacked over many lines may end in a line of fewer (the last characters of
        // cells wrapped one a line in narrow columns, 单位资金 over 单 / 位 / 资 / 金): any of
        // its lines may show it. So may any line of a header stacked over more than
        // `maxHeaderLines` lines of cells wrapped in narrow columns (支出 / 庭的补助 / 出 出 under
        // 工资福利 | 对个人和家 | 商品和 | 资本): the last rows of a table carried to a page under
        // its repeated header.
        let stackedOverLines = headerLines.count > s.maxHeaderLines
        let shownBy = stackedHeaderShowsCells || stackedOverLines ? headerLines : Array(headerLines.suffix(1))
        if needsTextHeader && !shownBy.contains(where: { words[$0].count >= s.minTextHeaderCells }) { return nil }
        bottom = bodyBottom?.y ?? (bottomMid + size * 0.7)
        let bodyStart = headerYs.last ?? top
        // Body rows: between full rules where the body is ruled between its rows, else per line.
        var bodyLines = lines.indices.filter { lines[$0].box.midY > bodyStart && lines[$0].box.midY < bottom }
        let inner = full.map(\.y).filter { $0 > bodyStart + 1 && $0 < bottom - 1 }
        var bodyYs: [Double] = [bodyStart]
        // The last rule where the text under it stands only in its gaps (cells merged down past
        // it, cut by the page's foot): it closed the cells it is drawn under.
        var footRule: Rule? = nil
        // One row alone between the rule over the body and the rule under it, its only line of
        // amounts among lines of text (a row carried alone to a page, its name wrapped round
        // the amounts): one row, not a row per line.
        let oneRuledRow = ruled && inner.isEmpty && bodyBottom != nil && bodyLines.count > 1
            && bodyLines.filter({ k in words[k].contains { isAmount($0.text) } }).count == 1
        if oneRuledRow {
            bodyYs.append(bottom)
        } else if ruled && !inner.isEmpty {
            // Keep only rules with text on both sides (a doubled rule is one).
            for y in inner + [bottom] where bodyLines.contains(where: { lines[$0].box.midY > bodyYs[bodyYs.count - 1] && lines[$0].box.midY < y }) {
                bodyYs.append(y)
            }
            if bodyYs.last != bottom { bodyYs[bodyYs.count - 1] = bottom }
            // With no rule under the last line, lines under the last rule that stand only in its
            // gaps are the rest of cells merged down past it: the last row takes them in.
            if bodyBottom == nil, bodyYs.count >= 3, case let lastRuleY = bodyYs[bodyYs.count - 2],
               let lastRule = rules.first(where: { abs($0.y - lastRuleY) < 0.5 }) {
                let under = bodyLines.filter { lines[$0].box.midY > lastRuleY }
                if !under.isEmpty, under.allSatisfy({ k in !lastRule.spans.contains { $0.0 < lines[k].box.x1 - 1 && $0.1 > lines[k].box.x0 + 1 } }) {
                    bodyYs.remove(at: bodyYs.count - 2)
                    footRule = lastRule
                }
            }
        } else {
            let mids = bodyLines.map { lines[$0].box.midY }
            for (a, b) in zip(mids, mids.dropFirst()) { bodyYs.append((a + b) / 2) }
            bodyYs.append(bottom)
        }
        let rowsByLine = !ruled || inner.isEmpty && !oneRuledRow
        guard bodyYs.count >= 2 else { return nil }
        // Columns: x ranges that no body word covers, over every line of the body.
        var allBody = bodyLines.flatMap { words[$0] }
        let ruleX0 = full.filter { $0.y >= top - 1 && $0.y <= bottom + 1 }.map(\.x0).min()
        let ruleX1 = full.filter { $0.y >= top - 1 && $0.y <= bottom + 1 }.map(\.x1).max()
        // Two narrow columns' wrapped headers set a little under a word gap apart (政府性 国有资
        // over 基金预 本经营, 2.7 pt in a 6.8 pt font) run together into one word: in a header, a
        // gap wider than a printed space parts words.
        for k in headerLines {
            words[k] = splitAtCharacterGaps(words[k], chars: lines[k].chars, minGap: em(lines[k]) * s.headerCharacterGapFactor)
        }
        let headerWordsX = headerLines.flatMap { words[$0] }
        let textX0 = (allBody + headerWordsX).map(\.box.x0).min() ?? bl, textX1 = (allBody + headerWordsX).map(\.box.x1).max() ?? br
        let x0 = min(ruleX0 ?? textX0 - 2, textX0 - 1), x1 = max(ruleX1 ?? textX1 + 2, textX1 + 1)
        guard x1 - x0 < 20_000 else { return nil }
        // Header words closed by a rule under them, with header words below on both sides (收入
        // over 项目 | 金额, 项目 over 科目编码 | 科目名称): their cells end at that rule, so they
        // head groups, not columns, even where nothing is printed under them (a side or a table
        // without amounts: no body gap to tell a group by).
        let closedHeaderWords: [Rect] = headerRules.isEmpty ? [] : (0..<max(0, headerYs.count - 2)).flatMap { r -> [Rect] in
            guard let rule = rules.first(where: { abs($0.y - headerYs[r + 1]) < 0.5 }) else { return [] }
            func between(_ top: Double, _ bottom: Double) -> [Word] {
                headerLines.filter { lines[$0].box.midY > top && lines[$0].box.midY < bottom }.flatMap { words[$0] }
            }
            let below = between(headerYs[r + 1], headerYs[headerYs.count - 1])
            return between(headerYs[r], headerYs[r + 1]).filter { w in
                rule.covers(w.box.x0 + 1) && rule.covers(w.box.midX) && rule.covers(w.box.x1 - 1)
                    && below.contains { $0.box.x1 <= w.box.x0 } && below.contains { $0.box.x0 >= w.box.x1 }
            }.map(\.box)
        }
        var xs = columnLines(body: allBody, header: headerWordsX, from: x0, to: x1, minGap: s.minColumnGap,
                             closedHeaderWords: closedHeaderWords, alignedEdgeRows: s.minAlignedEdgeRows, alignedEdgeSlack: s.alignedEdgeSlack,
                             headerGap: size * s.headerCharacterGapFactor)
        // A body ruled row by row may change its columns part way down (a form: a label | prose
        // block over an indicator block of five columns): where its rows' gaps show column lines
        // the whole body's whitespace does not (rows elsewhere cross them: one cell there), those
        // are columns too. Such a form has no header: the ruled bands over its first amounts
        // are rows of it (a label merged down them, prose across them), read as the body's are.
        var formBlocks = false
        if ruled && bodyYs.count - 1 >= s.minBlockRows {
            let minGap = max(s.minColumnGap, size * s.blockGapFactor)
            func blockLines() -> [Double] {
                let rowWords = (0..<(bodyYs.count - 1)).map { r in
                    bodyLines.filter { lines[$0].box.midY > bodyYs[r] && lines[$0].box.midY < bodyYs[r + 1] }.flatMap { words[$0] }
                }
                return blockColumnLines(rows: rowWords, existing: xs, minGap: minGap, minRows: s.minBlockRows)
            }
            var extra = blockLines()
            // A ruled header whose lowest band heads most columns, those the rows show included
            // (资金总额 | 政府预算资金 | 三级指标 | 指标值 …), none of its words across a column
            // line, is a table's header, not a form's
            // first rows: the rows' gaps add columns under it (an indicator value column empty
            // in most rows, read together with the indicator beside it from the whole body).
            let headsColumns: Bool = {
                guard !extra.isEmpty, !headerRules.isEmpty, headerYs.count >= 2 else { return false }
                let cols = (xs + extra).sorted()
                let lowest = headerLines.filter { lines[$0].box.midY > headerYs[headerYs.count - 2] && lines[$0].box.midY < headerYs[headerYs.count - 1] }
                    .flatMap { words[$0] }
                let headed = Set(lowest.compactMap { w in (0..<(cols.count - 1)).first { cols[$0] <= w.box.midX && w.box.midX < cols[$0 + 1] } })
                // A leaf header word stays in its column; text across a column line (a task's
                // prose beside its name) is a form's row.
                let across = lowest.contains { w in cols.dropFirst().dropLast().contains { w.box.x0 < $0 - 1 && w.box.x1 > $0 + 1 } }
                return headed.count * 2 >= cols.count - 1 && !across
            }()
            formBlocks = !extra.isEmpty && !headsColumns
            if headsColumns {
                // Under such a header a line the rows show parts two columns a header word stands
                // over each: a gap after an enumerator every row prints ((一) 一般公共服务支出,
                // (2) 财政专户管理资金) parts no cells.
                let leafWords = headerLines.flatMap { words[$0] }.filter { !closedHeaderWords.contains($0.box) }
                let all = (xs + extra).sorted()
                func headed(_ a: Double, _ b: Double) -> Bool { leafWords.contains { $0.box.x1 > a + 0.5 && $0.box.x0 < b - 0.5 } }
                extra = extra.filter { e in
                    guard let i = all.firstIndex(of: e), i > 0, i + 1 < all.count else { return false }
                    return headed(all[i - 1], e) && headed(e, all[i + 1])
                }
            }
            if formBlocks, !headerRules.isEmpty, headerYs.count >= 2 {
                bodyYs = Array(headerYs.dropLast()) + bodyYs
                headerYs = []
                headerLines = []
                bodyLines = lines.indices.filter { lines[$0].box.midY > bodyYs[0] && lines[$0].box.midY < bottom }
                allBody = bodyLines.flatMap { words[$0] }
                xs = columnLines(body: allBody, header: [], from: x0, to: x1, minGap: s.minColumnGap)
                extra = blockLines()
            }
            xs = (xs + extra).sorted()
        }
        xs = columnLinesAtRuleEnds(xs, rules: rules.filter { $0.y >= top - 1 && $0.y <= bottom + 1 },
                                   words: allBody + headerWordsX, size: size)
        xs = linesPastFiguresSetRight(xs, body: allBody, size: size, minRows: s.minAlignedEdgeRows, slack: s.alignedEdgeSlack)
        if !headerRules.isEmpty, headerYs.count >= 2 {
            let lowest = headerLines.filter { lines[$0].box.midY > headerYs[headerYs.count - 2] && lines[$0].box.midY < headerYs[headerYs.count - 1] }
                .flatMap { words[$0] }
            let rowWords = (0..<max(0, bodyYs.count - 1)).map { r in
                bodyLines.filter { lines[$0].box.midY > bodyYs[r] && lines[$0].box.midY < bodyYs[r + 1] }.flatMap { words[$0] }
            }
            xs = columnsUnderCentredHeader(xs, leaves: lowest, header: headerLines.flatMap { words[$0] }.filter { !closedHeaderWords.contains($0.box) }, rows: rowWords, minGap: s.minColumnGap)
        }
        guard xs.count >= 3 else { return nil }
        // With no rule between its rows, a row is an item of text lines, as under vertical rules
        // only (TextRows): the line carrying its amounts with the lines of its cells wrapped
        // round it (a name wrapped in a narrow column is one cell, not a row per line).
        var openBelow: [Int: Set<Int>] = [:]
        var itemDoubt: (all: Bool, items: Set<Int>) = (false, [])
        if rowsByLine, bodyLines.count >= 2, let items = bodyItems(bodyLines, lines: lines, xs: xs, top: bodyStart, bottom: bottom,
                                                                       singleLineAnchor: rules.isEmpty, settings: settings) {
            bodyYs = [bodyStart] + items.cuts + [bottom]
            for (n, open) in items.openColumns.enumerated() where !open.isEmpty { openBelow[n + 1] = open }
            itemDoubt = (items.doubtful, items.doubtfulItems)
            // Lines of one wrapped name read as items of their own are one item (nothing merged
            // down over the cuts dropped).
            let joins = wrappedLabelCuts(bodyLines, lines: lines, words: words, cuts: bodyYs, em: bodyEm, settings: s)
            if !joins.isEmpty, joins.allSatisfy({ openBelow[$0] == nil }) {
                func kept(_ i: Int) -> Int { i - joins.filter { $0 <= i }.count }
                bodyYs = bodyYs.indices.filter { !joins.contains($0) }.map { bodyYs[$0] }
                openBelow = Dictionary(uniqueKeysWithValues: openBelow.map { (kept($0.key), $0.value) })
                itemDoubt.items = Set(itemDoubt.items.map(kept))
            }
            itemDoubt.items.formUnion(labelItemsAtWrapPitch(bodyLines, lines: lines, words: words, cuts: bodyYs, em: bodyEm, settings: s))
        }
        // A header of many lines with no rules (cells wrapped in narrow columns, group headers
        // centred over the columns they head): read from its words' places, each word heading
        // the columns whose middle is nearest its own, wrapped lines of one cell joined.
        let headerMids = headerLines.flatMap { words[$0].map(\.box.midY) }.sorted()
        let headerRows = headerMids.isEmpty ? 0 : 1 + zip(headerMids, headerMids.dropFirst()).filter { $1 - $0 > bodyEm * s.rowSplitFactor }.count
        let stacked: StackedHeader? = headerRules.isEmpty && headerRows > s.maxHeaderLines
            ? stackedHeader(headerLines.flatMap { words[$0] }, xs: xs, em: bodyEm, settings: s) : nil
        if let st = stacked, let t = headerYs.first, let b = headerYs.last {
            headerYs = (0...st.rows).map { t + (b - t) * Double($0) / Double(st.rows) }
        }
        let ys = headerYs.dropLast() + bodyYs
        let H = max(0, headerYs.count - 1)
        let R = ys.count - 1, C = xs.count - 1
        guard R >= 1 else { return nil }
        var hRuled = Array(repeating: Array(repeating: true, count: C), count: R + 1)
        var vRuled = Array(repeating: Array(repeating: true, count: C + 1), count: R)
        let mids = (0..<C).map { (xs[$0] + xs[$0 + 1]) / 2 }
        // Header words band by band (a band may hold several lines: a wrapped header cell).
        var bandWords = Array(repeating: [Word](), count: H)
        for k in headerLines {
            guard let r = (0..<H).first(where: { lines[k].box.midY > ys[$0] && lines[k].box.midY < ys[$0 + 1] }) else { continue }
            guard !headerRules.isEmpty && stacked == nil else { bandWords[r] += words[k]; continue }
            // Under a ruled header a word with no rule over it belongs to the cell merged down from
            // the band above (项目金额 centred over two bands, its middle just under the rule that
            // runs over the groups beside it only): it heads that cell, in the band it starts in.
            for w in words[k] {
                var band = r
                while band > 0, let rule = rules.first(where: { abs($0.y - ys[band]) < 0.5 }), !rule.covers(w.box.midX) { band -= 1 }
                bandWords[band].append(w)
            }
        }
        // Cells merged down over items (a label printed once beside the rows it spans).
        for (n, open) in openBelow where H + n < R { for c in open where c < C { hRuled[H + n][c] = false } }
        // A body rule that stops short of a column leaves that column's cell merged down.
        for r in (H + 1)..<max(H + 1, R) {
            guard let rule = rules.first(where: { abs($0.y - ys[r]) < 0.5 }) else { continue }
            for c in 0..<C where !rule.covers(mids[c]) { hRuled[r][c] = false }
        }
        // The foot of a table ruled row by row is drawn where its rule is: a browser draws none
        // under a merged cell the page break cuts (it goes on under the next page's header) and
        // one under every cell that ends there. The stitching reads from this which cells go on
        // over the break (text at the next page's top under a column closed here is a row of its
        // own). (A row the break cut, its text at the page's foot with no rule under it, keeps
        // its foot as it was: the stitching joins it as the tail of a row it ended.)
        if ruled && !formBlocks, let foot = bodyBottom.flatMap({ abs($0.y - ys[R]) < 0.5 ? $0 : nil }) ?? footRule {
            for c in 0..<C where !foot.covers(mids[c]) { hRuled[R][c] = false }
        }
        if let st = stacked {
            for cell in st.cells {
                for r in cell.rows.dropFirst() { for c in cell.columns { hRuled[r][c] = false } }
                for r in cell.rows { for c in cell.columns.dropFirst() { vRuled[r][c] = false } }
            }
        } else if !headerRules.isEmpty {
            // A partial rule closes only the header cells above it; the others span down.
            for r in 1..<max(1, H) {
                guard let rule = rules.first(where: { abs($0.y - ys[r]) < 0.5 }) else { continue }
                for c in 0..<C { hRuled[r][c] = rule.covers(mids[c]) }
            }
        } else if H > 1 {
            // Lines without rules between: a header cell with nothing under it spans down.
            for r in 0..<(H - 1) {
                for c in 0..<C {
                    let below = bandWords[r + 1].contains { $0.box.midX > xs[c] && $0.box.midX < xs[c + 1] }
                    let here = bandWords[r].contains { $0.box.x1 > xs[c] && $0.box.x0 < xs[c + 1] }
                    if here && !below { hRuled[r + 1][c] = false }
                }
            }
        }
        // Text past the end of the table's full rules: the page's edge cut the table (its last
        // header cells run on past it).
        let cutAtRuleEnd = ruleX1.map { end in (allBody + headerWordsX).contains { $0.box.x1 > end + s.pastRuleEndDistance } } ?? false
        // The band whose top rule closes the cell of word `w` of band `r` under it: the next
        // band's, or, where that rule stops short of the word (the cell merged down), the first
        // lower one that runs under it; none past the header.
        func closingBand(_ w: Word, _ r: Int) -> Int? {
            var k = r + 1
            while k < H {
                guard let rule = rules.first(where: { abs($0.y - ys[k]) < 0.5 }) else { return nil }
                if rule.covers(w.box.midX) { return k }
                guard !headerRules.isEmpty else { return nil }
                k += 1
            }
            return nil
        }
        for r in 0..<H where stacked == nil {
            // A column is taken in this band by a word over it, or by a cell spanning down into it.
            // A header cell spanning down from this band to the word lower in its column (no
            // rule between) takes the column here too.
            let spannedFromBelow = (0..<C).map { c -> Bool in
                var k = r + 1
                while k < H && !hRuled[k][c] {
                    if bandWords[k].contains(where: { $0.box.x1 > xs[c] + 1 && $0.box.x0 < xs[c + 1] - 1 }) { return true }
                    k += 1
                }
                return false
            }
            let open = (0..<C).map { c in (r == 0 || hRuled[r][c]) && !spannedFromBelow[c] }
            var owner = [Int?](repeating: nil, count: C)
            let ws = bandWords[r].sorted { $0.box.x0 < $1.box.x0 }
            for (wi, w) in ws.enumerated() {
                for c in 0..<C where w.box.x1 > xs[c] + 1 && w.box.x0 < xs[c + 1] - 1 { owner[c] = owner[c] ?? wi }
            }
            for (wi, w) in ws.enumerated() {
                let mine = (0..<C).filter { owner[$0] == wi }
                guard let a = mine.first, let b = mine.last else { continue }
                // A piece of rule right under the word (a group header's own underline, as a
                // browser draws a cell's bottom border) spans exactly the columns the cell spans.
                // A rule across the whole table (every cell's border drawn) bounds nothing. Pieces
                // of rule under cells side by side run together (a group header spanning down two
                // bands beside one closed a band lower): a column a cell from above spans down
                // into is not under this word.
                // A cell merged down from this band (no rule under the word here) is closed by the
                // first rule lower down that runs under it: that rule's piece is its underline,
                // shared with the cells it closes, of this band and of the bands between.
                if let k = closingBand(w, r), let under = rules.first(where: { abs($0.y - ys[k]) < 0.5 })?.spans
                    .first(where: { $0.0 - 1 <= w.box.x0 && w.box.x1 <= $0.1 + 1 }),
                   under.0 > xs[0] + size || under.1 < xs[C] - size {
                    let closedThere = (0..<k).flatMap { j in bandWords[j].filter { closingBand($0, j) == k } }
                    let (from, to) = shareOfRule(under, for: w, among: closedThere, below: bandWords[k...].flatMap { $0 }, columnLines: xs,
                                                 lastCut: cutAtRuleEnd && ruleX1.map { abs($0 - under.1) <= size } == true)
                    let spanned = (0..<C).filter { mids[$0] > from && mids[$0] < to && (owner[$0] == wi || owner[$0] == nil && open[$0]) }
                    if spanned.count > 1, spanned.contains(a), spanned.contains(b), let f = spanned.first, let l = spanned.last, l - f + 1 == spanned.count {
                        for c in spanned { owner[c] = wi }
                        continue
                    }
                }
                // The range of free columns around the word whose middle is nearest the word's; under
                // a rule across the whole table (no header cell left empty) the widest of those
                // centred on the word within an em (a group header over many columns).
                let wholeBelow = r + 1 < H && rules.first(where: { abs($0.y - ys[r + 1]) < 0.5 }).map { $0.x0 <= xs[0] + size && $0.x1 >= xs[C] - size } == true
                var best = (a, b), bestOff = abs((xs[a] + xs[b + 1]) / 2 - w.box.midX)
                var lo = a
                while lo >= 0 && (lo == a || (owner[lo] == nil && open[lo])) {
                    var hi = b
                    while hi < C && (hi == b || (owner[hi] == nil && open[hi])) {
                        let off = abs((xs[lo] + xs[hi + 1]) / 2 - w.box.midX)
                        if off < bestOff - 0.5 || (wholeBelow && off < size && hi - lo > best.1 - best.0) { best = (lo, hi); bestOff = off }
                        hi += 1
                    }
                    lo -= 1
                }
                for c in best.0...best.1 { owner[c] = wi }
            }
            // Under a rule across the whole table, a free column left between or beside the cells
            // centred on their words (their columns' lines guessed from the header alone, as in
            // a table without amounts) goes to the nearest word: a header cell is never empty
            // above a cell of the band below that has a rule over it.
            if r + 1 < H, let below = rules.first(where: { abs($0.y - ys[r + 1]) < 0.5 }),
               below.x0 <= xs[0] + size, below.x1 >= xs[C] - size, !ws.isEmpty {
                for c in 0..<C where owner[c] == nil && open[c] {
                    let nearest = ws.indices.min { i, k in
                        max(ws[i].box.x0 - xs[c + 1], xs[c] - ws[i].box.x1, 0) < max(ws[k].box.x0 - xs[c + 1], xs[c] - ws[k].box.x1, 0)
                    }
                    // Only beside the nearest word's own columns: the cell stays in one piece.
                    if let k = nearest, (c > 0 && owner[c - 1] == k) || (c + 1 < C && owner[c + 1] == k)
                        || ((c + 1..<C).first { owner[$0] != nil }.map { owner[$0] == k } ?? false)
                        && (0..<c).allSatisfy({ owner[$0] != k }) {
                        owner[c] = k
                    }
                }
            }
            // Columns owned by one word (or by words of one cell: a wrapped header) are one cell.
            for c in 1..<C where owner[c] != nil && owner[c] == owner[c - 1] { vRuled[r][c] = false }
            // Words of different lines over the same columns (a wrapped header cell) join them too.
            for w in ws {
                for c in 1..<C where xs[c] > w.box.x0 + 1 && xs[c] < w.box.x1 - 1 { vRuled[r][c] = false }
            }
        }
        // A body label centred over empty columns beside its own (合计 over 类/款/项 and the name),
        // where the column's text is set flush left elsewhere: one cell over those columns.
        let columnLeft = (0..<C).map { c in allBody.filter { $0.box.midX > xs[c] && $0.box.midX < xs[c + 1] }.map(\.box.x0).min() ?? xs[c] }
        for r in H..<R {
            let band = bodyLines.filter { lines[$0].box.midY > ys[r] && lines[$0].box.midY < ys[r + 1] }
            let ws = band.flatMap { words[$0] }
            let used = Set(ws.flatMap { w in (0..<C).filter { w.box.x1 > xs[$0] && w.box.x0 < xs[$0 + 1] } })
            for w in ws where !w.numeric {
                let mine = (0..<C).filter { w.box.x1 > xs[$0] && w.box.x0 < xs[$0 + 1] }
                // Set off its column's left edge: beside the column's other words, or beside the
                // column line where it stands alone in its column (an empty table's 合计).
                // The label is its cell's whole text: a word beside others in its column (人 after
                // ≥800, parted from the figure by the gap a digit run leaves) is no label.
                guard mine.count == 1, let c = mine.first,
                      ws.filter({ $0.box.x1 > xs[c] && $0.box.x0 < xs[c + 1] }).count == 1 else { continue }
                let alone = allBody.filter { $0.box.midX > xs[c] && $0.box.midX < xs[c + 1] }.count <= 1
                guard w.box.x0 - (alone ? xs[c] : columnLeft[c]) > size else { continue }
                var best: (Int, Int)? = nil, bestOff = size
                var lo = c
                while lo >= 0 && (lo == c || !used.contains(lo)) {
                    var hi = c
                    while hi < C && (hi == c || !used.contains(hi)) {
                        let off = abs((xs[lo] + xs[hi + 1]) / 2 - w.box.midX)
                        if (lo, hi) != (c, c) && off < bestOff { best = (lo, hi); bestOff = off }
                        hi += 1
                    }
                    lo -= 1
                }
                if let (a, b) = best { for k in (a + 1)...b { vRuled[r][k] = false } }
            }
        }
        // A table that prints no amount (an empty table: its header and a 合计 row with nothing
        // in it): a row whose only text is a label in the first column is a total's label merged
        // over the columns the top header cell over that column spans (项目 over 类 | 款 | 项 | 名称).
        if amountWords.isEmpty, H >= 1, C >= 2 {
            for r in H..<R {
                let ws = bodyLines.filter { lines[$0].box.midY > ys[r] && lines[$0].box.midY < ys[r + 1] }.flatMap { words[$0] }
                guard !ws.isEmpty, ws.allSatisfy({ $0.box.x1 < xs[1] + 1 && !$0.numeric }) else { continue }
                var k = 1
                while k < C && !vRuled[0][k] { vRuled[r][k] = false; k += 1 }
            }
        }
        // A row whose only label is one word in the first column, the other label columns (those
        // left of every amount of the body, each with text in other rows) empty: a total's label
        // merged over the label columns
        // (合计 set flush left over 类 | 款 | 项 | 名称), however few rows the page holds.
        if let firstAmountColumn = (0..<C).first(where: { c in amountWords.contains { $0.box.midX > xs[c] && $0.box.midX < xs[c + 1] } }),
           firstAmountColumn >= 2 {
            for r in H..<R {
                let ws = bodyLines.filter { lines[$0].box.midY > ys[r] && lines[$0].box.midY < ys[r + 1] }.flatMap { words[$0] }
                let labels = ws.filter { $0.box.midX < xs[firstAmountColumn] }
                guard labels.count == 1, let w = labels.first, !w.numeric, w.box.x1 < xs[1] + 1,
                      ws.contains(where: { isAmount($0.text) }),
                      (1..<firstAmountColumn).allSatisfy({ c in allBody.contains { $0.box.midX > xs[c] && $0.box.midX < xs[c + 1] } })
                else { continue }
                for k in 1..<firstAmountColumn { vRuled[r][k] = false }
            }
        }
        // A label set in a code column (合计 where the rows print 类/款/项 codes) heads a cell merged
        // over the empty code columns after it and the name column.
        let codeColumn = (0..<C).map { c -> Bool in
            let ws = allBody.filter { $0.box.midX > xs[c] && $0.box.midX < xs[c + 1] }
            return ws.count >= 2 && ws.filter { $0.numeric && !isAmount($0.text) }.count * 5 >= ws.count * 4
        }
        for r in H..<R {
            let ws = bodyLines.filter { lines[$0].box.midY > ys[r] && lines[$0].box.midY < ys[r + 1] }.flatMap { words[$0] }
            func empty(_ c: Int) -> Bool { !ws.contains { $0.box.x1 > xs[c] && $0.box.x0 < xs[c + 1] } }
            for w in ws where !w.numeric {
                let mine = (0..<C).filter { w.box.x1 > xs[$0] && w.box.x0 < xs[$0 + 1] }
                guard let c = mine.last, codeColumn[c] else { continue }
                var k = c + 1
                while k < C && codeColumn[k] && empty(k) { vRuled[r][k] = false; k += 1 }
                if k < C && !codeColumn[k] && empty(k) && k > c { vRuled[r][k] = false }
            }
        }
        // A body word across a column line (a label bridging merged cells) is one cell there.
        for r in H..<R {
            let ws = bodyLines.filter { lines[$0].box.midY > ys[r] && lines[$0].box.midY < ys[r + 1] }.flatMap { words[$0] }
            // A closing mark hanging into the padding reaches its cell's edge by half its width only.
            for w in ws { for c in 1..<C where xs[c] > w.box.x0 + 1 && xs[c] < w.inkRight - 1 { vRuled[r][c] = false } }
        }
        // In a form whose columns change between blocks, a cell's text need not reach every column
        // it spans: an empty column right of a cell with text is part of it where a row next to
        // it has a cell starting in the same column that runs across that column line (a name over
        // the columns the prose under it spans, 主要内容 over its tasks' texts, an item over two
        // columns as the next item's wider text shows). An empty cell beside cells that start in
        // its column (an indicator with no note) stays one.
        if formBlocks {
            let rowWords = (0..<R).map { r in bodyLines.filter { lines[$0].box.midY > ys[r] && lines[$0].box.midY < ys[r + 1] }.flatMap { words[$0] } }
            // A word of row `r` starting in column `start` that runs across line `c`.
            func crossed(_ r: Int, from start: Int, _ c: Int) -> Bool {
                r >= H && r < R && rowWords[r].contains { $0.box.x0 >= xs[start] - 1 && $0.box.x0 < xs[start + 1] && $0.box.x0 < xs[c] - 1 && $0.inkRight > xs[c] + 1 }
            }
            for r in H..<R {
                let ws = rowWords[r]
                var start = 0
                for c in 1..<C where vRuled[r][c] {
                    let empty = !ws.contains { $0.box.x1 > xs[c] + 1 && $0.box.x0 < xs[c + 1] - 1 }
                    let leftHasText = ws.contains { $0.box.x1 > xs[start] + 1 && $0.box.x0 < xs[c] - 1 }
                    // Not a cell merged down from the row above or on into the row below.
                    let alone = hRuled[r][c] && hRuled[r + 1][c]
                    if empty && leftHasText && alone && (crossed(r - 1, from: start, c) || crossed(r + 1, from: start, c)) {
                        vRuled[r][c] = false
                    } else { start = c }
                }
            }
        }
        let grid = Grid(xs: xs, ys: Array(ys), hRuled: hRuled, vRuled: vRuled)
        guard var table = PageTableBuilder.build(grid: grid, page: page, settings: settings) else { return nil }
        if let st = stacked {
            // Header text as the words were read, not as the rows evenly cut put them.
            for i in table.cells.indices where table.cells[i].row < H {
                let cell = st.cells.first { $0.rows.lowerBound == table.cells[i].row && $0.columns.lowerBound == table.cells[i].col }
                table.cells[i].text = cell?.text ?? ""
                table.cells[i].lineCount = max(1, cell?.lineCount ?? 1)
                if (cell?.lineCount ?? 1) > 1 { table.cells[i].flags.insert(.wrappedCell) } else { table.cells[i].flags.remove(.wrappedCell) }
            }
        }
        // A header cell whose printed lines stand side by side, none over another (政府性 |
        // 一般公共预算 | 基金 read as one cell): two header cells' columns ran together where the
        // body shows no gap between them (a column empty in the body), and the rows' figures
        // may stand a column off.
        if table.cells.contains(where: { $0.row < H && headerLinesSideBySide($0.box, chars: page.chars, settings: settings) }) {
            table.tableFlags.insert(.headerUncertain)
        }
        // A body cell over a column line its text runs across that also holds a word standing
        // where the next column's values start down the rows (明显 between the lines of a name
        // wrapped over the line): two cells' text read as one.
        let bodyStarts = valueStarts(xs, body: allBody, minRows: s.minAlignedEdgeRows, slack: s.alignedEdgeSlack)
        for i in table.cells.indices where table.cells[i].row >= H && table.cells[i].colSpan > 1 {
            let cell = table.cells[i]
            let inCell = allBody.filter { cell.box.contains(x: $0.box.midX, y: $0.box.midY) }
            if holdsTheNextValue(inCell, columns: cell.col..<min(C, cell.col + cell.colSpan), xs: xs, starts: bodyStarts, slack: s.alignedEdgeSlack) {
                table.cells[i].flags.insert(.severalValuesInCell)
            }
        }
        for i in table.cells.indices {
            table.cells[i].flags.insert(.noRulings)
            // Items told apart by spacing alone where the text does not settle it (TextRows.split).
            if table.cells[i].row >= H {
                if itemDoubt.all { table.cells[i].flags.insert(.severalValuesInCell) }
                if itemDoubt.items.contains(table.cells[i].row - H) { table.cells[i].flags.insert(.rowBoundaryUncertain) }
            }
            // Columns told from the text have no sides to measure the room on a line against.
            table.cells[i].lastLineRoom = 0
        }
        // A body cell holding text that stands apart as in separate cells (a gap of more than
        // `cellGapFactor` × em inside one printed row): columns were missed (a form whose prose
        // rows cross every column line, 任务名称 | 主要内容 read as one cell). The reading rests
        // on too little to be sure.
        if table.cells.contains(where: { $0.row >= H && !$0.text.isEmpty && holdsSeparateBlocks($0.box, chars: page.chars, settings: settings) }) {
            table.tableFlags.insert(.structureUncertain)
        }
        // A header of many printed lines with no rules that is not one tree read from its words'
        // places was read line by line: its cells may be cut or joined wrongly.
        // Its rows are the header lines all the same, however few words each holds (on a page
        // with no rules at all: where rules are drawn, they say where the header ends).
        if headerRules.isEmpty && headerRows > s.maxHeaderLines && stacked == nil {
            table.tableFlags.insert(.headerUncertain)
            if allRules.isEmpty { table.headerRowsFromLayout = H }
        }
        // A header read up from lines printed again on a neighbouring page is the header repeated,
        // however its lines were cut into cells here (a header stacked past `maxStackedHeaderLines`
        // and grouped into lines otherwise under the first page's title): its rows are no body rows.
        if firstBelowHeader != nil && allRules.isEmpty && H > 0 { table.headerRowsFromLayout = H }
        // Columns and header told from one or two lines of amounts rest on little.
        if needsTextHeader { table.tableFlags.insert(.structureUncertain) }
        // Read as one tree, but not as a browser would have set it: a cell's columns or rows are wrong.
        if let st = stacked, st.contradictsLayout(sameLine: bodyEm * s.rowSplitFactor) { table.tableFlags.insert(.headerUncertain) }
        // Text past the end of the table's full rules, or cut by the page's clip: the page's edge
        // cut the table.
        if cutAtRuleEnd || PageTableBuilder.textCutByClip(table.grid, chars: page.chars) { table.tableFlags.insert(.cutAtPageEdge) }
        return table
    }

    /// Every printed character of the line is printed again on a neighbouring page (`RepeatedText`).
    static func printedAgain(_ line: TextLine) -> Bool {
        let printed = line.chars.filter { !$0.isSpace }
        return !printed.isEmpty && printed.allSatisfy(\.repeated)
    }

    /// The lines of a header printed again on the page before or after (every printed character
    /// `repeated`), right above `first` but for lines of text only between (the rows of a row the
    /// page break cut): at least two lines, one of them of cells side by side, none of the lines
    /// on the way a title block's or set larger than the body, each within `headerLineGapFactor`
    /// of the next.
    static func repeatedHeader(above first: Int, lines: [TextLine], words: [[Word]], bodyEm: Double,
                               settings s: ExtractionSettings.Stream) -> ClosedRange<Int>? {
        func repeated(_ k: Int) -> Bool { printedAgain(lines[k]) }
        func closeAbove(_ k: Int) -> Bool {
            lines[k + 1].box.y0 - lines[k].box.y1 < max(lines[k].fontSize, 6) * s.headerLineGapFactor
        }
        var k = first - 1
        while k >= 0, !repeated(k) {
            guard closeAbove(k), !words[k].contains(where: { isAmount($0.text) }), em(lines[k]) <= bodyEm * s.maxRowEmFactor,
                  !isTitleBlockLine(lines[k].text, wordCount: words[k].count) else { return nil }
            k -= 1
        }
        guard k >= 0, closeAbove(k) else { return nil }
        let bottom = k
        while k > 0, repeated(k - 1), closeAbove(k - 1), !isTitleBlockLine(lines[k - 1].text, wordCount: words[k - 1].count) { k -= 1 }
        guard bottom > k, (k...bottom).contains(where: { words[$0].count >= 2 }) else { return nil }
        return k...bottom
    }

    /// `words` parted where two of their characters stand at least `minGap` apart.
    static func splitAtCharacterGaps(_ words: [Word], chars: [TextChar], minGap: Double) -> [Word] {
        words.flatMap { w -> [Word] in
            let own = chars.filter { $0.box.midX > w.box.x0 && $0.box.midX < w.box.x1 && $0.box.midY > w.box.y0 && $0.box.midY < w.box.y1 && !$0.isSpace }
                .sorted { $0.box.x0 < $1.box.x0 }
            var parts: [[TextChar]] = []
            for ch in own {
                if let last = parts.last?.last, ch.box.x0 - last.box.x1 < minGap { parts[parts.count - 1].append(ch) } else { parts.append([ch]) }
            }
            guard parts.count > 1 else { return [w] }
            return parts.compactMap { part -> Word? in
                guard let box = Rect.enclosing(part.map(\.box)) else { return nil }
                let text = part.map(\.text).joined()
                return Word(text: text, box: box, numeric: TableAssembler.looksNumeric(text))
            }
        }
    }

    /// Column lines where a rule stops inside the table. With horizontal rules only, a rule is
    /// drawn under each cell, so where it starts or ends short of the table's sides a cell ends:
    /// a rule stopping at a label merged down over the rows it parts (年度主要任务 beside its
    /// tasks, a project's code and name beside its indicator rows), a group header's underline
    /// (绩效目标 over its groups). The text alone may put that column line elsewhere in the
    /// whitespace, or miss it where a merged label's prose runs across. A line guessed from the
    /// text in the same whitespace (no word's edge between the two, on printed lines that cross
    /// neither) moves onto the rule's end; else the end adds a line. An end crossed by a word
    /// printed just above or below the rule is no cell edge (a rule cut short by something
    /// else), nor is a rule that reaches neither side of the table (an underline in prose); the
    /// text alone must show columns first.
    static func columnLinesAtRuleEnds(_ xs: [Double], rules: [Rule], words: [Word], size: Double) -> [Double] {
        guard let left = xs.first, let right = xs.last, xs.count >= 3 else { return xs }
        var ends: [(x: Double, y: Double)] = []
        // A rule reaching neither side of the table is no cell's border (an underline in prose).
        for rule in rules where rule.x0 <= left + size || rule.x1 >= right - size {
            // Pieces drawn cell by cell that touch are one rule.
            var joined: [(Double, Double)] = []
            for span in rule.spans.sorted(by: { $0.0 < $1.0 }) {
                if let last = joined.last, span.0 <= last.1 + 1 { joined[joined.count - 1].1 = max(last.1, span.1) } else { joined.append(span) }
            }
            for (a, b) in joined {
                for e in [a, b] where e > left + size && e < right - size { ends.append((e, rule.y)) }
            }
        }
        var out = xs
        for (e, y) in ends.sorted(by: { $0.x < $1.x }) {
            let near = words.filter { abs($0.box.midY - y) < size * 1.5 }
            guard !near.contains(where: { $0.box.x0 < e - 1 && $0.box.x1 > e + 1 }) else { continue }
            guard !out.contains(where: { abs($0 - e) <= 1 }) else { continue }
            // The interior line nearest the end with no word's edge between them, on the printed
            // lines that cross neither (a line of prose merged across both is one cell anyway).
            let movable = out.indices.dropFirst().dropLast().filter { i in
                let lo = min(out[i], e), hi = max(out[i], e)
                func across(_ x: Double, _ w: Word) -> Bool { w.box.x0 < x - 0.5 && w.box.x1 > x + 0.5 }
                let crossingLines = words.filter { across(lo, $0) || across(hi, $0) }.map(\.box)
                return !words.contains { w in
                    ((w.box.x0 > lo + 0.5 && w.box.x0 < hi - 0.5) || (w.box.x1 > lo + 0.5 && w.box.x1 < hi - 0.5))
                        && !crossingLines.contains { abs($0.midY - w.box.midY) < size / 2 }
                }
            }
            if let i = movable.min(by: { abs(out[$0] - e) < abs(out[$1] - e) }) { out[i] = e } else { out.append(e) }
            out.sort()
        }
        return out
    }

    /// Where each column's values start when set left: the place at least `minRows` body words
    /// of the column start at (within `slack`), the leftmost such; none where no place has as many.
    static func valueStarts(_ xs: [Double], body: [Word], minRows: Int, slack: Double) -> [Double?] {
        guard xs.count >= 2, minRows < Int.max else { return Array(repeating: nil, count: max(0, xs.count - 1)) }
        return (0..<(xs.count - 1)).map { c in
            let starting = body.filter { $0.box.x0 >= xs[c] && $0.box.x0 < xs[c + 1] }
            let groups = Dictionary(grouping: starting, by: { ($0.box.x0 / slack).rounded() }).values.filter { $0.count >= minRows }
            return groups.compactMap { $0.map(\.box.x0).min() }.min()
        }
    }

    /// Whether the words of a cell over `columns` run across a column line inside it and one of
    /// them starts where that column's values start (`starts`, from `valueStarts`).
    static func holdsTheNextValue(_ words: [Word], columns: Range<Int>, xs: [Double], starts: [Double?], slack: Double) -> Bool {
        columns.dropFirst().contains { c in
            guard c < starts.count, c < xs.count, let start = starts[c] else { return false }
            return words.contains { $0.box.x0 < xs[c] - 1 && $0.box.x1 > xs[c] + 1 } && words.contains { abs($0.box.x0 - start) <= slack }
        }
    }

    /// A column line across figures only (a code printed once, 302, set right in its cell a point
    /// from the unit's name set left in the next), just short of where at least `minRows` words
    /// start (the next column's text set left): the figures stand at the right edge of the
    /// column they cross into, so the line goes between them and that edge, where no word is.
    static func linesPastFiguresSetRight(_ xs: [Double], body: [Word], size: Double, minRows: Int, slack: Double) -> [Double] {
        guard xs.count >= 3, minRows < Int.max else { return xs }
        var out = xs
        for i in 1..<(xs.count - 1) {
            let x = xs[i]
            let crossing = body.filter { $0.box.x0 < x - 0.5 && $0.box.x1 > x + 0.5 }
            guard !crossing.isEmpty, crossing.allSatisfy({ $0.numeric || TextRows.isCodeLike($0.text) }),
                  let end = crossing.map(\.box.x1).max(), end - x < size else { continue }
            let starting = body.filter { $0.box.x0 > end && $0.box.x0 - end < size }
            guard let edge = starting.map(\.box.x0).min(),
                  starting.filter({ abs($0.box.x0 - edge) <= slack }).count >= minRows,
                  i + 1 == xs.count - 1 || xs[i + 1] > edge else { continue }
            let m = (end + edge) / 2
            guard !body.contains(where: { $0.box.x0 < m && $0.box.x1 > m }) else { continue }
            out[i] = m
        }
        return out
    }

    /// A spreadsheet centres a header in its cell, sets figures right and text left: a column
    /// whose values are text set left with a few figures set right (≥2次 over 100%), or text
    /// wrapped with spaces, leaves gaps inside it that part no cells. Columns beside a leaf
    /// header word (of the ruled header's lowest band) that no header word stands over but a
    /// group's (`header` leaves those out: closed by a rule under them), where no row holds text
    /// in two of them apart, are that word's cell where that centres the word on the cell better
    /// than its own column alone does: the lines between go.
    static func columnsUnderCentredHeader(_ xs: [Double], leaves: [Word], header: [Word], rows: [[Word]], minGap: Double) -> [Double] {
        guard xs.count >= 3 else { return xs }
        let C = xs.count - 1
        func overlaps(_ w: Word, _ c: Int) -> Bool { w.box.x1 > xs[c] + 0.5 && w.box.x0 < xs[c + 1] - 0.5 }
        let unheaded = (0..<C).map { c in !header.contains { overlaps($0, c) } }
        // Each row's text as runs closer than `minGap` (a cell's words with their printed spaces).
        let rowRuns: [[(Double, Double)]] = rows.map { ws in
            var out: [(Double, Double)] = []
            for (a, b) in ws.map({ ($0.box.x0, $0.box.x1) }).sorted(by: { $0.0 < $1.0 }) {
                if let last = out.last, a - last.1 < minGap { out[out.count - 1].1 = max(last.1, b) } else { out.append((a, b)) }
            }
            return out
        }
        var removed = Set<Int>()
        for w in leaves {
            let own = (0..<C).filter { overlaps(w, $0) }
            guard let a = own.first, let b = own.last else { continue }
            // Only this word over its columns (not several leaves sharing one column).
            guard !leaves.contains(where: { o in o.box != w.box && abs(o.box.midY - w.box.midY) < 1 && (a...b).contains { overlaps(o, $0) } }) else { continue }
            var best = (a, b), bestOff = abs((xs[a] + xs[b + 1]) / 2 - w.box.midX)
            var lo = a
            while lo >= 0 && (lo == a || unheaded[lo]) {
                var hi = b
                while hi < C && (hi == b || unheaded[hi]) {
                    let off = abs((xs[lo] + xs[hi + 1]) / 2 - w.box.midX)
                    if off < bestOff - 0.5 { best = (lo, hi); bestOff = off }
                    hi += 1
                }
                lo -= 1
            }
            guard best != (a, b) else { continue }
            let (lo2, hi2) = best
            // No row with two runs of text in different columns of the range: they would be cells.
            let together = rowRuns.allSatisfy { runs in
                let inRange = runs.filter { $0.1 > xs[lo2] + 0.5 && $0.0 < xs[hi2 + 1] - 0.5 }
                return inRange.count <= 1
            }
            guard together else { continue }
            for c in (lo2 + 1)...hi2 { removed.insert(c) }
        }
        return xs.indices.filter { !removed.contains($0) }.map { xs[$0] }
    }

    /// Column lines that only a block of rows shows (a form whose columns change part way down,
    /// where rows elsewhere cross them: a label | prose block over an indicator block). Each row
    /// (its words) has gaps between its cells, at least `minGap` wide: every gap needs a column
    /// line in it. Gaps no `existing` line stands in are stabbed greedily: where most of them
    /// overlap (at least `minRows`), one line at the middle of what they share. The gap between
    /// a row's texts only counts, never one that rows set different ways leave together (a
    /// left-aligned word over a right-aligned one in a column).
    static func blockColumnLines(rows: [[Word]], existing: [Double], minGap: Double, minRows: Int) -> [Double] {
        var open: [(Double, Double)] = []
        for ws in rows {
            // A closing mark hanging past its cell's edge does not close the gap beside it.
            var reach: Double? = nil
            for (a, b) in ws.map({ ($0.box.x0, $0.hangingFrom ?? $0.box.x1) }).sorted(by: { $0.0 < $1.0 }) {
                if let r = reach, a - r >= minGap, !existing.contains(where: { $0 > r && $0 < a }) { open.append((r, a)) }
                reach = max(reach ?? b, b)
            }
        }
        // Each row's text as runs of words closer than `minGap` (prose with its printed spaces).
        let runs: [[(Double, Double)]] = rows.map { ws in
            var out: [(Double, Double)] = []
            for (a, b) in ws.map({ ($0.box.x0, $0.hangingFrom ?? $0.box.x1) }).sorted(by: { $0.0 < $1.0 }) {
                if let last = out.last, a - last.1 < minGap { out[out.count - 1].1 = max(last.1, b) } else { out.append((a, b)) }
            }
            return out
        }
        var added: [Double] = []
        while !open.isEmpty {
            // The most gaps overlap just right of one gap's left end.
            var best: (count: Int, lo: Double, hi: Double)? = nil
            // Counted in place: a page of a few hundred rows has thousands of gaps, and arrays
            // made per candidate made this cubic (minutes on one page).
            // In order: of two places as good, the leftmost wins (a Set's order would change run to run).
            for start in Set(open.map(\.0)).sorted() {
                var count = 0
                var hi = Double.infinity
                for g in open where g.0 <= start && g.1 > start { count += 1; hi = min(hi, g.1) }
                guard count > 0 else { continue }
                if best.map({ count > $0.count || (count == $0.count && hi - start > $0.hi - $0.lo) }) ?? true {
                    best = (count, start, hi)
                }
            }
            guard let line = best, line.count >= minRows else { break }
            // Inside what they share, where the fewest words of all rows stand (a value wider
            // than the others of its column reaches into the gaps beside them).
            let step = 0.5
            let samples = Array(stride(from: line.lo, through: line.hi, by: step))
            // Each span adds one to the samples strictly inside it: found by binary search, not
            // by testing every span at every sample.
            var delta = [Int](repeating: 0, count: samples.count + 1)
            for spans in runs {
                for (a, b) in spans where a < line.hi && b > line.lo {
                    let first = firstIndex(in: samples) { $0 > a }
                    let end = firstIndex(in: samples) { $0 >= b }
                    if first < end { delta[first] += 1; delta[end] -= 1 }
                }
            }
            var across: [Int] = []
            across.reserveCapacity(samples.count)
            var level = 0
            for k in samples.indices { level += delta[k]; across.append(level) }
            var x = (line.lo + line.hi) / 2
            if let fewest = across.min() {
                var run: (Int, Int)? = nil
                var k = 0
                while k < across.count {
                    guard across[k] == fewest else { k += 1; continue }
                    let a = k
                    while k < across.count && across[k] == fewest { k += 1 }
                    if run.map({ k - a > $0.1 - $0.0 }) ?? true { run = (a, k) }
                }
                if let (a, b) = run { x = line.lo + Double(a + b - 1) / 2 * step }
            }
            // Strictly inside what the gaps share, or the line would stand on their edge, take
            // none of them away, and this loop would never end.
            if x <= line.lo || x >= line.hi { x = (line.lo + line.hi) / 2 }
            added.append(x)
            open.removeAll { $0.0 < x && $0.1 > x }
        }
        return added
    }

    /// The first index of an ascending array whose element satisfies `isPast` (a predicate false
    /// then true along it), or its count.
    static func firstIndex(in sorted: [Double], where isPast: (Double) -> Bool) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isPast(sorted[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// A header read from its words' places alone: its cells (text, header rows and columns spanned).
    struct StackedHeader {
        struct Cell { var text: String; var lineCount: Int; var rows: ClosedRange<Int>; var columns: ClosedRange<Int>; var midY: Double = 0 }
        var cells: [Cell]; var rows: Int

        /// Whether the reading contradicts the way a browser sets the header (each cell's text
        /// centred down the rows it spans): a cell read as spanning rows down to the last whose
        /// text stands no higher than that of a cell of the last row alone (it heads the last row
        /// only: the group over it was read narrower than it is, 人员经费 over 小计 | 工资福利支出
        /// | 对个人和家庭的补助 with its ink over the middle one), or a group over exactly the
        /// columns of its one child (one cell's wrapped lines read as two levels, 事业 / 收入).
        func contradictsLayout(sameLine: Double) -> Bool {
            let last = rows - 1
            for a in cells where a.rows.lowerBound < last && a.rows.upperBound == last {
                if cells.contains(where: { $0.rows == last...last && a.midY >= $0.midY - sameLine }) { return true }
            }
            for a in cells where a.rows.upperBound < last {
                let children = cells.filter { $0.rows.lowerBound == a.rows.upperBound + 1 && a.columns.overlaps($0.columns) }
                if children.count == 1, children.first?.columns == a.columns { return true }
            }
            return false
        }
    }

    /// The header of a table printed without rules, from its words alone (a browser centres a
    /// header cell's text in it, across the columns it spans and down the rows):
    /// - each word heads the range of columns (those its ink reaches, widened) whose middle is
    ///   nearest its own, widened only where that brings the middle nearer by
    ///   `stackedHeaderCentreFactor` × em;
    /// - words heading the same columns one under the other, within `stackedHeaderWrapFactor` × em
    ///   and nothing heading those columns between, are the lines of one cell;
    /// - a cell lies under every cell above it whose columns hold its own: its header row is their
    ///   number; a cell with nothing under it spans down to the body.
    /// Nil where the reading is not one tree (two cells of one row over the same column).
    /// The part of a rule under a header word that is the word's own cell. A spreadsheet draws
    /// one rule under group cells side by side (部门预算经济分类 | 政府预算经济分类 over 类 | 款 |
    /// 科目名称 each): the rule runs on under both, and each group's cell is the range of columns
    /// centred on its word, the rule's ends the first's start and the last's end. Words of one cell
    /// wrapped over lines (overlapping across) count as one. Each share must head at least two
    /// columns and two words of the band below, none across its ends (groups over their leaves);
    /// else (a leaf's wrapped piece in the band, rows of a form) the rule is the word's whole.
    static func shareOfRule(_ under: (Double, Double), for w: Word, among ws: [Word], below: [Word], columnLines xs: [Double],
                            lastCut: Bool = false) -> (Double, Double) {
        var cells: [Rect] = []
        for o in ws.filter({ under.0 - 1 <= $0.box.x0 && $0.box.x1 <= under.1 + 1 }).sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if let last = cells.last, o.box.x0 < last.x1 { cells[cells.count - 1] = last.union(o.box) } else { cells.append(o.box) }
        }
        guard cells.count > 1 else { return under }
        let mids = zip(xs, xs.dropFirst()).map { ($0 + $1) / 2 }
        // The column lines between the cells that centre every cell on its word best (least sum
        // of squared offsets), the rule's two ends fixed: column lines guessed from the text
        // stand off the drawn borders, and an offset carried from one end alone grows cell by cell.
        let ends = [under.0] + xs.filter { $0 > under.0 + 1 && $0 < under.1 - 1 } + [under.1]
        // A last cell the page's edge cut (`lastCut`) runs on past the rule's end: its word is
        // centred on columns not printed, so it counts for nothing.
        func offset(_ cell: Int, _ a: Int, _ b: Int) -> Double {
            if lastCut && cell == cells.count - 1 { return 0 }
            let m = (ends[a] + ends[b]) / 2 - cells[cell].midX
            return m * m
        }
        // best[c][e]: the least cost of cells 0...c with cell c ending at ends[e]; from[c][e] where it starts.
        var best = Array(repeating: Array(repeating: Double.infinity, count: ends.count), count: cells.count)
        var from = Array(repeating: Array(repeating: 0, count: ends.count), count: cells.count)
        for e in 1..<ends.count where ends[e] >= cells[0].x1 - 1 && (cells.count == 1 || ends[e] <= cells[1].x0 + 1) {
            best[0][e] = offset(0, 0, e)
        }
        for c in 1..<cells.count {
            for e in 1..<ends.count where ends[e] >= cells[c].x1 - 1 && (c + 1 == cells.count ? e == ends.count - 1 : ends[e] <= cells[c + 1].x0 + 1) {
                for a in 1..<e where best[c - 1][a] < .infinity {
                    let cost = best[c - 1][a] + offset(c, a, e)
                    if cost < best[c][e] { best[c][e] = cost; from[c][e] = a }
                }
            }
        }
        guard best[cells.count - 1][ends.count - 1] < .infinity else { return under }
        var bounds = [ends.count - 1]
        for c in stride(from: cells.count - 1, to: 0, by: -1) { bounds.insert(from[c][bounds[0]], at: 0) }
        bounds.insert(0, at: 0)
        var shares: [(Double, Double)] = []
        for c in cells.indices {
            let (start, end) = (ends[bounds[c]], ends[bounds[c + 1]])
            guard mids.filter({ $0 > start && $0 < end }).count >= 2,
                  below.filter({ $0.box.midX > start && $0.box.midX < end }).count >= 2,
                  !below.contains(where: { $0.box.x0 < start - 1 && $0.box.x1 > start + 1 || $0.box.x0 < end - 1 && $0.box.x1 > end + 1 })
            else { return under }
            shares.append((start, end))
        }
        return zip(cells, shares).first { $0.0.x0 <= w.box.midX && w.box.midX <= $0.0.x1 }?.1 ?? under
    }

    static func stackedHeader(_ ws: [Word], xs: [Double], em: Double, settings s: ExtractionSettings.Stream) -> StackedHeader? {
        let C = xs.count - 1
        guard C >= 1, !ws.isEmpty else { return nil }
        func middle(_ r: ClosedRange<Int>) -> Double { (xs[r.lowerBound] + xs[r.upperBound + 1]) / 2 }
        func span(_ w: Word) -> ClosedRange<Int>? {
            let inked = (0..<C).filter { w.box.x1 > xs[$0] + 1 && w.box.x0 < xs[$0 + 1] - 1 }
            guard let a = inked.first, let b = inked.last else { return nil }
            return a...b
        }
        // Words top down, left to right, each with its columns.
        var placed = ws.compactMap { w in span(w).map { (word: w, columns: $0) } }
            .sorted { ($0.word.box.midY, $0.word.box.x0) < ($1.word.box.midY, $1.word.box.x0) }
        guard placed.count == ws.count else { return nil }
        // A group header centred over its columns (项目 over 编码 | 名称, 支出预算 over 合计 | 基本支出
        // | 项目支出, its ink over one of them) has its columns told by what stands under it: a
        // range about it, its middle within `stackedHeaderGroupCentreFactor` × em of the word's,
        // whose other columns' words all lie more than `stackedHeaderGroupDropFactor` × em lower.
        // Read bottom up: a group's range holds the groups under it whole (绩效目标 over 成本指标's
        // two columns, the first a narrow 三级指标), and a column a group beside heads is not
        // under it (单位资金 under 项目金额, beside 成本指标).
        let initial = placed
        for i in placed.indices.reversed() {
            let w = placed[i].word, own = placed[i].columns
            func lower(_ p: (word: Word, columns: ClosedRange<Int>)) -> Bool { p.word.box.midY - w.box.midY > em * s.stackedHeaderGroupDropFactor }
            // The words below as read so far, the rest as printed: built once per word.
            let current = placed.indices.map { $0 > i ? placed[$0] : initial[$0] }
            func under(_ c: Int) -> Bool {
                let over = current.filter { $0.columns.contains(c) }
                return !over.isEmpty && over.allSatisfy(lower)
            }
            // A group has something under it in its own columns; a leaf spanning header rows
            // stands higher than the leaves beside it that a group heads, and heads no more.
            guard initial.contains(where: { $0.columns.overlaps(own) && lower($0) }) else { continue }
            var lo = own.lowerBound, hi = own.upperBound
            while lo > 0 && under(lo - 1) { lo -= 1 }
            while hi < C - 1 && under(hi + 1) { hi += 1 }
            let heads = placed[(i + 1)...].filter(lower).map(\.columns)
            // A browser centres a cell's text in it: of the ranges centred about the word, the
            // best centred (within `stackedHeaderGroupTieFactor` × em, the widest of them: over
            // columns of one width the middle one alone is centred as well). A narrow column beside
            // (单位资金 beside 成本指标) shifts the middle of a range by an em.
            let ranges = (lo...own.lowerBound).flatMap { a in (own.upperBound...hi).map { a...$0 } }
                .filter { r in heads.allSatisfy { !r.overlaps($0) || r.lowerBound <= $0.lowerBound && $0.upperBound <= r.upperBound } }
                .map { (range: $0, offset: abs(middle($0) - w.box.midX)) }
                .filter { $0.offset <= em * s.stackedHeaderGroupCentreFactor }
            if let closest = ranges.map(\.offset).min() {
                placed[i].columns = ranges.filter { $0.offset <= closest + em * s.stackedHeaderGroupTieFactor }
                    .max { $0.range.count < $1.range.count }?.range ?? own
            }
        }
        let sameLine = em * s.rowSplitFactor
        // Cells: (columns, words' indices).
        var cells: [(columns: ClosedRange<Int>, members: [Int])] = []
        for (i, p) in placed.enumerated() {
            let home = cells.indices.last { k in
                guard let last = cells[k].members.last else { return false }
                let prev = placed[last].word, own = cells[k].columns
                // A shorter last line of a cell over several columns (功能分类科目编 / 码): under a
                // line that fills the cell's width (within `stackedHeaderFillSlackFactor` × em),
                // centred under it within an em, its ink inside the cell's columns.
                // (Not a word with others beside it on its line under the cell: 款 between 类 and 项
                // under 功能分类科目编码 heads a column of its own.)
                let tail = own.lowerBound <= p.columns.lowerBound && p.columns.upperBound <= own.upperBound
                    && abs(p.word.box.midX - prev.box.midX) <= em
                    && (xs[own.upperBound + 1] - xs[own.lowerBound]) - prev.box.width <= em * s.stackedHeaderFillSlackFactor
                    && !placed.indices.contains { q in
                        q != i && abs(placed[q].word.box.midY - p.word.box.midY) <= sameLine && own.overlaps(placed[q].columns)
                    }
                guard own == p.columns || tail else { return false }
                let above = prev.box.midY
                guard p.word.box.midY - above <= em * s.stackedHeaderWrapFactor else { return false }
                // Nothing heading these columns between the two lines.
                return !placed.indices.contains { q in
                    !cells[k].members.contains(q) && q != i && placed[q].columns.overlaps(p.columns)
                        && placed[q].word.box.midY > above + sameLine && placed[q].word.box.midY < p.word.box.midY - sameLine
                }
            }
            if let k = home { cells[k].members.append(i) } else { cells.append((p.columns, [i])) }
        }
        let tops = cells.map { c in c.members.map { placed[$0].word.box.midY }.min() ?? 0 }
        func holds(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Bool { a.lowerBound <= b.lowerBound && b.upperBound <= a.upperBound }
        let depth = cells.indices.map { b in cells.indices.filter { a in a != b && tops[a] < tops[b] - sameLine && holds(cells[a].columns, cells[b].columns) }.count }
        let rows = (depth.max() ?? 0) + 1
        // One tree: no two cells of one row over the same column, each cell under its parent's row.
        for a in cells.indices { for b in cells.indices where a < b && depth[a] == depth[b] && cells[a].columns.overlaps(cells[b].columns) {
            return nil
        } }
        let out = cells.indices.map { k -> StackedHeader.Cell in
            let leaf = !cells.indices.contains { b in b != k && depth[b] > depth[k] && holds(cells[k].columns, cells[b].columns) }
            // The lines of the cell top down; words of one line left to right.
            let ms = cells[k].members.map { placed[$0].word }.sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
            var linesText: [String] = []
            var lastY = -Double.infinity
            for w in ms {
                if w.box.midY - lastY > sameLine { linesText.append(w.text) } else { linesText[linesText.count - 1] += w.text }
                lastY = w.box.midY
            }
            let ys = ms.map(\.box.midY)
            return .init(text: TextAssembly.joinLines(linesText), lineCount: linesText.count,
                         rows: depth[k]...(leaf ? rows - 1 : depth[k]), columns: cells[k].columns,
                         midY: ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2)
        }
        return StackedHeader(cells: out, rows: rows)
    }

    /// The body's items (TextRows.items over the body as one row between `top` and `bottom`,
    /// its characters by column); nil when the body is one item or its lines are one each.
    static func bodyItems(_ bodyLines: [Int], lines: [TextLine], xs: [Double], top: Double, bottom: Double,
                          singleLineAnchor: Bool = false, settings: ExtractionSettings) -> TextRows.ItemCuts? {
        let C = xs.count - 1
        guard C >= 1 else { return nil }
        var byColumn = Array(repeating: [TextChar](), count: C)
        for k in bodyLines {
            for ch in lines[k].chars where !ch.isSpace {
                guard let c = PageTableBuilder.index(of: ch.box.midX, in: xs) else { continue }
                byColumn[c].append(ch)
            }
        }
        let columns = byColumn.map { TextAssembly.lines($0, settings: settings.text) }
        guard columns.contains(where: { $0.count >= 2 }) else { return nil }
        let items = TextRows.items(columns, columnWidths: (0..<C).map { xs[$0 + 1] - xs[$0] }, columnXs: xs,
                                   rowBounds: (top, bottom), singleLineAnchor: singleLineAnchor, settings: settings.textRows)
        return items.cuts.isEmpty ? nil : items
    }

    /// Two lines' pitch in a column: between the middles of their words there (labels, not
    /// amounts), not of the lines' boxes: a line holding amounts centred between a name's two
    /// lines reaches down to them, its middle off the name's line. Nil where no words overlap.
    static func labelPitch(_ a: Int, _ b: Int, words: [[Word]]) -> Double? {
        words[a].filter { !isAmount($0.text) }.flatMap { w in
            words[b].filter { v in !isAmount(v.text) && v.box.x0 < w.box.x1 && w.box.x0 < v.box.x1 }.map { abs($0.box.midY - w.box.midY) }
        }.min()
    }

    /// The body's lines by the item (between `cuts`) they stand in, and a wrap's pitch: the median
    /// of the pitches, within the items read, from each line to the next below it in its column,
    /// with `wrapGapSlackFactor` × em to spare. Nil with fewer than two items or no wrap read.
    static func itemsAndWrapPitch(_ body: [Int], lines: [TextLine], words: [[Word]], cuts: [Double], em: Double,
                                  settings s: ExtractionSettings.Stream) -> (byItem: [Int: [Int]], wrap: Double)? {
        guard cuts.count >= 3 else { return nil }
        func sameColumn(_ a: Int, _ b: Int) -> Bool { words[a].contains { w in words[b].contains { $0.box.x0 < w.box.x1 && w.box.x0 < $0.box.x1 } } }
        func item(_ k: Int) -> Int? { (0..<cuts.count - 1).first { cuts[$0] <= lines[k].box.midY && lines[k].box.midY < cuts[$0 + 1] } }
        let byItem = Dictionary(grouping: body.filter { item($0) != nil }, by: { item($0) ?? -1 })
        let within = byItem.values.flatMap { ks -> [Double] in
            let sorted = ks.sorted { lines[$0].box.midY < lines[$1].box.midY }
            return sorted.indices.compactMap { i -> Double? in
                guard let j = sorted[(i + 1)...].first(where: { sameColumn(sorted[i], $0) }) else { return nil }
                return labelPitch(sorted[i], j, words: words) ?? lines[j].box.midY - lines[sorted[i]].box.midY
            }
        }.filter { $0 > 0 }.sorted()
        guard !within.isEmpty else { return nil }
        return (byItem, within[within.count / 2] + em * s.wrapGapSlackFactor)
    }

    /// Cuts (indices into `cuts`) between items of one line of labels only (no amount, no
    /// figure) that are the lines of one wrapped name: a run of such items whose lines stand
    /// from each other in their column no further than a wrap's pitch (`itemsAndWrapPitch`), each
    /// lower line opening no item of its own (（九）…), set further than that from the line above
    /// the run and from the line under it in that column (the rows' spacing, read on both
    /// sides): names of no amount under a table's last amounts, wrapped in a narrow column, that
    /// nothing beside them ties together (no line fills its cell as the stream's column lines
    /// have it).
    static func wrappedLabelCuts(_ body: [Int], lines: [TextLine], words: [[Word]], cuts: [Double], em: Double,
                                 settings s: ExtractionSettings.Stream) -> Set<Int> {
        guard let (byItem, wrap) = itemsAndWrapPitch(body, lines: lines, words: words, cuts: cuts, em: em, settings: s) else { return [] }
        func single(_ n: Int) -> Int? {
            guard let own = byItem[n], own.count == 1, let k = own.first, !words[k].isEmpty,
                  !words[k].contains(where: { isAmount($0.text) || $0.text.contains { $0.isASCII && $0.isNumber } }) else { return nil }
            return k
        }
        // The nearest line of item `n` to line `k` in its column, and their pitch.
        func pitch(from k: Int, toItem n: Int) -> Double? {
            byItem[n]?.compactMap { labelPitch(k, $0, words: words) }.min()
        }
        var out = Set<Int>()
        var n = 0
        while n < cuts.count - 1 {
            guard let first = single(n) else { n += 1; continue }
            // The run of items start...m.
            let start = n
            var run = [first]
            var m = n
            while let next = single(m + 1), let p = labelPitch(run[run.count - 1], next, words: words), p <= wrap,
                  let w = words[next].first, !TextRows.looksLikeItemStart(w.text) {
                run.append(next); m += 1
            }
            n = m + 1
            guard run.count >= 2, let above = pitch(from: first, toItem: start - 1), above > wrap,
                  let last = run.last, let below = pitch(from: last, toItem: m + 1), below > wrap else { continue }
            out.formUnion((start + 1)...m)
        }
        return out
    }

    /// Items of labels only (no amount, no figure beside a label), whose text stands from a word of the item above or below,
    /// in the same column, no further than a wrapped cell's lines stand from each other in the
    /// items read (the median of those pitches, `wrapGapSlackFactor` × em to spare): the first or last
    /// line of a name wrapped round its amounts, cut off as a row of its own. Their indices.
    static func labelItemsAtWrapPitch(_ body: [Int], lines: [TextLine], words: [[Word]], cuts: [Double], em: Double,
                                      settings s: ExtractionSettings.Stream) -> Set<Int> {
        guard let (byItem, wrap) = itemsAndWrapPitch(body, lines: lines, words: words, cuts: cuts, em: em, settings: s) else { return [] }
        var doubtful = Set<Int>()
        // (An item with a line of a label beside a figure, an indicator and its value (≥95%,
        // ≥800人), is a row of its own: no name's line cut off prints a figure beside it.)
        for (n, own) in byItem where !own.contains(where: { k in words[k].contains { isAmount($0.text) } })
            && !own.contains(where: { k in words[k].count >= 2 && words[k].contains { $0.text.contains { $0.isASCII && $0.isNumber } } })
            && !figureCentredBesideLabel(own.flatMap { words[$0] }, em: em, settings: s) {
            for m in [n - 1, n + 1] {
                guard let others = byItem[m] else { continue }
                // (A lower line that opens a numbered item, （三）国有资本, starts its cell: the line
                // above it ends another cell, whatever the spacing.)
                let near = own.contains { a in others.contains { b in
                    words[a].contains { w in words[b].contains { v in
                        v.box.x0 < w.box.x1 && w.box.x0 < v.box.x1 && !isAmount(v.text) && !isAmount(w.text)
                            && abs(w.box.midY - v.box.midY) <= wrap
                            && !TextRows.looksLikeItemStart(w.box.midY > v.box.midY ? w.text : v.text)
                    } }
                } }
                if near { doubtful.insert(n) }
            }
        }
        return doubtful
    }

    /// Whether a figure (a word with a digit: 100%, ≥160人) stands beside a label wrapped over
    /// lines of its own column, level with the middle of those lines (within
    /// `centredCellMidFactor` × em): a browser centres each cell of a row on the row's middle, so
    /// a one-line value prints half a line off the lines of a two-line label beside it. The two
    /// are the cells of one row; a line of a name cut off its row has no figure centred beside it.
    static func figureCentredBesideLabel(_ words: [Word], em: Double, settings s: ExtractionSettings.Stream) -> Bool {
        func overlapsX(_ a: Word, _ b: Word) -> Bool { a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 }
        let figures = words.filter { $0.text.contains { $0.isASCII && $0.isNumber } }
        guard !figures.isEmpty else { return false }
        return figures.contains { f in
            // The label: the words of one column beside the figure (overlapping the first such word).
            guard let first = words.first(where: { !overlapsX($0, f) && PrintedWords.holdsCJKIdeograph($0.text) }) else { return false }
            let column = words.filter { overlapsX($0, first) && !overlapsX($0, f) }
            let mids = column.map(\.box.midY)
            guard let top = mids.min(), let bottom = mids.max(), bottom - top > em * s.centredCellMidFactor else { return false }
            return abs(f.box.midY - (top + bottom) / 2) <= em * s.centredCellMidFactor
        }
    }

    /// Whether the text inside `box` has, on one printed row, two runs of characters further
    /// apart than `text.cellGapFactor` × em.
    /// Two printed lines inside `box`, one lower than the other, whose extents do not overlap
    /// (apart by more than `sideBySideGapFactor` × em): a wrapped cell's lines stand one over
    /// another, centred or set to one side; lines of two cells stand side by side.
    static func headerLinesSideBySide(_ box: Rect, chars: [TextChar], settings: ExtractionSettings) -> Bool {
        let inside = chars.filter { !$0.isSpace && box.contains(x: $0.box.midX, y: $0.box.midY, slack: 0) }
        guard inside.count >= 2 else { return false }
        let ls = TextAssembly.lines(inside, settings: settings.text)
        for (i, a) in ls.enumerated() {
            for b in ls[(i + 1)...] {
                let gap = min(em(a), em(b)) * settings.stream.sideBySideGapFactor
                guard abs(a.box.midY - b.box.midY) > min(a.box.height, b.box.height) * 0.5 else { continue }
                if b.box.x0 - a.box.x1 > gap || a.box.x0 - b.box.x1 > gap { return true }
            }
        }
        return false
    }

    static func holdsSeparateBlocks(_ box: Rect, chars: [TextChar], settings: ExtractionSettings) -> Bool {
        let inside = chars.filter { !$0.isSpace && box.contains(x: $0.box.midX, y: $0.box.midY, slack: 0) }
        guard inside.count >= 2 else { return false }
        return TextAssembly.lines(inside, settings: settings.text).contains { line in
            let gap = em(line) * settings.text.cellGapFactor
            let rows = words(line, gapFactor: settings.stream.wordGapFactor, digitGapFactor: settings.stream.digitGapFactor,
                             rowSplitFactor: settings.stream.rowSplitFactor)
            // Consecutive words of one printed row (words never join two rows).
            let sameRow = em(line) * settings.stream.rowSplitFactor
            return rows.contains { a in
                let next = rows.filter { $0.box.x0 >= a.box.x1 && abs($0.box.midY - a.box.midY) < sameRow }.min { $0.box.x0 < $1.box.x0 }
                return next.map { $0.box.x0 - a.box.x1 > gap } ?? false
            }
        }
    }

    /// The body words less those that bridge a gap between two columns on their own: a total's
    /// label centred over cells merged across columns (合计 over 类 | 款), under which other rows' words
    /// stand on both sides with a gap between that no other word crosses. A long name that
    /// only runs past the others in its column bridges nothing.
    static func bodyWithoutBridges(_ body: [Word], from x0: Double, step: Double, count n: Int) -> [Word] {
        func range(_ w: Word) -> ClosedRange<Int>? {
            let a = max(0, Int((w.box.x0 - x0) / step)), b = min(n - 1, Int((w.box.x1 - x0) / step))
            return a <= b ? a...b : nil
        }
        var counts = [Int](repeating: 0, count: n)
        for w in body { if let r = range(w) { for q in r { counts[q] += 1 } } }
        return body.filter { w in
            guard !w.numeric, PrintedWords.isTotalWord(w.text), let r = range(w) else { return true }
            // Inside the word: covered by others, then by it alone, then by others again.
            var phase = 0
            for q in r {
                let others = counts[q] - 1 > 0
                if phase == 0 && others { phase = 1 } else if phase == 1 && !others { phase = 2 } else if phase == 2 && others { return false }
            }
            return true
        }
    }

    /// Words run across the edge where a column of text set left starts: at least `minRows`
    /// words of the body start at one place (names set left in their cells), and a word runs
    /// across it where a figure ends a fraction of a point before a character starting there
    /// (100%机关事业单位…, 302焦作市…: a figure set right in its cell, the next cell's name closer
    /// than a word gap). Characters of one run touch; these stand apart by `minApart` at least.
    /// It is two words there, the figure and the name.
    static func splitAtAlignedEdges(_ words: [[Word]], lines: [TextLine], body: [Word], minRows: Int, slack: Double,
                                    minApart: Double = 0.5) -> [[Word]] {
        guard minRows < Int.max, words.count == lines.count else { return words }
        let byStart = Dictionary(grouping: body, by: { ($0.box.x0 / slack).rounded() })
        let starts = byStart.values.filter { $0.count >= minRows }.compactMap { $0.map(\.box.x0).min() }
        guard !starts.isEmpty else { return words }
        func isFigure(_ c: TextChar) -> Bool { c.text.unicodeScalars.allSatisfy { ($0.isASCII && CharacterSet.decimalDigits.contains($0)) || $0 == "%" } }
        return words.indices.map { k in
            words[k].flatMap { w -> [Word] in
                guard starts.contains(where: { w.box.x0 < $0 - slack && w.box.x1 > $0 + slack }) else { return [w] }
                let cs = lines[k].chars.filter { w.box.contains(x: $0.box.midX, y: $0.box.midY, slack: 0.5) }.sorted { $0.box.x0 < $1.box.x0 }
                guard let i = cs.indices.dropFirst().first(where: { i in
                    isFigure(cs[i - 1]) && !isFigure(cs[i]) && cs[i].box.x0 - cs[i - 1].box.x1 >= minApart
                        && starts.contains { abs(cs[i].box.x0 - $0) <= slack }
                }), let head = Rect.enclosing(cs[..<i].map(\.box)), let tail = Rect.enclosing(cs[i...].map(\.box)) else { return [w] }
                let a = cs[..<i].map(\.text).joined(), b = cs[i...].map(\.text).joined()
                return [Word(text: a, box: head, numeric: TableAssembler.looksNumeric(a)),
                        Word(text: b, box: tail, numeric: TableAssembler.looksNumeric(b), hangingFrom: w.hangingFrom)]
            }
        }
    }

    /// An amount (decimals or thousands separators) ending at a narrow gap's left side and text
    /// starting at its right side on the same printed line (53,056.22 | 支出总计: a two-sided
    /// table's one row carried to a page, its amounts set right a point or two from the other
    /// side's item set left): no cell prints an amount and a name apart so, so they are two
    /// cells, whatever the rows above show (a page of one row shows no aligned edges).
    static func amountBesideText(_ words: [Word], leftEdge: Double, rightEdge: Double, minRows: Int, slack: Double) -> Bool {
        guard minRows < Int.max else { return false }
        let amounts = words.filter { abs($0.box.x1 - leftEdge) <= slack && isAmount($0.text) }
        return amounts.contains { a in
            words.contains { !$0.numeric && abs($0.box.x0 - rightEdge) <= slack && abs($0.box.midY - a.box.midY) < a.box.height / 2 }
        }
    }

    /// Whether at least `minRows` words end within `slack` of `leftEdge` and as many start within
    /// `slack` of `rightEdge`: a column set right beside one set left.
    static func alignedEdges(_ words: [Word], leftEdge: Double, rightEdge: Double, minRows: Int, slack: Double) -> Bool {
        guard minRows < Int.max else { return false }
        let ending = words.filter { abs($0.box.x1 - leftEdge) <= slack }.count
        let starting = words.filter { abs($0.box.x0 - rightEdge) <= slack }.count
        return ending >= minRows && starting >= minRows
    }

    /// A narrow gap with codes (or amounts) set right ending at its left side, fewer than `minRows`
    /// of them (a 单位代码 column printed once, 302 beside its unit's name; a two-sided summary's
    /// 收入 side holding one amount, 371,514,655.00 a point from 一、一般公共服务支出), under a header word of their own
    /// that ends before the gap, and names set left starting down the rows at its right side:
    /// the code column and the name column, a point apart with no rule between (a spreadsheet's
    /// print). Without the header word over them the codes may belong to the column on their left.
    static func codesUnderTheirHeader(_ words: [Word], leaves: [Word], leftEdge: Double, rightEdge: Double,
                                      minRows: Int, slack: Double) -> Bool {
        guard minRows < Int.max else { return false }
        let codes = words.filter { abs($0.box.x1 - leftEdge) <= slack }
        guard let codesStart = codes.map(\.box.x0).min(), codes.allSatisfy({ TextRows.isCodeLike($0.text) || $0.numeric }),
              words.filter({ abs($0.box.x0 - rightEdge) <= slack }).count >= minRows else { return false }
        return leaves.contains { w in w.box.x0 < leftEdge && w.box.x1 > codesStart && w.box.x1 <= rightEdge + slack }
    }

    /// Codes set right ending at a narrow gap's left side, fewer than `minRows` and the only body
    /// words between the last column line (`from`) and the gap, with no header word over them
    /// alone, and names set left starting down the rows at its right side: the codes stand at the
    /// right edge of the column on their left (a spreadsheet sets figures right in their cell),
    /// a point from the next column's names.
    static func codesAloneAtCellEdge(_ words: [Word], leaves: [Word], from line: Double, leftEdge: Double, rightEdge: Double,
                                     minRows: Int, slack: Double) -> Bool {
        guard minRows < Int.max else { return false }
        let between = words.filter { $0.box.x0 >= line && $0.box.x1 <= leftEdge + slack }
        guard !between.isEmpty, between.count < minRows,
              between.allSatisfy({ abs($0.box.x1 - leftEdge) <= slack && TextRows.isCodeLike($0.text) }),
              words.filter({ abs($0.box.x0 - rightEdge) <= slack }).count >= minRows,
              let codesStart = between.map(\.box.x0).min() else { return false }
        return !leaves.contains { w in w.box.x0 >= line && w.box.x0 < leftEdge && w.box.x1 > codesStart && w.box.x1 <= rightEdge + slack }
    }

    /// Column lines: in each x range that no body word covers, one line at the middle of each gap
    /// between header words there (a column empty in the body but headed keeps its own), or at
    /// the range's middle where a header word spans it (a group header over 类/款/项).
    static func columnLines(body: [Word], header: [Word], from x0: Double, to x1: Double, minGap: Double,
                            closedHeaderWords: [Rect] = [], alignedEdgeRows: Int = .max, alignedEdgeSlack: Double = 1,
                            headerGap: Double = .infinity) -> [Double] {
        let step = 0.5
        let n = Int((x1 - x0) / step) + 1
        func coverage(_ ws: [Word], hangingOut: Bool = false) -> [Bool] {
            var covered = [Bool](repeating: false, count: n)
            for w in ws {
                let right = hangingOut ? (w.hangingFrom ?? w.box.x1) : w.box.x1
                let a = max(0, Int((w.box.x0 - x0) / step)), b = min(n - 1, Int((right - x0) / step))
                if a <= b { for q in a...b { covered[q] = true } }
            }
            return covered
        }
        // A closing mark hanging past its cell's edge does not close the gap to the next column;
        // the column line then stands after the mark where there is room.
        let bodyWords = bodyWithoutBridges(body, from: x0, step: step, count: n)
        var bodyCover = coverage(bodyWords, hangingOut: true)
        let inkCover = coverage(bodyWords)
        // Figures set right a fraction of a point from text set left (a spreadsheet's print: a
        // project's code against its name) leave no whole step of whitespace between: where at
        // least `alignedEdgeRows` words end at one place and as many start just past it, no word
        // across, the step there is a gap (the aligned edges below then part the columns).
        if alignedEdgeRows < .max {
            // The step halfway between ink ending at `e` and ink starting at `s` is a gap, unless
            // a word runs across it.
            func openStep(between e: Double, and s: Double) {
                let m = (e + s) / 2
                guard !bodyWords.contains(where: { $0.box.x0 < m && $0.box.x1 > m }) else { return }
                let q = Int((m - x0) / step)
                if q > 0 && q < n - 1 { bodyCover[q] = false }
            }
            let ends = Dictionary(grouping: bodyWords, by: { ($0.box.x1 / alignedEdgeSlack).rounded() })
            for group in ends.values where group.count >= alignedEdgeRows {
                guard let e = group.map(\.box.x1).max() else { continue }
                let starting = bodyWords.filter { $0.box.x0 > e && $0.box.x0 - e < 2 * step }
                guard starting.count >= alignedEdgeRows, let s = starting.map(\.box.x0).min() else { continue }
                openStep(between: e, and: s)
            }
            // A code or two set right a fraction of a point before names set left down the rows
            // (单位代码 302 against 某市示范局, 0.8 pt: no whole step between), a header word over
            // the codes ending before the names: the step between is a gap too
            // (`codesUnderTheirHeader` below then parts the columns).
            let starts = Dictionary(grouping: bodyWords, by: { ($0.box.x0 / alignedEdgeSlack).rounded() })
            for group in starts.values where group.count >= alignedEdgeRows {
                guard let s = group.map(\.box.x0).min() else { continue }
                let codes = bodyWords.filter { $0.box.x1 < s && s - $0.box.x1 < 2 * step }
                guard let e = codes.map(\.box.x1).max(), let c0 = codes.map(\.box.x0).min(),
                      codes.allSatisfy({ TextRows.isCodeLike($0.text) || $0.numeric }),
                      header.contains(where: { $0.box.x0 < e && $0.box.x1 > c0 && $0.box.x1 <= s + alignedEdgeSlack }) else { continue }
                openStep(between: e, and: s)
            }
        }
        // The gaps between leaf headers part columns; a group header above them (收入预算 over
        // 财政拨款收入 | 事业收入 | …) may stand over a gap, so it is left out here.
        // A word with one word under it inside its own extent is a wrapped header (政府性基金预 / 算),
        // not a group: it is a leaf.
        // A word over a gap of the body, between two lower header words of one line, one on each side
        // (收入 centred over 项目 | 金额, the amounts set right, far from 金额), is a group too.
        func inBodyGap(_ w: Word) -> Bool {
            let a = max(0, Int((w.box.x0 - x0) / step)), b = min(n - 1, Int((w.box.x1 - x0) / step))
            return a <= b && !(a...b).contains { bodyCover[$0] } && (0..<a).contains { bodyCover[$0] } && (b..<n).contains { bodyCover[$0] }
        }
        let leaves = header.filter { w in
            let lower = header.filter { o in o.box.midY > w.box.midY + max(2, w.box.height * 0.3) }
            let under = lower.filter { o in o.box.x0 < w.box.x1 && o.box.x1 > w.box.x0 }
            if under.isEmpty, inBodyGap(w),
               let left = lower.filter({ $0.box.x1 <= w.box.x0 }).max(by: { $0.box.x1 < $1.box.x1 }),
               let right = lower.filter({ $0.box.x0 >= w.box.x1 }).min(by: { $0.box.x0 < $1.box.x0 }),
               abs(left.box.midY - right.box.midY) < max(2, w.box.height * 0.3) { return false }
            // A word whose cell a rule closes under it heads a group (build's closedHeaderWords).
            if closedHeaderWords.contains(w.box) { return false }
            return under.isEmpty || (under.count == 1 && under.allSatisfy { $0.box.x0 >= w.box.x0 - 1 && $0.box.x1 <= w.box.x1 + 1 })
        }
        let headCover = coverage(leaves)
        // A body column with no header word over it alone (amounts set right under a header
        // centred in a wider cell) takes the nearest header word standing in the gap beside it.
        var columns: [(Double, Double)] = []
        var q0 = 0
        while q0 < n {
            guard bodyCover[q0] else { q0 += 1; continue }
            let a = q0
            while q0 < n && bodyCover[q0] { q0 += 1 }
            columns.append((x0 + Double(a) * step, x0 + Double(q0) * step))
        }
        func overlapping(_ w: Word) -> [Int] { columns.indices.filter { w.box.x1 > columns[$0].0 && w.box.x0 < columns[$0].1 } }
        let headed = Set(leaves.compactMap { w -> Int? in let o = overlapping(w); return o.count == 1 ? o[0] : nil })
        var adopted: [Word] = []
        var claims: [(column: Int, word: Word, distance: Double)] = []
        for i in columns.indices where !headed.contains(i) {
            let left = i > 0 ? columns[i - 1].1 : x0, right = i + 1 < columns.count ? columns[i + 1].0 : x1
            let beside = leaves.filter { overlapping($0).isEmpty }
            let before = beside.filter { $0.box.x0 >= left && $0.box.x1 <= columns[i].0 }.max { $0.box.x1 < $1.box.x1 }
            let after = beside.filter { $0.box.x0 >= columns[i].1 && $0.box.x1 <= right }.min { $0.box.x0 < $1.box.x0 }
            // Text set left (every word starting at the column's left edge, no amount) has its
            // header centred over the cell, to the right of short lines, never left of them: a
            // word before it heads the column before (单位资 / 金 over a column empty in the
            // body, a point or two left of the indicators' names).
            let inColumn = bodyWords.filter { $0.box.x0 >= columns[i].0 - step && $0.box.x1 <= columns[i].1 + step }
            let setLeft = !inColumn.isEmpty && inColumn.allSatisfy { !$0.numeric && $0.box.x0 - columns[i].0 <= alignedEdgeSlack }
            let nearest = setLeft && after != nil ? after : [before, after].compactMap { $0 }.min {
                min(abs($0.box.x1 - columns[i].0), abs($0.box.x0 - columns[i].1)) < min(abs($1.box.x1 - columns[i].0), abs($1.box.x0 - columns[i].1))
            }
            if let w = nearest {
                let distance = min(abs(w.box.x1 - columns[i].0), abs(w.box.x0 - columns[i].1))
                claims.append((i, w, distance))
            }
        }
        // A header word beside two unheaded columns heads the nearer one only (款 between the
        // codes of 类 set right and those of 款 set right under it).
        for claim in claims where !claims.contains(where: { $0.word.box == claim.word.box && $0.distance < claim.distance }) {
            let (i, w) = (claim.column, claim.word)
            // A column's end is the first step past its ink: the word adopted reaches its last
            // covered step only, so a gap of one step beside it (01 | 工资奖金津补贴) stays open.
            adopted.append(Word(text: w.text, box: Rect(x0: min(w.box.x0, columns[i].0), y0: w.box.y0, x1: max(w.box.x1, columns[i].1 - step / 2), y1: w.box.y1), numeric: false))
        }
        for (i, v) in coverage(adopted).enumerated() where v { bodyCover[i] = true }
        // A gap inside one cell: a leaf header word over the whole gap, its ink over the body's
        // text on both sides, no header word under it over that text (a header sits inside its
        // cell, so the text it stands over is in it: ≤2 | 万 under 指标值, a value's printed
        // space, where a column holds one row; not 项目 over 编码 | 名称, nor 编码 over 款).
        func underOneLeaf(from a: Double, to b: Double) -> Bool {
            leaves.contains { l in
                guard l.box.x0 < a && l.box.x1 > b else { return false }
                let before = bodyWords.filter { $0.box.x1 <= a + step && $0.box.x1 > l.box.x0 }
                let after = bodyWords.filter { $0.box.x0 >= b - step && $0.box.x0 < l.box.x1 }
                guard let lo = before.map(\.box.x0).min(), let hi = after.map(\.box.x1).max() else { return false }
                return !header.contains { o in o.box.midY > l.box.midY + max(2, l.box.height * 0.3) && o.box.x0 < hi && o.box.x1 > lo }
            }
        }
        var xs = [x0]
        var q = 0
        while q < n {
            guard !bodyCover[q] else { q += 1; continue }
            let start = q
            while q < n && !bodyCover[q] { q += 1 }
            // Gaps between header words inside the range, bounded by ink on both sides.
            var cuts: [Double] = []
            var k = start
            while k < q {
                guard !headCover[k] else { k += 1; continue }
                let g = k
                while k < q && !headCover[k] { k += 1 }
                // Between two leaves, where the body prints nothing, a gap wider than a printed
                // space parts two columns however small the print (政府性 | 国有资 over columns
                // empty in every row, 1.8 pt apart in a 4.6 pt font).
                let between = g > start && k < q
                // Measured between the leaves themselves: in a small print the half-point steps
                // are too coarse.
                func leafGap() -> Double {
                    let uncoveredFrom = x0 + Double(g) * step, uncoveredTo = x0 + Double(k) * step
                    return (leaves.filter { $0.box.x0 > uncoveredTo - step }.map(\.box.x0).min() ?? uncoveredTo)
                        - (leaves.filter { $0.box.x1 < uncoveredFrom + step }.map(\.box.x1).max() ?? uncoveredFrom)
                }
                if g > 0 && k < n && (Double(k - g + 1) * step >= minGap || between && leafGap() >= headerGap) {
                    cuts.append(x0 + Double(g + k) / 2 * step)
                }
            }
            // A header word that starts (ends) in this gap of the body, a point or two from the
            // body's ink on its left (right), is not that column's: a column line stands between,
            // however narrow the whitespace. A word standing wholly in the gap (no body column
            // adopted it: its neighbours have headers of their own) heads a column empty in the
            // body: a spreadsheet wraps a narrow column's header (政府性 / 基金) a point or two
            // from the amounts set right in the column before it. A word wider than its column
            // (对个人和家庭的补助 over amounts set right) starts in the gap the amounts beside it leave.
            if start > 0, let first = (start..<q).first(where: { headCover[$0] }),
               let last = (start..<q).last(where: { headCover[$0] }) {
                if first > start && Double(first - start + 1) * step < minGap { cuts.insert(x0 + Double(start + first) / 2 * step, at: 0) }
                if q < n && last + 1 < q && Double(q - last) * step < minGap { cuts.append(x0 + Double(last + 1 + q) / 2 * step) }
            }
            if cuts.isEmpty && start > 0 && q < n && Double(q - start + 1) * step < minGap
                && (alignedEdges(bodyWords, leftEdge: x0 + Double(start) * step, rightEdge: x0 + Double(q) * step,
                                 minRows: alignedEdgeRows, slack: alignedEdgeSlack)
                    || codesUnderTheirHeader(bodyWords, leaves: leaves, leftEdge: x0 + Double(start) * step,
                                             rightEdge: x0 + Double(q) * step, minRows: alignedEdgeRows, slack: alignedEdgeSlack)
                    || amountBesideText(bodyWords, leftEdge: x0 + Double(start) * step, rightEdge: x0 + Double(q) * step,
                                        minRows: alignedEdgeRows, slack: alignedEdgeSlack)) {
                // Too narrow for a gap, but figures set right end on one line down the rows and
                // text set left starts on another just past it: two columns a spreadsheet's print
                // sets a point or two apart (01 | 行政运行), no rule between them.
                cuts = [x0 + Double(start + q) / 2 * step]
            } else if cuts.isEmpty && start > 0 && q < n && Double(q - start + 1) * step < minGap && xs.count > 1,
                      let last = xs.last,
                      codesAloneAtCellEdge(bodyWords, leaves: leaves, from: last, leftEdge: x0 + Double(start) * step,
                                           rightEdge: x0 + Double(q) * step, minRows: alignedEdgeRows, slack: alignedEdgeSlack) {
                // A code set right at its cell's edge with nothing else between the last column
                // line and it (单位代码 302 printed in the 类型 column, its labels set left): the
                // line goes after the code, not before it.
                xs[xs.count - 1] = x0 + Double(start + q) / 2 * step
            } else if cuts.isEmpty && start > 0 && q < n && Double(q - start + 1) * step >= minGap
                        && !underOneLeaf(from: x0 + Double(start) * step, to: x0 + Double(q) * step) {
                // After a hanging mark, in the room left beside it (the widest run the marks leave).
                var best: (Int, Int)? = nil
                var k = start
                while k < q {
                    guard !inkCover[k] else { k += 1; continue }
                    let g = k
                    while k < q && !inkCover[k] { k += 1 }
                    if best.map({ k - g > $0.1 - $0.0 }) ?? true { best = (g, k) }
                }
                var (a, b) = best ?? (start, q)
                // No room beside the mark: the line goes right of the marks' middles, so each
                // mark stays in its own cell.
                if best == nil, let mark = bodyWords.compactMap({ w -> Double? in
                    guard let h = w.hangingFrom, h >= x0 + Double(start - 1) * step, h <= x0 + Double(q) * step else { return nil }
                    return w.inkRight
                }).max(), case let m = Int((mark - x0) / step) + 1, m < q {
                    (a, b) = (max(a, m), q)
                }
                cuts = [x0 + Double(a + b) / 2 * step]
            }
            xs += cuts
        }
        xs.append(x1)
        return xs
    }
}


