import ArgumentParser
import Batch
import Budget
import BudgetDB
import Foundation
import Output
import Pipeline

extension Extract {
    /// Many documents: each in a child process, then manifest.json/.csv and, with --db, the database.
    func runBatch() throws {
        let files = Discovery.documents(in: inputs)
        guard !files.isEmpty else { fail("no PDF files in \(inputs.joined(separator: ", "))") }
        do { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) } catch {
            fail("\(output): cannot create the output folder (\(error.localizedDescription))")
        }
        let yuan = self.yuan
        let options = BatchOptions(files: files, outputDir: output, jobs: jobs, timeout: timeout, force: force,
                                   arguments: { BatchOptions.extractOne($0, $1) + (yuan ? ["--yuan"] : []) })
        let (records, seconds) = BatchRunner.run(options, progress: ConsoleProgress(quiet: quiet))
        let manifest = Manifest(documents: records, seconds: seconds)
        do { try manifest.write(to: output) } catch { fail("\(output): cannot write the manifest (\(error.localizedDescription))") }
        var dbLine = ""
        if let db {
            do {
                let store = try BudgetDatabase(path: db)
                let problems = try store.load(records: records, outputDir: output)
                dbLine = "\nloaded \(records.count - problems.count) documents into \(db)"
                for p in problems { FileHandle.standardError.write(Data("budgetpdf: \(p): result unreadable, not loaded\n".utf8)) }
            } catch { fail("\(db): cannot write the database (\(error))") }
        }
        if !quiet {
            let c = manifest.counts
            print(String(format: "%d documents in %.1f s: %d ok, %d skipped, %d failed", records.count, seconds, c.ok, c.skipped, c.error)
                  + "\nwrote \((output as NSString).appendingPathComponent("manifest.json")) and manifest.csv" + dbLine)
        }
        if manifest.counts.error > 0 { throw ExitCode(1) }
    }

    /// `--db` with one document: its result joins the database like a batch's.
    func loadOne(file: String, into db: String) {
        do {
            let store = try BudgetDatabase(path: db)
            let entry = BudgetDatabase.Entry(path: Discovery.canonical(file), file: (file as NSString).lastPathComponent,
                                             sha256: FileDigest.sha256(path: file), status: "ok",
                                             folder: URL(fileURLWithPath: output).standardizedFileURL.path)
            try store.replace(entry, tables: try BudgetDatabase.readTables(folder: output))
        } catch { fail("\(db): cannot write the database (\(error))") }
    }
}

/// The child of a batch: one document, and its outcome as one JSON line on standard output.
struct ExtractOne: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-one", abstract: "Extract one PDF for a batch (used by `extract`).", shouldDisplay: false)
    @Argument(help: "The PDF file.") var file: String
    @Option(name: .shortAndLong, help: "Output folder.") var output: String
    @Flag(help: "Print the outcome as one JSON line on standard output.") var jsonStatus = false
    @Flag(help: "Write parsed values in 元.") var yuan = false

    func report(_ s: ChildStatus) {
        if jsonStatus { print(s.line()) }
    }

    func run() throws {
        let doc: BudgetDocument
        do { doc = try Extractor.extract(path: file) } catch {
            report(ChildStatus(status: .error, error: "\(error)"))
            fail("\(error)")
        }
        do { try Writer.write(doc, to: output, yuan: yuan) } catch {
            let message = "\(output): cannot write output (\(error.localizedDescription))"
            report(ChildStatus(status: .error, error: message))
            fail(message)
        }
        report(ChildStatus(status: .ok, pages: doc.info.pageCount, tables: doc.tables.count,
                           review_rows: doc.tables.reduce(0) { $0 + $1.rows.filter(\.review).count }))
    }
}
