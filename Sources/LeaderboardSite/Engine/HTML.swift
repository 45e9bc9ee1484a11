/// Escaping for the parts of pages written without a template (SVG, sitemap, the preview banner);
/// the same byte-level escaper templates use, plus removal of bidi controls.
public enum HTML {
    /// Escapes text for element content and quoted attributes, and drops Unicode bidi controls,
    /// which could make a page display something other than what it says.
    public static func escape(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 || byte == 0xE2 {
            needsWork = true
            break
        }
        if !needsWork { return text }
        var out = ByteBuffer(capacity: text.utf8.count + 16)
        Template.appendEscaped(clean(text), to: &out)
        return out.string
    }

    /// Removes bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) and
    /// other invisible format characters that have no business in a name or a title.
    public static func clean(_ text: String) -> String {
        guard mayHoldFormatControls(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0xFEFF: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether three bytes are the UTF-8 form of a character `clean` removes.
    @inline(__always) static func isFormatControl(_ lead: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        if lead == 0xE2 {
            return (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)
        }
        return lead == 0xEF && b1 == 0xBB && b2 == 0xBF
    }

    /// A byte scan for the UTF-8 forms of the characters `clean` removes (E2 80 8E/8F, E2 80 AA–AE,
    /// E2 81 A6–A9, EF BB BF); arrows and dashes, which share the lead byte, do not count.
    static func mayHoldFormatControls(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var i = 0
            while i + 2 < bytes.count {
                if isFormatControl(bytes[i], bytes[i + 1], bytes[i + 2]) { return true }
                i += 1
            }
            return false
        }
    }
}
