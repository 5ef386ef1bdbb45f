import Foundation

/// Regular expressions compiled once and reused: `String.range(of:options: .regularExpression)`
/// compiles its pattern on every call, which showed as an eighth of a document's time.
public enum Pattern {
    nonisolated(unsafe) private static var cache: [Key: NSRegularExpression] = [:]
    private static let lock = NSLock()

    /// A pattern as the cache's key, hashed and compared by its UTF-8 bytes: a String's own hash
    /// normalises its text first, which for patterns holding Chinese cost more than the match.
    private struct Key: Hashable {
        let pattern: String
        func hash(into hasher: inout Hasher) {
            for b in pattern.utf8 { hasher.combine(b) }
        }
        static func == (a: Key, b: Key) -> Bool { a.pattern.utf8.elementsEqual(b.pattern.utf8) }
    }

    public static func regex(_ pattern: String) -> NSRegularExpression? {
        let key = Key(pattern: pattern)
        lock.lock(); defer { lock.unlock() }
        if let r = cache[key] { return r }
        let r = try? NSRegularExpression(pattern: pattern)
        cache[key] = r
        return r
    }

    /// The first match of `pattern` in `text`, as `String.range(of:options:)` gives it.
    public static func firstMatch(_ text: String, _ pattern: String) -> Range<String.Index>? {
        guard let re = regex(pattern),
              let m = re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(m.range, in: text)
    }
}
