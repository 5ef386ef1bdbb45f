import Foundation
import Output

/// One of N parts of a batch, so that N machines (or N array tasks of a cluster scheduler) can
/// each take their own share of the same input folder without talking to each other.
///
/// A document belongs to shard `key % N`, where the key is a hash of its content (its size and
/// first 64 KiB), not of its path: every machine agrees wherever the shared volume is mounted,
/// a re-run takes exactly the same files, and the same PDF under two names lands in one shard.
/// Only a sample of each file is read, because every shard has to look at every input.
public struct Shard: Equatable, Sendable, Codable, CustomStringConvertible {
    /// 0-based: 0 ≤ index < count (as Kubernetes' JOB_COMPLETION_INDEX counts).
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) { self.index = index; self.count = count }

    public var description: String { "\(index)/\(count)" }

    /// Bytes from the start of a file that go into its shard key.
    static let sampleBytes = 64 * 1024

    public enum ParseError: Error, CustomStringConvertible, Equatable {
        case syntax(String), range(String), noIndexInEnvironment
        public var description: String {
            switch self {
            case .syntax(let s): return "--shard \(s): expected K/N (K counted from 0, e.g. 0/4 … 3/4) or auto/N"
            case .range(let s): return "--shard \(s): K must be 0 … N-1 and N at least 1"
            case .noIndexInEnvironment:
                return "--shard auto/N: neither JOB_COMPLETION_INDEX (Kubernetes) nor SLURM_ARRAY_TASK_ID (Slurm) is set"
            }
        }
    }

    /// `K/N` with K counted from 0, or `auto/N`: K from `JOB_COMPLETION_INDEX` (a Kubernetes
    /// Indexed Job, 0-based) or else `SLURM_ARRAY_TASK_ID` minus `SLURM_ARRAY_TASK_MIN` (a Slurm
    /// job array, whatever number it starts from).
    public static func parse(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Shard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let n = Int(parts[1]) else { throw ParseError.syntax(text) }
        let k: Int
        if parts[0] == "auto" {
            if let v = environment["JOB_COMPLETION_INDEX"], let i = Int(v) {
                k = i
            } else if let v = environment["SLURM_ARRAY_TASK_ID"], let i = Int(v) {
                k = i - (environment["SLURM_ARRAY_TASK_MIN"].flatMap { Int($0) } ?? 0)
            } else { throw ParseError.noIndexInEnvironment }
        } else {
            guard let i = Int(parts[0]) else { throw ParseError.syntax(text) }
            k = i
        }
        guard n >= 1, k >= 0, k < n else { throw ParseError.range(text) }
        return Shard(index: k, count: n)
    }

    /// The shard key of a file: the first 8 bytes of SHA-256 over its size and first 64 KiB.
    /// nil when the file cannot be read (it then goes to shard 0, which reports it).
    public static func key(path: String) -> UInt64? {
        guard let fh = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? fh.close() }
        guard let size = try? fh.seekToEnd(), (try? fh.seek(toOffset: 0)) != nil,
              let head = try? fh.read(upToCount: sampleBytes) else { return nil }
        return key(size: size, head: head ?? Data())
    }

    static func key(size: UInt64, head: Data) -> UInt64 {
        let hex = FileDigest.sha256(Data("\(size)\n".utf8) + head)
        return UInt64(hex.prefix(16), radix: 16) ?? 0
    }

    /// Whether this shard takes the file. Unreadable files go to shard 0, so that exactly one
    /// shard records them as errors.
    public func takes(path: String) -> Bool {
        guard let k = Self.key(path: path) else { return index == 0 }
        return Int(k % UInt64(count)) == index
    }
}
