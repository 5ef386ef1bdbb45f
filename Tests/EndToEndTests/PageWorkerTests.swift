import Foundation
@testable import Layout
@testable import Pipeline
import XCTest

/// Pages are drawn on one thread and read on another: what comes back must be what one thread
/// gives, in page order, with no more than a few pages held at once.
final class PageWorkerTests: XCTestCase {
    func testResultsComeBackInOrderWithFewWaiting() {
        final class Count: @unchecked Sendable {
            let lock = NSLock(); var now = 0; var most = 0
            func change(_ d: Int) { lock.lock(); now += d; most = max(most, now); lock.unlock() }
        }
        let held = Count()
        let worker = OrderedWorker<Int, Int>(limit: 2) { n in
            if n % 7 == 0 { usleep(2000) }          // some pages take longer than others
            held.change(-1)
            return n * n
        }
        for n in 0..<200 { held.change(1); worker.submit(n) }
        XCTAssertEqual(worker.finish(), (0..<200).map { $0 * $0 })
        XCTAssertLessThanOrEqual(held.most, 4)       // two waiting, one being read, one being handed over
    }

    func testNothingSubmittedFinishesEmpty() {
        XCTAssertEqual(OrderedWorker<Int, Int> { $0 }.finish(), [])
    }

    func testBackgroundValueAndError() throws {
        struct Failed: Error {}
        XCTAssertEqual(try Background { (1...100).reduce(0, +) }.value(), 5050)
        XCTAssertThrowsError(try Background { () throws -> Int in throw Failed() }.value())
    }

    /// A page read on the worker is the page read in place: rulings from the render, glyph strokes out.
    func testDrawingLaysOutAsOnePassDoes() {
        var pixels = [UInt8](repeating: 255, count: 200 * 200)
        for x in 20..<380 where x < 200 { pixels[80 * 200 + x] = 0 }          // a rule at y = 40 pt
        for y in 80..<190 { pixels[y * 200 + 20] = 0 }                         // a column line at x = 10 pt
        let image = GrayImage(width: 200, height: 200, scale: 2, pixels: pixels)
        let drawing = PageDrawing(number: 3, width: 100, height: 100, chars: [], image: image)
        let layout = drawing.layout()
        XCTAssertEqual(layout.number, 3)
        XCTAssertEqual(layout.segments, RunDetector.segments(in: image) + Rulings.faintRules(in: image, segments: RunDetector.segments(in: image)))
        XCTAssertFalse(layout.segments.isEmpty)
        XCTAssertEqual(PageDrawing(number: 1, width: 100, height: 100, chars: [], image: nil).layout().segments, [])
    }
}
