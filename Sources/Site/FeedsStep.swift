import Content
import Foundation
import Outputs
import Theme

/// Writes the RSS and Atom feeds of every section with `feed:` in its front matter.
enum FeedsStep {
    /// The files `write` writes, relative to the output directory, with the section that asks for them.
    static func outputs(content: SiteContent) -> [(path: String, owner: String, section: Page)] {
        content.feeds().flatMap { feed in
            [(feed.rssOutputPath, "the RSS feed of \(feed.section.sourcePath)", feed.section),
             (feed.atomOutputPath, "the Atom feed of \(feed.section.sourcePath)", feed.section)]
        }
    }

    static func write(content: SiteContent, bodies: [PageBody], writer: OutputWriter, now: Date) {
        let text = { (page: Page) in FeedEntryText(summary: bodies[page.id].summary, html: bodies[page.id].html) }
        for feed in content.feeds() {
            writer.write(SectionFeedXML.rss(feed, config: content.config, now: now, text: text), to: feed.rssOutputPath)
            writer.write(SectionFeedXML.atom(feed, config: content.config, now: now, text: text), to: feed.atomOutputPath)
        }
    }
}
