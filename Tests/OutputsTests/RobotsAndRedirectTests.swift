import Config
import Outputs
import Testing

@Suite struct RobotsAndRedirectTests {
    @Test func robotsAnnouncesTheSitemap() {
        let config = SiteConfig(baseURL: "https://kunta.example/sivut", languages: [.init(code: "fi", name: "Suomi", locale: "fi-FI", title: "T")], packages: [])
        #expect(Robots.text(for: config) == "User-agent: *\nAllow: /\n\nSitemap: https://kunta.example/sivut/sitemap.xml\n")
    }

    @Test func redirectPageEscapesItsTarget() {
        let html = RedirectPage.html(to: "https://kunta.example/?a=1&b=\"2\"", title: "Palvelut & <neuvonta>", language: "fi")
        #expect(html.contains(#"<meta http-equiv="refresh" content="0; url=https://kunta.example/?a=1&amp;b=&quot;2&quot;">"#))
        #expect(html.contains(#"<html lang="fi">"#))
        // A page of its own for whoever does not follow the refresh: a heading, a link, and a layout for phones.
        #expect(html.contains("<main><h1>Palvelut &amp; &lt;neuvonta&gt;</h1><p><a href=\"https://kunta.example/?a=1&amp;b=&quot;2&quot;\">"))
        #expect(html.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#))
    }
}
