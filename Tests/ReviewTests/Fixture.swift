import Budget
import Foundation
import Output
import Pipeline
import XCTest

/// The mutated fixture (14 amounts changed), extracted once per test run; each test copies the result.
enum MutatedFixture {
    struct Mutation: Decodable { var kind: String; var row: Int; var column: Int; var old: String; var new: String }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/variants/mutated")
    static let pdf = root.appendingPathComponent("direct.pdf").path

    static let mutations: [Mutation] = {
        let data = try! Data(contentsOf: root.appendingPathComponent("mutations.json"))
        return try! JSONDecoder().decode([Mutation].self, from: data)
    }()

    private static let extracted: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("review-fixture-\(getpid())-\(UUID().uuidString)/out").path
        let doc = try! Extractor.extract(path: pdf)
        try! Writer.write(doc, to: dir)
        return dir
    }()

    /// A fresh copy of the extraction: `work/out` (tables.json and CSVs) and `work/direct.pdf` beside it.
    static func copy() throws -> (work: URL, out: String) {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("review-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let out = work.appendingPathComponent("out").path
        try FileManager.default.copyItem(atPath: extracted, toPath: out)
        try FileManager.default.copyItem(atPath: pdf, toPath: work.appendingPathComponent("direct.pdf").path)
        return (work, out)
    }

    static func tables(_ folder: String) throws -> TablesFile {
        try JSONDecoder().decode(TablesFile.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/tables.json")))
    }
}
