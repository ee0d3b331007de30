import Content
import Diagnostics
import Foundation

/// Finds the pages with an `event:` block and reads each block.
enum ContentEvents {
    static func read(content: SiteContent, settings: EventsSettings, clock: EventClock, problems: inout [Diagnostic]) -> [Event] {
        var events: [Event] = []
        let sectionPrefix = settings.section + "/"
        for page in content.pages where !page.isGenerated {
            guard let block = page.frontMatter.params?["event"] else {
                if page.kind == .page, (page.directory + "/").hasPrefix(sectionPrefix) {
                    problems.append(.warning(
                        "\(page.sourcePath) is in the events section but has no event: block, so the calendar leaves it out",
                        at: SourceLocation(file: page.sourcePath, line: 1),
                        hint: "add event: with start, end and location to its front matter (see docs/events.md)"
                    ))
                }
                continue
            }
            if page.kind != .page {
                problems.append(.error("only ordinary pages can be events; \(page.sourcePath) is a \(page.kind.rawValue) page",
                                       at: block.location, hint: "move the event: block into a page of its own"))
                continue
            }
            guard let details = EventBlockReader.read(block, clock: clock, problems: &problems) else { continue }
            var event = Event(
                key: page.translationKey, language: page.language, title: page.title, details: details,
                url: page.url, outputPath: page.outputPath, source: block.location
            )
            event.pageID = page.id
            event.summary = page.frontMatter.description
            event.lastModified = (page.frontMatter.lastmod ?? page.frontMatter.date)?.date
            events.append(event)
        }
        return events
    }
}
