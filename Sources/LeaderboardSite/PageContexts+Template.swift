// Hand-written field tables of the view models: each answers a template's lookup by position,
// so no Mirror runs and no tree of values is built per page (both dominated the profile in turn).
// Views are read through a pointer so a lookup loads one field, not a copy of the whole view.
// `TemplateConversionTests` checks each one against the Mirror-based conversion, so a field added
// to PageContexts.swift but not here, or two positions swapped, fails a test.

extension LayoutContext: TemplateView {
    static let templateShape = TemplateShape([
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

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.title)
        case 1: return .text(view.pointee.description)
        case 2: return .text(view.pointee.root)
        case 3: return view.pointee.content.templateValue
        case 4: return .text(view.pointee.pageClass)
        case 5: return .bool(view.pointee.navLeaderboard)
        case 6: return .bool(view.pointee.navMatrix)
        case 7: return .bool(view.pointee.navCompare)
        case 8: return .bool(view.pointee.navMethodology)
        case 9: return view.pointee.criteria.templateRows
        case 10: return .text(view.pointee.generator)
        default: return .null
        }
    }
}

extension LinkView: TemplateView {
    static let templateShape = TemplateShape([
        "label",
        "href",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.label)
        case 1: return .text(view.pointee.href)
        default: return .null
        }
    }
}

extension BadgeView: TemplateView {
    static let templateShape = TemplateShape([
        "label",
        "short",
        "id",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.label)
        case 1: return .text(view.pointee.short)
        case 2: return .text(view.pointee.id)
        default: return .null
        }
    }
}

extension CellView: TemplateView {
    static let templateShape = TemplateShape([
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

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.criterion)
        case 1: return .text(view.pointee.criterionName)
        case 2: return .bool(view.pointee.isScored)
        case 3: return .bool(view.pointee.isQualitative)
        case 4: return .bool(view.pointee.isNoEval)
        case 5: return .text(view.pointee.scoreText)
        case 6: return .text(view.pointee.sortValue)
        case 7: return .text(view.pointee.basis)
        case 8: return .text(view.pointee.benchmarkNote)
        case 9: return .bool(view.pointee.hasBenchmarkNote)
        default: return .null
        }
    }
}

extension RowView: TemplateView {
    static let templateShape = TemplateShape([
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

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.rank)
        case 1: return .text(view.pointee.slug)
        case 2: return .text(view.pointee.name)
        case 3: return .text(view.pointee.href)
        case 4: return .text(view.pointee.organization)
        case 5: return .bool(view.pointee.hasOrganization)
        case 6: return view.pointee.methods.templateRows
        case 7: return .text(view.pointee.methodsKey)
        case 8: return .bool(view.pointee.alignmentNone)
        case 9: return .bool(view.pointee.alignmentUnknown)
        case 10: return .bool(view.pointee.hasPaper)
        case 11: return .text(view.pointee.paperHref)
        case 12: return .bool(view.pointee.noPaper)
        case 13: return .bool(view.pointee.paperUnknown)
        case 14: return .text(view.pointee.paperKey)
        case 15: return view.pointee.cells.templateRows
        case 16: return .bool(view.pointee.hasOverall)
        case 17: return .text(view.pointee.overallText)
        case 18: return .text(view.pointee.overallSort)
        case 19: return .text(view.pointee.coverage)
        case 20: return .text(view.pointee.coverageText)
        case 21: return .bool(view.pointee.hasWinRate)
        case 22: return .text(view.pointee.winRateText)
        case 23: return .text(view.pointee.winRateSort)
        default: return .null
        }
    }
}

extension CriterionHeaderView: TemplateView {
    static let templateShape = TemplateShape([
        "id",
        "name",
        "href",
        "summary",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.id)
        case 1: return .text(view.pointee.name)
        case 2: return .text(view.pointee.href)
        case 3: return .text(view.pointee.summary)
        default: return .null
        }
    }
}

