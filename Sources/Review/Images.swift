import Budget
import Foundation
import Layout
import Output
import Tables
import PDFDocument

/// One picture cut from a PDF page: what to draw and the file it goes to.
public struct ImageSpec: Hashable, Sendable {
    public var page: Int
    /// The part of the page, in points from the top-left; nil for the whole page.
    public var clip: Rect?
    /// Pixels per point.
    public var scale: Double
    /// Drawn around the row, in red.
    public var outline: Rect?
    /// Cells to look at, tinted yellow.
    public var marks: [Rect]
    /// Path relative to the images folder.
    public var file: String
}

/// The pictures of one row to review.
public struct RowImages: Sendable {
    /// The table's column header, when the crop does not reach up to it.
    public var header: ImageSpec?
    /// The row, outlined, with the rows printed just above it (and the header when close).
    public var crop: ImageSpec
    /// The whole page (no drawing: the page outlines the row itself).
    public var page: ImageSpec
    /// The row's box on the page, in points, for the page viewer's outline.
    public var rowBox: Rect
}

public enum ImagePlan {
    /// Pixels per point of crops: 9-point CJK text comes out about 27 px high.
    public static let cropScale = 3.0
    public static let pageScale = 2.0
    /// A crop that would reach the header from less than this far below it includes the header.
    static let mergeHeaderWithin = 220.0
    static let contextAbove = 70.0

    static func rect(_ b: [Double]) -> Rect { Reviser.rect(b) }

    /// FNV-1a of the drawing's description: the same picture keeps its file name from run to run,
    /// a different one gets another.
    static func tag(_ parts: [Double], _ extra: String = "") -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in (parts.map { String(format: "%.2f", $0) }.joined(separator: ",") + extra).utf8 {
            h ^= UInt64(b); h = h &* 0x100000001b3
        }
        return String(format: "%08x", UInt32(truncatingIfNeeded: h ^ (h >> 32)))
    }

    static func coords(_ r: Rect?) -> [Double] { r.map { [$0.x0, $0.y0, $0.x1, $0.y1] } ?? [] }

    /// Columns whose cells in this row deserve a look: those of its failed checks, and amount
    /// cells that hold text that is not a number.
    public static func hotColumns(_ t: TablesFile.TableOut, row i: Int, documentChecks: [CheckResult] = []) -> Set<Int> {
        let r = t.rows[i]
        var hot = Set<Int>()
        let ids = Set(r.checks)
        for c in t.checks where ids.contains(c.id) { hot.formUnion(c.columns) }
        for c in documentChecks where ids.contains(c.id) && c.table == t.number { hot.formUnion(c.columns) }
        if r.flags.contains(.unparsedNumber) {
            for c in r.cells.indices where r.values[safe: c].flatMap({ $0 }) == nil
                && !r.cells[c].trimmingCharacters(in: .whitespaces).isEmpty && amountColumn(t, c) {
                hot.insert(c)
            }
        }
        return hot.filter { $0 < r.cells.count }
    }

    /// Most non-empty cells of the column are amounts.
    static func amountColumn(_ t: TablesFile.TableOut, _ c: Int) -> Bool {
        var n = 0, amounts = 0
        for r in t.rows where c < r.cells.count && !r.cells[c].trimmingCharacters(in: .whitespaces).isEmpty {
            n += 1
            if r.values[safe: c].flatMap({ $0 }) != nil { amounts += 1 }
        }
        return n > 0 && amounts * 2 >= n
    }

    public static func plan(document id: String, table t: TablesFile.TableOut, row i: Int, hot: Set<Int>) -> RowImages {
        let r = t.rows[i]
        let box = rect(r.box)
        let onPage = t.rows.filter { $0.page == r.page }.map { rect($0.box) }
        let region = t.regions.first { $0.page == r.page }.map { rect($0.box) } ?? onPage.dropFirst().reduce(box) { $0.union($1) }
        let bodyTop = onPage.map(\.y0).min() ?? box.y0

        // The header: above the body on this page, or else on the table's first page.
        var header: (page: Int, box: Rect)?
        if region.y0 < bodyTop - 6 {
            header = (r.page, Rect(x0: region.x0, y0: region.y0, x1: region.x1, y1: bodyTop))
        } else if let first = t.pages.first, first != r.page, let reg = t.regions.first(where: { $0.page == first }) {
            let box = rect(reg.box)     // a box of another length in tables.json reads as empty, not as a trap
            let top = t.rows.filter { $0.page == first }.map { rect($0.box).y0 }.min() ?? box.y1
            if box.y0 < top - 6 { header = (first, Rect(x0: box.x0, y0: box.y0, x1: box.x1, y1: top)) }
        }

        // Context: up to two rows above on the same page, at most `contextAbove` points.
        var top = box.y0 - 8
        for k in stride(from: i - 1, through: max(0, i - 2), by: -1) {
            let above = rect(t.rows[k].box)
            guard t.rows[k].page == r.page, box.y0 - above.y0 <= contextAbove else { break }
            top = min(top, above.y0)
        }
        var headerImage: ImageSpec?
        if let h = header, h.page == r.page, box.y1 - h.box.y0 <= mergeHeaderWithin {
            top = h.box.y0
        } else if let h = header {
            let clip = Rect(x0: max(0, h.box.x0 - 6), y0: max(0, h.box.y0 - 3), x1: h.box.x1 + 6, y1: h.box.y1 + 1)
            headerImage = ImageSpec(page: h.page, clip: clip, scale: cropScale, outline: nil, marks: [],
                                    file: "\(id)/t\(t.number)-p\(h.page)-head-\(tag(coords(clip))).png")
        }
        let clip = Rect(x0: max(0, min(region.x0, box.x0) - 6), y0: max(0, top - 1.5),
                        x1: max(region.x1, box.x1) + 6, y1: box.y1 + 10)
        let outline = Rect(x0: box.x0 - 1.5, y0: box.y0 - 1.5, x1: box.x1 + 1.5, y1: box.y1 + 1.5)
        let marks = hot.sorted().compactMap { c in r.cell_boxes[safe: c].map(rect) }
        let crop = ImageSpec(page: r.page, clip: clip, scale: cropScale, outline: outline, marks: marks,
                             file: "\(id)/t\(t.number)-r\(i + 1)-\(tag(coords(clip) + coords(outline) + marks.flatMap { coords($0) })).png")
        let page = ImageSpec(page: r.page, clip: nil, scale: pageScale, outline: nil, marks: [], file: "\(id)/p\(r.page).png")
        return RowImages(header: headerImage, crop: crop, page: page, rowBox: box)
    }
}

/// Draws planned images with poppler; files already there (same name, same drawing) are kept.
public enum ImageRenderer {
    public static func render(_ specs: [ImageSpec], pdf: PDFFile, into dir: String) throws {
        let fm = FileManager.default
        var done = Set<String>()
        for s in specs where done.insert(s.file).inserted {
            let path = (dir as NSString).appendingPathComponent(s.file)
            if fm.fileExists(atPath: path) { continue }
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var overlays = s.marks.map { Overlay(rect: $0, rgba: (1, 0.85, 0, 0.28), style: .fill) }
            if let o = s.outline { overlays.append(Overlay(rect: o, rgba: (0.85, 0.05, 0.1, 0.95), style: .stroke(width: 1.5))) }
            try pdf.renderPNG(page: s.page, scale: s.scale, overlays: overlays, clip: s.clip, to: path)
        }
    }
}
