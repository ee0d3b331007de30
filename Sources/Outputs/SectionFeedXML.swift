import Config
import Content
import Foundation

/// A section's RSS 2.0 (`index.xml`) and Atom (`atom.xml`) feeds. Texts are XML-escaped; the
/// bodies are escaped HTML (RSS `content:encoded`, Atom `content type="html"`), as both formats
/// expect.
public enum SectionFeedXML {
    public static func rss(_ feed: SectionFeed, config: SiteConfig, now: Date, text: @escaping (Page) -> FeedEntryText) -> String {
        let parts = FeedParts(feed: feed, config: config, now: now, text: text)
        let date = parts.formatter("EEE, dd MMM yyyy HH:mm:ss Z")
        let escape = Sitemap.escape
        let section = feed.section
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
            <title>\(escape(parts.title))</title>
            <link>\(escape(config.absoluteURL(section.url)))</link>
            <description>\(escape(section.frontMatter.description ?? text(section).summary))</description>
            <language>\(escape(parts.language))</language>
            <lastBuildDate>\(date.string(from: parts.updated))</lastBuildDate>
            <generator>Torg</generator>
            <atom:link href="\(escape(config.absoluteURL(feed.rssURL)))" rel="self" type="application/rss+xml"/>

            """
        for page in feed.items {
            let permalink = escape(config.absoluteURL(page.url))
            xml += """
                <item>
                <title>\(escape(page.title))</title>
                <link>\(permalink)</link>
                <guid isPermaLink="true">\(permalink)</guid>
                <pubDate>\(date.string(from: parts.published(of: page)))</pubDate>
                <description>\(escape(page.frontMatter.description ?? text(page).summary))</description>
                <content:encoded>\(escape(parts.absoluteHTML(of: page)))</content:encoded>
                </item>

                """
        }
        return xml + "</channel>\n</rss>\n"
    }

    public static func atom(_ feed: SectionFeed, config: SiteConfig, now: Date, text: @escaping (Page) -> FeedEntryText) -> String {
        let parts = FeedParts(feed: feed, config: config, now: now, text: text)
        let date = parts.formatter("yyyy-MM-dd'T'HH:mm:ssxxx")
        let escape = Sitemap.escape
        let section = feed.section
        let feedURL = escape(config.absoluteURL(feed.atomURL))
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(parts.language))">
            <title>\(escape(parts.title))</title>
            <subtitle>\(escape(section.frontMatter.description ?? text(section).summary))</subtitle>
            <link rel="self" type="application/atom+xml" href="\(feedURL)"/>
            <link rel="alternate" type="text/html" href="\(escape(config.absoluteURL(section.url)))"/>
            <id>\(feedURL)</id>
            <updated>\(date.string(from: parts.updated))</updated>
            <author><name>\(escape(config.language(section.language)?.title ?? section.title))</name></author>
            <generator>Torg</generator>

            """
        for page in feed.items {
            let permalink = escape(config.absoluteURL(page.url))
            xml += """
                <entry>
                <title>\(escape(page.title))</title>
                <link rel="alternate" type="text/html" href="\(permalink)"/>
                <id>\(permalink)</id>
                <published>\(date.string(from: parts.published(of: page)))</published>
                <updated>\(date.string(from: parts.updated(of: page)))</updated>
                <summary type="text">\(escape(page.frontMatter.description ?? text(page).summary))</summary>
                <content type="html" xml:base="\(permalink)">\(escape(parts.absoluteHTML(of: page)))</content>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }
}
