import ArgumentParser
import Budget
import Foundation
import Pipeline

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the failed checks and the rows to review, with their pages.",
        discussion: "Exit status: 0 when every check holds, 2 when some check failed, 1 when the file cannot be read.")
    @Argument(help: "The PDF file.") var file: String
    @Flag(help: "Also list the checks that hold.") var all = false
    @Option(help: ArgumentHelp("JSON file setting some of the extraction settings (docs/settings.md).", valueName: "FILE")) var settingsFile: String?

    func run() throws {
        let doc: BudgetDocument
        do { doc = try Extractor.extract(path: file, settings: loadSettings(settingsFile)) } catch { fail("\(error)") }
        print(CheckReport.text(doc, includePassing: all))
        let failed = doc.tables.flatMap(\.checks).filter { !$0.passed }.count + doc.checks.filter { !$0.passed }.count
        if failed > 0 { throw ExitCode(2) }
    }
}
