import Foundation
import Layout

/// Tables printed without ruling lines (or with horizontal rules only), found from the
/// alignment of their text: rows are text lines, columns the gaps that no body text crosses.
/// Their rows carry the `no_rulings` flag: they are a best effort.
public enum StreamTables {
    /// A run of characters on one line, apart from its neighbours by a clear gap.
    struct Word { var text: String; var box: Rect; var numeric: Bool }

    static func words(_ line: TextLine, gapFactor: Double) -> [Word] {
        var out: [Word] = []
        var cur: [TextChar] = []
        let gap = max(line.fontSize, 4) * gapFactor
        func flush() {
            guard let box = Rect.enclosing(cur.map(\.box)) else { return }
            let text = cur.map(\.text).joined()
            out.append(Word(text: text, box: box, numeric: TableAssembler.looksNumeric(text)))
            cur = []
        }
        for ch in line.chars.sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if let last = cur.last, ch.box.x0 - last.box.x1 > gap { flush() }
            cur.append(ch)
        }
        flush()
        return out
    }

    /// Tables on a page from text outside ruled tables. `horizontalRules` (if any) give row
    /// boundaries where they fall inside a block.
    public static func tables(on page: PageLayout, excluding taken: [Rect], settings: ExtractionSettings = .standard) -> [PageTable] {
        let s = settings.stream
        let free = page.chars.filter { ch in !taken.contains { $0.contains(x: ch.box.midX, y: ch.box.midY, slack: 1) } }
        let lines = TextAssembly.lines(free, settings: settings.text)
        let split = lines.map { words($0, gapFactor: s.wordGapFactor) }
        // Body lines: two or more words, and an amount (decimals or thousands separators) after the first.
        func isAmount(_ t: String) -> Bool {
            Pattern.firstMatch(t, #"^-?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)$"#) != nil
        }
        let isBody = split.map { ws in ws.count >= 2 && ws.dropFirst().contains { isAmount($0.text) } }
        var blocks: [[Int]] = []
        var i = 0
        while i < lines.count {
            guard isBody[i] else { i += 1; continue }
            var block = [i]
            var j = i + 1
            while j < lines.count, isBody[j] || (j + 1 < lines.count && isBody[j + 1] && split[j].count >= 2),
                  lines[j].box.y0 - lines[j - 1].box.y1 < max(lines[j].fontSize, 6) * s.blockLineGapFactor {
                block.append(j); j += 1
            }
            if block.filter({ isBody[$0] }).count >= s.minBodyLines { blocks.append(block) }
            i = j
        }
        return blocks.compactMap { build(block: $0, lines: lines, words: split, page: page, settings: settings) }
    }

    static func build(block: [Int], lines: [TextLine], words: [[Word]], page: PageLayout, settings: ExtractionSettings) -> PageTable? {
        // Header lines directly above: multi-word lines with no amounts, close to the block.
        guard var first = block.first else { return nil }
        var header: [Int] = []
        while first > 0, header.count < settings.stream.maxHeaderLines {
            let k = first - 1
            let ws = words[k]
            // "部门名称：… 单位：万元" is the title block, not a header: headers carry no colons.
            guard ws.count >= 2, !ws.contains(where: \.numeric), !lines[k].text.contains(where: { $0 == "：" || $0 == ":" }),
                  lines[first].box.y0 - lines[k].box.y1 < max(lines[k].fontSize, 6) * settings.stream.headerLineGapFactor else { break }
            header.insert(k, at: 0); first = k
        }
        let all = header + block
        let body = block
        // A page's coordinates are the PDF's to choose: a block wider than any page is not read.
        guard let left = all.flatMap({ words[$0].map(\.box.x0) }).min(), let right = all.flatMap({ words[$0].map(\.box.x1) }).max(),
              let top = all.first, let bottom = all.last, right - left < 20_000 else { return nil }
        let x0 = left - 2, x1 = right + 2
        // Column gaps: x ranges that no body word covers.
        let step = 0.5
        let n = Int((x1 - x0) / step) + 1
        var covered = [Bool](repeating: false, count: n)
        for k in body {
            for w in words[k] {
                let a = max(0, Int((w.box.x0 - x0) / step)), b = min(n - 1, Int((w.box.x1 - x0) / step))
                if a <= b { for q in a...b { covered[q] = true } }
            }
        }
        var xs = [x0]
        var q = 0
        while q < n {
            if !covered[q] {
                let start = q
                while q < n && !covered[q] { q += 1 }
                if start > 0 && q < n && Double(q - start) * step >= settings.stream.minColumnGap { xs.append(x0 + Double(start + q) / 2 * step) }
            } else { q += 1 }
        }
        xs.append(x1)
        guard xs.count >= 3 else { return nil }
        var ys = [lines[top].box.y0 - 2]
        for (a, b) in zip(all, all.dropFirst()) { ys.append((lines[a].box.y1 + lines[b].box.y0) / 2) }
        ys.append(lines[bottom].box.y1 + 2)
        let R = ys.count - 1, C = xs.count - 1
        var hRuled = Array(repeating: Array(repeating: true, count: C), count: R + 1)
        var vRuled = Array(repeating: Array(repeating: true, count: C + 1), count: R)
        // A header word across a column gap heads several columns: join them there.
        for (r, k) in header.enumerated() {
            for w in words[k] {
                for c in 1..<C where xs[c] > w.box.x0 + 1 && xs[c] < w.box.x1 - 1 { vRuled[r][c] = false }
            }
        }
        // Columns without any header word over them take the header cell above-left… keep simple: header
        // cells with nothing below them in the next header line span down.
        if header.count > 1 {
            for r in 0..<(header.count - 1) {
                for c in 0..<C {
                    let below = words[header[r + 1]].contains { $0.box.midX > xs[c] && $0.box.midX < xs[c + 1] }
                    let here = words[header[r]].contains { $0.box.x1 > xs[c] && $0.box.x0 < xs[c + 1] }
                    if here && !below { hRuled[r + 1][c] = false }
                }
            }
        }
        let grid = Grid(xs: xs, ys: ys, hRuled: hRuled, vRuled: vRuled)
        guard var table = PageTableBuilder.build(grid: grid, page: page, settings: settings) else { return nil }
        for i in table.cells.indices { table.cells[i].flags.insert(.noRulings) }
        return table
    }
}
