// Hand-rolled conversions of the view models (no Mirror at render time: it dominated the profile).
// `TemplateConversionTests` checks each one against the Mirror-based conversion, so a field added
// to PageContexts.swift but not here fails a test.

extension LayoutContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "title": .text(title),
            "description": .text(description),
            "root": .text(root),
            "content": .text(content),
            "pageClass": .text(pageClass),
            "navLeaderboard": .bool(navLeaderboard),
            "navMatrix": .bool(navMatrix),
            "navCompare": .bool(navCompare),
            "navMethodology": .bool(navMethodology),
            "criteria": .list(criteria.map(\.templateValue)),
            "generator": .text(generator),
        ])
    }
}

extension LinkView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "label": .text(label),
            "href": .text(href),
        ])
    }
}

extension BadgeView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "label": .text(label),
            "short": .text(short),
            "id": .text(id),
        ])
    }
}

extension CellView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "criterion": .text(criterion),
            "criterionName": .text(criterionName),
            "isScored": .bool(isScored),
            "isQualitative": .bool(isQualitative),
            "isNoEval": .bool(isNoEval),
            "scoreText": .text(scoreText),
            "sortValue": .text(sortValue),
            "basis": .text(basis),
            "benchmarkNote": .text(benchmarkNote),
            "hasBenchmarkNote": .bool(hasBenchmarkNote),
        ])
    }
}

extension RowView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "rank": .text(rank),
            "slug": .text(slug),
            "name": .text(name),
            "href": .text(href),
            "organization": .text(organization),
            "hasOrganization": .bool(hasOrganization),
            "methods": .list(methods.map(\.templateValue)),
            "methodsKey": .text(methodsKey),
            "alignmentNone": .bool(alignmentNone),
            "alignmentUnknown": .bool(alignmentUnknown),
            "hasPaper": .bool(hasPaper),
            "paperHref": .text(paperHref),
            "noPaper": .bool(noPaper),
            "paperUnknown": .bool(paperUnknown),
            "paperKey": .text(paperKey),
            "cells": .list(cells.map(\.templateValue)),
            "hasOverall": .bool(hasOverall),
            "overallText": .text(overallText),
            "overallSort": .text(overallSort),
            "coverage": .text(coverage),
            "coverageText": .text(coverageText),
            "hasWinRate": .bool(hasWinRate),
            "winRateText": .text(winRateText),
            "winRateSort": .text(winRateSort),
        ])
    }
}

extension CriterionHeaderView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id),
            "name": .text(name),
            "href": .text(href),
            "summary": .text(summary),
        ])
    }
}

extension IndexContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "root": .text(root),
            "criteria": .list(criteria.map(\.templateValue)),
            "criterionCount": .text(criterionCount),
            "rows": .list(rows.map(\.templateValue)),
            "modelCount": .text(modelCount),
            "organizations": .list(organizations.map(\.templateValue)),
            "methods": .list(methods.map(\.templateValue)),
        ])
    }
}

extension FactView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "label": .text(label),
            "value": .text(value),
        ])
    }
}

extension MeasurementView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "benchmarkName": .text(benchmarkName),
            "benchmarkHref": .text(benchmarkHref),
            "criterionName": .text(criterionName),
            "subset": .text(subset),
            "hasSubset": .bool(hasSubset),
            "variant": .text(variant),
            "hasVariant": .bool(hasVariant),
            "isHeadline": .bool(isHeadline),
            "isQualitative": .bool(isQualitative),
            "qualitative": .text(qualitative),
            "value": .text(value),
            "unit": .text(unit),
            "stderr": .text(stderr),
            "hasStderr": .bool(hasStderr),
            "nShot": .text(nShot),
            "hasNShot": .bool(hasNShot),
            "score": .text(score),
            "hasScore": .bool(hasScore),
            "sourceTitle": .text(sourceTitle),
            "sourceHref": .text(sourceHref),
            "hasSourceHref": .bool(hasSourceHref),
            "locator": .text(locator),
            "kind": .text(kind),
            "kindLabel": .text(kindLabel),
            "note": .text(note),
            "hasNote": .bool(hasNote),
            "harness": .text(harness),
            "hasHarness": .bool(hasHarness),
            "modelName": .text(modelName),
            "modelHref": .text(modelHref),
            "setup": .text(setup),
        ])
    }
}

extension CriterionSectionView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id),
            "name": .text(name),
            "href": .text(href),
            "isScored": .bool(isScored),
            "isQualitative": .bool(isQualitative),
            "isNoEval": .bool(isNoEval),
            "scoreText": .text(scoreText),
            "basis": .list(basis.map { .text($0) }),
            "qualitativeBenchmarks": .list(qualitativeBenchmarks.map { .text($0) }),
            "hasCommentary": .bool(hasCommentary),
            "commentaryHTML": .text(commentaryHTML),
        ])
    }
}

