import LeaderboardCore
import LeaderboardOutput

/// `feed.xml`, an Atom feed of the models whose entries changed, newest first: dated by their
/// `updated` field, else by `released` when that is a date. Atom wants absolute ids and links,
/// so the feed is written only with a base URL (like the sitemap).
enum Feed {
    static let maximumEntries = 50

    static func atom(_ models: [Model], title: String, base: String) -> OutputFile {
        let dated = models.compactMap { m in m.feedDate.map { (m, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.slug < $1.0.slug }
            .prefix(maximumEntries)
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(HTML.escape(title))</title>\n"
        xml += "  <id>\(HTML.escape(base))</id>\n"
        xml += "  <link rel=\"self\" href=\"\(HTML.escape(base + "feed.xml"))\"/>\n"
        xml += "  <link href=\"\(HTML.escape(base))\"/>\n"
        xml += "  <updated>\(dated.first?.1 ?? "1970-01-01")T00:00:00Z</updated>\n"
        xml += "  <author><name>\(HTML.escape(title))</name></author>\n"
        for (model, day) in dated {
            let url = HTML.escape(base + SitePaths.model(model.slug))
            xml += "  <entry>\n"
            xml += "    <title>\(HTML.escape(model.name))</title>\n"
            xml += "    <id>\(url)</id>\n"
            xml += "    <link href=\"\(url)\"/>\n"
            xml += "    <updated>\(day)T00:00:00Z</updated>\n"
            xml += "    <summary>\(HTML.escape(model.summary.leadingCharacters(300)))</summary>\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: "feed.xml", text: xml)
    }
}
