import ArgumentParser
import Batch
import Budget
import Foundation
import Layout
import Output
import PDFDocument
import Pipeline

struct BudgetPDF: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budgetpdf",
        abstract: "Turn department-budget PDFs (部门预算) into checked tables: JSON, CSV.",
        version: TablesJSON.version,
        subcommands: [Extract.self, Merge.self, Check.self, Debug.self, Review.self, Apply.self, ExtractOne.self])
}

/// Prints one line to standard error and exits non-zero: the shape of every user-facing failure.
func fail(_ message: String, code: Int32 = 1) -> Never {
    LibraryLog.writeError("budgetpdf: " + message + "\n")
    exit(code)
}

/// The settings a `--settings-file` sets over the standard ones, or one clear line and exit 1.
func loadSettings(_ path: String?) -> ExtractionSettings {
    guard let path else { return .standard }
    guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot read the settings file") }
    do { return try ExtractionSettings.overriding(with: data) } catch { fail("\(path): \(error)") }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract every table of one or many budget PDFs into OUTDIR.",
        discussion: """
        With one PDF, OUTDIR receives its tables.json and one CSV per table. With several inputs, or a folder \
        (searched recursively for *.pdf), each document gets OUTDIR/<name>/ and OUTDIR has manifest.json and \
        manifest.csv; documents already done by this version are skipped unless --force.
        """)
    @Argument(help: "PDF files, or folders holding them.") var inputs: [String]
    @Option(name: .shortAndLong, help: "Output folder.") var output: String
    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false
    @Option(help: "Documents converted at once (batch).") var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "Seconds one document may take before it is stopped.") var timeout: Double = 120
    @Flag(help: "Convert documents again even when their result is up to date (batch).") var force = false
    @Option(help: "SQLite database that receives every document (created if need be).") var db: String?
    @Flag(help: "Write every parsed value (`values`) in 元, exactly, whatever unit the table prints; the printed cells stay as they are.") var yuan = false
    @Option(help: ArgumentHelp("Do only shard K of N of the batch (K counted from 0), chosen by content hash so that every machine agrees; auto/N takes K from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID.", valueName: "K/N")) var shard: String?
    @Flag(help: "Per-table CSVs: amount cells as plain numbers (in the unit of `values`) instead of the printed text.") var csvNumbers = false
    @Flag(help: "Start every CSV with a UTF-8 byte order mark, for Excel.") var bom = false
    @Option(help: ArgumentHelp("JSON file setting some of the extraction settings (docs/settings.md; `budgetpdf debug --settings` prints them all).", valueName: "FILE")) var settingsFile: String?

    var csvOptions: CSVOptions { CSVOptions(bom: bom, numbers: csvNumbers) }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        if let shard { do { _ = try Shard.parse(shard) } catch { throw ValidationError("\(error)") } }
    }

    func run() throws {
        if Discovery.isBatch(inputs) || shard != nil { return try runBatch() }
        let file = inputs[0]
        let doc = extract(file, within: timeout, settings: loadSettings(settingsFile))
        do {
            let written = try Writer.write(doc, to: output, yuan: yuan, csv: csvOptions)
            if !quiet { print(Summary.text(doc, folder: output, files: written)) }
        } catch { fail("\(output): cannot write output (\(error.localizedDescription))") }
        if let db { loadOne(file: file, into: db) }
    }
}

/// Extracts one document, or gives up after `seconds` with one line and exit status 1: a hostile
/// file cannot hang a script. The work runs on a thread of its own; on time-out the process ends
/// at once (`_exit`), with nothing written, whatever that thread is doing.
func extract(_ file: String, within seconds: Double, settings: ExtractionSettings = .standard) -> BudgetDocument {
    final class Outcome: @unchecked Sendable { var result: Result<BudgetDocument, Error>? }
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    let worker = Thread {
        outcome.result = Result { try Extractor.extract(path: file, settings: settings) }
        done.signal()
    }
    worker.stackSize = 64 << 20     // as deep as the main thread may go, and more
    worker.start()
    guard done.wait(timeout: .now() + seconds) == .success, let result = outcome.result else {
        LibraryLog.writeError("budgetpdf: \(file): timed out after \(String(format: "%g", seconds)) s (--timeout)\n")
        _exit(1)
    }
    switch result {
    case .success(let doc): return doc
    case .failure(let error): fail("\(error)")
    }
}

struct Debug: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render a page with the rulings, cells, header and tables found drawn over it.")
    @Argument(help: "The PDF file.") var file: String
    @Option(help: "Page number (1-based).") var page: Int = 1
    @Option(name: .shortAndLong, help: "PNG file to write.") var output: String?
    @Option(help: "Pixels per point.") var scale: Double = 2
    @Flag(help: "Also print the ruling lines and cells found, as text.") var list = false
    @Flag(help: "Print the extraction settings in force (tolerances of the layout and table stages, docs/settings.md).")
    var settings = false
    @Option(help: ArgumentHelp("JSON file setting some of the extraction settings.", valueName: "FILE")) var settingsFile: String?

    func validate() throws {
        guard output != nil || list || settings else { throw ValidationError("nothing to do: give -o FILE.png, --list or --settings") }
    }

    func run() throws {
        let inForce = loadSettings(settingsFile)
        if settings { print(DebugOverlay.settingsListing(inForce)) }
        guard output != nil || list else { return }
        do {
            let pdf = try PDFFile(path: file)
            guard page >= 1 && page <= pdf.pageCount else { fail("\(file): page \(page) is out of range 1–\(pdf.pageCount)") }
            if let output {
                try pdf.renderPNG(page: page, scale: scale, overlays: DebugOverlay.overlays(pdf: pdf, page: page, settings: inForce), to: output)
            }
            if list { print(DebugOverlay.listing(pdf: pdf, page: page, settings: inForce)) }
            if let output { print("wrote \(output)") }
        } catch let e as PDFError { fail(e.description) } catch { fail("\(error)") }
    }
}

BudgetPDF.main()
