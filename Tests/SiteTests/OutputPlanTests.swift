import Foundation
import Testing

/// Every output path is planned before anything is written; a clash names both claimants, and the
/// previous output stays as it was.
@Suite struct OutputPlanTests {
    /// Builds a good site, then adds `files` and builds again: the second build must fail with
    /// exactly `expected` and leave the first build's output untouched.
    func clash(_ files: [String: String], expected: [String]) throws {
        let site = try TestSite(["content/a.sv.md": "---\ntitle: A\n---\nText.\n", "content/x.sv.md": "---\ntitle: X\n---\n"])
        defer { site.cleanUp() }
        let first = site.build()
        #expect(first.succeeded, "\(site.printed(first))")
        let before = site.outputTree()
        for (path, text) in files { try site.write(text, to: path) }
        let report = site.build()
        #expect(site.printed(report) == expected)
        #expect(site.outputTree() == before)
    }

    @Test func anAliasCannotTakeTheSiteRoot() throws {
        try clash(["content/b.sv.md": "---\ntitle: B\naliases: [/index.html]\n---\n"], expected: ["""
            content/b.sv.md:3:1: error: index.html would be written twice: by the site root page that torg writes and by the alias /index.html of content/b.sv.md (content/b.sv.md:3:1)
                3 | aliases: [/index.html]
                  | ^
              hint: remove the alias, or point it at a path no other output has
            """])
    }

    @Test func anAliasCannotTakeThe404Page() throws {
        try clash(["content/b.sv.md": "---\ntitle: B\naliases:\n  - /gammal/\n  - /404.html\n---\n"], expected: ["""
            content/b.sv.md:3:1: error: 404.html would be written twice: by the 404 page that torg writes and by the alias /404.html of content/b.sv.md (content/b.sv.md:3:1)
                3 | aliases:
                  | ^
              hint: remove the alias, or point it at a path no other output has
            """])
    }

    @Test func anAliasCannotTakeAPage() throws {
        try clash(["content/b.sv.md": "---\ntitle: B\naliases: [/sv/x/]\n---\n"], expected: ["""
            content/b.sv.md:3:1: error: sv/x/index.html would be written twice: by the page content/x.sv.md (content/x.sv.md:1:1) and by the alias /sv/x/ of content/b.sv.md (content/b.sv.md:3:1)
                3 | aliases: [/sv/x/]
                  | ^
              hint: remove the alias, or point it at a path no other output has
            """])
    }

    @Test func aURLCannotTakeAFileTorgWrites() throws {
        try clash(["content/b.sv.md": "---\ntitle: B\nurl: /index.html\n---\n"], expected: ["""
            content/b.sv.md:3:1: error: index.html would be written twice: by the site root page that torg writes and by the page content/b.sv.md (content/b.sv.md:3:1)
                3 | url: /index.html
                  | ^
              hint: give the page another 'slug' or 'url'
            """])
        try clash(["content/b.sv.md": "---\ntitle: B\nurl: /sitemap.xml/\n---\n"], expected: ["""
            content/b.sv.md:3:1: error: sitemap.xml would be a file for the sitemap that torg writes and a directory for the page content/b.sv.md (content/b.sv.md:3:1)
                3 | url: /sitemap.xml/
                  | ^
              hint: give the page another 'slug' or 'url'
            """])
    }

    @Test func aBundleFileCannotTakeItsPage() throws {
        try clash(["content/b/index.sv.md": "---\ntitle: B\n---\n", "content/b/index.html": "<p>old export</p>\n"], expected: ["""
            content/b/index.html:1:1: error: sv/b/index.html would be written twice: by the page content/b/index.sv.md (content/b/index.sv.md:1:1) and by the page-bundle file content/b/index.html (content/b/index.html:1:1)
                1 | <p>old export</p>
                  | ^
              hint: rename the file in the page bundle
            """])
    }

    @Test func aStaticFileCannotReplaceAGeneratedOneOrAPage() throws {
        try clash(["static/sitemap.xml": "<urlset/>\n"], expected: ["""
            static/sitemap.xml:1:1: error: sitemap.xml would be written twice: by the sitemap that torg writes and by the static file static/sitemap.xml (static/sitemap.xml:1:1)
                1 | <urlset/>
                  | ^
              hint: rename or remove the static file: static/ may override a theme's static file, not a file that torg generates or a page
            """])
        try clash(["static/sv/x/index.html": "<p>static</p>\n"], expected: ["""
            static/sv/x/index.html:1:1: error: sv/x/index.html would be written twice: by the page content/x.sv.md (content/x.sv.md:1:1) and by the static file static/sv/x/index.html (static/sv/x/index.html:1:1)
                1 | <p>static</p>
                  | ^
              hint: rename or remove the static file: static/ may override a theme's static file, not a file that torg generates or a page
            """])
    }

    @Test func theSiteMayOverrideAThemesStaticFile() throws {
        let site = try TestSite(["content/a.sv.md": "---\ntitle: A\n---\n", "static/css/mini.css": "body { color: black; }\n"])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("css/mini.css") == "body { color: black; }\n")
    }

    @Test func everyClashIsReportedAndNothingIsWritten() throws {
        let site = try TestSite([
            "content/a.sv.md": "---\ntitle: A\naliases: [/robots.txt]\n---\n",
            "static/404.html": "x",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.diagnostics.map(\.message) == [
            "robots.txt would be a file for the robots.txt that torg writes and a directory for the alias /robots.txt/ of content/a.sv.md (content/a.sv.md:3:1)",
            "404.html would be written twice: by the 404 page that torg writes and by the static file static/404.html (static/404.html:1:1)",
        ])
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}
