// Hand-rolled conversions of the view models (no Mirror at render time: it dominated the profile).
// `TemplateConversionTests` checks each one against the Mirror-based conversion, so a field added
// to PageContexts.swift but not here fails a test.

extension LayoutContext: TemplateRepresentable {
    private static let shape = TemplateShape([
        "title",
        "description",
        "root",
        "content",
        "pageClass",
        "navLeaderboard",
        "navMatrix",
        "navCompare",
        "navMethodology",
        "criteria",
        "generator",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(title),
            .text(description),
            .text(root),
            content.templateValue,
            .text(pageClass),
            .bool(navLeaderboard),
            .bool(navMatrix),
            .bool(navCompare),
            .bool(navMethodology),
            .list(criteria.map(\.templateValue)),
            .text(generator),
        ]))
    }
}

extension LinkView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "label",
        "href",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(label),
            .text(href),
        ]))
    }
}

extension BadgeView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "label",
        "short",
        "id",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(label),
            .text(short),
            .text(id),
        ]))
    }
}

extension CellView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "criterion",
        "criterionName",
        "isScored",
        "isQualitative",
        "isNoEval",
        "scoreText",
        "sortValue",
        "basis",
        "benchmarkNote",
        "hasBenchmarkNote",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(criterion),
            .text(criterionName),
            .bool(isScored),
            .bool(isQualitative),
            .bool(isNoEval),
            .text(scoreText),
            .text(sortValue),
            .text(basis),
            .text(benchmarkNote),
            .bool(hasBenchmarkNote),
        ]))
    }
}

extension RowView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "rank",
        "slug",
        "name",
        "href",
        "organization",
        "hasOrganization",
        "methods",
        "methodsKey",
        "alignmentNone",
        "alignmentUnknown",
        "hasPaper",
        "paperHref",
        "noPaper",
        "paperUnknown",
        "paperKey",
        "cells",
        "hasOverall",
        "overallText",
        "overallSort",
        "coverage",
        "coverageText",
        "hasWinRate",
        "winRateText",
        "winRateSort",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(rank),
            .text(slug),
            .text(name),
            .text(href),
            .text(organization),
            .bool(hasOrganization),
            .list(methods.map(\.templateValue)),
            .text(methodsKey),
            .bool(alignmentNone),
            .bool(alignmentUnknown),
            .bool(hasPaper),
            .text(paperHref),
            .bool(noPaper),
            .bool(paperUnknown),
            .text(paperKey),
            .list(cells.map(\.templateValue)),
            .bool(hasOverall),
            .text(overallText),
            .text(overallSort),
            .text(coverage),
            .text(coverageText),
            .bool(hasWinRate),
            .text(winRateText),
            .text(winRateSort),
        ]))
    }
}

extension CriterionHeaderView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "id",
        "name",
        "href",
        "summary",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(id),
            .text(name),
            .text(href),
            .text(summary),
        ]))
    }
}

extension IndexContext: TemplateRepresentable {
    private static let shape = TemplateShape([
        "root",
        "criteria",
        "criterionCount",
        "rows",
        "modelCount",
        "organizations",
        "methods",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(root),
            .list(criteria.map(\.templateValue)),
            .text(criterionCount),
            .list(rows.map(\.templateValue)),
            .text(modelCount),
            .list(organizations.map(\.templateValue)),
            .list(methods.map(\.templateValue)),
        ]))
    }
}

extension FactView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "label",
        "value",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(label),
            .text(value),
        ]))
    }
}

