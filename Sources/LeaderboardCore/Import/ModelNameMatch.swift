/// Whether the model a results file names is plausibly the model it is imported into: every
/// word of one appears among the words of the other ("EleutherAI/pythia-v1.1-410m" and
/// `pythia-410m`). A miss asks for --force rather than failing silently into the wrong row.
public enum ModelNameMatch {
    public static func matches(_ named: String, slug: String) -> Bool {
        // lm-eval model_args: the pretrained= value names the model; other arguments do not.
        var name = named
        if let range = named.range(of: "pretrained=") {
            name = String(named[range.upperBound...].prefix { $0 != "," })
        }
        let fileWords = words(name), slugWords = words(slug)
        guard !fileWords.isEmpty, !slugWords.isEmpty else { return true }
        return slugWords.isSubset(of: fileWords) || fileWords.isSubset(of: slugWords)
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init))
    }
}
