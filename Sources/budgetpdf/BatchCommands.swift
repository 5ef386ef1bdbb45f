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
        let all = Discovery.documents(in: inputs)
        guard !all.isEmpty else { fail("no PDF files in \(inputs.joined(separator: ", "))") }
        // A shard names its folders as the whole batch would, so that shards merge without clashes.
        var files = all, folders = Discovery.folderNames(for: all)
        let part: Batch.Shard?
        do { part = try shard.map { try Batch.Shard.parse($0) } } catch { fail("\(error)") }
        if let part {
            let mine = all.indices.filter { part.takes(path: all[$0]) }
            files = mine.map { all[$0] }; folders = mine.map { folders[$0] }
        }
        do { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) } catch {
            fail("\(output): cannot create the output folder (\(error.localizedDescription))")
        }
        _ = loadSettings(settingsFile)     // a bad file stops the batch before it starts
        let childFlags = (yuan ? ["--yuan"] : []) + (csvNumbers ? ["--csv-numbers"] : []) + (bom ? ["--bom"] : [])
            + (settingsFile.map { ["--settings-file", $0] } ?? [])
        let options = BatchOptions(files: files, outputDir: output, jobs: jobs, timeout: timeout, force: force,
                                   arguments: { BatchOptions.extractOne($0, $1) + childFlags },
                                   folders: folders)
        let (records, seconds) = BatchRunner.run(options, progress: ConsoleProgress(quiet: quiet))
        let manifest = Manifest(documents: records, seconds: seconds, shard: part)
        do { try manifest.write(to: output) } catch { fail("\(output): cannot write the manifest (\(error.localizedDescription))") }
        // Every document's amounts in one long table, for pandas, R, DuckDB or a spreadsheet.
        let resultFolders = records.filter { $0.status != .error }.compactMap { $0.folder.map { (output as NSString).appendingPathComponent($0) } }
        // Joined from the documents' own tidy CSVs as they are read: memory does not grow with the batch.
        do { try Batch.Merge.joinTidyCSVs(resultFolders, into: (output as NSString).appendingPathComponent(TidyCSV.fileName), bom: bom) } catch {
            fail("\(output): cannot write \(TidyCSV.fileName) (\(error.localizedDescription))")
        }
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
            print((part.map { "shard \($0) of \(all.count) documents: " } ?? "")
                  + String(format: "%d documents in %.1f s: %d ok, %d skipped, %d failed", records.count, seconds, c.ok, c.skipped, c.error)
                  + (c.narrative_only.map { $0 > 0 ? " (\($0) of them narrative only)" : "" } ?? "")
                  + "\nwrote \((output as NSString).appendingPathComponent("manifest.json")), manifest.csv and \(TidyCSV.fileName)" + dbLine)
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
    @Flag(help: "Per-table CSVs with plain numbers.") var csvNumbers = false
    @Flag(help: "CSVs with a UTF-8 byte order mark.") var bom = false
    @Option(help: "JSON file of extraction settings.") var settingsFile: String?

    func report(_ s: ChildStatus) {
        if jsonStatus { print(s.line()) }
    }

    func run() throws {
        let doc: BudgetDocument
        do { doc = try Extractor.extract(path: file, settings: loadSettings(settingsFile)) } catch {
            report(ChildStatus(status: .error, error: "\(error)"))
            fail("\(error)")
        }
        do { try Writer.write(doc, to: output, yuan: yuan, csv: CSVOptions(bom: bom, numbers: csvNumbers)) } catch {
            let message = "\(output): cannot write output (\(error.localizedDescription))"
            report(ChildStatus(status: .error, error: message))
            fail(message)
        }
        report(ChildStatus(status: doc.isNarrativeOnly ? .narrativeOnly : .ok, pages: doc.info.pageCount, tables: doc.tables.count,
                           review_rows: doc.tables.reduce(0) { $0 + $1.rows.filter(\.review).count }))
    }
}

/// `merge`: the outputs of several batch runs (the shards of one batch) joined into one.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join the output folders of several batch runs (e.g. the shards of `extract --shard`) into one.",
        discussion: """
        OUTDIR receives every result folder and one manifest.json/.csv, as if one machine had done the whole \
        batch; a document found in more than one input is kept once. With --db, the documents go into that \
        database (created if need be). OUTDIR and the database are written whole or not at all.
        """)
    @Argument(help: "Output folders of `budgetpdf extract` (each with its manifest.json).") var inputs: [String]
    @Option(name: .shortAndLong, help: "The merged output folder.") var output: String
    @Option(help: "SQLite database that receives every document of the merged batch.") var db: String?
    @Flag(help: "Replace OUTDIR when it exists.") var force = false
    @Flag(help: "Merge even when some shards of the batch are missing.") var partial = false
    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false

    func run() throws {
        let plan: Batch.Merge.Plan
        do { plan = try Batch.Merge.plan(inputs: inputs, partial: partial) } catch { fail("\(error)") }
        let staged: String
        do { staged = try Batch.Merge.stage(plan, for: output, inputs: inputs, force: force) } catch { fail("\(error)") }
        // The database is filled in a copy beside it, from the staged folder, then renamed into place.
        var stagedDB: String?
        if let db {
            let tmp = (db as NSString).deletingLastPathComponent.isEmpty ? ".\(db).tmp-\(getpid())"
                : ((db as NSString).deletingLastPathComponent as NSString)
                    .appendingPathComponent(".\((db as NSString).lastPathComponent).tmp-\(getpid())")
            do {
                if FileManager.default.fileExists(atPath: db) { try FileManager.default.copyItem(atPath: db, toPath: tmp) }
                let store = try BudgetDatabase(path: tmp)
                // A copy nobody sees until it is renamed into place: a crash leaves only a temporary
                // file, so commits need not wait for the disk (on a shared volume, most of the time).
                try store.queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY") }
                let problems = try store.load(records: plan.records, outputDir: staged,
                                              recordedDir: URL(fileURLWithPath: output).standardizedFileURL.path)
                for p in problems { FileHandle.standardError.write(Data("budgetpdf: \(p): result unreadable, not loaded\n".utf8)) }
                stagedDB = tmp
            } catch {
                try? FileManager.default.removeItem(atPath: staged); try? FileManager.default.removeItem(atPath: tmp)
                fail("\(db): cannot write the database (\(error))")
            }
        }
        do { try Batch.Merge.commit(staged, to: output) } catch {
            try? FileManager.default.removeItem(atPath: staged)
            if let stagedDB { try? FileManager.default.removeItem(atPath: stagedDB) }
            fail("\(error)")
        }
        if let db, let stagedDB, rename(stagedDB, db) != 0 {
            try? FileManager.default.removeItem(atPath: stagedDB)
            fail("\(db): cannot write the database (\(String(cString: strerror(errno))))")
        }
        if !quiet {
            let m = Manifest(documents: plan.records, seconds: plan.seconds).counts
            print("merged \(inputs.count) outputs: \(plan.entries.count) documents (\(m.ok) ok, \(m.error) failed)"
                  + (plan.duplicates > 0 ? ", \(plan.duplicates) found twice and kept once" : "")
                  + "\nwrote \(output)" + (db.map { " and \($0)" } ?? ""))
        }
    }
}
