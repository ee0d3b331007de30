import Config
import Content
import Foundation

/// `sitemap.xml` with an `xhtml:link` for every hreflang alternate, the same set the HTML heads carry.
public enum Sitemap {
    /// `generated` are pages outside the content tree (the calendar's), as site path and hreflang set.
    public static func xml(for content: SiteContent, generated: [(url: String, alternates: [Alternate])] = []) -> String {
        let config = content.config
        let iso = DateFormatter()
        iso.locale = Locale(identifier: "en_US_POSIX")
        iso.timeZone = config.timeZone
        iso.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"

        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#,
        ]
        var entries = content.pages.map { page in
            (url: page.url, lastmod: (page.frontMatter.lastmod ?? page.frontMatter.date).map { iso.string(from: $0.date) },
             alternates: HreflangSet.make(for: page, translations: content.translations(of: page), config: config))
        }
        entries += generated.map { (url: $0.url, lastmod: nil, alternates: $0.alternates) }
        for entry in entries.sorted(by: { $0.url < $1.url }) {
            lines.append("  <url>")
            lines.append("    <loc>\(escape(config.absoluteURL(entry.url)))</loc>")
            if let lastmod = entry.lastmod {
                lines.append("    <lastmod>\(lastmod)</lastmod>")
            }
            for alternate in entry.alternates {
                lines.append(#"    <xhtml:link rel="alternate" hreflang="\#(alternate.hreflang)" href="\#(escape(alternate.href))"/>"#)
            }
            lines.append("  </url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        // Almost every URL has nothing to escape; look before paying for four replacements.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") })
        else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
