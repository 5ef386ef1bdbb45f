import Batch
import Foundation
import Output

/// `budgetpdf apply`: sends each decision of a corrections file to its document's result folder.
public enum CorrectionApplier {
    public struct DocumentOutcome {
        public var folder: String
        public var found: ResultFolders.Found
        public var outcome: Reviser.Outcome
    }

    public struct Result {
        public var documents: [DocumentOutcome] = []
        /// Decisions for documents that are not in the folder.
        public var unmatched: [String] = []
    }

    /// Applies and writes. `dryRun` leaves the files alone.
    public static func apply(outdir: String, corrections: CorrectionsFile, now: Date = Date(), dryRun: Bool = false) throws -> Result {
        let found = try ResultFolders.load([outdir])
        var groups: [Int: [CorrectionsFile.Decision]] = [:]
        var result = Result()
        for d in corrections.decisions {
            var match: Int?
            if let sha = d.document.sha256 {
                match = found.firstIndex { $0.file.source.sha256 == sha }
            } else {
                let same = found.indices.filter { found[$0].file.source.file == d.document.file }
                if same.count == 1 { match = same[0] }
            }
            guard let i = match else {
                result.unmatched.append("\(d.document.file) table \(d.table) row \(d.row + 1)")
                continue
            }
            groups[i, default: []].append(d)
        }
        for (i, decisions) in groups.sorted(by: { $0.key < $1.key }) {
            let f = found[i]
            let out = Reviser.apply(decisions, to: f.file, reviewer: corrections.reviewer, now: now)
            if !dryRun { try Reviser.write(out, folder: f.folder) }
            result.documents.append(DocumentOutcome(folder: f.folder, found: f, outcome: out))
        }
        // A batch's manifest counts the rows to review: keep it true.
        if !dryRun, let dir = found.first?.manifestDir, !result.documents.isEmpty, var m = try? Manifest.read(from: dir) {
            for d in result.documents {
                let sub = (d.folder as NSString).lastPathComponent
                for k in m.documents.indices where m.documents[k].folder == sub {
                    m.documents[k].review_rows = d.outcome.reviewAfter
                }
            }
            try m.write(to: dir)
        }
        return result
    }

    /// One line per document: what changed.
    public static func summary(_ r: Result) -> [String] {
        var lines: [String] = []
        for d in r.documents {
            let o = d.outcome
            var s = "\(d.folder): \(o.edited) row\(o.edited == 1 ? "" : "s") edited (\(o.cellsChanged) cell\(o.cellsChanged == 1 ? "" : "s")), \(o.accepted) accepted"
            s += "; rows to review \(o.reviewBefore) → \(o.reviewAfter), failed checks \(o.failedChecksBefore) → \(o.failedChecksAfter)"
            lines.append(s)
            for x in o.refused { lines.append("  not applied: \(x)") }
        }
        for u in r.unmatched { lines.append("not in this folder: \(u)") }
        return lines
    }
}
