import Markdown

extension ContentLoader {
    static let modelFields = ["name", "organization", "released", "updated", "parameters", "base_model", "license",
                              "training_data", "alignment", "paper", "raw_html", "summary"]

    func loadModel(file: String, criteria: [Criterion]) -> (Model?, [Diagnostic]) {
        let path = path("models", file)
        let slug = stem(file)
        var (document, diagnostics) = readDocument(path, keepingBrokenFrontMatter: true)
        guard let document else { return (nil, diagnostics) }
        guard document.fields.isValid else {
            // Broken YAML: its problem, and the body's own problems, in one run.
            let markdown = Markdown.parse(document.body)
            return (nil, diagnostics + document.fields.diagnostics + document.linkDiagnostics(markdown) + pipeTableWarnings(markdown, document: document))
        }
        var fields = document.fields
        if let problem = Slug.problem(slug) {
            diagnostics.append(.error(SourceLocation(path: path), "file name `\(file)` is not a valid model slug: \(problem)"))
        }
        let name = fields.string("name", required: true)
        let organization = fields.string("organization")
        let released = fields.string("released")
        // The date this entry last changed in a way readers should hear of (the Atom feed).
        let updated = fields.string("updated")
        if let updated, !Self.isISODate(updated), let loc = fields.node("updated").map(fields.location) {
            fields.error(loc, "`updated` must be a date written YYYY-MM-DD, not `\(updated)`")
        }
        let parameters = fields.string("parameters")
        let baseModel = fields.string("base_model")
        let license = fields.string("license")
        let trainingData = fields.string("training_data")
        let (alignment, alignmentStated) = readAlignment(&fields)
        let paper = readPaper(&fields)
        let rawHTML = fields.bool("raw_html") ?? false
        let summaryField = fields.string("summary")
        fields.warnUnknownKeys(known: Self.modelFields)
        diagnostics += fields.diagnostics
        let frontMatterIsGood = name != nil && !diagnostics.hasErrors

        // The body is checked even when a front-matter field is wrong: one run reports every
        // problem of the file, not the first one it meets.
        let markdown = Markdown.parse(document.body, options: .init(allowRawHTML: rawHTML))
        diagnostics += document.linkDiagnostics(markdown)
        let writeupHTML = markdown.html
        let (commentary, sectionProblems) = criterionSections(markdown, html: writeupHTML, document: document, criteria: criteria)
        diagnostics += sectionProblems
        diagnostics += pipeTableWarnings(markdown, document: document)
        guard frontMatterIsGood, let name else { return (nil, diagnostics) }

        return (Model(
            slug: slug, name: name, organization: organization, released: released,
            updated: updated.flatMap { Self.isISODate($0) ? $0 : nil },
            parameters: parameters, baseModel: baseModel, license: license, trainingData: trainingData,
            alignment: alignment, alignmentStated: alignmentStated, paper: paper,
            summary: summaryField ?? markdown.firstParagraphText,
            writeupHTML: writeupHTML, commentary: commentary,
            location: SourceLocation(path: path)
        ), diagnostics)
    }

    private func readAlignment(_ fields: inout YAMLFields) -> ([AlignmentMethod], Bool) {
        guard let items = fields.stringList("alignment") else { return ([], false) }
        var methods: [AlignmentMethod] = []
        for (text, loc) in items {
            if text == "none" {
                if items.count > 1 { fields.error(loc, "`alignment: none` cannot be combined with methods") }
                continue
            }
            guard let method = AlignmentMethod(rawValue: text) else {
                let known = AlignmentMethod.allCases.map(\.rawValue) + ["none"]
                let near = known.min { editDistance($0, text) < editDistance($1, text) }
                let guess = near.flatMap { editDistance($0, text) <= 3 ? " (did you mean `\($0)`?)" : nil } ?? ""
                fields.error(loc, "unknown alignment method `\(text)`\(guess); use \(known.joined(separator: ", "))")
                continue
            }
            if methods.contains(method) {
                fields.warning(loc, "alignment method `\(text)` is listed twice")
            } else {
                methods.append(method)
            }
        }
        methods.sort { AlignmentMethod.allCases.firstIndex(of: $0)! < AlignmentMethod.allCases.firstIndex(of: $1)! }
        return (methods, true)
    }

    private func readPaper(_ fields: inout YAMLFields) -> Model.Paper {
        guard let text = fields.string("paper") else { return .unspecified }
        if text == "none" { return .none }
        guard URLPolicy.isWebURL(text) else {
            let loc = fields.node("paper").map(fields.location) ?? fields.startLocation
            fields.error(loc, "`paper` must be an http(s) URL or `none`")
            return .unspecified
        }
        return .url(text)
    }

