import Foundation

/// The comparable form of shared/spec/truth-format.md, ported from the scorer: leaf column
/// paths and body rows with every span filled, cells normalised (NFKC, no white space,
/// numbers by value).
struct TruthTable {
    var kind: String
    var title: String
    var paths: [String]
    var rows: [[String]]
}

enum Truth {
    static func norm(_ s: String) -> String {
        var t = s.precomposedStringWithCompatibilityMapping
        t = String(t.unicodeScalars.filter { !$0.properties.isWhitespace })
        let pct = t.hasSuffix("%")
        let body = pct ? String(t.dropLast()) : t
        if body.range(of: #"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$"#, options: .regularExpression) != nil,
           let d = Decimal(string: body.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX")) {
            var v = d
            var out = NSDecimalString(&v, Locale(identifier: "en_US_POSIX"))
            if out == "-0" { out = "0" }
            return out + (pct ? "%" : "")
        }
        return t
    }

    static func load(_ path: String) throws -> [TruthTable] {
        let obj = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        return (obj["tables"] as! [[String: Any]]).map { t in
            let grid = t["grid"] as! [[[String: Any]]]
            var cells: [Int: [Int: (String, Bool)]] = [:]   // row → col → (text, top of span)
            for (r, row) in grid.enumerated() {
                var c = 0
                for cell in row {
                    while cells[r]?[c] != nil { c += 1 }
                    let rs = cell["rowspan"] as? Int ?? 1, cs = cell["colspan"] as? Int ?? 1
                    for dr in 0..<rs { for dc in 0..<cs { cells[r + dr, default: [:]][c + dc] = (cell["text"] as? String ?? "", dr == 0) } }
                    c += cs
                }
            }
            let nrows = (cells.keys.max() ?? -1) + 1
            let ncols = (cells.values.flatMap(\.keys).max() ?? -1) + 1
            let h = t["header_rows"] as? Int ?? 0
            let paths = (0..<ncols).map { c in
                (0..<h).compactMap { r -> String? in
                    guard let (text, top) = cells[r]?[c], top, !norm(text).isEmpty else { return nil }
                    return norm(text)
                }.joined(separator: "/")
            }
            let rows = (h..<nrows).map { r in (0..<ncols).map { norm(cells[r]?[$0]?.0 ?? "") } }
            return TruthTable(kind: t["kind"] as! String, title: t["title"] as? String ?? "", paths: paths, rows: rows)
        }
    }
}
