import ArgumentParser
import BudgetDB
import Batch
import Foundation
import Output
import Review

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a page listing every row to review beside a picture of where the PDF prints it.",
        discussion: """
        OUTDIR is a folder written by `extract`: one document's (tables.json) or a batch's (manifest.json). \
        The page (one HTML file, with its pictures in a folder beside it named after it: review.html → \
        review-images/) opens from disk. A person accepts rows or corrects cells there and saves a \
        corrections file for `budgetpdf apply`. See docs/review.md.
        """)
    @Argument(help: "Result folders of `extract` (single document or batch).") var outdirs: [String]
    @Option(name: .shortAndLong, help: "The HTML page to write (a name ending in .html), or a folder to write review.html in.") var output: String = "review.html"
    @Option(help: ArgumentHelp("A PDF, or a folder of PDFs, to look in (by content) for documents whose PDF is no longer where it was read; may be repeated.", valueName: "FILE-OR-FOLDER")) var pdf: [String] = []
    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false

    func run() throws {
        let started = Date()
        let r: ReviewBuilder.Result
        do { r = try ReviewBuilder.build(folders: outdirs, output: output, pdfs: pdf) } catch { fail("\(error)") }
        if !quiet {
            let docs = "\(r.documents) document\(r.documents == 1 ? "" : "s")"
            let tables = r.tables == 0 ? "" : ", \(r.tables) table\(r.tables == 1 ? "" : "s") to look at as a whole"
            print(r.rows == 0 && r.tables == 0 ? "nothing to review in \(docs)"
                  : "\(r.rows) row\(r.rows == 1 ? "" : "s") to review\(tables) in \(docs)")
            print(String(format: "wrote %@ and %d images in %@ (%.1f s)", r.page, r.images, r.imagesDir, Date().timeIntervalSince(started)))
        }
    }
}

struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a reviewer's corrections into tables.json and the CSVs, and check the figures again.",
        discussion: """
        Each decision of the corrections file (saved by the review page) goes to its document in OUTDIR \
        (matched by SHA-256): edited cells are replaced, every check runs again on the corrected figures, and \
        the rows' flags, confidence and review are set anew. Accepted and edited rows get a `reviewed` record. \
        Other files in the result folders are left alone.
        """)
    @Argument(help: "Result folder of `extract` (single document or batch).") var outdir: String
    @Argument(help: "Corrections file saved by the review page.") var corrections: String
    @Option(help: "SQLite database to load the corrected documents into.") var db: String?
    @Flag(help: "Report what would change; write nothing.") var dryRun = false

    func run() throws {
        let file: CorrectionsFile
        let result: CorrectionApplier.Result
        do {
            file = try CorrectionsFile.read(path: corrections)
            result = try CorrectionApplier.apply(outdir: outdir, corrections: file, dryRun: dryRun)
        } catch { fail("\(error)") }
        for line in CorrectionApplier.summary(result) { print(line) }
        if result.documents.isEmpty {
            fail(file.decisions.isEmpty ? "\(corrections): no decisions in it" : "\(corrections): none of its documents is in \(outdir)")
        }
        if let db, !dryRun {
            do {
                let store = try BudgetDatabase(path: db)
                for d in result.documents {
                    let pdf = (try? ResultFolders.resolvePDF(d.found)) ?? d.found.pdfCandidates.first ?? d.found.file.source.file
                    let entry = BudgetDatabase.Entry(path: Discovery.canonical(pdf), file: d.found.file.source.file,
                                                     sha256: d.found.file.source.sha256, status: "ok",
                                                     folder: URL(fileURLWithPath: d.folder).standardizedFileURL.path)
                    try store.replace(entry, tables: try BudgetDatabase.readTables(folder: d.folder))
                }
                print("reloaded \(result.documents.count) document\(result.documents.count == 1 ? "" : "s") into \(db)")
            } catch { fail("\(db): cannot write the database (\(error))") }
        }
    }
}
