import ArgumentParser
import Budget
import Foundation
import Output
import PDFDocument
import Pipeline

struct BudgetPDF: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budgetpdf",
        abstract: "Turn department-budget PDFs (部门预算) into checked tables: JSON, CSV.",
        version: TablesJSON.version,
        subcommands: [Extract.self, Debug.self])
}

/// Prints one line to standard error and exits non-zero: the shape of every user-facing failure.
func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data(("budgetpdf: " + message + "\n").utf8))
    exit(code)
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Extract every table of a budget PDF into OUTDIR.")
    @Argument(help: "The PDF file.") var file: String
    @Option(name: .shortAndLong, help: "Output folder (tables.json and one CSV per table).") var output: String
    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false

    func run() throws {
        let doc: BudgetDocument
        do { doc = try Extractor.extract(path: file) } catch { fail("\(error)") }
        do {
            let written = try Writer.write(doc, to: output)
            if !quiet { print(Summary.text(doc, folder: output, files: written)) }
        } catch { fail("\(output): cannot write output (\(error.localizedDescription))") }
    }
}

struct Debug: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render a page with the rulings, cells, header and tables found drawn over it.")
    @Argument(help: "The PDF file.") var file: String
    @Option(help: "Page number (1-based).") var page: Int = 1
    @Option(name: .shortAndLong, help: "PNG file to write.") var output: String
    @Option(help: "Pixels per point.") var scale: Double = 2

    func run() throws {
        do {
            let pdf = try PDFFile(path: file)
            guard page >= 1 && page <= pdf.pageCount else { fail("\(file): page \(page) is out of range 1–\(pdf.pageCount)") }
            try pdf.renderPNG(page: page, scale: scale, overlays: DebugOverlay.overlays(pdf: pdf, page: page), to: output)
            print("wrote \(output)")
        } catch let e as PDFError { fail(e.description) } catch { fail("\(error)") }
    }
}

BudgetPDF.main()