extension ModelContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "root": .text(root),
            "name": .text(name),
            "summary": .text(summary),
            "facts": .list(facts.map(\.templateValue)),
            "methods": .list(methods.map(\.templateValue)),
            "alignmentNone": .bool(alignmentNone),
            "alignmentUnknown": .bool(alignmentUnknown),
            "hasPaper": .bool(hasPaper),
            "paperHref": .text(paperHref),
            "noPaper": .bool(noPaper),
            "paperUnknown": .bool(paperUnknown),
            "hasOverall": .bool(hasOverall),
            "overallText": .text(overallText),
            "coverageText": .text(coverageText),
            "rank": .text(rank),
            "chartSVG": .text(chartSVG),
            "sections": .list(sections.map(\.templateValue)),
            "gaps": .list(gaps.map { .text($0) }),
            "hasGaps": .bool(hasGaps),
            "measurements": .list(measurements.map(\.templateValue)),
            "hasMeasurements": .bool(hasMeasurements),
            "writeupHTML": .text(writeupHTML),
            "sourcePath": .text(sourcePath),
        ])
    }
}

extension RankingRowView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "rank": .text(rank),
            "name": .text(name),
            "href": .text(href),
            "scoreText": .text(scoreText),
            "basis": .text(basis),
            "benchmarkNote": .text(benchmarkNote),
            "winRateText": .text(winRateText),
        ])
    }
}

extension CommentaryView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "name": .text(name),
            "href": .text(href),
            "html": .text(html),
        ])
    }
}

extension CriterionContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "root": .text(root),
            "name": .text(name),
            "descriptionHTML": .text(descriptionHTML),
            "benchmarks": .list(benchmarks.map(\.templateValue)),
            "ranking": .list(ranking.map(\.templateValue)),
            "hasRanking": .bool(hasRanking),
            "qualitative": .list(qualitative.map(\.templateValue)),
            "hasQualitative": .bool(hasQualitative),
            "noEval": .list(noEval.map(\.templateValue)),
            "hasNoEval": .bool(hasNoEval),
            "commentary": .list(commentary.map(\.templateValue)),
            "hasCommentary": .bool(hasCommentary),
        ])
    }
}

extension BenchmarkSummaryView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "name": .text(name),
            "href": .text(href),
            "directionText": .text(directionText),
            "setup": .text(setup),
            "modelCount": .text(modelCount),
        ])
    }
}

extension BenchmarkContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "root": .text(root),
            "name": .text(name),
            "criterionName": .text(criterionName),
            "criterionHref": .text(criterionHref),
            "descriptionHTML": .text(descriptionHTML),
            "directionText": .text(directionText),
            "rangeText": .text(rangeText),
            "hasChance": .bool(hasChance),
            "chanceText": .text(chanceText),
            "unit": .text(unit),
            "setup": .text(setup),
            "hasSetup": .bool(hasSetup),
            "formula": .text(formula),
            "hasPaper": .bool(hasPaper),
            "paperTitle": .text(paperTitle),
            "paperHref": .text(paperHref),
            "hasPaperHref": .bool(hasPaperHref),
            "harness": .list(harness.map { .text($0) }),
            "hasHarness": .bool(hasHarness),
            "rows": .list(rows.map(\.templateValue)),
            "hasRows": .bool(hasRows),
            "modelCount": .text(modelCount),
        ])
    }
}

extension MatrixColumnView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "name": .text(name),
            "href": .text(href),
            "criterionName": .text(criterionName),
        ])
    }
}

extension MatrixCellView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "isHeadline": .bool(isHeadline),
            "isSubsetOnly": .bool(isSubsetOnly),
            "isQualitative": .bool(isQualitative),
            "isMissing": .bool(isMissing),
            "title": .text(title),
        ])
    }
}

extension MatrixRowView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "name": .text(name),
            "href": .text(href),
            "cells": .list(cells.map(\.templateValue)),
            "count": .text(count),
        ])
    }
}

extension MatrixGroupView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "name": .text(name),
            "span": .text(span),
        ])
    }
}

extension MatrixContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "root": .text(root),
            "groups": .list(groups.map(\.templateValue)),
            "columns": .list(columns.map(\.templateValue)),
            "rows": .list(rows.map(\.templateValue)),
        ])
    }
}

extension CompareRowView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "slug": .text(slug),
            "name": .text(name),
            "href": .text(href),
            "cells": .list(cells.map(\.templateValue)),
            "overallText": .text(overallText),
            "coverageText": .text(coverageText),
            "methods": .text(methods),
            "paper": .text(paper),
            "benchmarks": .list(benchmarks.map { .text($0) }),
        ])
    }
}

extension CompareContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "root": .text(root),
            "criteria": .list(criteria.map(\.templateValue)),
            "benchmarks": .list(benchmarks.map(\.templateValue)),
            "models": .list(models.map(\.templateValue)),
        ])
    }
}

extension FormulaView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "direction": .text(direction),
            "formula": .text(formula),
        ])
    }
}

extension BenchmarkFormulaView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "name": .text(name),
            "href": .text(href),
            "criterionName": .text(criterionName),
            "formula": .text(formula),
        ])
    }
}

extension MethodologyContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "root": .text(root),
            "formulas": .list(formulas.map(\.templateValue)),
            "benchmarks": .list(benchmarks.map(\.templateValue)),
            "criteria": .list(criteria.map(\.templateValue)),
            "statuses": .list(statuses.map(\.templateValue)),
        ])
    }
}

extension NotFoundContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "root": .text(root),
        ])
    }
}
