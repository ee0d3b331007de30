import Content
import Diagnostics
import Foundation
import Outputs
import Theme

/// Writes the RSS and Atom feeds of every section with `feed:` in its front matter.
enum FeedsStep {
    /// The files `write` writes, relative to the output directory.
    static func paths(content: SiteContent) -> [String] {
        content.feedOutputPaths()
    }

    static func write(content: SiteContent, bodies: [PageBody], writer: OutputWriter, now: Date) -> [Diagnostic] {
        let text = { (page: Page) in FeedEntryText(summary: bodies[page.id].summary, html: bodies[page.id].html) }
        var problems: [Diagnostic] = []
        for feed in content.feeds() {
            let files = [
                (feed.rssOutputPath, SectionFeedXML.rss(feed, config: content.config, now: now, text: text)),
                (feed.atomOutputPath, SectionFeedXML.atom(feed, config: content.config, now: now, text: text)),
            ]
            for (path, xml) in files {
                do {
                    try writer.write(xml, to: path)
                } catch {
                    problems.append(.error("cannot write \(path): \(error.localizedDescription)",
                                           at: feed.section.frontMatter.locations["feed"] ?? SourceLocation(file: feed.section.sourcePath, line: 1)))
                }
            }
        }
        return problems
    }
}
