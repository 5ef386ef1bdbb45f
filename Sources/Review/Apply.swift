import Budget
import Foundation
import Layout
import Output
import Tables

/// Writes a person's decisions into a document's tables.json: edits the cells, re-runs every
/// check on the corrected figures and sets each row's flags, confidence and review anew.
public enum Reviser {
    /// What applying did to one document.
    public struct Outcome {
        public var file: TablesFile
        public var document: BudgetDocument
        public var accepted = 0
        public var edited = 0
        public var cellsChanged = 0
        /// One line per decision that was not applied (row changed since the page was made, …).
        public var refused: [String] = []
        public var reviewBefore = 0
        public var reviewAfter = 0
        public var failedChecksBefore = 0
        public var failedChecksAfter = 0
    }

    /// Rebuilds the document model from a tables.json (cells parsed anew, check results cleared).
    /// `keepFlags(table, row)` says whether the extraction flags of a row stay.
    public static func rebuild(_ f: TablesFile, keepFlags: (Int, Int) -> Bool = { _, _ in true }) -> BudgetDocument {
        let tables = f.tables.map { t -> BudgetTable in
            let rows = t.rows.enumerated().map { i, r -> BudgetRow in
                let flags = keepFlags(t.number, i) ? Set(r.flags).subtracting(Flag.setByChecks) : []
                return BudgetRow(cells: r.cells, page: r.page, box: rect(r.box), cellBoxes: r.cell_boxes.map(rect), flags: flags)
            }
            let columns = t.columns.enumerated().map { c, col -> Column in
                let boxes = t.rows.compactMap { c < $0.cell_boxes.count ? rect($0.cell_boxes[c]) : nil }
                return Column(path: col.path, box: boxes.dropFirst().reduce(boxes.first ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)) { $0.union($1) },
                              block: col.block.map { $0 - 1 })
            }
            var table = BudgetTable(number: t.number, kind: TableKind(rawValue: t.kind) ?? .other, code: t.code, title: t.title,
                                    department: t.department, unit: t.unit, pages: t.pages,
                                    regions: t.regions.map { PageRegion(page: $0.page, box: rect($0.box)) },
                                    headerRows: t.header_rows, columns: columns, rows: rows, notes: t.notes)
            // What extraction said of the table stays; what the checks said is worked out anew.
            table.flags = Set(t.flags ?? []).subtracting(Flag.setByChecks)
            return table
        }
        var info = DocumentInfo(title: f.document.title, department: f.document.department, year: f.document.year,
                                unit: f.document.unit, pageCount: f.source.pages, producer: f.source.producer)
        info.type = f.document.type.flatMap(DocumentType.init(rawValue:)) ?? .budget
        return BudgetDocument(source: f.source.file, info: info, tables: tables, narrative: f.narrative ?? [], facts: f.facts ?? [])
    }

    static func rect(_ b: [Double]) -> Rect {
        b.count == 4 ? Rect(x0: b[0], y0: b[1], x1: b[2], y1: b[3]) : Rect(x0: 0, y0: 0, x1: 0, y1: 0)
    }

    /// Whether the file's values were written in 元 (`extract --yuan`): kept so on rewrite.
    static func isYuan(_ f: TablesFile) -> Bool {
        f.tables.contains { t in t.value_unit == "元" && t.unit != nil && t.unit != "元" }
    }

    /// Applies the decisions meant for this document (the caller picks them) and re-checks it:
    /// cells edited and reviewed records kept, every check run again, reviewed rows trusted.
    public static func apply(_ decisions: [CorrectionsFile.Decision], to original: TablesFile, reviewer: String? = nil,
                             now: Date = Date()) -> Outcome {
        var f = original
        var out = Outcome(file: f, document: BudgetDocument(source: f.source.file, info: DocumentInfo(), tables: []))
        out.reviewBefore = f.tables.reduce(0) { $0 + $1.rows.filter(\.review).count }
        out.failedChecksBefore = (f.tables.flatMap(\.checks) + f.checks).filter { !$0.passed }.count
        let stamp = ISO8601DateFormatter().string(from: now)

        // 1. Cells and reviewed records. Later decisions on the same row win over earlier ones.
        var reviewed = existingReviews(f)
        for d in decisions {
            switch decide(d, in: &f, original: original, reviewed: &reviewed, by: d.by ?? reviewer, at: d.at ?? stamp) {
            case .refused(let why): out.refused.append("table \(d.table) row \(d.row + 1): \(why)")
            case .accepted: out.accepted += 1
            case .edited(let cells): out.edited += 1; out.cellsChanged += cells
            }
        }

        // 2. Re-check. An edited row loses its extraction flags (its text is now the person's);
        //    other rows keep theirs.
        var doc = rebuild(f) { t, r in reviewed["\(t)/\(r)"]?.edited.isEmpty ?? true }
        Checking.run(&doc)
        trustReviewed(&doc, reviewed)

        let file = written(doc, original: original, reviewed: reviewed)
        out.file = file
        out.document = doc
        out.reviewAfter = file.tables.reduce(0) { $0 + $1.rows.filter(\.review).count }
        out.failedChecksAfter = (file.tables.flatMap(\.checks) + file.checks).filter { !$0.passed }.count
        return out
    }

    /// The reviewed records already in the file, by "table/row".
    static func existingReviews(_ f: TablesFile) -> [String: TablesFile.Reviewed] {
        var reviewed: [String: TablesFile.Reviewed] = [:]
        for t in f.tables {
            for (ri, r) in t.rows.enumerated() { if let rv = r.reviewed { reviewed["\(t.number)/\(ri)"] = rv } }
        }
        return reviewed
    }

    /// What one decision did.
    enum Decided: Equatable { case refused(String), accepted, edited(cells: Int) }

    /// Applies one decision to the file's cells and records it in `reviewed`, or refuses it
    /// (no such row, the row changed since it was reviewed, an edit of a cell that is not there
    /// or no longer reads as the reviewer saw it).
    static func decide(_ d: CorrectionsFile.Decision, in f: inout TablesFile, original: TablesFile,
                       reviewed: inout [String: TablesFile.Reviewed], by: String?, at: String) -> Decided {
        guard let ti = f.tables.firstIndex(where: { $0.number == d.table }), original.tables.indices.contains(ti) else {
            return .refused("the document has no table \(d.table)")
        }
        guard d.row >= 0, d.row < f.tables[ti].rows.count, d.row < original.tables[ti].rows.count else {
            return .refused("table \(d.table) has \(f.tables[ti].rows.count) rows")
        }
        let was = original.tables[ti].rows[d.row]
        if let seen = d.was, seen != was.cells { return .refused("the row in tables.json is not the one reviewed (extracted again since?)") }
        var row = f.tables[ti].rows[d.row]
        let edits: EditedCells
        switch editCells(&row, original: was, edits: d.action == .edit ? (d.edits ?? []) : [], names: f.tables[ti].columns.map(\.name)) {
        case .failure(let refusal): return .refused(refusal.why)
        case .success(let e): edits = e
        }
        f.tables[ti].rows[d.row] = row
        let key = "\(d.table)/\(d.row)"
        var edited = edits.names, wasTexts = edits.was
        // Edits made earlier (another round of review) are remembered with their first original text.
        if let prev = reviewed[key], !prev.edited.isEmpty {
            for (i, name) in prev.edited.enumerated() where !edited.contains(name) {
                edited.append(name); wasTexts.append(prev.was?[safe: i] ?? "")
            }
        }
        let seenChecks = Set((d.checks ?? []) + was.checks + (reviewed[key]?.checks ?? []))
        reviewed[key] = TablesFile.Reviewed(by: by, at: at, edited: edited, was: edited.isEmpty ? nil : wasTexts,
                                            checks: edited.isEmpty && !seenChecks.isEmpty ? seenChecks.sorted() : nil)
        return edited.isEmpty ? .accepted : .edited(cells: edits.changed)
    }

    /// The cells a decision edited: their column names, their texts in tables.json, how many changed.
    struct EditedCells { var names: [String] = []; var was: [String] = []; var changed = 0 }
    struct Refusal: Error { var why: String }

    /// Writes the edits into `row` (whose text in tables.json is `original`).
    static func editCells(_ row: inout TablesFile.RowOut, original: TablesFile.RowOut, edits: [CorrectionsFile.Edit],
                          names: [String]) -> Result<EditedCells, Refusal> {
        var out = EditedCells()
        for e in edits {
            guard row.cells.indices.contains(e.column), original.cells.indices.contains(e.column) else {
                return .failure(Refusal(why: "column \(e.column + 1) does not exist"))
            }
            if let from = e.from, from != original.cells[e.column] {
                return .failure(Refusal(why: "column \(names[safe: e.column] ?? "\(e.column + 1)") reads «\(original.cells[e.column])» in tables.json, not «\(from)»"))
            }
            let to = e.to.trimmingCharacters(in: .whitespacesAndNewlines)
            if to == row.cells[e.column] { continue }
            row.cells[e.column] = to
            let name = names[safe: e.column] ?? "#\(e.column + 1)"
            if let k = out.names.firstIndex(of: name) { out.names.remove(at: k); out.was.remove(at: k) }
            out.names.append(name); out.was.append(original.cells[e.column])
            out.changed += 1
        }
        return .success(out)
    }

    /// A reviewed row is trusted (confidence 1, no review) unless a check fails on it that the
    /// person did not see and accept: a check still failing after an edit asks again, and so
    /// does an edited amount that is not a number.
    static func trustReviewed(_ doc: inout BudgetDocument, _ reviewed: [String: TablesFile.Reviewed]) {
        for ti in doc.tables.indices {
            let number = doc.tables[ti].number
            for ri in doc.tables[ti].rows.indices {
                guard let rv = reviewed["\(number)/\(ri)"] else { continue }
                let failing = Set(doc.tables[ti].rows[ri].failedChecks)
                let acknowledged = rv.edited.isEmpty ? Set(rv.checks ?? []) : []
                let unparsed = !rv.edited.isEmpty && doc.tables[ti].rows[ri].flags.contains(.unparsedNumber)
                if failing.subtracting(acknowledged).isEmpty && !unparsed {
                    doc.tables[ti].rows[ri].confidence = 1
                    doc.tables[ti].rows[ri].review = false
                }
            }
        }
    }

    /// The checked document as tables.json again, with the original's tool and source and the
    /// reviewed records on their rows.
    static func written(_ doc: BudgetDocument, original: TablesFile, reviewed: [String: TablesFile.Reviewed]) -> TablesFile {
        var file = TablesJSON.make(doc, sha256: original.source.sha256, yuan: isYuan(original))
        file.tool = original.tool
        file.source = original.source
        for ti in file.tables.indices {
            for ri in file.tables[ti].rows.indices {
                file.tables[ti].rows[ri].reviewed = reviewed["\(file.tables[ti].number)/\(ri)"]
            }
        }
        return file
    }

    /// Rewrites a result folder's CSVs and then its tables.json, each file replaced in one rename;
    /// other files in the folder are left alone.
    public static func write(_ out: Outcome, folder: String) throws {
        var files = CSVFiles.make(out.file)
        files.append(("tables.json", try TablesJSON.encode(out.file)))
        for (name, data) in files {
            let path = (folder as NSString).appendingPathComponent(name)
            do { try AtomicOutput.writeFile(path, data) } catch {
                throw ReviewError("\(path): cannot replace (\(error.localizedDescription))")
            }
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
