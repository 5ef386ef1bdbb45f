import Foundation

/// Regular expressions compiled once and reused: `String.range(of:options: .regularExpression)`
/// compiles its pattern on every call, which showed as an eighth of a document's time.
public enum Pattern {
    nonisolated(unsafe) private static var cache: [String: NSRegularExpression] = [:]
    private static let lock = NSLock()

    public static func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock(); defer { lock.unlock() }
        if let r = cache[pattern] { return r }
        let r = try? NSRegularExpression(pattern: pattern)
        cache[pattern] = r
        return r
    }

    /// The first match of `pattern` in `text`, as `String.range(of:options:)` gives it.
    public static func firstMatch(_ text: String, _ pattern: String) -> Range<String.Index>? {
        guard let re = regex(pattern),
              let m = re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(m.range, in: text)
    }
}
