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
        let sha = FileDigest.sha256(path: doc.source)
        let file = TablesJSON.make(doc, sha256: sha, yuan: yuan)
        let files: [(String, Data)] = [("tables.json", try TablesJSON.encode(file))] + CSVFiles.make(file, options: csv)
        try AtomicOutput.writeFolder(dir, files: files)
        return files.map(\.0)
    }
}
