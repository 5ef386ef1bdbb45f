import Budget
import Foundation
import Layout
import Output
import Tables

/// The review page: pure functions from documents (and the pictures planned for their rows) to HTML.
public enum ReviewPage {
    public struct Options {
        /// The images folder as the page links to it (relative to the page).
        public var imagesDir: String
        public var created: Date
        public var title: String
        public init(imagesDir: String = "review-images", created: Date = Date(), title: String = "budgetpdf review") {
            self.imagesDir = imagesDir; self.created = created; self.title = title
        }
    }

    /// `id` of a row on the page and in the test hook: `d1-t13-r12` (12 is the 0-based row index).
    public static func rowID(_ doc: String, _ table: Int, _ row: Int) -> String { "\(doc)-t\(table)-r\(row)" }

    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// JSON safe inside a <script> element.
    static func scriptJSON<T: Encodable>(_ v: T) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        let s = String(decoding: (try? enc.encode(v)) ?? Data("null".utf8), as: UTF8.self)
        return s.replacingOccurrences(of: "</", with: "<\\/").replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }

    /// "2024年部门支出预算表" → "部门支出预算表": the same table across documents and years.
    public static func tableKey(_ t: TablesFile.TableOut) -> String {
        var s = PrintedWords.squeeze(t.title)
        if let r = Pattern.firstMatch(s, "^" + PrintedWords.year + "年(度)?") { s.removeSubrange(r) }
        return s.isEmpty ? t.kind : s
    }

    static func pages(_ p: [Int]) -> String {
        guard let a = p.min(), let b = p.max() else { return "" }
        return a == b ? "page \(a)" : "pages \(a)–\(b)"
    }

    public static func documentLabel(_ f: TablesFile) -> String {
        [f.document.department, f.document.year.map(String.init)].compactMap { $0 }.joined(separator: " ")
    }

    struct DocInfo: Encodable { var file: String; var sha256: String?; var folder: String; var label: String }

    /// Tables that ask for review as a whole (amounts in no cell, a loose piece, a missing
    /// total, a check that could not run): no row shows what they may have lost.
    static func tablesToReview(_ docs: [ReviewDocument]) -> String {
        let items = docs.flatMap { d in d.file.tables.filter { $0.review == true }.map { (d, $0) } }
        guard !items.isEmpty else { return "" }
        var h = "<section class=\"tables-review\"><h2>Tables to look at as a whole</h2><ul>\n"
        for (d, t) in items {
            let why = (t.flags ?? []).map(Words.flag).joined(separator: " ")
            h += "<li>\(escape(docTitle(d))): table \(t.number) «\(escape(t.title))», pages \(t.pages.map(String.init).joined(separator: ", ")): \(escape(why))</li>\n"
        }
        return h + "</ul></section>\n"
    }

    /// The whole page. `images` gives the pictures of a review row (nil: none, e.g. in tests).
    public static func html(_ docs: [ReviewDocument], images: (ReviewDocument, TablesFile.TableOut, Int) -> RowImages?,
                            options: Options = Options()) -> String {
        let total = docs.reduce(0) { $0 + $1.reviewRows }
        let created = ISO8601DateFormatter().string(from: options.created)
        let pageKey = Images_tag(docs.map { $0.file.source.sha256 ?? $0.file.source.file }.joined(separator: ",") + created)
        var h = head(title: options.title, created: created, pageKey: pageKey, total: total)
        h += topBar(docs, title: options.title, total: total)
        h += tablesToReview(docs)
        if total == 0 { h += nothingToReview(documents: docs.count) }
        var shown = 0
        for d in docs where d.reviewRows > 0 {
            h += document(d, images: images, imagesDir: options.imagesDir, shown: &shown)
        }
        h += cleanDocuments(docs, total: total)
        h += foot(docs)
        return h
    }

    /// The document head with the style sheet, and the opening body tag with the page's data.
    static func head(title: String, created: String, pageKey: String, total: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="budgetpdf \(escape(TablesJSON.version))">
        <title>\(escape(title))</title>
        <style>\(css)</style>
        </head>
        <body data-created="\(escape(created))" data-page-key="\(pageKey)" data-total="\(total)">

        """
    }

    /// The choices of the filter menus: the tables (by key, in order of appearance) and the
    /// flags of the rows to review.
    static func filterChoices(_ docs: [ReviewDocument]) -> (tables: [String], flags: [Flag]) {
        var flags = Set<Flag>(), tables: [String] = []
        for d in docs {
            for t in d.file.tables {
                let rows = t.rows.filter(\.review)
                if rows.isEmpty { continue }
                rows.forEach { flags.formUnion($0.flags) }
                let k = tableKey(t)
                if !tables.contains(k) { tables.append(k) }
            }
        }
        return (tables, flags.sorted { $0.rawValue < $1.rawValue })
    }

    /// Top bar: counts, reviewer, filters, save, and the keys.
    static func topBar(_ docs: [ReviewDocument], title: String, total: Int) -> String {
        var h = """
        <header id="bar">
          <div class="line">
            <strong class="title">\(escape(title))</strong>
            <span id="counts" class="counts">\(total) rows to review</span>
            <span class="spacer"></span>
            <label>Reviewer <input id="reviewer" type="text" size="12" placeholder="your name" autocomplete="name"></label>
            <button id="save" type="button" title="Download the corrections file (s)">Save corrections (s)</button>
            <button id="help-btn" type="button" title="Keyboard keys (?)">Keys (?)</button>
          </div>
        """
        if total > 0 { h += filters(docs) }
        h += """
          <div id="help" hidden>
            <b>Keys</b>:
            <kbd>j</kbd>/<kbd>↓</kbd> next row · <kbd>k</kbd>/<kbd>↑</kbd> previous row · <kbd>n</kbd> next row left to do ·
            <kbd>h</kbd>/<kbd>←</kbd> <kbd>l</kbd>/<kbd>→</kbd> previous/next cell ·
            <kbd>a</kbd> accept the row as extracted · <kbd>e</kbd>/<kbd>Enter</kbd> edit the focused cell
            (<kbd>Enter</kbd> keeps, <kbd>Esc</kbd> cancels, <kbd>Tab</kbd> keeps and edits the next cell) ·
            <kbd>u</kbd> undo the row's decision · <kbd>p</kbd> whole page · <kbd>s</kbd> save · <kbd>?</kbd> this help.
            Decisions are kept in this browser until you save them; the saved file goes to <code>budgetpdf apply</code>.
          </div>
        </header>
        <main>

        """
        return h
    }

    /// The filter menus: status, document, table, reason.
    static func filters(_ docs: [ReviewDocument]) -> String {
        let choices = filterChoices(docs)
        var h = """
          <div class="line filters">
            <label>Show <select id="f-status"><option value="all">all rows</option><option value="todo">rows left to do</option><option value="done">rows decided</option></select></label>
            <label>Document <select id="f-doc"><option value="">all documents</option>
        """
        for d in docs where d.reviewRows > 0 {
            h += "<option value=\"\(d.id)\">\(escape(docTitle(d)))</option>"
        }
        h += "</select></label>\n    <label>Table <select id=\"f-table\"><option value=\"\">all tables</option>"
        for k in choices.tables { h += "<option value=\"\(escape(k))\">\(escape(k))</option>" }
        h += "</select></label>\n    <label>Reason <select id=\"f-flag\"><option value=\"\">any reason</option>"
        for f in choices.flags { h += "<option value=\"\(escape(f.rawValue))\">\(escape(Words.flagShort(f)))</option>" }
        h += "</select></label>\n    <span id=\"shown\" class=\"counts\"></span>\n  </div>\n"
        return h
    }

    /// What the page says when no document has a row to review.
    static func nothingToReview(documents n: Int) -> String {
        """
        <section class="empty" id="empty">
          <h1>Nothing to review</h1>
          <p>\(n == 1 ? "The document has" : "None of the \(n) documents has") no row that needs a person's eye:
          every check passed and every cell was read cleanly.</p>
        </section>

        """
    }

    /// The documents without a row to review, named below the others.
    static func cleanDocuments(_ docs: [ReviewDocument], total: Int) -> String {
        let clean = docs.filter { $0.reviewRows == 0 }
        guard !clean.isEmpty && total > 0 else { return "" }
        return "<section class=\"clean\"><h2>Nothing to review in \(clean.count) document\(clean.count == 1 ? "" : "s")</h2><p>"
            + clean.map { escape(docTitle($0)) }.joined(separator: " · ") + "</p></section>\n"
    }

    /// The page viewer, the documents' data for the script, and the script.
    static func foot(_ docs: [ReviewDocument]) -> String {
        var infos: [String: DocInfo] = [:]
        for d in docs {
            infos[d.id] = DocInfo(file: d.file.source.file, sha256: d.file.source.sha256, folder: d.folder, label: documentLabel(d.file))
        }
        return """
        </main>
        <div id="viewer" hidden><div class="viewer-bar"><span id="viewer-title"></span><span class="spacer"></span>
        <button type="button" id="viewer-close">Close (Esc)</button></div><div class="viewer-body"><div class="viewer-page">
        <img id="viewer-img" alt="whole page"><div id="viewer-box"></div></div></div></div>
        <pre id="corrections" hidden></pre>
        <script type="application/json" id="docs">\(scriptJSON(infos))</script>
        <script>\(js)</script>
        </body>
        </html>

        """
    }

    static func docTitle(_ d: ReviewDocument) -> String {
        let label = documentLabel(d.file)
        return label.isEmpty ? d.file.source.file : "\(label) (\(d.file.source.file))"
    }

    /// The pictures of the first rows load at once (they are on screen when the page opens), the rest lazily.
    static let eagerRows = 3

    static func document(_ d: ReviewDocument, images: (ReviewDocument, TablesFile.TableOut, Int) -> RowImages?, imagesDir: String,
                         shown: inout Int) -> String {
        let n = d.reviewRows
        var h = """
        <section class="doc" id="\(d.id)" data-doc="\(d.id)">
        <h2>\(escape(d.file.document.title ?? documentLabel(d.file)))
        <small>\(escape(d.file.source.file)) · \(d.file.source.pages) pages · <span class="doc-left" data-doc="\(d.id)">\(n) of \(n) rows left</span></small></h2>

        """
        for t in d.file.tables {
            let rows = t.rows.indices.filter { t.rows[$0].review }
            if rows.isEmpty { continue }
            var meta = [pages(t.pages)]
            if let c = t.code { meta.insert(c, at: 0) }
            if let u = t.unit { meta.append("unit \(u)") }
            meta.append("\(rows.count) of \(t.rows.count) rows to review")
            h += """
            <section class="table" data-doc="\(d.id)" data-table="\(t.number)" data-tkey="\(escape(tableKey(t)))">
            <h3>Table \(t.number) · \(escape(t.title)) <small>\(escape(meta.joined(separator: " · ")))</small></h3>

            """
            for i in rows {
                h += row(d, t, i, images: images(d, t, i), imagesDir: imagesDir, eager: shown < eagerRows)
                shown += 1
            }
            h += "</section>\n"
        }
        return h + "</section>\n"
    }

    static func img(_ s: ImageSpec, _ dir: String, cls: String, alt: String, eager: Bool = false) -> String {
        // Shown at 2 CSS px per point (the file holds 3): sharp on high-density screens, readable on others.
        let w = Int(((s.clip?.width ?? 0) * 2).rounded()), hgt = Int(((s.clip?.height ?? 0) * 2).rounded())
        let size = w > 0 ? " width=\"\(w)\" height=\"\(hgt)\"" : ""
        return "<img class=\"\(cls)\" loading=\"\(eager ? "eager" : "lazy")\" decoding=\"async\" src=\"\(escape(dir + "/" + s.file))\"\(size) alt=\"\(escape(alt))\">"
    }

    static func row(_ d: ReviewDocument, _ t: TablesFile.TableOut, _ i: Int, images: RowImages?, imagesDir: String, eager: Bool = false) -> String {
        let r = t.rows[i]
        let id = rowID(d.id, t.number, i)
        let docChecks = d.file.checks.filter { $0.table == t.number }
        let failed = (t.checks + docChecks).filter { !$0.passed && r.checks.contains($0.id) }
        let hot = ImagePlan.hotColumns(t, row: i, documentChecks: d.file.checks)
        let label = Words.label(r)
        var h = """
        <article class="row todo" id="\(id)" tabindex="-1" data-doc="\(d.id)" data-table="\(t.number)" data-row="\(i)" \
        data-tkey="\(escape(tableKey(t)))" data-flags="\(escape(r.flags.map(\.rawValue).joined(separator: " ")))" data-checks="\(escape(r.checks.joined(separator: " ")))">
        <div class="row-head"><span class="where">Row \(i + 1) · page \(r.page)</span> <span class="label">\(escape(label))</span>
        <span class="spacer"></span><span class="status">to do</span>
        <span class="conf" title="1 minus the penalties of its flags; below 0.8 asks for review">confidence \(String(format: "%.2f", r.confidence))</span></div>
        <ul class="why">

        """
        for c in failed {
            h += "<li class=\"check\"><b>\(escape(Words.checkKind(c.kind)))</b>"
            if let f = Words.figures(c) { h += " — \(escape(f))" }
            if let role = Words.role(c, row: i) { h += " <span class=\"role\">\(escape(role))</span>" }
            h += "<div class=\"msg\">\(escape(c.message))</div></li>\n"
        }
        if r.flags.contains(.checkFailed) && failed.isEmpty {
            h += "<li class=\"check\"><b>\(escape(Words.flag(.checkFailed)))</b></li>\n"
        }
        for f in r.flags where f != .checkFailed {
            h += "<li class=\"flag\">\(escape(Words.flag(f)))</li>\n"
        }
        h += "</ul>\n"
        if let im = images {
            h += "<div class=\"pics\">"
            if let hd = im.header { h += img(hd, imagesDir, cls: "head", alt: "column header of table \(t.number)", eager: eager) }
            h += img(im.crop, imagesDir, cls: "crop", alt: "row \(i + 1) as printed on page \(r.page)", eager: eager)
            let b = im.rowBox
            h += "<a class=\"pagelink\" href=\"\(escape(imagesDir + "/" + im.page.file))\" data-page=\"\(r.page)\" data-scale=\"\(im.page.scale)\" "
            h += "data-box=\"\(b.x0),\(b.y0),\(b.x1),\(b.y1)\" target=\"_blank\">Whole page \(r.page) (p)</a></div>\n"
        }
        h += "<ol class=\"cells\">"
        for (c, text) in r.cells.enumerated() {
            let name = t.columns[safe: c]?.name ?? "column \(c + 1)"
            let isEmpty = text.trimmingCharacters(in: .whitespaces).isEmpty
            h += "<li class=\"cell\(hot.contains(c) ? " hot" : "")\(isEmpty ? " blank" : "")\" data-col=\"\(c)\"><span class=\"name\">\(escape(name))</span>"
            h += "<span class=\"val\" data-orig=\"\(escape(text))\">\(escape(text))</span></li>"
        }
        h += "</ol>\n<div class=\"actions\"><button type=\"button\" data-act=\"accept\">Accept row (a)</button>"
        h += "<button type=\"button\" data-act=\"edit\">Edit cell (e)</button><button type=\"button\" data-act=\"undo\">Undo (u)</button></div>\n"
        h += "</article>\n"
        return h
    }

    static func Images_tag(_ s: String) -> String { ImagePlan.tag([], s) }
}
