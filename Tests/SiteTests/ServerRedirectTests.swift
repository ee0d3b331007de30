import Foundation
import Site
import Testing

/// `_redirects` and `redirects.nginx.conf` beside the HTML stubs (docs/sharing.md).
@Suite struct ServerRedirectTests {
    @Test func aliasesAndFirstListPagesBecomeServerRules() throws {
        var files = [
            "torg.yaml": TestSite.bilingualConfig + "\npaginate: 1\n",
            "content/tjanster/_index.sv.md": "---\ntitle: Tjänster\n---\n",
            "content/tjanster/a.sv.md": "---\ntitle: A\naliases: [/sv/gammal-a, /sv/gamla/a.html]\n---\n",
            "content/tjanster/b.sv.md": "---\ntitle: B\n---\n",
            "content/om.fi.md": "---\ntitle: Tietoa\naliases: [\"/fi/vanha \\\"$sivu\\\"/\"]\n---\n",
        ]
        files["content/om.sv.md"] = "---\ntitle: Om\n---\n"
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("_redirects") == """
            # Written by torg build: old addresses (aliases) and page/1/ of split lists.
            /fi/vanha%20"$sivu"/ /fi/om/ 301
            /sv/gamla/a.html /sv/tjanster/a/ 301
            /sv/gammal-a/ /sv/tjanster/a/ 301
            /sv/tjanster/page/1/ /sv/tjanster/ 301

            """)
        #expect(site.file("redirects.nginx.conf") == """
            # Written by torg build. Include in the http block; in the server block:
            #   if ($torg_redirect) { return 301 $torg_redirect; }
            map $uri $torg_redirect {
                default "";
                "/fi/vanha \\"$sivu\\"/" "/fi/om/";
                "/fi/vanha \\"$sivu\\"/index.html" "/fi/om/";
                "/sv/gamla/a.html" "/sv/tjanster/a/";
                "/sv/gammal-a/" "/sv/tjanster/a/";
                "/sv/gammal-a/index.html" "/sv/tjanster/a/";
                "/sv/tjanster/page/1/" "/sv/tjanster/";
                "/sv/tjanster/page/1/index.html" "/sv/tjanster/";
            }

            """)
        // The HTML stubs stay, for hosts without server rules.
        #expect(site.file("sv/gammal-a/index.html")?.contains(#"<meta http-equiv="refresh" content="0; url=https://kunta.example/sv/tjanster/a/">"#) == true)
        #expect(site.file("sv/tjanster/page/1/index.html")?.contains("<main><h1>Tjänster</h1>") == true)
    }

    @Test func aSiteWithoutRedirectsStillWritesEmptyRuleFiles() throws {
        let site = try TestSite(["content/om.sv.md": "---\ntitle: Om\n---\n"])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("redirects.nginx.conf")?.contains("map $uri $torg_redirect {\n    default \"\";\n}\n") == true)
        #expect(site.file("_redirects")?.split(separator: "\n").count == 1)
    }
}
