import Foundation

/// The site's redirects (aliases and `page/1/`) as rules a web server applies itself, beside the
/// HTML stubs that work on any static host: a real 301 keeps search engines' ranking and is faster.
public enum ServerRedirects {
    /// One redirect: both sides are site paths from the server root (`/sv/gammal-sida/`).
    public struct Rule: Sendable, Equatable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// The files this writes, relative to the output directory.
    public static let netlifyFile = "_redirects"
    public static let nginxFile = "redirects.nginx.conf"

    /// `_redirects`, as Netlify and Cloudflare Pages read it: `from to 301`, one per line.
    public static func netlify(_ rules: [Rule]) -> String {
        var text = "# Written by torg build: old addresses (aliases) and page/1/ of split lists.\n"
        for rule in sorted(rules) {
            text += percentEncodedSpaces(rule.from) + " " + percentEncodedSpaces(rule.to) + " 301\n"
        }
        return text
    }

    /// An nginx `map` from the request path to its new place, for `include` in the `http` block;
    /// a `server` block then answers with `if ($torg_redirect) { return 301 $torg_redirect; }`.
    public static func nginxMap(_ rules: [Rule]) -> String {
        var text = "# Written by torg build. Include in the http block; in the server block:\n"
        text += "#   if ($torg_redirect) { return 301 $torg_redirect; }\n"
        text += "map $uri $torg_redirect {\n    default \"\";\n"
        for rule in sorted(rules) {
            let target = nginxString(rule.to.replacingOccurrences(of: "$", with: "%24"))
            text += "    " + nginxString(rule.from) + " " + target + ";\n"
            // nginx serves `/x/` as `/x/index.html` after an internal redirect, and `$uri` is then
            // the file: map that spelling too, so the rule holds whichever the visitor typed.
            if rule.from.hasSuffix("/") {
                text += "    " + nginxString(rule.from + "index.html") + " " + target + ";\n"
            }
        }
        text += "}\n"
        return text
    }

    static func sorted(_ rules: [Rule]) -> [Rule] {
        rules.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    /// `_redirects` separates fields with spaces, so a space in a path must be encoded.
    static func percentEncodedSpaces(_ path: String) -> String {
        path.replacingOccurrences(of: " ", with: "%20")
    }

    /// A double-quoted nginx string. A key is taken literally; a value would expand `$`, so the
    /// caller percent-encodes it there (the browser's next request decodes it again).
    static func nginxString(_ text: String) -> String {
        var result = "\""
        for character in text {
            if character == "\"" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result + "\""
    }
}
