/// The files `leaderboard new model` writes: every field present, one section per criterion.
/// Builds as it is (the row shows as all gaps) so the author can preview at once.
public enum ModelScaffold {
    public static func markdown(name: String, criteria: [Criterion]) -> String {
        var text = """
        ---
        name: \(yamlQuoted(name))
        organization:     # who made it, e.g. EleutherAI
        released:         # e.g. 2023-04-05
        parameters:       # e.g. 7B
        base_model:       # the model it was fine-tuned from, if any
        license:          # e.g. Apache-2.0
        training_data:    # e.g. The Pile
        alignment:        # a list of: curated-data, safety-classifier, reward-model; or none
        paper:            # the paper's URL, or none when there is no paper
        ---

        What the model is, who made it, and how it was aligned, in your own words.

        """
        for criterion in criteria {
            text += "\n## \(criterion.name)\n\n"
            text += "What was measured on \(criterion.name.lowercased()), by whom, and what is missing. "
            text += "Numbers go in the metrics file, not here.\n"
        }
        return text
    }

    public static let emptyMetrics = "{\n  \"measurements\": []\n}\n"

    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\x" + String(scalar.value, radix: 16) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
