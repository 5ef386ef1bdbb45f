import Foundation
import Layout
import PDFDocument
import Tables

/// What `budgetpdf debug` draws over a page.
public enum DebugOverlay {
    /// The settings in force, as JSON (the names docs/settings.md explains).
    public static func settingsListing(_ settings: ExtractionSettings) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(settings)).flatMap { String(data: $0, encoding: .utf8) } ?? ""
    }

    /// The same findings as text: segments, then each table's cells.
    public static func listing(pdf: PDFFile, page: Int, settings: ExtractionSettings = .standard) -> String {
        let layout = pdf.layout(page: page, settings: settings.rulings, text: settings.text)
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var out = ["page \(page): \(f(layout.width)) x \(f(layout.height)) pt, \(layout.chars.count) characters, \(layout.segments.count) ruling segments"]
        for s in layout.segments.sorted(by: { ($0.orientation.rawValue, $0.position) < ($1.orientation.rawValue, $1.position) }) {
            out.append("  \(s.orientation == .horizontal ? "H" : "V") at \(f(s.position)) from \(f(s.start)) to \(f(s.end))")
        }
        for (i, t) in Extractor.read(layout, settings: settings).pieces.enumerated() {
            out.append("table \(i + 1): \(t.rowCount) rows x \(t.columnCount) columns, header rows \(TableAssembler.detectHeaderRows(t, settings: settings.header))")
            for c in t.cells where !c.text.isEmpty {
                out.append("  r\(c.row) c\(c.col) span \(c.rowSpan)x\(c.colSpan): \(c.text)")
            }
        }
        return out.joined(separator: "\n")
    }

    public static func overlays(pdf: PDFFile, page: Int, settings: ExtractionSettings = .standard) -> [Overlay] {
        let printed = pdf.layout(page: page, settings: settings.rulings, text: settings.text)
        var out: [Overlay] = []
        for s in printed.segments {
            out.append(Overlay(rect: s.box, rgba: (1, 0, 0, 0.9), style: .stroke(width: 2)))
        }
        let reading = Extractor.read(printed, settings: settings)
        for t in reading.pieces {
            let h = TableAssembler.detectHeaderRows(t, settings: settings.header)
            for c in t.cells {
                let inner = t.printed(Rect(x0: c.box.x0 + 1, y0: c.box.y0 + 1, x1: c.box.x1 - 1, y1: c.box.y1 - 1))
                let color: (Double, Double, Double, Double) = c.row < h ? (0.2, 0.4, 1, 0.18) : (0.1, 0.8, 0.2, c.text.isEmpty ? 0.05 : 0.15)
                out.append(Overlay(rect: inner, rgba: color, style: .fill))
            }
            out.append(Overlay(rect: t.printed(t.box), rgba: (1, 0.5, 0, 1), style: .stroke(width: 3)))
        }
        return out
    }
}

