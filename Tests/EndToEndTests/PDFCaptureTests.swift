import Foundation
@testable import Layout
@testable import PDFDocument
import XCTest

/// The vector source reads the lines poppler would draw by standing in for cairo's drawing entry
/// points. That works only when the executable exports them: if it did not, poppler would draw
/// through the real cairo and the capture would see no lines, in silence. These tests fail then.
final class PDFCaptureTests: XCTestCase {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/capture/lines.pdf").standardizedFileURL.path

    var vector: ExtractionSettings.Rulings {
        var s = ExtractionSettings.Rulings()
        s.source = .vector
        return s
    }

    func testTheExecutableExportsCairosDrawingEntryPoints() {
        XCTAssertTrue(PDFFile.captureInterposed, "cairo_fill is not the capture's: link with --export-dynamic-symbol (Package.swift)")
    }

    /// Tests/Fixtures/capture/make.py says what the page draws, in points from the top-left.
    func testCapturedShapesAreTheDrawnOnes() throws {
        let pdf = try PDFFile(path: Self.fixture)
        let drawing = pdf.drawing(page: 1, settings: vector)
        XCTAssertNil(drawing.image, "the vector source renders no bitmap")
        let pieces = try XCTUnwrap(drawing.pieces)
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.3 }
        // The black line stroked 1 pt wide at y 92 from x 72 to 372.
        XCTAssertTrue(pieces.contains { $0.kind == .stroke && near($0.box.x0, 72) && near($0.box.x1, 372)
            && near($0.box.y0, 91.5) && near($0.box.y1, 92.5) && $0.gray == 0 }, "\(pieces)")
        // The mid-gray filled rule, 0.5 pt wide.
        XCTAssertTrue(pieces.contains { $0.kind == .fill && near($0.box.x0, 100) && near($0.box.x1, 100.5)
            && near($0.box.y0, 92) && near($0.box.y1, 192) && abs(($0.gray ?? 0) - 127.5) < 1 }, "\(pieces)")
        // Glyphs are never captured: nothing where the text 1111 stands.
        XCTAssertFalse(pieces.contains { $0.box.intersects(Rect(x0: 300, y0: 275, x1: 353, y1: 297)) }, "\(pieces)")
    }

    /// The lines found from the shapes are the ones found in the render: the white square cuts
    /// the black line, the gray fill is a rule, the thick area and the glyph stems are not.
    func testVectorRulesAreTheRasterRules() throws {
        let pdf = try PDFFile(path: Self.fixture)
        let fromShapes = Rulings.merge(pdf.layout(page: 1, settings: vector).segments)
        let fromRender = Rulings.merge(pdf.layout(page: 1).segments)
        func describe(_ s: [Segment]) -> [String] {
            s.map { "\($0.orientation == .horizontal ? "H" : "V") \(($0.position).rounded()) \(($0.start).rounded())-\(($0.end).rounded())" }.sorted()
        }
        XCTAssertEqual(describe(fromShapes), ["H 92.0 220.0-372.0", "H 92.0 72.0-200.0", "V 100.0 92.0-192.0"])
        XCTAssertEqual(describe(fromShapes), describe(fromRender))
    }

    /// Outside a capture cairo draws as before: the debug and review images still show the page.
    func testRenderingStillDraws() throws {
        let pdf = try PDFFile(path: Self.fixture)
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("capture-\(getpid()).png").path
        defer { try? FileManager.default.removeItem(atPath: png) }
        _ = pdf.drawing(page: 1, settings: vector)       // a capture before must leave nothing behind
        try pdf.renderPNG(page: 1, scale: 1, to: png)
        // A white page of this size compresses to a few hundred bytes; lines and text take more.
        let size = (try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
        XCTAssertGreaterThan(size, 2000)
        XCTAssertTrue(pdf.layout(page: 1).segments.contains { $0.orientation == .vertical }, "the render draws the gray rule")
    }

    /// During a capture poppler is told its fonts have no file (Sources/CairoCapture/FontFiles.cpp),
    /// which spares it reading and inflating them. The text must not change for it: the
    /// characters, boxes and fonts of a capture are those of a text pass of its own, on the
    /// fixture and on a real Word export with embedded CID TrueType fonts.
    func testACaptureReadsTheTextOfATextPass() throws {
        if PDFFile.fontSparingBuilt {
            XCTAssertTrue(PDFFile.captureSparesFontFiles, "GfxFont::locateFont is not the capture's: export it (Package.swift)")
        }
        let court = URL(fileURLWithPath: Self.fixture).deletingLastPathComponent()
            .appendingPathComponent("../real/jiangsu-high-court-2017.pdf").standardizedFileURL.path
        var textOnly = ExtractionSettings.Rulings()
        textOnly.source = .raster       // and no page may hold a table: no render, text only
        for (path, pages) in [(Self.fixture, [1]), (court, [1, 5, 9])] {
            let pdf = try PDFFile(path: path)
            for n in pages {
                let captured = pdf.drawing(page: n, settings: vector).chars
                let textPass = pdf.drawing(page: n, settings: textOnly, needsRulings: { _ in false }).chars
                XCTAssertFalse(captured.isEmpty)
                XCTAssertEqual(captured, textPass, "\(path) page \(n)")
            }
        }
    }

    /// A capture leaves poppler nothing that spares fonts later: a render after it draws the
    /// glyphs of the text 1111 (dark pixels where it stands).
    func testGlyphsAreDrawnAfterACapture() throws {
        let pdf = try PDFFile(path: Self.fixture)
        _ = pdf.drawing(page: 1, settings: vector)
        var raster = ExtractionSettings.Rulings()
        raster.source = .raster
        let image = try XCTUnwrap(pdf.drawing(page: 1, settings: raster).image)
        var dark = 0
        for y in Int(277 * image.scale)..<Int(295 * image.scale) {
            for x in Int(302 * image.scale)..<Int(351 * image.scale) where image.pixels[y * image.width + x] < 128 { dark += 1 }
        }
        XCTAssertGreaterThan(dark, 50, "no glyph drawn where 1111 stands")
    }
}

