import CPoppler
import Foundation
import Layout

/// Why a file could not be read as a PDF; each case renders as one plain line.
public enum PDFError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case notAPDF(String)
    case encrypted(String)
    case damaged(String, String)
    case noPages(String)

    public var description: String {
        switch self {
        case .missing(let p): return "\(p): no such file"
        case .notAPDF(let p): return "\(p): not a PDF file"
        case .encrypted(let p): return "\(p): the PDF is encrypted (password protected)"
        case .damaged(let p, let why): return "\(p): the PDF is damaged and cannot be read (\(why))"
        case .noPages(let p): return "\(p): the PDF has no pages"
        }
    }
}

/// A shape drawn over a rendered page by `renderPNG` (debug and review images).
public struct Overlay: Sendable {
    public enum Style: Sendable { case stroke(width: Double), fill }
    public var rect: Rect
    public var rgba: (Double, Double, Double, Double)
    public var style: Style
    public init(rect: Rect, rgba: (Double, Double, Double, Double), style: Style = .stroke(width: 1)) {
        self.rect = rect; self.rgba = rgba; self.style = style
    }
}

/// A PDF opened through poppler-glib. The only type in the project that sees C.
/// Not thread-safe: use one instance per thread.
public final class PDFFile {
    public let path: String
    private let doc: OpaquePointer
    public let pageCount: Int