extension MeasurementView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "benchmarkName",
        "benchmarkHref",
        "criterionName",
        "subset",
        "hasSubset",
        "variant",
        "hasVariant",
        "isHeadline",
        "isQualitative",
        "qualitative",
        "value",
        "unit",
        "stderr",
        "hasStderr",
        "nShot",
        "hasNShot",
        "score",
        "hasScore",
        "sourceTitle",
        "sourceHref",
        "hasSourceHref",
        "locator",
        "kind",
        "kindLabel",
        "note",
        "hasNote",
        "harness",
        "hasHarness",
        "modelName",
        "modelHref",
        "setup",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(benchmarkName),
            .text(benchmarkHref),
            .text(criterionName),
            .text(subset),
            .bool(hasSubset),
            .text(variant),
            .bool(hasVariant),
            .bool(isHeadline),
            .bool(isQualitative),
            .text(qualitative),
            .text(value),
            .text(unit),
            .text(stderr),
            .bool(hasStderr),
            .text(nShot),
            .bool(hasNShot),
            .text(score),
            .bool(hasScore),
            .text(sourceTitle),
            .text(sourceHref),
            .bool(hasSourceHref),
            .text(locator),
            .text(kind),
            .text(kindLabel),
            .text(note),
            .bool(hasNote),
            .text(harness),
            .bool(hasHarness),
            .text(modelName),
            .text(modelHref),
            .text(setup),
        ]))
    }
}

extension CriterionSectionView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "id",
        "name",
        "href",
        "isScored",
        "isQualitative",
        "isNoEval",
        "scoreText",
        "basis",
        "qualitativeBenchmarks",
        "hasCommentary",
        "commentaryHTML",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(id),
            .text(name),
            .text(href),
            .bool(isScored),
            .bool(isQualitative),
            .bool(isNoEval),
            .text(scoreText),
            .list(basis.map { .text($0) }),
            .list(qualitativeBenchmarks.map { .text($0) }),
            .bool(hasCommentary),
            .text(commentaryHTML),
        ]))
    }
}

extension ModelContext: TemplateRepresentable {
    private static let shape = TemplateShape([
        "root",
        "name",
        "summary",
        "facts",
        "methods",
        "alignmentNone",
        "alignmentUnknown",
        "hasPaper",
        "paperHref",
        "noPaper",
        "paperUnknown",
        "hasOverall",
        "overallText",
        "coverageText",
        "rank",
        "chartSVG",
        "sections",
        "gaps",
        "hasGaps",
        "measurements",
        "hasMeasurements",
        "writeupHTML",
        "sourcePath",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(root),
            .text(name),
            .text(summary),
            .list(facts.map(\.templateValue)),
            .list(methods.map(\.templateValue)),
            .bool(alignmentNone),
            .bool(alignmentUnknown),
            .bool(hasPaper),
            .text(paperHref),
            .bool(noPaper),
            .bool(paperUnknown),
            .bool(hasOverall),
            .text(overallText),
            .text(coverageText),
            .text(rank),
            .text(chartSVG),
            .list(sections.map(\.templateValue)),
            .list(gaps.map { .text($0) }),
            .bool(hasGaps),
            .list(measurements.map(\.templateValue)),
            .bool(hasMeasurements),
            .text(writeupHTML),
            .text(sourcePath),
        ]))
    }
}

extension RankingRowView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "rank",
        "name",
        "href",
        "scoreText",
        "basis",
        "benchmarkNote",
        "winRateText",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(rank),
            .text(name),
            .text(href),
            .text(scoreText),
            .text(basis),
            .text(benchmarkNote),
            .text(winRateText),
        ]))
    }
}

extension CommentaryView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "name",
        "href",
        "html",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(name),
            .text(href),
            .text(html),
        ]))
    }
}

extension CriterionContext: TemplateRepresentable {
    private static let shape = TemplateShape([
        "root",
        "name",
        "descriptionHTML",
        "benchmarks",
        "ranking",
        "hasRanking",
        "qualitative",
        "hasQualitative",
        "noEval",
        "hasNoEval",
        "commentary",
        "hasCommentary",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(root),
            .text(name),
            .text(descriptionHTML),
            .list(benchmarks.map(\.templateValue)),
            .list(ranking.map(\.templateValue)),
            .bool(hasRanking),
            .list(qualitative.map(\.templateValue)),
            .bool(hasQualitative),
            .list(noEval.map(\.templateValue)),
            .bool(hasNoEval),
            .list(commentary.map(\.templateValue)),
            .bool(hasCommentary),
        ]))
    }
}

extension BenchmarkSummaryView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "name",
        "href",
        "directionText",
        "setup",
        "modelCount",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(name),
            .text(href),
            .text(directionText),
            .text(setup),
            .text(modelCount),
        ]))
    }
}

