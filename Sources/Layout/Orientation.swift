/// Pages whose text runs down or up the page (a landscape table drawn turned on a portrait
/// page, with no /Rotate to say so) are turned so that text runs left to right, and turned
/// back for the boxes users see.
public enum Orientation90: Equatable, Sendable {
    case upright        // text runs +x
    case down           // text runs +y (turned 90° clockwise)
    case up             // text runs −y (turned 90° counter-clockwise)
    case upsideDown     // text runs −x

    /// The way most neighbouring characters advance, from their reading order.
    public static func detect(_ chars: [TextChar]) -> Orientation90 {
        var votes: [Orientation90: Int] = [:]
        for (a, b) in zip(chars, chars.dropFirst()) where !a.isSpace && !b.isSpace {
            let dx = b.box.midX - a.box.midX, dy = b.box.midY - a.box.midY
            let size = max(a.box.width, a.box.height, 1)
            guard hypot(dx, dy) < size * 2.5, hypot(dx, dy) > size * 0.2 else { continue }
            let o: Orientation90 = abs(dx) >= abs(dy) ? (dx > 0 ? .upright : .upsideDown) : (dy > 0 ? .down : .up)
            votes[o, default: 0] += 1
        }
        let total = votes.values.reduce(0, +)
        guard total >= 20, let best = votes.max(by: { $0.value < $1.value }), Double(best.value) >= Double(total) * 0.6 else { return .upright }
        return best.key
    }

    /// Maps a point of the page (width w, height h) into the upright frame.
    func forward(_ x: Double, _ y: Double, w: Double, h: Double) -> (Double, Double) {
        switch self {
        case .upright: return (x, y)
        case .down: return (y, w - x)
        case .up: return (h - y, x)
        case .upsideDown: return (w - x, h - y)
        }
    }

    /// Maps a point of the upright frame back onto the page.
    func backward(_ x: Double, _ y: Double, w: Double, h: Double) -> (Double, Double) {
        switch self {
        case .upright: return (x, y)
        case .down: return (w - y, x)
        case .up: return (y, h - x)
        case .upsideDown: return (w - x, h - y)
        }
    }

    func map(_ r: Rect, w: Double, h: Double, back: Bool) -> Rect {
        let f = back ? backward : forward
        let a = f(r.x0, r.y0, w, h), b = f(r.x1, r.y1, w, h)
        return Rect(x0: a.0, y0: a.1, x1: b.0, y1: b.1)
    }

    /// A page box (in the page as printed) from a box in the upright frame of that page.
    public func pageBox(_ r: Rect, pageWidth w: Double, pageHeight h: Double) -> Rect { map(r, w: w, h: h, back: true) }

    /// The page turned upright: characters and rulings in the frame where text runs +x.
    public func upright(_ page: PageLayout) -> PageLayout {
        guard self != .upright else { return page }
        let w = page.width, h = page.height
        let chars = page.chars.map { c -> TextChar in var c = c; c.box = map(c.box, w: w, h: h, back: false); return c }
        let segments = page.segments.map { s -> Segment in
            let b = map(s.box, w: w, h: h, back: false)
            return b.width >= b.height ? Segment(.horizontal, at: b.midY, from: b.x0, to: b.x1)
                                       : Segment(.vertical, at: b.midX, from: b.y0, to: b.y1)
        }
        let turned = self == .upsideDown ? (w, h) : (h, w)
        return PageLayout(number: page.number, width: turned.0, height: turned.1, chars: chars, segments: segments)
    }
}

import Foundation

/// How a table read upright sits on its page as printed.
public struct PageFrame: Equatable, Sendable {
    public var orientation: Orientation90
    public var width: Double      // the printed page's size
    public var height: Double
    public init(orientation: Orientation90, width: Double, height: Double) {
        self.orientation = orientation; self.width = width; self.height = height
    }
    /// A box of the upright frame as a box of the printed page.
    public func toPage(_ r: Rect) -> Rect { orientation.pageBox(r, pageWidth: width, pageHeight: height) }
}
