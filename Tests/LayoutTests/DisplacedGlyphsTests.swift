@testable import Layout
import XCTest

/// A Type 3 font boxes digits as tall as the line (20.8 pt) and the comma and point by their own
/// outlines near the baseline; they go back on their neighbours' line.
final class DisplacedGlyphsTests: XCTestCase {
    func glyph(_ t: String, _ x0: Double, _ x1: Double, _ y0: Double, _ y1: Double) -> TextChar {
        TextChar(text: t, box: Rect(x0: x0, y0: y0, x1: x1, y1: y1), fontSize: 8)
    }

    func testCommaAndPointBetweenTallDigitsTakeTheirBand() {
        // 11,202.80 on a line boxed 106–126.8; 17.95 on the next line, boxed 120–140.8, its
        // digits set at the same x as the line above's (amounts set right).
        let chars = [glyph("1", 417, 421.4, 106, 126.8), glyph("1", 421.4, 426.1, 106, 126.8), glyph(",", 426.1, 428.3, 117, 122.8),
                     glyph("2", 428.3, 432.7, 106, 126.8), glyph("0", 432.7, 437.2, 106, 126.8), glyph("2", 437.2, 441.6, 106, 126.8),
                     glyph(".", 441.6, 443.9, 117, 122.8), glyph("8", 443.9, 448.3, 106, 126.8),
                     glyph("1", 432.7, 437.2, 120, 140.8), glyph("7", 437.2, 441.6, 120, 140.8), glyph(".", 441.6, 443.9, 131, 136.8),
                     glyph("9", 443.9, 448.3, 120, 140.8)]
        let out = DisplacedGlyphs.realigned(chars, abutDistance: 0.2)
        XCTAssertEqual(out[2].box.y0, 106); XCTAssertEqual(out[2].box.y1, 126.8)
        XCTAssertEqual(out[6].box.y0, 106, "the point of 202.80 goes to its own line, not to 17.95's, whose digits abut it too")
        XCTAssertEqual(out[10].box.y0, 120); XCTAssertEqual(out[10].box.y1, 140.8)
        XCTAssertEqual(out[0].box, chars[0].box)
    }

    func testClosingBracketAtALinesEndTakesItsLeftNeighboursBand() {
        // 贴(行政非统发) with its brackets boxed by their outlines: ")" ends the line, nothing on
        // its right; poppler put a space of the "(" glyph's width where it saw the word part.
        let chars = [glyph("贴", 131.7, 139.7, 142.5, 163.3), glyph(" ", 139.7, 142.4, 142.5, 163.3), glyph("(", 139.7, 142.4, 153.5, 159.3),
                     glyph("行", 142.4, 150.4, 142.5, 163.3), glyph("发", 174.4, 182.4, 142.5, 163.3), glyph(")", 182.4, 185.1, 153.5, 159.3)]
        let out = DisplacedGlyphs.realigned(chars, abutDistance: 0.2)
        XCTAssertEqual(out.map(\.text), ["贴", "(", "行", "发", ")"])
        XCTAssertEqual(out.map(\.box.y0), [142.5, 142.5, 142.5, 142.5, 142.5])
    }

    func testARunOfSmallGlyphsMovesTogether() {
        // A title's year in a smaller font, its four digits boxed 52.6–59.7, before 年 boxed
        // 35–66.2 (Ghostscript's copy of a browser's Type 3 fonts).
        let chars = [glyph("2", 199.3, 206.4, 52.6, 59.7), glyph("0", 206.4, 213.5, 52.6, 59.7), glyph("2", 213.5, 220.6, 52.6, 59.7),
                     glyph("4", 220.6, 227.7, 52.6, 59.7), glyph("年", 227.7, 239.7, 35, 66.2), glyph("部", 239.7, 251.7, 35, 66.2)]
        let out = DisplacedGlyphs.realigned(chars, abutDistance: 0.2)
        XCTAssertEqual(out.map(\.box.y0), [35, 35, 35, 35, 35, 35])
    }

    func testTheSpacePopplerPutAtAShortGlyphWithinTheLineGoes() {
        // 48,930.75 printed again by cairo: digits boxed 184.7–200.2, the comma and point boxed
        // short inside that band (more than half its height, so not moved); poppler read "8 930 75" with a space of the comma's width where
        // the comma stands, and the comma elsewhere in its reading order.
        let chars = [glyph("4", 361.6, 367.6, 184.7, 200.2), glyph("8", 367.6, 373.6, 184.7, 200.2), glyph(" ", 373.6, 376.6, 184.7, 200.2),
                     glyph("9", 376.6, 382.5, 184.7, 200.2), glyph("3", 382.5, 388.5, 184.7, 200.2), glyph("0", 388.5, 394.5, 184.7, 200.2),
                     glyph(" ", 394.5, 397.5, 184.7, 200.2), glyph("7", 397.5, 403.4, 184.7, 200.2), glyph("5", 403.4, 409.4, 184.7, 200.2),
                     glyph(" ", 409.4, 415.4, 184.7, 200.2), glyph("二", 415.4, 426.2, 175.6, 203.6),
                     glyph(",", 373.6, 376.6, 190.3, 198.1), glyph(".", 394.5, 397.5, 190.3, 198.1)]
        let out = DisplacedGlyphs.realigned(chars, abutDistance: 0.2)
        XCTAssertEqual(out.sorted { $0.box.x0 < $1.box.x0 }.map(\.text).joined(), "48,930.75 二",
                       "the spaces where the comma and point stand go; the space between words stays")
    }

    func testTheSpacePopplerPutAtDigitsReadOutOfOrderGoesThoughWiderThanThey() {
        // ≥2次 printed again by cairo: poppler read "≥ 次" with a space from where the 2 starts to
        // where 次 starts (8.4 pt; the 2 is 6 pt wide), and the 2 on a line of its own.
        let chars = [glyph("≥", 544.9, 555.7, 186.7, 202.2), glyph(" ", 555.7, 564.1, 186.7, 202.2), glyph("次", 564.1, 574.8, 177.6, 205.6),
                     glyph("2", 555.7, 561.7, 186.7, 202.2),
                     glyph("工", 600, 610.7, 177.6, 205.6), glyph(" ", 610.7, 615, 186.7, 202.2), glyph("2", 615, 621, 186.7, 202.2)]
        let out = DisplacedGlyphs.realigned(chars, abutDistance: 0.2)
        XCTAssertEqual(out.filter { $0.box.x0 < 590 }.sorted { $0.box.x0 < $1.box.x0 }.map(\.text).joined(), "≥2次")
        XCTAssertEqual(out.filter { $0.box.x0 > 590 }.map(\.text).joined(), "工 2", "a space starting where a glyph ends is a gap")
    }

    func testCharactersOfOneSizeAndLooseGlyphsStayWhereTheyAre() {
        // Ideographs abut one another on every line; a point with a gap on both sides, or outside
        // its neighbours' boxes, is left alone.
        let chars = [glyph("预", 0, 8, 0, 20.8), glyph("算", 8, 16, 0, 20.8), glyph("表", 16, 24, 0, 20.8),
                     glyph("1", 40, 44, 0, 20.8), glyph(".", 45, 46.5, 12, 16), glyph("5", 47.5, 51, 0, 20.8),
                     glyph("2", 60, 64, 0, 20.8), glyph(".", 64, 66, 30, 34), glyph("5", 66, 70, 0, 20.8)]
        XCTAssertEqual(DisplacedGlyphs.realigned(chars, abutDistance: 0.2), chars)
    }
}
