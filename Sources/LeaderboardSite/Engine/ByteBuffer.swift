#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The buffer a page is rendered into: appending is a capacity check and a copy. `Array.append`
/// of a few bytes at a time (hundreds of thousands of times per build) spent most of its time
/// on checks an owned buffer does not need. Not copyable, so its memory has exactly one owner.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private(set) var capacity: Int
    /// What is held before `grow` is called: `capacity`, or less while spilling.
    private var limit: Int
    /// Set while a page is written as it renders (`startSpilling`).
    private var spill: ((UnsafeRawBufferPointer) -> Void)?

    init(capacity: Int = 16_384) {
        self.capacity = max(capacity, 64)
        limit = self.capacity
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    /// From now on, whenever `size` bytes are held and more come, they are handed to `spill`
    /// and the buffer starts again instead of growing (a large page goes to the writer in chunks).
    mutating func startSpilling(at size: Int, _ spill: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.spill = spill
        limit = min(capacity, max(size, 1))
    }

    /// Keeps what is held (the page's last chunk) and spills no more.
    mutating func stopSpilling() {
        spill = nil
        limit = capacity
    }

    private mutating func grow(_ needed: Int) {
        if let spill {
            let pending = needed - count
            if count > 0 { spill(UnsafeRawBufferPointer(start: base, count: count)) }
            count = 0
            // One append larger than the whole allocation still needs room for itself.
            if pending <= capacity { return }
            reallocate(pending)
            return
        }
        reallocate(needed)
        limit = capacity
    }

    private mutating func reallocate(_ needed: Int) {
        var next = capacity * 2
        while next < needed { next *= 2 }
        base = realloc(base, next)!.assumingMemoryBound(to: UInt8.self)
        capacity = next
    }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n > 0 else { return }
        if count + n > limit { grow(count + n) }
        let from = UnsafeRawPointer(bytes.baseAddress!), to = UnsafeMutableRawPointer(base + count)
        // Most appends are a few bytes (a field, a tag): two overlapping word copies instead of a
        // call to memmove, which costs more than the copy at this size.
        if n >= 8 && n <= 16 {
            to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
            (to + n - 8).storeBytes(of: (from + n - 8).loadUnaligned(as: UInt64.self), as: UInt64.self)
        } else if n >= 4 && n < 8 {
            to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
            (to + n - 4).storeBytes(of: (from + n - 4).loadUnaligned(as: UInt32.self), as: UInt32.self)
        } else if n < 4 {
            to.storeBytes(of: from.load(as: UInt8.self), as: UInt8.self)
            if n > 1 { (to + 1).storeBytes(of: (from + 1).load(as: UInt8.self), as: UInt8.self) }
            if n > 2 { (to + 2).storeBytes(of: (from + 2).load(as: UInt8.self), as: UInt8.self) }
        } else {
            to.copyMemory(from: from, byteCount: n)
        }
        count += n
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count >= limit { grow(count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Text as it is (callers escape it first when it needs escaping).
    mutating func append(_ text: String) { Template.appendRaw(text, to: &self) }

    mutating func append(_ other: borrowing ByteBuffer) {
        append(UnsafeBufferPointer(start: other.base, count: other.count))
    }

    /// An integer in decimal, written digit by digit instead of through `description`.
    mutating func appendDecimal(_ number: Int) {
        guard number >= 0 else { append(String(number)); return }
        var digits = 1
        var power = 10
        while power <= number && digits < 19 { digits += 1; power &*= 10 }
        if count + digits > limit { grow(count + digits) }
        var rest = number
        for position in stride(from: count + digits - 1, through: count, by: -1) {
            base[position] = 0x30 + UInt8(rest % 10)
            rest /= 10
        }
        count += digits
    }

    /// Empties the buffer and keeps its memory for what is written next.
    mutating func removeAll() { count = 0 }

    /// The bytes written so far, in place.
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// The bytes written so far, as an array (one copy).
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The bytes written so far, as text (one copy).
    var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }
}
