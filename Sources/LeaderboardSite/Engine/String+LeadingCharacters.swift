extension String {
    /// The first `count` characters (grapheme clusters), as `prefix(count)` gives them. Most
    /// texts are short or plain ASCII, where counting characters by walking graphemes (most of a
    /// page's description cost) is not needed.
    func leadingCharacters(_ count: Int) -> String {
        let bytes = utf8
        if bytes.count <= count { return self }
        // ASCII without CR: every byte is one character (only CR LF joins two ASCII bytes into one).
        let head = bytes.prefix(count + 1)
        if head.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return String(decoding: head.prefix(count), as: UTF8.self)
        }
        return String(prefix(count))
    }
}
