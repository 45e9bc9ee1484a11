/// Appending to an output buffer without building intermediate strings.
extension Array where Element == UInt8 {
    @inline(__always) mutating func put(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// An integer in decimal, without going through `description`.
    mutating func put(_ number: Int) {
        guard number >= 0 else {
            Template.appendRaw(String(number), to: &self)
            return
        }
        var count = 1
        var power = 10
        while power <= number && count < 19 { count += 1; power &*= 10 }
        let end = self.count + count
        append(contentsOf: repeatElement(0x30, count: count))
        var rest = number
        var position = end - 1
        while rest > 0 {
            self[position] = 0x30 + UInt8(rest % 10)
            rest /= 10
            position -= 1
        }
    }
}
