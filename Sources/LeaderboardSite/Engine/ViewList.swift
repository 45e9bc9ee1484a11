/// A long list of row views made one at a time, as the template reaches each row, instead of all
/// before the page renders. A benchmark page at 10,000 models held 15,000 row views (8 MB) for
/// as long as it rendered, and each was read once, long after it was made; now one row view
/// exists at a time, made just before it is read.
struct ViewList<View: TemplateView> {
    let count: Int
    private let make: (Int) -> View

    init(count: Int, make: @escaping (Int) -> View) {
        self.count = count
        self.make = make
    }

    var isEmpty: Bool { count == 0 }

    /// Rows read in place, like an array's, each made when first asked for. Each call makes a new
    /// cache, so two sections iterating the same list never move each other's current row.
    var templateRows: TemplateValue {
        let current = CurrentRow(make)
        return .rows(TemplateRows(
            shape: View.templateShape, count: count,
            value: { index, position in View.templateField(current.view(index), position) },
            write: { index, position, escaped, out in View.writeField(current.view(index), position, escaped: escaped, into: &out) },
            flag: { index, position in View.flagField(current.view(index), position) }
        ))
    }
}

/// The one row view a list holds: made again only when another row is asked for (a template
/// reads one row's fields, then the next row's).
private final class CurrentRow<View> {
    private let make: (Int) -> View
    private var index = -1
    private let slot = UnsafeMutablePointer<View>.allocate(capacity: 1)

    init(_ make: @escaping (Int) -> View) { self.make = make }

    deinit {
        if index >= 0 { slot.deinitialize(count: 1) }
        slot.deallocate()
    }

    @inline(__always) func view(_ row: Int) -> UnsafePointer<View> {
        if row != index {
            if index >= 0 { slot.deinitialize(count: 1) }
            index = -1
            slot.initialize(to: make(row))
            index = row
        }
        return UnsafePointer(slot)
    }
}

/// What reflection sees of a view list: its rows, made (for tests that compare conversions).
protocol ReflectableViewList {
    var reflectedItems: [Any] { get }
}

extension ViewList: ReflectableViewList {
    var reflectedItems: [Any] { (0..<count).map(make) }
}
