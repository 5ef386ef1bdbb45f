import Crypto
import Foundation

/// Content hash of a document, as written in tables.json and the manifest.
public enum FileDigest {
    /// SHA-256 of a file's content in lower-case hex (as in tables.json), streamed; nil when unreadable.
    public static func sha256(path: String) -> String? {
        guard let fh = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? fh.close() }
        var h = SHA256()
        do {
            while let chunk = try fh.read(upToCount: 1 << 20), !chunk.isEmpty { h.update(data: chunk) }
        } catch { return nil }
        return h.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
