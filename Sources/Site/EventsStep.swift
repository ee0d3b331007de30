import Config
import Content
import Diagnostics
import Events
import Foundation
import Outputs
import Parallel
import Theme

/// The calendar: finds the event pages, imports the Linked Events files of torg.yaml, expands
/// recurring events within the window, and writes what the calendar adds to the site: month,
/// category and archive pages, imported events' pages, and the iCalendar files.
enum EventsStep {
    /// The calendar and each event's JSON-LD, for the view models. Runs after the content is loaded.
    static func load(content: SiteContent, templates: TemplateLibrary, options: BuildOptions, diagnostics: DiagnosticCollector) -> EventViewData {
        var problems: [Diagnostic] = []
        let catalog = EventCatalog.load(content: content, siteDirectory: options.siteDirectory, now: options.now, problems: &problems)
        diagnostics.report(contentsOf: problems)
        var jsonLD: [Int: String] = [:]
        for index in catalog.events.indices {
            let entries = catalog.entries(ofEvent: index)
            // The date a page shows first: the next one, or the last of a past event.
            let shown = entries.first { !catalog.isPast($0) } ?? entries.last
            jsonLD[index] = EventJSONLD.json(for: catalog.events[index], occurrence: shown.map { EventOccurrence(start: $0.start, end: $0.end) },
                                             config: content.config)
        }
        var data = EventViewData(catalog: catalog, jsonLD: jsonLD, languages: content.config.languages)
        data.themeHasEventTemplate = templates.has("event")
        return data
    }

    /// Renders the generated pages and writes every calendar file.
    static func write(views: ViewModelBuilder, templates: TemplateLibrary, writer: OutputWriter, config: SiteConfig,
                      now: Date, workers: Int) -> [Diagnostic] {
        let catalog = views.events.catalog
        let pageProblems = parallelMap(catalog.pages, workers: workers) { page -> Diagnostic? in
            let names = views.templateNames(for: page)
            guard let name = templates.firstExisting(names) else {
                return .error("no template for the calendar page \(page.url); tried \(names.joined(separator: ", "))", at: page.source,
                              hint: "add layouts/\(names[0]).mustache to the site or its theme")
            }
            writer.write(templates.render(views.context(for: page), template: name) ?? "", to: page.outputPath)
            return nil
        }
        _ = parallelMap(catalog.calendars, workers: workers) { file in
            let text = ICalendarWriter.calendar(events: file.eventIndices.map { catalog.events[$0] }, name: views.calendarName(for: file),
                                                config: config, now: now)
            writer.write(text, to: file.outputPath)
        }
        return pageProblems.compactMap { $0 }
    }
}
