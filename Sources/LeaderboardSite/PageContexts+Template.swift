// Hand-written field tables of the view models: each answers a template's lookup by position,
// so no Mirror runs and no tree of values is built per page (both dominated the profile in turn).
// Views are read through a pointer so a lookup loads one field, not a copy of the whole view.
//
// Adding a field to a view in PageContexts.swift: add its name to `templateShape` (same order as
// the struct), its value to `templateField`, and, if it is text, to `writeField`, or if it is a
// flag, to `flagField`. `TemplateTests.everyPageConversionMatchesReflection` compares every page's
// views with the Mirror-based conversion and every in-place answer with its value, so a missing,
// misplaced or swapped field fails that test.

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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.title, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.description, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.root, escaped: escaped, into: &out)
        case 4: Template.write(view.pointee.pageClass, escaped: escaped, into: &out)
        case 10: Template.write(view.pointee.generator, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        switch position {
        case 5: return view.pointee.navLeaderboard
        case 6: return view.pointee.navMatrix
        case 7: return view.pointee.navCompare
        case 8: return view.pointee.navMethodology
        default: return nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.label, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.href, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.label, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.short, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.id, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.criterion, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.criterionName, escaped: escaped, into: &out)
        case 5: Template.write(view.pointee.scoreText, escaped: escaped, into: &out)
        case 6: Template.write(view.pointee.sortValue, escaped: escaped, into: &out)
        case 7: Template.write(view.pointee.basis, escaped: escaped, into: &out)
        case 8: Template.write(view.pointee.benchmarkNote, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        switch position {
        case 2: return view.pointee.isScored
        case 3: return view.pointee.isQualitative
        case 4: return view.pointee.isNoEval
        case 9: return view.pointee.hasBenchmarkNote
        default: return nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.rank, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.slug, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 3: Template.write(view.pointee.href, escaped: escaped, into: &out)
        case 4: Template.write(view.pointee.organization, escaped: escaped, into: &out)
        case 7: Template.write(view.pointee.methodsKey, escaped: escaped, into: &out)
        case 11: Template.write(view.pointee.paperHref, escaped: escaped, into: &out)
        case 14: Template.write(view.pointee.paperKey, escaped: escaped, into: &out)
        case 17: Template.write(view.pointee.overallText, escaped: escaped, into: &out)
        case 18: Template.write(view.pointee.overallSort, escaped: escaped, into: &out)
        case 19: Template.write(view.pointee.coverage, escaped: escaped, into: &out)
        case 20: Template.write(view.pointee.coverageText, escaped: escaped, into: &out)
        case 22: Template.write(view.pointee.winRateText, escaped: escaped, into: &out)
        case 23: Template.write(view.pointee.winRateSort, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        switch position {
        case 5: return view.pointee.hasOrganization
        case 8: return view.pointee.alignmentNone
        case 9: return view.pointee.alignmentUnknown
        case 10: return view.pointee.hasPaper
        case 12: return view.pointee.noPaper
        case 13: return view.pointee.paperUnknown
        case 16: return view.pointee.hasOverall
        case 21: return view.pointee.hasWinRate
        default: return nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.id, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.href, escaped: escaped, into: &out)
        case 3: Template.write(view.pointee.summary, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.root, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.criterionCount, escaped: escaped, into: &out)
        case 4: Template.write(view.pointee.modelCount, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.label, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.value, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.benchmarkName, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.benchmarkHref, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.criterionName, escaped: escaped, into: &out)
        case 3: Template.write(view.pointee.subset, escaped: escaped, into: &out)
        case 5: Template.write(view.pointee.variant, escaped: escaped, into: &out)
        case 9: Template.write(view.pointee.qualitative, escaped: escaped, into: &out)
        case 10: Template.write(view.pointee.value, escaped: escaped, into: &out)
        case 11: Template.write(view.pointee.unit, escaped: escaped, into: &out)
        case 12: Template.write(view.pointee.stderr, escaped: escaped, into: &out)
        case 14: Template.write(view.pointee.nShot, escaped: escaped, into: &out)
        case 16: Template.write(view.pointee.score, escaped: escaped, into: &out)
        case 18: Template.write(view.pointee.sourceTitle, escaped: escaped, into: &out)
        case 19: Template.write(view.pointee.sourceHref, escaped: escaped, into: &out)
        case 21: Template.write(view.pointee.locator, escaped: escaped, into: &out)
        case 22: Template.write(view.pointee.kind, escaped: escaped, into: &out)
        case 23: Template.write(view.pointee.kindLabel, escaped: escaped, into: &out)
        case 24: Template.write(view.pointee.note, escaped: escaped, into: &out)
        case 26: Template.write(view.pointee.harness, escaped: escaped, into: &out)
        case 28: Template.write(view.pointee.modelName, escaped: escaped, into: &out)
        case 29: Template.write(view.pointee.modelHref, escaped: escaped, into: &out)
        case 30: Template.write(view.pointee.setup, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        switch position {
        case 4: return view.pointee.hasSubset
        case 6: return view.pointee.hasVariant
        case 7: return view.pointee.isHeadline
        case 8: return view.pointee.isQualitative
        case 13: return view.pointee.hasStderr
        case 15: return view.pointee.hasNShot
        case 17: return view.pointee.hasScore
        case 20: return view.pointee.hasSourceHref
        case 25: return view.pointee.hasNote
        case 27: return view.pointee.hasHarness
        default: return nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.id, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.href, escaped: escaped, into: &out)
        case 6: Template.write(view.pointee.scoreText, escaped: escaped, into: &out)
        case 10: Template.write(view.pointee.commentaryHTML, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        switch position {
        case 3: return view.pointee.isScored
        case 4: return view.pointee.isQualitative
        case 5: return view.pointee.isNoEval
        case 9: return view.pointee.hasCommentary
        default: return nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.root, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.summary, escaped: escaped, into: &out)
        case 8: Template.write(view.pointee.paperHref, escaped: escaped, into: &out)
        case 12: Template.write(view.pointee.overallText, escaped: escaped, into: &out)
        case 13: Template.write(view.pointee.coverageText, escaped: escaped, into: &out)
        case 14: Template.write(view.pointee.rank, escaped: escaped, into: &out)
        case 15: Template.write(view.pointee.chartSVG, escaped: escaped, into: &out)
        case 21: Template.write(view.pointee.writeupHTML, escaped: escaped, into: &out)
        case 22: Template.write(view.pointee.sourcePath, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        switch position {
        case 5: return view.pointee.alignmentNone
        case 6: return view.pointee.alignmentUnknown
        case 7: return view.pointee.hasPaper
        case 9: return view.pointee.noPaper
        case 10: return view.pointee.paperUnknown
        case 11: return view.pointee.hasOverall
        case 18: return view.pointee.hasGaps
        case 20: return view.pointee.hasMeasurements
        default: return nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.rank, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.href, escaped: escaped, into: &out)
        case 3: Template.write(view.pointee.scoreText, escaped: escaped, into: &out)
        case 4: Template.write(view.pointee.basis, escaped: escaped, into: &out)
        case 5: Template.write(view.pointee.benchmarkNote, escaped: escaped, into: &out)
        case 6: Template.write(view.pointee.winRateText, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.href, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.html, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.root, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.descriptionHTML, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        switch position {
        case 5: return view.pointee.hasRanking
        case 7: return view.pointee.hasQualitative
        case 9: return view.pointee.hasNoEval
        case 11: return view.pointee.hasCommentary
        default: return nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.href, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.directionText, escaped: escaped, into: &out)
        case 3: Template.write(view.pointee.setup, escaped: escaped, into: &out)
        case 4: Template.write(view.pointee.modelCount, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.root, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.criterionName, escaped: escaped, into: &out)
        case 3: Template.write(view.pointee.criterionHref, escaped: escaped, into: &out)
        case 4: Template.write(view.pointee.descriptionHTML, escaped: escaped, into: &out)
        case 5: Template.write(view.pointee.directionText, escaped: escaped, into: &out)
        case 6: Template.write(view.pointee.rangeText, escaped: escaped, into: &out)
        case 8: Template.write(view.pointee.chanceText, escaped: escaped, into: &out)
        case 9: Template.write(view.pointee.unit, escaped: escaped, into: &out)
        case 10: Template.write(view.pointee.setup, escaped: escaped, into: &out)
        case 12: Template.write(view.pointee.formula, escaped: escaped, into: &out)
        case 14: Template.write(view.pointee.paperTitle, escaped: escaped, into: &out)
        case 15: Template.write(view.pointee.paperHref, escaped: escaped, into: &out)
        case 21: Template.write(view.pointee.modelCount, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        switch position {
        case 7: return view.pointee.hasChance
        case 11: return view.pointee.hasSetup
        case 13: return view.pointee.hasPaper
        case 16: return view.pointee.hasPaperHref
        case 18: return view.pointee.hasHarness
        case 20: return view.pointee.hasRows
        default: return nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.href, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.criterionName, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 4: Template.write(view.pointee.title, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        switch position {
        case 0: return view.pointee.isHeadline
        case 1: return view.pointee.isSubsetOnly
        case 2: return view.pointee.isQualitative
        case 3: return view.pointee.isMissing
        default: return nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.href, escaped: escaped, into: &out)
        case 3: Template.write(view.pointee.count, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.span, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.root, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.slug, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.href, escaped: escaped, into: &out)
        case 4: Template.write(view.pointee.overallText, escaped: escaped, into: &out)
        case 5: Template.write(view.pointee.coverageText, escaped: escaped, into: &out)
        case 6: Template.write(view.pointee.methods, escaped: escaped, into: &out)
        case 7: Template.write(view.pointee.paper, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.root, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.direction, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.formula, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.name, escaped: escaped, into: &out)
        case 1: Template.write(view.pointee.href, escaped: escaped, into: &out)
        case 2: Template.write(view.pointee.criterionName, escaped: escaped, into: &out)
        case 3: Template.write(view.pointee.formula, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.root, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
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

    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        switch position {
        case 0: Template.write(view.pointee.root, escaped: escaped, into: &out)
        default: return false
        }
        return true
    }

    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {
        nil
    }
}
