/// Escaping for the parts of pages written without a template (SVG, sitemap, the preview banner):
/// the byte-level escaper templates use, which also drops bidi controls.
public enum HTML {
    /// Escapes text for element content and quoted attributes, and drops Unicode bidi controls
    /// and invisible marks (`isFormatControl`), which could make a page display something other
    /// than what it says: the escaper templates use, which does both.
    public static func escape(_ text: String) -> String {
        // Most text holds nothing to escape or drop (no & < > " ' and no E2 or EF lead byte).
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xE2 || $0 == 0xEF })
        else { return text }
        var out = ByteBuffer(capacity: text.utf8.count + 16)
        Template.appendEscaped(text, to: &out)
        return out.string
    }

    /// Whether three bytes are the UTF-8 form of a bidi embedding, override or isolate control
    /// (U+202A–U+202E, U+2066–U+2069), a direction mark (U+200E, U+200F) or a byte-order mark
    /// (U+FEFF): characters that have no business in a name or a title. Arrows and dashes share
    /// the lead byte E2 and do not count.
    @inline(__always) static func isFormatControl(_ lead: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        if lead == 0xE2 {
            return (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)
        }
        return lead == 0xEF && b1 == 0xBB && b2 == 0xBF
    }
}
