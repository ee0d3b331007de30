import Config
import Content

/// The page written at an alias path: a plain HTML redirect that works on any static host.
/// A browser that does not follow the refresh, or a screen reader that lands on it first, gets a
/// real page: the target's title as its heading and a link to it.
public enum RedirectPage {
    public static func html(to target: String, title: String, language: String) -> String {
        let escaped = Sitemap.escape(target)
        let heading = Sitemap.escape(title)
        return """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(heading)</title>
        <link rel="canonical" href="\(escaped)">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(escaped)">
        </head>
        <body>
        <main><h1>\(heading)</h1><p><a href="\(escaped)">\(escaped)</a></p></main>
        </body>
        </html>

        """
    }
}
