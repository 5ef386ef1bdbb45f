import Foundation
import Output

/// Finding the documents of a batch and naming their result folders.
public enum Discovery {
    /// True when the command line asks for batch mode: more than one input, or any input that is a folder.
    public static func isBatch(_ inputs: [String]) -> Bool {
        inputs.count > 1 || inputs.contains(where: isDirectory)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
    }

    /// The files to convert: folders are searched recursively for `*.pdf` (any case, hidden files and
    /// folders left out); files named on the command line are taken as they are, PDF or not, so that a
    /// bad one is reported rather than silently dropped. Sorted within each folder, duplicates removed
    /// (the same file reached twice), in the order of the inputs.
    public static func documents(in inputs: [String]) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        func add(_ p: String) {
            let key = canonical(p)
            if seen.insert(key).inserted { out.append(p) }
        }
        for input in inputs {
            if isDirectory(input) {
                for p in pdfs(under: input) { add(p) }
            } else {
                add(input)
            }
        }
        return out
    }

    /// Every `*.pdf` (case-insensitive) below a folder, sorted by path.
    public static func pdfs(under dir: String) -> [String] {
        let root = URL(fileURLWithPath: dir)
        guard let e = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        let prefix = dir.hasSuffix("/") ? dir : dir + "/"
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in e where url.pathExtension.lowercased() == "pdf" {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            // Keep the path in the form the user gave it (relative stays relative).
            let full = url.standardizedFileURL.path
            let rel = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            found.append(prefix + rel)
        }
        return found.sorted()
    }

    /// Absolute path with symbolic links resolved: the identity of a file.
    public static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// One result folder name per document: the file's stem, or, where two documents share a stem
    /// (ignoring case, for case-insensitive file systems), the stem and 8 hex digits of a hash of the
    /// document's absolute path, so each of them keeps its name from run to run.
    public static func folderNames(for paths: [String]) -> [String] {
        let stems = paths.map(stem)
        var count: [String: Int] = [:]
        for s in stems { count[s.lowercased(), default: 0] += 1 }
        var names = zip(paths, stems).map { path, s in
            count[s.lowercased(), default: 0] > 1 ? s + "-" + shortHash(canonical(path)) : s
        }
        // A stem that happens to look like "other-1a2b3c4d" could still clash; number what is left.
        var used = Set<String>()
        for i in names.indices {
            var n = names[i], k = 2
            while used.contains(n.lowercased()) { n = names[i] + "-\(k)"; k += 1 }
            names[i] = n
            used.insert(n.lowercased())
        }
        return names
    }

    /// The file name without its extension, made safe as a folder name.
    public static func stem(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        var s = (name as NSString).deletingPathExtension
        if s.isEmpty || s == "." || s == ".." { s = "document" }
        if s.hasPrefix(".") { s = "_" + s.dropFirst() }     // no hidden result folders
        return s
    }

    static func shortHash(_ s: String) -> String {
        String(FileDigest.sha256(Data(s.utf8)).prefix(8))
    }
}