extension BenchmarkContext: TemplateRepresentable {
    private static let shape = TemplateShape([
        "root",
        "name",
        "criterionName",
        "criterionHref",
        "descriptionHTML",
        "directionText",
        "rangeText",
        "hasChance",
        "chanceText",
        "unit",
        "setup",
        "hasSetup",
        "formula",
        "hasPaper",
        "paperTitle",
        "paperHref",
        "hasPaperHref",
        "harness",
        "hasHarness",
        "rows",
        "hasRows",
        "modelCount",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(root),
            .text(name),
            .text(criterionName),
            .text(criterionHref),
            .text(descriptionHTML),
            .text(directionText),
            .text(rangeText),
            .bool(hasChance),
            .text(chanceText),
            .text(unit),
            .text(setup),
            .bool(hasSetup),
            .text(formula),
            .bool(hasPaper),
            .text(paperTitle),
            .text(paperHref),
            .bool(hasPaperHref),
            .list(harness.map { .text($0) }),
            .bool(hasHarness),
            .list(rows.map(\.templateValue)),
            .bool(hasRows),
            .text(modelCount),
        ]))
    }
}

extension MatrixColumnView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "name",
        "href",
        "criterionName",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(name),
            .text(href),
            .text(criterionName),
        ]))
    }
}

extension MatrixCellView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "isHeadline",
        "isSubsetOnly",
        "isQualitative",
        "isMissing",
        "title",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .bool(isHeadline),
            .bool(isSubsetOnly),
            .bool(isQualitative),
            .bool(isMissing),
            .text(title),
        ]))
    }
}

extension MatrixRowView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "name",
        "href",
        "cells",
        "count",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(name),
            .text(href),
            .list(cells.map(\.templateValue)),
            .text(count),
        ]))
    }
}

extension MatrixGroupView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "name",
        "span",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(name),
            .text(span),
        ]))
    }
}

extension MatrixContext: TemplateRepresentable {
    private static let shape = TemplateShape([
        "root",
        "groups",
        "columns",
        "rows",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(root),
            .list(groups.map(\.templateValue)),
            .list(columns.map(\.templateValue)),
            .list(rows.map(\.templateValue)),
        ]))
    }
}

extension CompareRowView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "slug",
        "name",
        "href",
        "cells",
        "overallText",
        "coverageText",
        "methods",
        "paper",
        "benchmarks",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(slug),
            .text(name),
            .text(href),
            .list(cells.map(\.templateValue)),
            .text(overallText),
            .text(coverageText),
            .text(methods),
            .text(paper),
            .list(benchmarks.map { .text($0) }),
        ]))
    }
}

extension CompareContext: TemplateRepresentable {
    private static let shape = TemplateShape([
        "root",
        "criteria",
        "benchmarks",
        "models",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(root),
            .list(criteria.map(\.templateValue)),
            .list(benchmarks.map(\.templateValue)),
            .list(models.map(\.templateValue)),
        ]))
    }
}

extension FormulaView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "direction",
        "formula",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(direction),
            .text(formula),
        ]))
    }
}

extension BenchmarkFormulaView: TemplateRepresentable {
    private static let shape = TemplateShape([
        "name",
        "href",
        "criterionName",
        "formula",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(name),
            .text(href),
            .text(criterionName),
            .text(formula),
        ]))
    }
}

extension MethodologyContext: TemplateRepresentable {
    private static let shape = TemplateShape([
        "root",
        "formulas",
        "benchmarks",
        "criteria",
        "statuses",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(root),
            .list(formulas.map(\.templateValue)),
            .list(benchmarks.map(\.templateValue)),
            .list(criteria.map(\.templateValue)),
            .list(statuses.map(\.templateValue)),
        ]))
    }
}

extension NotFoundContext: TemplateRepresentable {
    private static let shape = TemplateShape([
        "root",
    ])

    var templateValue: TemplateValue {
        .object(TemplateFields(Self.shape, [
            .text(root),
        ]))
    }
}
