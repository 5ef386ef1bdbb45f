import Foundation
import Layout
import Output
import PDFDocument

/// `budgetpdf review`: finds the PDFs, draws the pictures, writes the page.
public enum ReviewBuilder {
    public struct Result {
        public var page: String
        public var imagesDir: String
        public var documents: Int
        public var rows: Int
        public var images: Int
        /// Tables that ask for review as a whole (listed at the page's top, whatever their rows).
        public var tables: Int = 0
    }

    /// The images folder beside the page: `review.html` → `review-images`.
    public static func imagesDirName(for page: String) -> String {
        let stem = ((page as NSString).lastPathComponent as NSString).deletingPathExtension
        return (stem.isEmpty ? "review" : stem) + "-images"
    }

    /// The page's file: `output` itself when it names an .html file, else `review.html` in the
    /// folder `output` names.
    public static func pagePath(for output: String) -> String {
        let ext = (output as NSString).pathExtension.lowercased()
        if ext == "html" || ext == "htm" { return output }
        return (output as NSString).appendingPathComponent("review.html")
    }

    /// `output`: the page, or a folder for it (see `pagePath`). `pdfs`: PDF files or folders
    /// where the documents' PDFs may be, matched by content, when they are not where they were read.
    @discardableResult
    public static func build(folders: [String], output: String, pdfs: [String] = [], created: Date = Date()) throws -> Result {
        let found = try ResultFolders.load(folders)
        var docs = ResultFolders.documents(found)
        let needing = docs.indices.filter { docs[$0].reviewRows > 0 }
        for i in needing { docs[i].pdf = try ResultFolders.resolvePDF(found[i], given: pdfs) }
        let output = pagePath(for: output)
        try FileManager.default.createDirectory(atPath: (output as NSString).deletingLastPathComponent.isEmpty ? "." : (output as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)

        let dirName = imagesDirName(for: output)
        let imagesDir = ((output as NSString).deletingLastPathComponent as NSString).appendingPathComponent(dirName)
        try FileManager.default.createDirectory(atPath: imagesDir, withIntermediateDirectories: true)

        // Plan every row's pictures, then draw them, one document per thread (PDFFile is not thread-safe).
        var plans: [String: RowImages] = [:]
        var specsByDoc: [[ImageSpec]] = Array(repeating: [], count: docs.count)
        var rows = 0
        for i in needing {
            let d = docs[i]
            for t in d.file.tables {
                for r in t.rows.indices where t.rows[r].review {
                    let hot = ImagePlan.hotColumns(t, row: r, documentChecks: d.file.checks)
                    let p = ImagePlan.plan(document: d.id, table: t, row: r, hot: hot)
                    plans[ReviewPage.rowID(d.id, t.number, r)] = p
                    specsByDoc[i] += [p.header, p.crop, p.page].compactMap { $0 }
                    rows += 1
                }
            }
        }
        let errors = ErrorBox()
        let jobs = needing.map { (docs[$0].pdf ?? "", specsByDoc[$0]) }
        DispatchQueue.concurrentPerform(iterations: jobs.count) { k in
            let (path, specs) = jobs[k]
            do {
                let file = try PDFFile(path: path)
                try ImageRenderer.render(specs, pdf: file, into: imagesDir)
            } catch let e as PDFError { errors.add(e.description) } catch { errors.add("\(path): \(error)") }
        }
        if let e = errors.first { throw ReviewError(e) }

        let html = ReviewPage.html(docs, images: { d, t, r in plans[ReviewPage.rowID(d.id, t.number, r)] },
                                   options: .init(imagesDir: dirName, created: created))
        do { try AtomicOutput.writeFile(output, Data(html.utf8)) } catch {
            throw ReviewError("\(output): cannot write (\(error.localizedDescription))")
        }
        let images = Set(specsByDoc.flatMap { $0.map(\.file) }).count
        return Result(page: output, imagesDir: imagesDir, documents: docs.count, rows: rows, images: images,
                      tables: docs.reduce(0) { $0 + $1.file.tables.filter { $0.review == true }.count })
    }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ m: String) { lock.lock(); messages.append(m); lock.unlock() }
    var first: String? { lock.lock(); defer { lock.unlock() }; return messages.first }
}
