import Config

/// `robots.txt`: everything may be crawled, and the sitemap is announced.
public enum Robots {
    public static func text(for config: SiteConfig) -> String {
        """
        User-agent: *
        Allow: /

        Sitemap: \(config.baseURL)sitemap.xml

        """
    }
}
