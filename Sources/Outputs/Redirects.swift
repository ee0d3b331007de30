import Config
import Content

/// The page written at an alias path: a plain HTML redirect that works on any static host.
public enum RedirectPage {
    public static func html(to target: String, language: String) -> String {
        let escaped = Sitemap.escape(target)
        return """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <title>\(escaped)</title>
        <link rel="canonical" href="\(escaped)">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(escaped)">
        </head>
        <body>
        <main><p><a href="\(escaped)">\(escaped)</a></p></main>
        </body>
        </html>

        """
    }
}
