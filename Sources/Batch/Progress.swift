import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a batch tells while it runs.
public protocol BatchProgress: AnyObject, Sendable {
    /// Planning is over: `total` documents, of which `skipped` need no work.
    func begin(total: Int, skipped: [ManifestRecord], toDo: Int)
    func finished(_ record: ManifestRecord)
    func end()
}

/// Counts and the time estimate, apart from how they are shown.
public struct ProgressState: Sendable {
    public var total = 0
    public var toDo = 0
    public var done = 0           // records finished, skipped ones included
    public var doneWork = 0       // documents that were actually run
    public var ok = 0, errors = 0, skipped = 0
    public var workStart = Date()

    public init() {}

    public mutating func count(_ r: ManifestRecord) {
        done += 1
        switch r.status {
        case .ok, .narrativeOnly: ok += 1; doneWork += 1
        case .error: errors += 1; doneWork += 1
        case .skipped: skipped += 1
        }
    }

    /// Seconds left, from the pace so far (parallel runs included); nil before the first document ends.
    public func eta(now: Date = Date()) -> Double? {
        guard doneWork > 0 else { return nil }
        let elapsed = now.timeIntervalSince(workStart)
        return elapsed / Double(doneWork) * Double(max(0, toDo - doneWork))
    }

    public static func clock(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 3600 ? String(format: "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60) : String(format: "%d:%02d", t / 60, t % 60)
    }

    /// `[█████░░░░░] 12/40  ok 10  error 1  skipped 1  0:42  ETA 1:58`, cut to `width`.
    public func bar(width: Int, now: Date = Date()) -> String {
        let cells = 24
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let full = min(cells, Int((fraction * Double(cells)).rounded(.down)))
        var s = "[" + String(repeating: "█", count: full) + String(repeating: "░", count: cells - full) + "]"
        s += " \(done)/\(total)  ok \(ok)  error \(errors)  skipped \(skipped)  \(Self.clock(now.timeIntervalSince(workStart)))"
        s += "  ETA " + (done == total ? "0:00" : eta(now: now).map(Self.clock) ?? "--:--")
        return s.count > width ? String(s.prefix(max(0, width - 1))) : s
    }
}

/// Shows progress on standard error: a bar redrawn in place on a terminal, one plain line per
/// document otherwise (logs, CI). `quiet` shows nothing.
public final class ConsoleProgress: BatchProgress, @unchecked Sendable {
    let tty: Bool
    let quiet: Bool
    let lock = NSLock()
    var state = ProgressState()
    var timer: DispatchSourceTimer?
    var drawn = false

    public init(tty: Bool = isatty(STDERR_FILENO) != 0, quiet: Bool = false) {
        self.tty = tty
        self.quiet = quiet
    }

    func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }

    static func width() -> Int {
        var ws = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 10 { return Int(ws.ws_col) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 10 { return c }
        return 80
    }

    func redraw() {     // lock held
        guard tty, !quiet else { return }
        write("\r\u{1B}[2K" + state.bar(width: Self.width()))
        drawn = true
    }

    func describe(_ r: ManifestRecord) -> String {
        switch r.status {
        case .ok:
            var parts = ["\(r.pages ?? 0) pages", "\(r.tables ?? 0) tables"]
            if let n = r.review_rows, n > 0 { parts.append("\(n) rows to review") }
            return "ok       \(r.file)  " + parts.joined(separator: ", ") + String(format: ", %.1f s", r.seconds)
        case .narrativeOnly:
            return "ok       \(r.file)  \(r.pages ?? 0) pages, narrative only (no tables)" + String(format: ", %.1f s", r.seconds)
        case .skipped:
            return "skipped  \(r.file)  (unchanged since the last run)"
        case .error:
            return "error    \(r.file)  \(r.error ?? "failed")" + String(format: " (%.1f s)", r.seconds)
        }
    }

    public func begin(total: Int, skipped: [ManifestRecord], toDo: Int) {
        lock.lock(); defer { lock.unlock() }
        state.total = total
        state.toDo = toDo
        state.workStart = Date()
        for r in skipped {
            state.count(r)
            if !tty && !quiet { write("[\(state.done)/\(total)] " + describe(r) + "\n") }
        }
        if tty && !quiet {
            if !skipped.isEmpty { write("\(skipped.count) of \(total) documents unchanged since the last run (--force redoes them)\n") }
            redraw()
            let t = DispatchSource.makeTimerSource(queue: .global())
            t.schedule(deadline: .now() + 1, repeating: 1)
            t.setEventHandler { [weak self] in
                guard let self else { return }
                self.lock.lock(); self.redraw(); self.lock.unlock()
            }
            t.resume()
            timer = t
        }
    }

    public func finished(_ r: ManifestRecord) {
        lock.lock(); defer { lock.unlock() }
        state.count(r)
        guard !quiet else { return }
        if tty {
            // Errors stay on screen above the bar; ok documents only move it on.
            if r.status == .error { write("\r\u{1B}[2K" + describe(r) + "\n") }
            redraw()
        } else {
            write("[\(state.done)/\(state.total)] " + describe(r) + "\n")
        }
    }

    public func end() {
        lock.lock(); defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        if tty && !quiet {
            redraw()
            write("\n")
        }
    }
}
