import Diagnostics
import Foundation
import Site
import SiteFiles

/// A small site declared inline in a test: relative path → file text, written to a fresh
/// temporary directory. `build` runs the real pipeline and `file` reads what came out.
struct TestSite {
    let directory: URL
    var output: URL { directory.appendingPathComponent("public") }

    /// A minimal theme, so tests can assert on markup they can see.
    static let minimalTheme: [String: String] = [
        "themes/mini/layouts/baseof.mustache": """
            <!DOCTYPE html><html lang="{{lang.code}}"><head><title>{{page.title}}</title>
            <link rel="canonical" href="{{canonical}}">
            {{#alternates}}<link rel="alternate" hreflang="{{hreflang}}" href="{{href}}">
            {{/alternates}}</head><body>{{> partials/switcher}}<main>{{$main}}{{/main}}</main>{{> partials/footer}}</body></html>
            """,
        "themes/mini/layouts/partials/switcher.mustache": """
            <nav>{{#languageSwitcher}}<a href="{{url}}" lang="{{code}}">{{label}}</a>{{#notice}}<span lang="{{code}}">{{notice}}</span>{{/notice}}
            {{/languageSwitcher}}</nav>
            """,
        "themes/mini/layouts/partials/footer.mustache": "<footer>{{i18n.footerText}}</footer>",
        "themes/mini/layouts/page.mustache": """
            {{<baseof}}{{$main}}<h1>{{page.title}}</h1>{{#page.date}}<time datetime="{{iso}}">{{display}}</time>{{/page.date}}{{{page.content}}}{{/main}}{{/baseof}}
            """,
        "themes/mini/layouts/section.mustache": """
            {{<baseof}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}<ul>{{#page.children}}<li><a href="{{url}}">{{title}}</a></li>{{/page.children}}</ul>{{/main}}{{/baseof}}
            """,
        "themes/mini/layouts/home.mustache": """
            {{<baseof}}{{$main}}<h1>{{site.title}}</h1>{{#site.menu}}<a href="{{url}}">{{title}}</a>{{/site.menu}}{{/main}}{{/baseof}}
            """,
        "themes/mini/layouts/404.mustache": "{{<baseof}}{{$main}}<h1>{{page.title}}</h1>{{/main}}{{/baseof}}",
        "themes/mini/layouts/root.mustache": """
            <!DOCTYPE html><html lang="{{lang.code}}"><head><title>{{page.title}}</title></head><body>{{#rootLanguages}}<a href="{{url}}" lang="{{code}}">{{label}}</a>{{/rootLanguages}}</body></html>
            """,
        "themes/mini/i18n/sv.yaml": "inThisLanguage: På svenska\nnotTranslated: Sidan finns inte på svenska\nfooterText: Sidfot\nnotFoundTitle: Sidan hittades inte\n",
        "themes/mini/i18n/fi.yaml": "inThisLanguage: Suomeksi\nnotTranslated: Sivua ei ole suomeksi\nfooterText: Alatunniste\nnotFoundTitle: Sivua ei löytynyt\n",
        "themes/mini/static/css/mini.css": "body { color: #222; }\n",
        "themes/mini/theme.yaml": "name: mini\nkind: theme\nversion: 1.0.0\nlicense: EUPL-1.2\nmaintainer: Test\nlanguages: [sv, fi]\n",
    ]

    static let bilingualConfig = """
        baseURL: https://kunta.example/
        languages:
          - code: sv
            name: Svenska
            locale: sv-FI
            title: Ekviks kommun
          - code: fi
            name: Suomi
            locale: fi-FI
            title: Tammilahden kunta
        theme: [mini]
        """

    /// Writes `files` (plus the minimal theme and a bilingual torg.yaml unless the files give their own).
    init(_ files: [String: String], theme: [String: String] = TestSite.minimalTheme, config: String = TestSite.bilingualConfig) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("torg-test-\(UUID().uuidString)")
        var all = theme
        all["torg.yaml"] = config
        all.merge(files) { _, new in new }
        for (path, text) in all {
            try write(text, to: path)
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A symbolic link at `path` whose text is `target` (relative to the link, or absolute).
    func link(_ path: String, to target: String) throws {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: directory.appendingPathComponent(path))
    }

    @discardableResult
    func build(now: Date = Date(timeIntervalSince1970: 1_790_000_000), workers: Int = 2,
               configure: (inout BuildOptions) -> Void = { _ in }) -> BuildReport {
        var options = BuildOptions(siteDirectory: directory, now: now, workers: workers)
        configure(&options)
        return SiteBuilder.build(options)
    }

    func file(_ path: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file of the output, path → bytes, to compare whole trees.
    func outputTree() -> [String: Data] {
        var tree: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: output.path)) ?? [] {
            let url = output.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { tree[path] = try? Data(contentsOf: url) }
        }
        return tree
    }

    /// Diagnostics printed as the CLI prints them, one string each.
    func printed(_ report: BuildReport) -> [String] {
        let root = directory
        let printer = DiagnosticPrinter { path in InputFile.quotable(path, siteDirectory: root) }
        return report.diagnostics.map(printer.format)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// All `<link rel="alternate" hreflang>` of a page as (hreflang, href) pairs, in order.
func alternates(in html: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: #"<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">"#)
    return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
        let hreflang = String(html[Range(match.range(at: 1), in: html)!])
        let href = String(html[Range(match.range(at: 2), in: html)!])
        return "\(hreflang) \(href)"
    }
}
