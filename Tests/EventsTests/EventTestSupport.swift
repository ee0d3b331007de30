import Config
import Content
import Diagnostics
import Foundation
import YAML
@testable import Events

let helsinki = TimeZone(identifier: "Europe/Helsinki")!
let clock = EventClock(timeZone: helsinki)

/// Reads the `event:` block of front matter written as it would stand in `content/e.sv.md`
/// (front matter starts on line 2 of the file, so line numbers in messages are one more than here).
func readBlock(_ frontMatter: String, file: String = "content/e.sv.md") -> (EventDetails?, [Diagnostic]) {
    let root = try! YAMLParser.parse(frontMatter, file: file, lineOffset: 1)!
    var problems: [Diagnostic] = []
    let details = EventBlockReader.read(root["event"]!, clock: clock, problems: &problems)
    return (details, problems)
}

/// `2026-10-14T18:00` in Helsinki as an instant.
func local(_ text: String) -> Date {
    guard case .success(let time) = EventTimeText.parse(text, clock: clock) else { fatalError("bad test time \(text)") }
    return time.date
}

/// A small site on disk: torg.yaml, content and data files, loaded into a catalog the way a build does.
struct EventSite {
    static let config = """
        baseURL: https://kunta.example/
        languages:
          - {code: sv, name: Svenska, locale: sv-FI, title: Ekviks kommun}
          - {code: fi, name: Suomi, locale: fi-FI, title: Tammilahden kunta}
        theme: [mini]
        """

    let directory: URL

    init(_ files: [String: String], events: String = "events:\n  section: evenemang\n") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("torg-events-\(UUID().uuidString)")
        var all = files
        all["torg.yaml"] = Self.config + "\n" + events
        all["content/evenemang/_index.sv.md"] = all["content/evenemang/_index.sv.md"] ?? "---\ntitle: Evenemang\n---\n"
        all["content/evenemang/_index.fi.md"] = all["content/evenemang/_index.fi.md"] ?? "---\ntitle: Tapahtumat\nslug: tapahtumat\n---\n"
        for (path, text) in all {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func copy(_ fixture: String, to path: String) throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + fixture)
        let target = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
    }

    func catalog(now: Date) throws -> (EventCatalog, [Diagnostic]) {
        let text = try String(contentsOf: directory.appendingPathComponent("torg.yaml"), encoding: .utf8)
        let config = try SiteConfig.load(yaml: text)
        let collector = DiagnosticCollector()
        let content = ContentLoader.load(siteDirectory: directory, config: config, filter: PublishingFilter(now: now), workers: 1,
                                         diagnostics: collector)
        var problems = collector.diagnostics
        let catalog = EventCatalog.load(content: content, siteDirectory: directory, now: now, problems: &problems)
        return (catalog, problems)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }
}