    /// Finds sections whose heading names a criterion (by name or id, any case) through the AST.
    /// A section runs until the next heading of the same or a higher level. `html` is the
    /// document's HTML (its blocks' HTML in order): a section is a slice of it, not a copy, so
    /// the commentary costs no memory beyond the write-up (tens of MB at 10,000 models).
    func criterionSections(_ markdown: MarkdownDocument, html: String, document: ContentDocument, criteria: [Criterion]) -> ([String: Substring], [Diagnostic]) {
        var byKey: [String: String] = [:]
        for criterion in criteria {
            byKey[normalizeHeading(criterion.name)] = criterion.id
            byKey[normalizeHeading(criterion.id)] = criterion.id
        }
        // Each section's runs of blocks, as byte ranges of `html`.
        var sections: [(id: String, runs: [Range<Int>])] = []
        var diagnostics: [Diagnostic] = []
        var current: (section: Int, level: Int)?
        var offset = 0
        for block in markdown.blocks {
            let start = offset
            offset += block.html.utf8.count
            if case .heading(let level) = block.kind {
                if let open = current, level <= open.level { current = nil }
                let key = normalizeHeading(block.text)
                if let id = byKey[key] {
                    if let existing = sections.firstIndex(where: { $0.id == id }) {
                        diagnostics.append(.warning(SourceLocation(path: document.path, line: block.line + document.bodyLineOffset, column: block.column),
                                                    "second section for criterion `\(id)`; both are shown"))
                        current = (existing, level)
                    } else {
                        sections.append((id, []))
                        current = (sections.count - 1, level)
                    }
                    continue
                }
                if current == nil, level <= 3, let near = nearCriterion(key, criteria: criteria) {
                    diagnostics.append(.warning(SourceLocation(path: document.path, line: block.line + document.bodyLineOffset, column: block.column),
                                                "heading \"\(block.text)\" matches no criterion; did you mean \"\(near.name)\"? (criterion sections are headed by a criterion's name)"))
                }
            }
            if let open = current, !block.html.isEmpty {
                if let last = sections[open.section].runs.last, last.upperBound == start {
                    sections[open.section].runs[sections[open.section].runs.count - 1] = last.lowerBound..<offset
                } else {
                    sections[open.section].runs.append(start..<offset)
                }
            }
        }
        let utf8 = html.utf8
        func slice(_ run: Range<Int>) -> Substring {
            // Block boundaries fall after a newline, so they are character boundaries.
            html[utf8.index(utf8.startIndex, offsetBy: run.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: run.upperBound)]
        }
        var commentary: [String: Substring] = [:]
        for (id, runs) in sections where !runs.isEmpty {
            // A second section of the same criterion is rare: only then is the text copied.
            commentary[id] = runs.count == 1 ? slice(runs[0]) : Substring(runs.map(slice).joined())
        }
        return (commentary, diagnostics)
    }

    private func normalizeHeading(_ text: String) -> String {
        text.trimmingWhitespace().lowercased()
    }

    private func nearCriterion(_ key: String, criteria: [Criterion]) -> Criterion? {
        for criterion in criteria {
            for candidate in [criterion.name.lowercased(), criterion.id] {
                let distance = editDistance(candidate, key)
                if distance > 0 && distance <= 2 { return criterion }
            }
        }
        return nil
    }

    /// CommonMark has no tables: a pipe table renders as a paragraph of pipes.
    func pipeTableWarnings(_ markdown: MarkdownDocument, document: ContentDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var lines: [Substring]?
        for block in markdown.blocks where block.kind == .paragraph && block.text.containsByte(UInt8(ascii: "|")) {
            if lines == nil { lines = document.body.split(separator: "\n", omittingEmptySubsequences: false) }
            guard let lines, block.line >= 1, block.line < lines.count else { continue }
            let first = lines[block.line - 1].drop { $0 == " " }
            let second = lines[block.line].drop { $0 == " " }
            let isDelimiter = !second.isEmpty && second.contains("-") && second.allSatisfy { "|-: \t".contains($0) }
            if first.contains("|") && isDelimiter {
                diagnostics.append(.warning(SourceLocation(path: document.path, line: block.line + document.bodyLineOffset, column: block.column),
                                            "pipe table in a write-up: CommonMark has no tables, so it shows as text; put numbers in the metrics file"))
            }
        }
        return diagnostics
    }

    /// "2023-04-03": four, two and two digits, a real month and day.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
