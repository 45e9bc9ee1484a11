import Markdown

extension ContentLoader {
    static let criterionFields = ["name", "order", "summary"]

    func loadCriterion(file: String) -> (Criterion?, [Diagnostic]) {
        let path = path("criteria", file)
        let id = stem(file)
        var (document, diagnostics) = readDocument(path)
        guard let document else { return (nil, diagnostics) }
        var fields = document.fields
        if let problem = Slug.problem(id) {
            diagnostics.append(.error(SourceLocation(path: path), "file name `\(file)` is not a valid criterion id: \(problem)"))
        }
        let name = fields.string("name", required: true)
        let order = fields.integer("order") ?? 1000
        let summaryField = fields.string("summary")
        fields.warnUnknownKeys(known: Self.criterionFields)
        diagnostics += fields.diagnostics
        guard let name, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let markdown = Markdown.parse(document.body)
        diagnostics += document.linkDiagnostics(markdown)
        return (Criterion(
            id: id, name: name, order: order,
            summary: summaryField ?? markdown.firstParagraphText,
            descriptionHTML: markdown.html,
            location: SourceLocation(path: path)
        ), diagnostics)
    }
}

/// A Markdown content file after decoding and front-matter splitting.
struct ContentDocument {
    var path: String
    var fields: YAMLFields
    var body: String
    var bodyLineOffset: Int

    /// Diagnostics for links whose scheme was removed, placed on the file's own lines.
    func linkDiagnostics(_ markdown: MarkdownDocument) -> [Diagnostic] {
        markdown.droppedLinks.map {
            .warning(SourceLocation(path: path, line: $0.line + bodyLineOffset, column: $0.column),
                     "link to `\($0.url.prefix(60))` removed: only http, https and relative links are published")
        }
    }
}

extension MarkdownDocument {
    var firstParagraphText: String {
        blocks.first { $0.kind == .paragraph }?.text ?? ""
    }
}

extension ContentLoader {
    /// The file's front matter and body. With `keepingBrokenFrontMatter`, a document whose YAML
    /// does not parse is still returned (its fields invalid, their problems in `fields`), so its
    /// body can be checked in the same run.
    func readDocument(_ path: String, keepingBrokenFrontMatter: Bool = false) -> (ContentDocument?, [Diagnostic]) {
        let (source, readProblems) = readText(path)
        guard let source else { return (nil, readProblems) }
        let (frontMatter, splitProblem) = FrontMatter.split(source.text, path: path)
        guard let frontMatter else { return (nil, readProblems + [splitProblem!]) }
        let fields = YAMLFields(yaml: frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, path: path)
        if !fields.isValid && !keepingBrokenFrontMatter { return (nil, readProblems + fields.diagnostics) }
        return (ContentDocument(path: path, fields: fields, body: frontMatter.body, bodyLineOffset: frontMatter.bodyLineOffset), readProblems)
    }
}
