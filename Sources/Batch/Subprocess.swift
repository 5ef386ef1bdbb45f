import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The line a child (`budgetpdf extract-one … --json-status`) prints last on standard output.
public struct ChildStatus: Codable, Equatable, Sendable {
    public var status: DocStatus          // ok or error
    public var error: String?
    public var sha256: String?
    public var pages: Int?
    public var tables: Int?
    public var review_rows: Int?
    public init(status: DocStatus, error: String? = nil, sha256: String? = nil, pages: Int? = nil, tables: Int? = nil, review_rows: Int? = nil) {
        self.status = status; self.error = error; self.sha256 = sha256; self.pages = pages; self.tables = tables; self.review_rows = review_rows
    }

    public func line() -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? enc.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// The last line of `output` that decodes as a status.
    public static func parse(_ output: String) -> ChildStatus? {
        for line in output.split(whereSeparator: \.isNewline).reversed() where line.hasPrefix("{") {
            if let s = try? JSONDecoder().decode(ChildStatus.self, from: Data(line.utf8)) { return s }
        }
        return nil
    }
}

/// How a child process ended.
public enum ChildEnd: Equatable, Sendable {
    case exited(Int32)
    case signaled(Int32)
    case timedOut
    case couldNotStart(String)
}

public struct ChildResult: Sendable {
    public var end: ChildEnd
    public var stdout: String
    public var stderr: String
    public var seconds: Double
}

final class Watch: @unchecked Sendable {
    let lock = NSLock()
    var finished = false
    var timedOut = false
}

/// Runs one child process with a time limit. Output goes to temporary files (no pipes to drain),
/// standard input is /dev/null; past the limit the child gets SIGKILL.
public enum Subprocess {
    public static func run(_ executable: String, _ arguments: [String], timeout: Double) -> ChildResult {
        let start = Date()
        let tmp = FileManager.default.temporaryDirectory
            .appendingPathComponent("budgetpdf-child-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let outPath = tmp.appendingPathComponent("stdout").path
        let errPath = tmp.appendingPathComponent("stderr").path

        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attr = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        var attr: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        // A clean signal state in the child, whatever this process blocks or ignores.
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for s in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attr, argv, environ)
        guard rc == 0 else {
            return ChildResult(end: .couldNotStart("\(executable): \(String(cString: strerror(rc)))"),
                               stdout: "", stderr: "", seconds: Date().timeIntervalSince(start))
        }

        // Wait without polling; a timer kills the child at the deadline. The child is only reaped
        // after `finished` is set (waitid with WNOWAIT leaves it a zombie), so the timer can never
        // signal a process that reused its pid.
        let watch = Watch()
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + max(0, timeout))
        timer.setEventHandler {
            watch.lock.lock()
            if !watch.finished { watch.timedOut = true; kill(pid, SIGKILL) }
            watch.lock.unlock()
        }
        timer.resume()
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
        watch.lock.lock(); watch.finished = true; watch.lock.unlock()
        timer.cancel()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let end: ChildEnd = watch.timedOut ? .timedOut : decode(status)
        let seconds = Date().timeIntervalSince(start)
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return ChildResult(end: end, stdout: out, stderr: err, seconds: seconds)
    }

    /// WIFEXITED / WTERMSIG by hand: the C macros are not imported into Swift.
    static func decode(_ status: Int32) -> ChildEnd {
        let sig = status & 0x7f
        return sig == 0 ? .exited((status >> 8) & 0xff) : .signaled(sig)
    }

    public static func signalName(_ sig: Int32) -> String {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGILL: "SIGILL",
                                      SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGTRAP: "SIGTRAP",
                                      SIGINT: "SIGINT", SIGPIPE: "SIGPIPE"]
        let text = strsignal(sig).map { String(cString: $0) } ?? "signal \(sig)"
        return "\(names[sig] ?? "signal \(sig)"), \(text)"
    }

    /// The path of the running executable (/proc/self/exe on Linux).
    public static func currentExecutable() -> String {
        #if os(Linux)
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}
