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

    /// Applies the decisions meant for this document (the caller picks them) and re-checks it.
    public static func apply(_ decisions: [CorrectionsFile.Decision], to original: TablesFile, reviewer: String? = nil,
                             now: Date = Date()) -> Outcome {
        var f = original
        var out = Outcome(file: f, document: BudgetDocument(source: f.source.file, info: DocumentInfo(), tables: []))
        out.reviewBefore = f.tables.reduce(0) { $0 + $1.rows.filter(\.review).count }
        out.failedChecksBefore = (f.tables.flatMap(\.checks) + f.checks).filter { !$0.passed }.count
        let stamp = ISO8601DateFormatter().string(from: now)

        // 1. Cells and reviewed records. Later decisions on the same row win over earlier ones.
        var reviewed: [String: TablesFile.Reviewed] = [:]          // "table/row"
        for t in f.tables {
            for (ri, r) in t.rows.enumerated() { if let rv = r.reviewed { reviewed["\(t.number)/\(ri)"] = rv } }
        }
        for d in decisions {
            let where_ = "table \(d.table) row \(d.row + 1)"
            guard let ti = f.tables.firstIndex(where: { $0.number == d.table }) else {
                out.refused.append("\(where_): the document has no table \(d.table)"); continue
            }
            guard d.row >= 0, d.row < f.tables[ti].rows.count else {
                out.refused.append("\(where_): table \(d.table) has \(f.tables[ti].rows.count) rows"); continue
            }
            var row = f.tables[ti].rows[d.row]
            let original = original.tables[ti].rows[d.row]
            if let was = d.was, was != original.cells {
                out.refused.append("\(where_): the row in tables.json is not the one reviewed (extracted again since?)"); continue
            }
            let names = f.tables[ti].columns.map(\.name)
            var edited: [String] = [], wasTexts: [String] = []
            var bad: String?
            for e in d.action == .edit ? (d.edits ?? []) : [] {
                guard e.column >= 0, e.column < row.cells.count else { bad = "column \(e.column + 1) does not exist"; break }
                if let from = e.from, from != original.cells[e.column] {
                    bad = "column \(names[safe: e.column] ?? "\(e.column + 1)") reads «\(original.cells[e.column])» in tables.json, not «\(from)»"; break
                }
                let to = e.to.trimmingCharacters(in: .whitespacesAndNewlines)
                if to == row.cells[e.column] { continue }
                row.cells[e.column] = to
                let name = names[safe: e.column] ?? "#\(e.column + 1)"
                if let k = edited.firstIndex(of: name) { edited.remove(at: k); wasTexts.remove(at: k) }
                edited.append(name); wasTexts.append(original.cells[e.column])
                out.cellsChanged += 1
            }
            if let bad { out.refused.append("\(where_): \(bad)"); continue }
            f.tables[ti].rows[d.row] = row
            let key = "\(d.table)/\(d.row)"
            // Edits made earlier (another round of review) are remembered with their first original text.
            if let prev = reviewed[key], !prev.edited.isEmpty {
                for (i, name) in prev.edited.enumerated() where !edited.contains(name) {
                    edited.append(name); wasTexts.append(prev.was?[safe: i] ?? "")
                }
            }
            let seen = Set((d.checks ?? []) + original.checks + (reviewed[key]?.checks ?? []))
            reviewed[key] = TablesFile.Reviewed(by: d.by ?? reviewer, at: d.at ?? stamp, edited: edited,
                                                was: edited.isEmpty ? nil : wasTexts,
                                                checks: edited.isEmpty && !seen.isEmpty ? seen.sorted() : nil)
            if edited.isEmpty { out.accepted += 1 } else { out.edited += 1 }
        }

        // 2. Re-check. An edited row loses its extraction flags (its text is now the person's);
        //    other rows keep theirs.
        var doc = rebuild(f) { t, r in reviewed["\(t)/\(r)"]?.edited.isEmpty ?? true }
        Checking.run(&doc)

        // 3. A reviewed row is trusted (confidence 1, no review) unless a check fails on it that the
        //    person did not see and accept: a check still failing after an edit asks again.
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

        var file = TablesJSON.make(doc, sha256: original.source.sha256, yuan: isYuan(original))
        file.tool = original.tool
        file.source = original.source
        for ti in file.tables.indices {
            for ri in file.tables[ti].rows.indices {
                file.tables[ti].rows[ri].reviewed = reviewed["\(file.tables[ti].number)/\(ri)"]
            }
        }
        out.file = file
        out.document = doc
        out.reviewAfter = file.tables.reduce(0) { $0 + $1.rows.filter(\.review).count }
        out.failedChecksAfter = (file.tables.flatMap(\.checks) + file.checks).filter { !$0.passed }.count
        return out
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
