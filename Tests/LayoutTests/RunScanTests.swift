import XCTest
@testable import Layout

/// The chunked run scans give exactly the runs of a plain pixel-by-pixel scan.
final class RunScanTests: XCTestCase {
    /// The scans as they were written first: every pixel looked at, one at a time.
    func plainHorizontal(_ img: GrayImage, _ t: UInt8, minPx: Int) -> [RunDetector.Run] {
        var runs: [RunDetector.Run] = []
        for y in 0..<img.height {
            var x = 0
            while x < img.width {
                if img.pixels[y * img.width + x] < t {
                    let start = x
                    while x < img.width && img.pixels[y * img.width + x] < t { x += 1 }
                    if x - start >= minPx { runs.append(.init(line: y, lo: start, hi: x)) }
                } else { x += 1 }
            }
        }
        return runs
    }

    func plainVertical(_ img: GrayImage, _ t: UInt8, minPx: Int) -> [RunDetector.Run] {
        var runs: [RunDetector.Run] = []
        for x in 0..<img.width {
            var y = 0
            while y < img.height {
                if img.pixels[y * img.width + x] < t {
                    let start = y
                    while y < img.height && img.pixels[y * img.width + x] < t { y += 1 }
                    if y - start >= minPx { runs.append(.init(line: x, lo: start, hi: y)) }
                } else { y += 1 }
            }
        }
        return runs
    }

    /// A page-like bitmap: white, lines of several grays and lengths (some at the edges), filled
    /// blocks, and specks, at widths that are and are not multiples of 16.
    func bitmap(width: Int, height: Int, seed: UInt64) -> GrayImage {
        var rng = seed
        func next(_ n: Int) -> Int {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            return Int((rng >> 33) % UInt64(max(n, 1)))
        }
        var px = [UInt8](repeating: 255, count: width * height)
        let grays: [UInt8] = [0, 60, 109, 110, 150, 199, 200, 220, 235, 236, 250]
        for _ in 0..<40 {
            let g = grays[next(grays.count)]
            let x0 = next(width), y0 = next(height)
            let horizontal = next(2) == 0
            let length = next(horizontal ? width : height) + 1, thickness = next(4) + 1
            for a in 0..<length {
                for b in 0..<thickness {
                    let x = horizontal ? x0 + a : x0 + b, y = horizontal ? y0 + b : y0 + a
                    if x < width && y < height { px[y * width + x] = g }
                }
            }
        }
        for _ in 0..<5 {
            let g = grays[next(grays.count)], x0 = next(width), y0 = next(height), w = next(60), h = next(40)
            for y in y0..<min(height, y0 + h) { for x in x0..<min(width, x0 + w) { px[y * width + x] = g } }
        }
        for _ in 0..<300 { px[next(width * height)] = grays[next(grays.count)] }
        // Ink to the last column and row: runs that end at the border.
        for y in 0..<height where y % 7 == 0 { px[y * width + width - 1] = 0 }
        for x in 0..<width where x % 5 == 0 { px[(height - 1) * width + x] = 0 }
        return GrayImage(width: width, height: height, scale: 2, pixels: px)
    }

    func testChunkedScansFindThePlainScansRuns() {
        for (i, size) in [(1, 1), (15, 9), (16, 16), (17, 33), (200, 120), (333, 257), (1190, 80)].enumerated() {
            let img = bitmap(width: size.0, height: size.1, seed: UInt64(i + 1))
            for t: UInt8 in [110, 200, 236] {
                for minPx in [1, 12] {
                    XCTAssertEqual(RunDetector.horizontalRuns(img, t, minPx: minPx), plainHorizontal(img, t, minPx: minPx), "\(size) t=\(t)")
                    XCTAssertEqual(RunDetector.verticalRuns(img, t, minPx: minPx), plainVertical(img, t, minPx: minPx), "\(size) t=\(t)")
                }
            }
        }
    }
}