extension IndexContext: TemplateView {
    static let templateShape = TemplateShape([
        "root",
        "criteria",
        "criterionCount",
        "rows",
        "modelCount",
        "organizations",
        "methods",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.root)
        case 1: return view.pointee.criteria.templateRows
        case 2: return .text(view.pointee.criterionCount)
        case 3: return view.pointee.rows.templateRows
        case 4: return .text(view.pointee.modelCount)
        case 5: return view.pointee.organizations.templateRows
        case 6: return view.pointee.methods.templateRows
        default: return .null
        }
    }
}

extension FactView: TemplateView {
    static let templateShape = TemplateShape([
        "label",
        "value",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.label)
        case 1: return .text(view.pointee.value)
        default: return .null
        }
    }
}

extension MeasurementView: TemplateView {
    static let templateShape = TemplateShape([
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

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.benchmarkName)
        case 1: return .text(view.pointee.benchmarkHref)
        case 2: return .text(view.pointee.criterionName)
        case 3: return .text(view.pointee.subset)
        case 4: return .bool(view.pointee.hasSubset)
        case 5: return .text(view.pointee.variant)
        case 6: return .bool(view.pointee.hasVariant)
        case 7: return .bool(view.pointee.isHeadline)
        case 8: return .bool(view.pointee.isQualitative)
        case 9: return .text(view.pointee.qualitative)
        case 10: return .text(view.pointee.value)
        case 11: return .text(view.pointee.unit)
        case 12: return .text(view.pointee.stderr)
        case 13: return .bool(view.pointee.hasStderr)
        case 14: return .text(view.pointee.nShot)
        case 15: return .bool(view.pointee.hasNShot)
        case 16: return .text(view.pointee.score)
        case 17: return .bool(view.pointee.hasScore)
        case 18: return .text(view.pointee.sourceTitle)
        case 19: return .text(view.pointee.sourceHref)
        case 20: return .bool(view.pointee.hasSourceHref)
        case 21: return .text(view.pointee.locator)
        case 22: return .text(view.pointee.kind)
        case 23: return .text(view.pointee.kindLabel)
        case 24: return .text(view.pointee.note)
        case 25: return .bool(view.pointee.hasNote)
        case 26: return .text(view.pointee.harness)
        case 27: return .bool(view.pointee.hasHarness)
        case 28: return .text(view.pointee.modelName)
        case 29: return .text(view.pointee.modelHref)
        case 30: return .text(view.pointee.setup)
        default: return .null
        }
    }
}

extension CriterionSectionView: TemplateView {
    static let templateShape = TemplateShape([
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

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.id)
        case 1: return .text(view.pointee.name)
        case 2: return .text(view.pointee.href)
        case 3: return .bool(view.pointee.isScored)
        case 4: return .bool(view.pointee.isQualitative)
        case 5: return .bool(view.pointee.isNoEval)
        case 6: return .text(view.pointee.scoreText)
        case 7: return .list(view.pointee.basis.map { .text($0) })
        case 8: return .list(view.pointee.qualitativeBenchmarks.map { .text($0) })
        case 9: return .bool(view.pointee.hasCommentary)
        case 10: return .text(view.pointee.commentaryHTML)
        default: return .null
        }
    }
}

