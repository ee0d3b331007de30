import Config
import Testing

/// Addresses found on pages and in settings files, made absolute (feeds, Open Graph, JSON-LD).
@Suite struct AbsoluteURLTests {
    static let config = SiteConfig(baseURL: "https://example.fi/kunta/", languages: [], packages: [])

    @Test(arguments: [
        ("https://cdn.example/a.png", "https://cdn.example/a.png"),
        ("mailto:kirjaamo@example.fi", "mailto:kirjaamo@example.fi"),
        ("//cdn.example/a.png", "//cdn.example/a.png"),
        ("/kunta/sv/a/", "https://example.fi/kunta/sv/a/"),
        ("bild.png", "https://example.fi/kunta/sv/sida/bild.png"),
        ("#rubrik", "https://example.fi/kunta/sv/sida/#rubrik"),
        ("bild:2.png", "bild:2.png"),
        ("2026/bild.png", "https://example.fi/kunta/sv/sida/2026/bild.png"),
    ])
    func onAPage(reference: String, expected: String) {
        #expect(Self.config.absoluteURL(reference, onPage: "https://example.fi/kunta/sv/sida/") == expected)
    }

    @Test func fromASettingsFileFollowsTheBaseURLsPath() {
        #expect(Self.config.absoluteURL(configured: "/logo.svg") == "https://example.fi/kunta/logo.svg")
        #expect(Self.config.absoluteURL(configured: "logo.svg") == "https://example.fi/kunta/logo.svg")
        #expect(Self.config.absoluteURL(configured: "https://cdn.example/logo.svg") == "https://cdn.example/logo.svg")
    }
}
