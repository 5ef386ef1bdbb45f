/// Plain geometry in PDF points, origin at the top-left of the page as the reader sees it
/// (page rotation already applied). Coordinates are layout measurements, not amounts,
/// so `Double` is the right type here.
public struct Rect: Equatable, Hashable, Codable, Sendable {
    public var x0: Double, y0: Double, x1: Double, y1: Double
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = min(x0, x1); self.x1 = max(x0, x1)
        self.y0 = min(y0, y1); self.y1 = max(y0, y1)
    }
    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }
    public func union(_ o: Rect) -> Rect {
        Rect(x0: min(x0, o.x0), y0: min(y0, o.y0), x1: max(x1, o.x1), y1: max(y1, o.y1))
    }
    public func contains(x: Double, y: Double, slack: Double = 0) -> Bool {
        x >= x0 - slack && x <= x1 + slack && y >= y0 - slack && y <= y1 + slack
    }
    public func intersects(_ o: Rect, slack: Double = 0) -> Bool {
        x0 <= o.x1 + slack && o.x0 <= x1 + slack && y0 <= o.y1 + slack && o.y0 <= y1 + slack
    }
    public func rounded() -> Rect {
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        return Rect(x0: r(x0), y0: r(y0), x1: r(x1), y1: r(y1))
    }
    public static func enclosing(_ rects: [Rect]) -> Rect? {
        guard var r = rects.first else { return nil }
        for o in rects.dropFirst() { r = r.union(o) }
        return r
    }
}

/// One character as printed, with its box and font.
public struct TextChar: Equatable, Sendable {
    public var text: String
    public var box: Rect
    public var fontName: String
    public var fontSize: Double
    /// Printed again, the same character in the same place, on the page before or after
    /// (`RepeatedText`): a table's header repeated on each page it runs over.
    public var repeated = false
    /// Printed with part of its width cut off by a clip wider than a cell (`ClippedText`): the
    /// text runs on past what the page prints (a browser's print of a table wider than the page).
    public var cutByClip = false
    public init(text: String, box: Rect, fontName: String = "", fontSize: Double = 0) {
        self.text = text; self.box = box; self.fontName = fontName; self.fontSize = fontSize
    }
    public var isSpace: Bool {
        // Nearly every character is one ASCII byte or one CJK ideograph: answered without the
        // Unicode property look-up (the same answer: Unicode's White_Space in ASCII is 9–13 and 32).
        let utf8 = text.utf8
        if utf8.count == 1, let b = utf8.first { return b == 32 || (b >= 9 && b <= 13) }
        if utf8.count == 3, let s = text.unicodeScalars.first, s.value >= 0x3400 && s.value <= 0x9FFF { return false }
        return text.allSatisfy { $0.isWhitespace }
    }
}

public enum Orientation: String, Sendable, Codable { case horizontal, vertical }

/// A ruling line: horizontal at `position` (y) from `start` to `end` (x), or vertical at
/// `position` (x) from `start` to `end` (y).
public struct Segment: Equatable, Sendable, Codable {
    public var orientation: Orientation
    public var position: Double
    public var start: Double
    public var end: Double
    public init(_ orientation: Orientation, at position: Double, from start: Double, to end: Double) {
        self.orientation = orientation; self.position = position
        self.start = min(start, end); self.end = max(start, end)
    }
    public var length: Double { end - start }
    public var box: Rect {
        orientation == .horizontal
            ? Rect(x0: start, y0: position, x1: end, y1: position)
            : Rect(x0: position, y0: start, x1: position, y1: end)
    }
}

/// A grayscale rendering of a page (0 black … 255 white), `scale` pixels per point.
public struct GrayImage: Sendable {
    public var width: Int, height: Int
    public var scale: Double
    public var pixels: [UInt8]
    public init(width: Int, height: Int, scale: Double, pixels: [UInt8]) {
        self.width = width; self.height = height; self.scale = scale; self.pixels = pixels
    }
}

/// A page as the PDF library hands it over: its characters and, when it may hold a table, its
/// render. Finding the ruling lines in the render (`layout`) is work on plain values: it can run
/// on another thread while the library draws the next page.
public struct PageDrawing: Sendable {
    public var number: Int
    public var width: Double
    public var height: Double
    public var chars: [TextChar]
    /// nil: the page was not rendered (it holds no table, or its lines come from `pieces`).
    public var image: GrayImage?
    /// The shapes the page draws (`rulings.source` vector); nil when not captured.
    public var pieces: [InkPiece]?
    public init(number: Int, width: Double, height: Double, chars: [TextChar], image: GrayImage?, pieces: [InkPiece]? = nil) {
        self.number = number; self.width = width; self.height = height
        self.chars = chars; self.image = image; self.pieces = pieces
    }

    /// The page with its ruling lines: long thin runs of ink, faint rules between column lines,
    /// glyph strokes removed. `settings` say how rules are told in the render (docs/settings.md).
    public func layout(settings: ExtractionSettings.Rulings = .init()) -> PageLayout {
        if let pieces {
            // Glyphs drawn as paths (a stroked outline giving text a false bold, a producer that
            // re-prints a page through cairo, text turned to curves) are among the pieces.
            let segments = Rulings.removeGlyphStrokes(VectorRulings.segments(pieces, settings: settings), chars: chars,
                                                      endSlack: settings.glyphStrokeEndSlack, stemFactor: settings.glyphStemFactor,
                                                      bandFactor: settings.glyphBandFactor, digitWidthEm: settings.glyphDigitWidthEm)
            return PageLayout(number: number, width: width, height: height, chars: chars, segments: segments)
        }
        guard let image else { return PageLayout(number: number, width: width, height: height, chars: chars, segments: []) }
        var raw = RunDetector.segments(in: image, settings: settings)
        raw += Rulings.faintRules(in: image, segments: raw, settings: settings)
        let segments = Rulings.removeGlyphStrokes(raw, chars: chars, endSlack: settings.glyphStrokeEndSlack, stemFactor: settings.glyphStemFactor,
                                                  bandFactor: settings.glyphBandFactor, digitWidthEm: settings.glyphDigitWidthEm)
        return PageLayout(number: number, width: width, height: height, chars: chars, segments: segments)
    }
}

/// Everything the later stages need to know about one page.
public struct PageLayout: Sendable {
    public var number: Int          // 1-based page number
    public var width: Double
    public var height: Double
    public var chars: [TextChar]
    public var segments: [Segment]
    public init(number: Int, width: Double, height: Double, chars: [TextChar], segments: [Segment]) {
        self.number = number; self.width = width; self.height = height
        self.chars = chars; self.segments = segments
    }
}
