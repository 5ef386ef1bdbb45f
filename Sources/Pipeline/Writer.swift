import Budget
import Foundation
import Output
import PDFDocument
import Tables
import Layout

/// Writes one document's results: tables.json and one CSV per table, whole or not at all.
public enum Writer {
    @discardableResult
    public static func write(_ doc: BudgetDocument, to dir: String, yuan: Bool = false, csv: CSVOptions = CSVOptions()) throws -> [String] {
        // The source's digest is read on a second thread while the tables are laid out here.
        let digest = Background { FileDigest.sha256(path: doc.source) }
        var file = TablesJSON.make(doc, sha256: nil, yuan: yuan)
        file.source.sha256 = try digest.value()
        // The JSON and the CSVs are made from the same values, independently: the JSON is
        // encoded on a second thread while the CSVs are made on this one.
        let json = Background { try TablesJSON.encode(file) }
        let csvs = CSVFiles.make(file, options: csv)
        let files: [(String, Data)] = [("tables.json", try json.value())] + csvs
        try AtomicOutput.writeFolder(dir, files: files)
        return files.map(\.0)
    }
}
