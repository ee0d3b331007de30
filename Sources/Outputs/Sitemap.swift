import Config
import Content
import Foundation
import Parallel

/// `sitemap.xml` with an `xhtml:link` for every hreflang alternate, the same set the HTML heads carry.
public enum Sitemap {
    /// `generated` are pages outside the content tree (the calendar's), as site path and hreflang set.
    ///
    /// A site of 50,000 pages has a sitemap of some 400,000 lines, so the entries are written in
    /// sorted chunks on `workers` threads, each straight into one string, and joined in order.
    public static func xml(
        for content: SiteContent, generated: [(url: String, alternates: [Alternate])] = [], workers: Int = 1
    ) -> String {
        let config = content.config
        let entries = (content.pages.map { (url: $0.url, page: Optional($0.id), generated: Int?.none) }
            + generated.indices.map { (url: generated[$0].url, page: Int?.none, generated: Optional($0)) })
            .sorted { $0.url < $1.url }

        let chunkSize = 2_000
        let chunks = stride(from: 0, to: entries.count, by: chunkSize).map { $0..<min($0 + chunkSize, entries.count) }
        let parts = parallelMap(chunks, workers: workers) { chunk -> String in
            // A formatter per chunk: DateFormatter is not meant to be shared between threads.
            let iso = DateFormatter()
            iso.locale = Locale(identifier: "en_US_POSIX")
            iso.timeZone = config.timeZone
            iso.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
            var xml = ""
            xml.reserveCapacity(chunk.count * 600)
            for entry in entries[chunk] {
                let alternates: [Alternate]
                var lastmod: String?
                if let id = entry.page {
                    let page = content.pages[id]
                    alternates = HreflangSet.make(for: page, translations: content.translations(of: page), config: config)
                    lastmod = (page.frontMatter.lastmod ?? page.frontMatter.date).map { iso.string(from: $0.date) }
                } else {
                    alternates = generated[entry.generated!].alternates
                }
                xml += "  <url>\n    <loc>"
                xml += escape(config.absoluteURL(entry.url))
                xml += "</loc>\n"
                if let lastmod {
                    xml += "    <lastmod>"
                    xml += lastmod
                    xml += "</lastmod>\n"
                }
                for alternate in alternates {
                    xml += #"    <xhtml:link rel="alternate" hreflang=""#
                    xml += alternate.hreflang
                    xml += #"" href=""#
                    xml += escape(alternate.href)
                    xml += "\"/>\n"
                }
                xml += "  </url>\n"
            }
            return xml
        }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"# + "\n"
        xml.reserveCapacity(parts.reduce(xml.utf8.count + 16) { $0 + $1.utf8.count })
        for part in parts { xml += part }
        xml += "</urlset>\n"
        return xml
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