extension ModelContext: TemplateView {
    static let templateShape = TemplateShape([
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

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.root)
        case 1: return .text(view.pointee.name)
        case 2: return .text(view.pointee.summary)
        case 3: return view.pointee.facts.templateRows
        case 4: return view.pointee.methods.templateRows
        case 5: return .bool(view.pointee.alignmentNone)
        case 6: return .bool(view.pointee.alignmentUnknown)
        case 7: return .bool(view.pointee.hasPaper)
        case 8: return .text(view.pointee.paperHref)
        case 9: return .bool(view.pointee.noPaper)
        case 10: return .bool(view.pointee.paperUnknown)
        case 11: return .bool(view.pointee.hasOverall)
        case 12: return .text(view.pointee.overallText)
        case 13: return .text(view.pointee.coverageText)
        case 14: return .text(view.pointee.rank)
        case 15: return .text(view.pointee.chartSVG)
        case 16: return view.pointee.sections.templateRows
        case 17: return .list(view.pointee.gaps.map { .text($0) })
        case 18: return .bool(view.pointee.hasGaps)
        case 19: return view.pointee.measurements.templateRows
        case 20: return .bool(view.pointee.hasMeasurements)
        case 21: return .text(view.pointee.writeupHTML)
        case 22: return .text(view.pointee.sourcePath)
        default: return .null
        }
    }
}

extension RankingRowView: TemplateView {
    static let templateShape = TemplateShape([
        "rank",
        "name",
        "href",
        "scoreText",
        "basis",
        "benchmarkNote",
        "winRateText",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.rank)
        case 1: return .text(view.pointee.name)
        case 2: return .text(view.pointee.href)
        case 3: return .text(view.pointee.scoreText)
        case 4: return .text(view.pointee.basis)
        case 5: return .text(view.pointee.benchmarkNote)
        case 6: return .text(view.pointee.winRateText)
        default: return .null
        }
    }
}

extension CommentaryView: TemplateView {
    static let templateShape = TemplateShape([
        "name",
        "href",
        "html",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.name)
        case 1: return .text(view.pointee.href)
        case 2: return .text(view.pointee.html)
        default: return .null
        }
    }
}

extension CriterionContext: TemplateView {
    static let templateShape = TemplateShape([
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

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.root)
        case 1: return .text(view.pointee.name)
        case 2: return .text(view.pointee.descriptionHTML)
        case 3: return view.pointee.benchmarks.templateRows
        case 4: return view.pointee.ranking.templateRows
        case 5: return .bool(view.pointee.hasRanking)
        case 6: return view.pointee.qualitative.templateRows
        case 7: return .bool(view.pointee.hasQualitative)
        case 8: return view.pointee.noEval.templateRows
        case 9: return .bool(view.pointee.hasNoEval)
        case 10: return view.pointee.commentary.templateRows
        case 11: return .bool(view.pointee.hasCommentary)
        default: return .null
        }
    }
}

extension BenchmarkSummaryView: TemplateView {
    static let templateShape = TemplateShape([
        "name",
        "href",
        "directionText",
        "setup",
        "modelCount",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.name)
        case 1: return .text(view.pointee.href)
        case 2: return .text(view.pointee.directionText)
        case 3: return .text(view.pointee.setup)
        case 4: return .text(view.pointee.modelCount)
        default: return .null
        }
    }
}

extension BenchmarkContext: TemplateView {
    static let templateShape = TemplateShape([
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

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.root)
        case 1: return .text(view.pointee.name)
        case 2: return .text(view.pointee.criterionName)
        case 3: return .text(view.pointee.criterionHref)
        case 4: return .text(view.pointee.descriptionHTML)
        case 5: return .text(view.pointee.directionText)
        case 6: return .text(view.pointee.rangeText)
        case 7: return .bool(view.pointee.hasChance)
        case 8: return .text(view.pointee.chanceText)
        case 9: return .text(view.pointee.unit)
        case 10: return .text(view.pointee.setup)
        case 11: return .bool(view.pointee.hasSetup)
        case 12: return .text(view.pointee.formula)
        case 13: return .bool(view.pointee.hasPaper)
        case 14: return .text(view.pointee.paperTitle)
        case 15: return .text(view.pointee.paperHref)
        case 16: return .bool(view.pointee.hasPaperHref)
        case 17: return .list(view.pointee.harness.map { .text($0) })
        case 18: return .bool(view.pointee.hasHarness)
        case 19: return view.pointee.rows.templateRows
        case 20: return .bool(view.pointee.hasRows)
        case 21: return .text(view.pointee.modelCount)
        default: return .null
        }
    }
}