    public init(path: String) throws {
        self.path = path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else {
            throw PDFError.missing(path)
        }
        // Cheap sniff before poppler: a PDF starts with %PDF within its first KiB.
        if let fh = FileHandle(forReadingAtPath: path) {
            let head = fh.readData(ofLength: 1024)
            try? fh.close()
            if head.range(of: Data("%PDF".utf8)) == nil { throw PDFError.notAPDF(path) }
        }
        LibraryLog.install()
        let abs = URL(fileURLWithPath: path).standardizedFileURL.path
        var err: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(abs, nil, &err) else {
            defer { if err != nil { g_error_free(err) } }
            throw PDFError.damaged(path, err.map { String(cString: $0.pointee.message) } ?? "bad path")
        }
        defer { g_free(uri) }
        guard let d = LibraryLog.quietly({ poppler_document_new_from_file(uri, nil, &err) }) else {
            let code = err?.pointee.code ?? 0
            let msg = err.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if err != nil { g_error_free(err) }
            if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) { throw PDFError.encrypted(path) }
            throw PDFError.damaged(path, msg)
        }
        // Checked before the document is kept: a throw after every property is set would run
        // deinit, and the document would be released twice.
        let pages = Int(poppler_document_get_n_pages(d))
        guard pages > 0 else {
            g_object_unref(UnsafeMutableRawPointer(d))
            throw PDFError.noPages(path)
        }
        doc = d
        pageCount = pages
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(doc)) }

    public var metadataTitle: String? {
        guard let t = poppler_document_get_title(doc) else { return nil }
        defer { g_free(t) }
        return String(cString: t)
    }

    public var producer: String? {
        guard let t = poppler_document_get_producer(doc) else { return nil }
        defer { g_free(t) }
        return String(cString: t)
    }

    private func withPage<T>(_ number: Int, _ body: (OpaquePointer) throws -> T) rethrows -> T? {
        guard number >= 1, number <= pageCount, let p = poppler_document_get_page(doc, Int32(number - 1)) else {
            return nil
        }
        defer { g_object_unref(UnsafeMutableRawPointer(p)) }
        return try LibraryLog.quietly { try body(p) }
    }

    /// Page size in points as displayed (rotation applied).
    public func pageSize(_ number: Int) -> (width: Double, height: Double) {
        withPage(number) { p in
            var w = 0.0, h = 0.0
            poppler_page_get_size(p, &w, &h)
            return (w, h)
        } ?? (0, 0)
    }

    /// Characters with their boxes and fonts, and ruling lines, of one page (1-based).
    /// `needsRulings` sees the characters first: a page it turns down is not rendered (the
    /// render is most of a page's cost) and gets no ruling lines.
    /// `settings` say how rules are told in the render (docs/settings.md).
    public func layout(page number: Int, settings: ExtractionSettings.Rulings = .init(),
                       needsRulings: ([TextChar]) -> Bool = { _ in true }) -> PageLayout {
        withPage(number) { p -> PageLayout in
            var w = 0.0, h = 0.0
            poppler_page_get_size(p, &w, &h)
            let chars = Self.characters(p)
            guard needsRulings(chars) else { return PageLayout(number: number, width: w, height: h, chars: chars, segments: []) }
            let image = Self.grayRender(p, width: w, height: h, scale: settings.renderScale)
            let raw = RunDetector.segments(in: image, settings: settings)
            let segments = Rulings.removeGlyphStrokes(raw, chars: chars, endSlack: settings.glyphStrokeEndSlack, stemFactor: settings.glyphStemFactor)
            return PageLayout(number: number, width: w, height: h, chars: chars, segments: segments)
        } ?? PageLayout(number: number, width: 0, height: 0, chars: [], segments: [])
    }

    private static func characters(_ p: OpaquePointer) -> [TextChar] {
        guard let cText = poppler_page_get_text(p) else { return [] }
        defer { g_free(cText) }
        let scalars = Array(String(cString: cText).unicodeScalars)
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var n: guint = 0
        guard poppler_page_get_text_layout(p, &rects, &n) != 0, let rects else { return [] }
        defer { g_free(rects) }
        let count = min(Int(n), scalars.count)

        // Font name and size per character index, from attribute runs.
        var fontName = [String](repeating: "", count: count)
        var fontSize = [Double](repeating: 0, count: count)
        if let list = poppler_page_get_text_attributes(p) {
            var node: UnsafeMutablePointer<GList>? = list
            while let nd = node {
                if let a = nd.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self) {
                    let name = a.pointee.font_name.map { String(cString: $0) } ?? ""
                    let lo = max(0, Int(a.pointee.start_index)), hi = min(count - 1, Int(a.pointee.end_index))
                    if lo <= hi { for i in lo...hi { fontName[i] = name; fontSize[i] = a.pointee.font_size } }
                }
                node = nd.pointee.next
            }
            poppler_page_free_text_attributes(list)
        }
        var out: [TextChar] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let s = scalars[i]
            if s == "\n" || s == "\r" { continue }
            let r = rects[i]
            out.append(TextChar(text: String(Character(s)),
                                box: Rect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2),
                                fontName: fontName[i], fontSize: fontSize[i]))
        }
        return out
    }

    /// Most pixels a page render may take (a huge page box must not take gigabytes).
    static let maxPixels = 40_000_000.0

    public static func safeScale(_ scale: Double, width: Double, height: Double) -> Double {
        guard width > 0, height > 0 else { return scale }
        return min(scale, (maxPixels / (width * height)).squareRoot())
    }

    private static func grayRender(_ p: OpaquePointer, width: Double, height: Double, scale wanted: Double) -> GrayImage {
        let scale = safeScale(wanted, width: width, height: height)
        let pw = max(1, Int((width * scale).rounded(.up))), ph = max(1, Int((height * scale).rounded(.up)))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pw), Int32(ph)) else {
            return GrayImage(width: 0, height: 0, scale: scale, pixels: [])
        }
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        poppler_page_render(p, cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else {
            return GrayImage(width: 0, height: 0, scale: scale, pixels: [])
        }
        var pixels = [UInt8](repeating: 255, count: pw * ph)
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<ph {
                let row = data + y * stride
                for x in 0..<pw {
                    // RGB24 is native-endian 0xXXRRGGBB; little-endian bytes are B, G, R, X.
                    let b = Int(row[x * 4]), g = Int(row[x * 4 + 1]), r = Int(row[x * 4 + 2])
                    out[y * pw + x] = UInt8((r * 299 + g * 587 + b * 114) / 1000)
                }
            }
        }
        return GrayImage(width: pw, height: ph, scale: scale, pixels: pixels)
    }

    /// Renders a page to PNG at `scale` (1 = 72 dpi), with overlays drawn in page points.
    /// `clip` crops to a region of the page (in points). Written to a temporary file, then moved.
    public func renderPNG(page number: Int, scale: Double, overlays: [Overlay] = [], clip: Rect? = nil, to path: String) throws {
        let ok: Bool = withPage(number) { p -> Bool in
            var w = 0.0, h = 0.0
            poppler_page_get_size(p, &w, &h)
            let region = clip ?? Rect(x0: 0, y0: 0, x1: w, y1: h)
            let scale = Self.safeScale(scale, width: region.width, height: region.height)
            let pw = max(1, Int((region.width * scale).rounded(.up))), ph = max(1, Int((region.height * scale).rounded(.up)))
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pw), Int32(ph)) else { return false }
            defer { cairo_surface_destroy(surface) }
            let cr = cairo_create(surface)
            cairo_set_source_rgb(cr, 1, 1, 1)
            cairo_paint(cr)
            cairo_scale(cr, scale, scale)
            cairo_translate(cr, -region.x0, -region.y0)
            poppler_page_render(p, cr)
            for o in overlays {
                cairo_set_source_rgba(cr, o.rgba.0, o.rgba.1, o.rgba.2, o.rgba.3)
                cairo_rectangle(cr, o.rect.x0, o.rect.y0, max(o.rect.width, 0.1), max(o.rect.height, 0.1))
                switch o.style {
                case .fill: cairo_fill(cr)
                case .stroke(let lw):
                    cairo_set_line_width(cr, lw / scale * 2)
                    cairo_stroke(cr)
                }
            }
            cairo_destroy(cr)
            let tmp = path + ".tmp-\(getpid())"
            let status = cairo_surface_write_to_png(surface, tmp)
            guard status == CAIRO_STATUS_SUCCESS else { unlink(tmp); return false }
            return rename(tmp, path) == 0
        } ?? false
        if !ok { throw PDFError.damaged(self.path, "could not render page \(number)") }
    }
}
