import Content
import Diagnostics
import Foundation

extension EventCatalog {
    /// Everything the calendar needs, from the content, torg.yaml's `events:` and the Linked Events
    /// files it names. `problems` gets every diagnostic; events with errors are left out.
    public static func load(content: SiteContent, siteDirectory: URL, now: Date, problems: inout [Diagnostic]) -> EventCatalog {
        let config = content.config
        let clock = EventClock(timeZone: config.timeZone)
        let settings = EventsSettings.read(config.events, config: config, problems: &problems)
        var events = ContentEvents.read(content: content, settings: settings, clock: clock, problems: &problems)
        let records = LinkedEventsImport.load(settings: settings, siteDirectory: siteDirectory, clock: clock, problems: &problems)
        // A site without events and without an `events:` section gets no calendar pages at all.
        guard config.events != nil || !events.isEmpty || !records.isEmpty else {
            return EventCatalog(timeZone: config.timeZone, now: now)
        }
        let paths = EventPaths(content: content, settings: settings)
        let languages = config.languages.map(\.code)
        let mapper = LinkedEventsMapper(paths: paths, settings: settings)
        for record in records {
            events += languages.map { mapper.event(record, language: $0) }
        }
        // Each language's page reads the same field: one warning per field.
        var warned = Set<Diagnostic>()
        problems += mapper.warnings.diagnostics.filter { warned.insert($0).inserted }
        var catalog = EventCatalog(events: events, settings: settings, paths: paths, languages: languages, clock: clock, now: now)
        // Where a calendar page lands on another output is for the build's output plan to say.
        catalog.planPages(languages: languages)
        return catalog
    }
}
