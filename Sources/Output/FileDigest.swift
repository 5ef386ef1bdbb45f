import CGLib
import Foundation

/// Content hash of a document, as written in tables.json and the manifest.
/// SHA-256 comes from GLib's GChecksum: GLib is linked already through poppler-glib, and a
/// crypto package would cost minutes of every fresh build for one hash per file.
public enum FileDigest {
    /// SHA-256 of a file's content in lower-case hex (as in tables.json), streamed; nil when unreadable.
    public static func sha256(path: String) -> String? {
        guard let fh = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? fh.close() }
        let h = Hasher256()
        do {
            while let chunk = try fh.read(upToCount: 1 << 20), !chunk.isEmpty { h.update(chunk) }
        } catch { return nil }
        return h.hex()
    }

    /// SHA-256 of bytes in memory, lower-case hex.
    public static func sha256(_ data: Data) -> String {
        let h = Hasher256()
        h.update(data)
        return h.hex()
    }

    /// A GChecksum owned by one Swift value; freed with it.
    private final class Hasher256 {
        private let checksum: OpaquePointer
        init() { checksum = g_checksum_new(G_CHECKSUM_SHA256) }
        deinit { g_checksum_free(checksum) }
        func update(_ data: Data) {
            data.withUnsafeBytes { raw in
                guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return }
                g_checksum_update(checksum, base, raw.count)
            }
        }
        func hex() -> String { String(cString: g_checksum_get_string(checksum)) }
    }
}
