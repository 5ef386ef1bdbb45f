import CairoCapture
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

    /// Page renders are megabytes each, asked for and given back page after page. Served from the
    /// heap rather than from fresh mappings they are reused, instead of being faulted in and zeroed
    /// by the kernel every time (which cost as much as the drawing). Done once per process.
    private static let heapForRenders: Void = {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 512 << 20)
        #endif
    }()

    public init(path: String) throws {
        self.path = path
        Self.heapForRenders
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

    deinit {
        canvas?.deallocate()
        g_object_unref(UnsafeMutableRawPointer(doc))
    }

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
    /// `needsRulings` sees the characters first: a page it turns down gets no ruling lines (with
    /// the raster source it is not rendered either; the vector source captures the shapes in
    /// the text's pass anyway and drops them).
    /// `settings` say how rules are told in the render, `text` how characters are read (docs/settings.md).
    public func layout(page number: Int, settings: ExtractionSettings.Rulings = .init(), text: ExtractionSettings.Text = .init(),
                       needsRulings: ([TextChar]) -> Bool = { _ in true }) -> PageLayout {
        drawing(page: number, settings: settings, text: text, needsRulings: needsRulings).layout(settings: settings)
    }

    /// What `layout` reads from the PDF: the characters and, when `needsRulings` says so, the
    /// shapes the page draws (`rulings.source` vector) or its render (raster). The rulings are
    /// found afterwards (`PageDrawing.layout`), on any thread.
    public func drawing(page number: Int, settings: ExtractionSettings.Rulings = .init(), text: ExtractionSettings.Text = .init(),
                        needsRulings: ([TextChar]) -> Bool = { _ in true }) -> PageDrawing {
        var memory = BaselineBoxes.Memory()
        return drawing(page: number, settings: settings, text: text, baselines: &memory, needsRulings: needsRulings)
    }

    /// `baselines`: what the pages read before showed of short boxes (`BaselineBoxes.Memory`),
    /// added to from this page; read the pages in order.
    public func drawing(page number: Int, settings: ExtractionSettings.Rulings = .init(), text: ExtractionSettings.Text = .init(),
                        baselines: inout BaselineBoxes.Memory, needsRulings: ([TextChar]) -> Bool = { _ in true }) -> PageDrawing {
        withPage(number) { p -> PageDrawing in
            var w = 0.0, h = 0.0
            poppler_page_get_size(p, &w, &h)
            if settings.source == .vector {
                // One pass over the page's content: poppler's render keeps the text it met on the
                // page (poppler-glib attaches a TextPage to the render when the page has none),
                // and the text calls below read it instead of interpreting the page again. Same
                // characters, boxes and fonts as a text pass of their own, on every page of the
                // 104 PDFs at hand, three runs each, with the pipeline's two threads.
                let (pieces, drawn) = captureInk(p, scale: settings.renderScale)
                let visible = ClippedText.visible(Self.characters(p), drawn: drawn, settings: text)
                let chars = DisplacedGlyphs.realigned(BaselineBoxes.aligned(visible, drawn: drawn, settings: text, memory: &baselines),
                                                      abutDistance: text.displacedGlyphAbutDistance,
                                                      placeholderCover: text.placeholderSpaceCover)
                return PageDrawing(number: number, width: w, height: h, chars: chars, image: nil,
                                   pieces: needsRulings(chars) ? pieces : nil)
            }
            let chars = DisplacedGlyphs.realigned(Self.characters(p), abutDistance: text.displacedGlyphAbutDistance,
                                                      placeholderCover: text.placeholderSpaceCover)
            guard needsRulings(chars) else { return PageDrawing(number: number, width: w, height: h, chars: chars, image: nil) }
            return PageDrawing(number: number, width: w, height: h, chars: chars, image: grayRender(p, scale: settings.renderScale))
        } ?? PageDrawing(number: number, width: 0, height: 0, chars: [], image: nil)
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
        let simplified = scalars.contains("\u{2F3E}") ? TextForms.isSimplified(scalars) : true
        var out: [TextChar] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let s = scalars[i]
            if s == "\n" || s == "\r" { continue }
            let r = rects[i]
            out.append(TextChar(text: String(Character(TextForms.ideograph(forRadical: s, simplified: simplified))),
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

    /// The memory pages are drawn into, kept from page to page: a fresh 8 MB buffer for every
    /// page costs more in page faults than the drawing. Grows to the largest page, no further.
    private var canvas: UnsafeMutableRawPointer?
    private var canvasBytes = 0

    /// Draws `region` of a page (in points, the whole page when nil) at `scale` on white, then the
    /// overlays, into an RGB24 image, and hands it to `body` (pixels, width, height, bytes per row,
    /// the scale used). The one render path: ruling detection and PNG output both come through here.
    private func render<T>(_ p: OpaquePointer, region: Rect?, scale wanted: Double, overlays: [Overlay] = [],
                           _ body: (UnsafeMutablePointer<UInt8>, OpaquePointer, Int, Int, Int, Double) -> T) -> T? {
        var w = 0.0, h = 0.0
        poppler_page_get_size(p, &w, &h)
        let area = region ?? Rect(x0: 0, y0: 0, x1: w, y1: h)
        let scale = Self.safeScale(wanted, width: area.width, height: area.height)
        let pw = max(1, Int((area.width * scale).rounded(.up))), ph = max(1, Int((area.height * scale).rounded(.up)))
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(pw)))
        guard stride > 0 else { return nil }
        let bytes = stride * ph
        if bytes > canvasBytes {
            canvas?.deallocate()
            canvas = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
            canvasBytes = bytes
        }
        guard let canvas else { return nil }
        let data = canvas.assumingMemoryBound(to: UInt8.self)
        guard let surface = cairo_image_surface_create_for_data(data, CAIRO_FORMAT_RGB24, Int32(pw), Int32(ph), Int32(stride)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        defer { cairo_surface_destroy(surface) }
        // White: every byte 0xFF (the unused byte of RGB24 included), set by memset, several times
        // faster than cairo_paint's fill of the same bytes.
        memset(data, 0xFF, bytes)
        cairo_surface_mark_dirty(surface)
        let cr = cairo_create(surface)
        cairo_scale(cr, scale, scale)
        cairo_translate(cr, -area.x0, -area.y0)
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
        cairo_surface_flush(surface)
        return body(data, surface, pw, ph, stride, scale)
    }

    /// The shapes a page draws, from poppler's render with cairo's drawing made no-ops
    /// (CairoCapture): nothing is rasterised. At `scale` pixels per point, as the raster path
    /// renders, so that poppler widens hairlines to a pixel alike; handed over in points.
    /// With them, the characters the render draws and the clip each is drawn under
    /// (`ClippedText`).
    private func captureInk(_ p: OpaquePointer, scale wanted: Double) -> ([InkPiece], [DrawnCharacter]) {
        var w = 0.0, h = 0.0
        poppler_page_get_size(p, &w, &h)
        let scale = Self.safeScale(wanted, width: w, height: h)
        let pw = max(1, Int((w * scale).rounded(.up))), ph = max(1, Int((h * scale).rounded(.up)))
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(pw)))
        guard stride > 0 else { return ([], []) }
        // The surface only sets the clip: nothing is drawn on it, so its memory is never touched.
        let bytes = stride * ph
        if bytes > canvasBytes {
            canvas?.deallocate()
            canvas = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
            canvasBytes = bytes
        }
        guard let canvas,
              let surface = cairo_image_surface_create_for_data(canvas.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_RGB24,
                                                                Int32(pw), Int32(ph), Int32(stride)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return ([], []) }
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)
        defer { cairo_destroy(cr) }
        cairo_scale(cr, scale, scale)
        guard let capture = capture_begin(cr) else { return ([], []) }
        defer { capture_free(capture) }
        poppler_page_render(p, cr)
        capture_end(capture)
        var glyphCount = 0
        var drawn: [DrawnCharacter] = []
        if let glyphs = capture_glyphs(capture, &glyphCount) {
            drawn.reserveCapacity(glyphCount)
            for i in 0..<glyphCount {
                let g = glyphs[i]
                drawn.append(DrawnCharacter(origin: (g.x0 / scale, g.y0 / scale), end: (g.x1 / scale, g.y1 / scale),
                                            clip: Rect(x0: g.clip_x0 / scale, y0: g.clip_y0 / scale,
                                                       x1: g.clip_x1 / scale, y1: g.clip_y1 / scale)))
            }
        }
        var count = 0
        guard let raw = capture_pieces(capture, &count) else { return ([], drawn) }
        var out: [InkPiece] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let c = raw[i]
            let kind: InkPiece.Kind = c.kind == 0 ? .stroke : c.kind == 1 ? .fill : .image
            out.append(InkPiece(box: Rect(x0: c.x0 / scale, y0: c.y0 / scale, x1: c.x1 / scale, y1: c.y1 / scale),
                                gray: c.a < 0 ? nil : InkPiece.gray(r: c.r, g: c.g, b: c.b, alpha: c.a),
                                kind: kind, order: Int(c.order)))
        }
        return (out, drawn)
    }

    /// Whether the capture reaches poppler's calls into cairo in this process (the executable
    /// exports cairo's entry points); when not, the vector source would see no lines at all.
    public static var captureInterposed: Bool { capture_is_interposed() != 0 }
    /// Whether the capture sees the characters poppler draws (and so the clipped ones).
    public static var captureSeesCharacters: Bool { capture_sees_characters() != 0 }
    /// Whether this build stands in for poppler's font lookup during a capture, and whether
    /// poppler's calls reach it (then a capture loads no font files).
    public static var fontSparingBuilt: Bool { capture_font_sparing_built() != 0 }
    public static var captureSparesFontFiles: Bool { capture_spares_font_files() != 0 }

    private func grayRender(_ p: OpaquePointer, scale: Double) -> GrayImage {
        render(p, region: nil, scale: scale) { data, _, pw, ph, stride, scale in
            GrayImage(width: pw, height: ph, scale: scale, pixels: Self.gray(data, width: pw, height: ph, stride: stride))
        } ?? GrayImage(width: 0, height: 0, scale: scale, pixels: [])
    }

    /// RGB24 (native-endian 0xXXRRGGBB: on little-endian machines the bytes B, G, R, X) to gray,
    /// (299 R + 587 G + 114 B) / 1000. Eight white pixels at a time (four 64-bit words, the unused
    /// bytes ignored) become one 64-bit word of 255s: most of a page is white.
    static func gray(_ data: UnsafeMutablePointer<UInt8>, width pw: Int, height ph: Int, stride: Int) -> [UInt8] {
        let unused: UInt64 = 0xFF00_0000_FF00_0000
        return [UInt8](unsafeUninitializedCapacity: pw * ph) { out, count in
            guard let o = out.baseAddress else { count = 0; return }
            for y in 0..<ph {
                let row = UnsafeRawPointer(data + y * stride), line = o + y * pw
                var x = 0
                while x < pw {
                    if x + 8 <= pw {
                        let p = row + x * 4
                        let all = p.loadUnaligned(as: UInt64.self) & p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                            & p.loadUnaligned(fromByteOffset: 16, as: UInt64.self) & p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                        if all | unused == UInt64.max {
                            UnsafeMutableRawPointer(line + x).storeBytes(of: UInt64.max, as: UInt64.self)
                            x += 8
                            continue
                        }
                    }
                    let end = min(x + 8, pw)
                    while x < end {
                        let px = row + x * 4
                        let b = Int(px.load(as: UInt8.self)), g = Int(px.load(fromByteOffset: 1, as: UInt8.self))
                        let r = Int(px.load(fromByteOffset: 2, as: UInt8.self))
                        line[x] = UInt8((r * 299 + g * 587 + b * 114) / 1000)
                        x += 1
                    }
                }
            }
            count = pw * ph
        }
    }

    /// Renders a page to PNG at `scale` (1 = 72 dpi), with overlays drawn in page points.
    /// `clip` crops to a region of the page (in points). Written to a temporary file, then moved.
    public func renderPNG(page number: Int, scale: Double, overlays: [Overlay] = [], clip: Rect? = nil, to path: String) throws {
        let ok: Bool = withPage(number) { p -> Bool in
            render(p, region: clip, scale: scale, overlays: overlays) { _, surface, _, _, _, _ in
                let tmp = path + ".tmp-\(getpid())"
                guard cairo_surface_write_to_png(surface, tmp) == CAIRO_STATUS_SUCCESS else { unlink(tmp); return false }
                return rename(tmp, path) == 0
            } ?? false
        } ?? false
        if !ok { throw PDFError.damaged(self.path, "could not render page \(number)") }
    }
}
