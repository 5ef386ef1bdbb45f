import CPoppler
import Foundation

/// What GLib and poppler say while a PDF is read. A damaged file makes them talk: GLib's
/// warnings and criticals go through g_log, and poppler's cairo font code writes straight to
/// the standard error stream. Neither may reach the user, who gets one line per failure: GLib's
/// log comes here, and standard error is closed to the libraries while they work on a PDF.
/// `BUDGETPDF_LIBRARY_LOG=1` lets both through, for debugging.
public enum LibraryLog {
    static let passThrough = ProcessInfo.processInfo.environment["BUDGETPDF_LIBRARY_LOG"] == "1"

    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [String] = []
    nonisolated(unsafe) private static var quietDepth = 0
    nonisolated(unsafe) private static var savedStderr: Int32 = -1

    /// The last messages GLib logged (at most 20), newest last.
    public static var recent: [String] { lock.lock(); defer { lock.unlock() }; return kept }

    static func keep(_ line: String) {
        lock.lock(); defer { lock.unlock() }
        kept.append(line)
        if kept.count > 20 { kept.removeFirst(kept.count - 20) }
    }

    private static let installed: Void = {
        guard !passThrough else { return }
        g_log_set_default_handler({ domain, level, message, _ in
            let d = domain.map { String(cString: $0) } ?? "GLib"
            LibraryLog.keep("\(d): \(message.map { String(cString: $0) } ?? "")")
        }, nil)
    }()

    /// Routes GLib's log here (once per process).
    public static func install() { _ = installed }

    /// Writes to the user's standard error, even while the libraries' is closed.
    public static func writeError(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        let fd = savedStderr >= 0 ? savedStderr : STDERR_FILENO
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            done += n
        }
    }

    /// Runs `body` with the standard error stream pointed at /dev/null (nested and
    /// concurrent calls share one redirection; the stream comes back when the last one ends).
    public static func quietly<T>(_ body: () throws -> T) rethrows -> T {
        guard !passThrough else { return try body() }
        lock.lock()
        if quietDepth == 0 {
            fflush(stderr)
            let null = open("/dev/null", O_WRONLY)
            if null >= 0 {
                savedStderr = dup(STDERR_FILENO)
                dup2(null, STDERR_FILENO)
                close(null)
            }
        }
        quietDepth += 1
        lock.unlock()
        defer {
            lock.lock()
            quietDepth -= 1
            if quietDepth == 0, savedStderr >= 0 {
                fflush(stderr)
                dup2(savedStderr, STDERR_FILENO)
                close(savedStderr)
                savedStderr = -1
            }
            lock.unlock()
        }
        return try body()
    }
}