extension MatrixColumnView: TemplateView {
    static let templateShape = TemplateShape([
        "name",
        "href",
        "criterionName",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.name)
        case 1: return .text(view.pointee.href)
        case 2: return .text(view.pointee.criterionName)
        default: return .null
        }
    }
}

extension MatrixCellView: TemplateView {
    static let templateShape = TemplateShape([
        "isHeadline",
        "isSubsetOnly",
        "isQualitative",
        "isMissing",
        "title",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .bool(view.pointee.isHeadline)
        case 1: return .bool(view.pointee.isSubsetOnly)
        case 2: return .bool(view.pointee.isQualitative)
        case 3: return .bool(view.pointee.isMissing)
        case 4: return .text(view.pointee.title)
        default: return .null
        }
    }
}

extension MatrixRowView: TemplateView {
    static let templateShape = TemplateShape([
        "name",
        "href",
        "cells",
        "count",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.name)
        case 1: return .text(view.pointee.href)
        case 2: return view.pointee.cells.templateRows
        case 3: return .text(view.pointee.count)
        default: return .null
        }
    }
}

extension MatrixGroupView: TemplateView {
    static let templateShape = TemplateShape([
        "name",
        "span",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.name)
        case 1: return .text(view.pointee.span)
        default: return .null
        }
    }
}

extension MatrixContext: TemplateView {
    static let templateShape = TemplateShape([
        "root",
        "groups",
        "columns",
        "rows",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.root)
        case 1: return view.pointee.groups.templateRows
        case 2: return view.pointee.columns.templateRows
        case 3: return view.pointee.rows.templateRows
        default: return .null
        }
    }
}

extension CompareRowView: TemplateView {
    static let templateShape = TemplateShape([
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

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.slug)
        case 1: return .text(view.pointee.name)
        case 2: return .text(view.pointee.href)
        case 3: return view.pointee.cells.templateRows
        case 4: return .text(view.pointee.overallText)
        case 5: return .text(view.pointee.coverageText)
        case 6: return .text(view.pointee.methods)
        case 7: return .text(view.pointee.paper)
        case 8: return .list(view.pointee.benchmarks.map { .text($0) })
        default: return .null
        }
    }
}

extension CompareContext: TemplateView {
    static let templateShape = TemplateShape([
        "root",
        "criteria",
        "benchmarks",
        "models",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.root)
        case 1: return view.pointee.criteria.templateRows
        case 2: return view.pointee.benchmarks.templateRows
        case 3: return view.pointee.models.templateRows
        default: return .null
        }
    }
}

extension FormulaView: TemplateView {
    static let templateShape = TemplateShape([
        "direction",
        "formula",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.direction)
        case 1: return .text(view.pointee.formula)
        default: return .null
        }
    }
}

extension BenchmarkFormulaView: TemplateView {
    static let templateShape = TemplateShape([
        "name",
        "href",
        "criterionName",
        "formula",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.name)
        case 1: return .text(view.pointee.href)
        case 2: return .text(view.pointee.criterionName)
        case 3: return .text(view.pointee.formula)
        default: return .null
        }
    }
}

extension MethodologyContext: TemplateView {
    static let templateShape = TemplateShape([
        "root",
        "formulas",
        "benchmarks",
        "criteria",
        "statuses",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.root)
        case 1: return view.pointee.formulas.templateRows
        case 2: return view.pointee.benchmarks.templateRows
        case 3: return view.pointee.criteria.templateRows
        case 4: return view.pointee.statuses.templateRows
        default: return .null
        }
    }
}

extension NotFoundContext: TemplateView {
    static let templateShape = TemplateShape([
        "root",
    ])

    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {
        switch position {
        case 0: return .text(view.pointee.root)
        default: return .null
        }
    }
}
