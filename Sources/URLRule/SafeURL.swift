import Diagnostics

/// A link target that may be published: the one URL rule for every source of links (front matter,
/// event blocks, data files, component parameters, interface strings, imported events).
///
/// Accepted: `http:` and `https:` addresses, `mailto:` and `tel:`, and paths from the site root.
/// Where the field is a link within the site, also relative paths and `#fragments`. Everything
/// else is refused, `javascript:`, `data:`, `vbscript:` and `file:` among them, however it is
/// disguised: the scheme is read the way a browser reads it, after dropping leading spaces and
/// control characters, tabs and newlines anywhere, and decoding character references.
public struct SafeURL: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case web, mail, phone, sitePath, relative, fragment
    }

    /// Which links a field takes.
    public enum Scope: Sendable {
        /// An address others may follow from anywhere: http(s), mailto, tel, or a path from the site root.
        case absolute
        /// A link inside the site's own pages: also relative paths and fragments.
        case withinSite
    }

    public let text: String
    public let kind: Kind

    public var description: String { text }

    /// Why a text is not a `SafeURL`, worded to finish "'feedback.form' …".
    public enum Refusal: Error, Sendable, Equatable {
        case empty
        case controlCharacter
        case scheme(String)
        case otherHost
        case relative
        case invalidHost

        public var message: String {
            switch self {
            case .empty: return "is empty"
            case .controlCharacter: return "contains a control character"
            case .scheme(let scheme): return "uses the scheme '\(scheme):', which Torg does not publish"
            case .otherHost: return "starts with '//', which leaves the site without saying how"
            case .relative: return "is a relative link, which has no fixed target here"
            case .invalidHost: return "has no valid host name after its scheme"
            }
        }
    }

    public static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    public static func parse(_ raw: String, scope: Scope = .absolute) -> Result<SafeURL, Refusal> {
        let text = raw.trimmingSpaces
        guard !text.isEmpty else { return .failure(.empty) }
        let normalized = URLNormalizer.schemeView(of: raw)
        if let scheme = URLNormalizer.scheme(of: normalized) {
            guard allowedSchemes.contains(scheme) else { return .failure(.scheme(scheme)) }
            guard !text.unicodeScalars.contains(where: URLNormalizer.isControl) else { return .failure(.controlCharacter) }
            // The text as written must say the scheme itself, not through references or tabs.
            guard URLNormalizer.scheme(of: text.lowercased()) == scheme else { return .failure(.scheme(scheme)) }
            let kind: Kind = scheme == "mailto" ? .mail : scheme == "tel" ? .phone : .web
            if kind == .web, !hasValidHost(text.dropFirst(scheme.count + 1)) { return .failure(.invalidHost) }
            return .success(SafeURL(text: text, kind: kind))
        }
        guard !text.unicodeScalars.contains(where: URLNormalizer.isControl) else { return .failure(.controlCharacter) }
        if normalized.hasPrefix("//") || normalized.hasPrefix("\\\\") || normalized.hasPrefix("/\\") { return .failure(.otherHost) }
        if text.hasPrefix("/") { return .success(SafeURL(text: text, kind: .sitePath)) }
        guard scope == .withinSite else { return .failure(.relative) }
        return .success(SafeURL(text: text, kind: text.hasPrefix("#") ? .fragment : .relative))
    }

    /// `//host…` with a host whose labels are not empty (`http://../` and `http:foo` have none).
    static func hasValidHost(_ rest: Substring) -> Bool {
        guard rest.hasPrefix("//") else { return false }
        let authority = rest.dropFirst(2).prefix { !"/?#".contains($0) }
        var host = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        if host.hasPrefix("[") { return host.contains("]") }
        if let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return !host.isEmpty && labels.dropLast().allSatisfy { !$0.isEmpty } && !(labels.last?.isEmpty == true && labels.count == 1)
    }

    /// The value of field `field`, or a located error (or warning, for imported data whose field is dropped).
    public static func check(_ raw: String, field: String, at location: SourceLocation?, scope: Scope = .absolute,
                             severity: Diagnostic.Severity = .error) -> Result<SafeURL, Diagnostic> {
        parse(raw, scope: scope).mapError { refusal in
            let dropped = severity == .warning ? ", so it is left out" : ""
            return Diagnostic(severity, "'\(field)' \(refusal.message): '\(shown(raw))'\(dropped)", at: location,
                              hint: scope == .withinSite
                                  ? "links may be http(s), mailto: or tel: addresses, or paths of the site"
                                  : "write a whole address like https://www.example.fi/sida, mailto:, tel:, or a path from the site root like /sv/sida/")
        }
    }
}

extension String {
    /// Without the spaces and control characters a browser ignores at either end of a URL.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !URLNormalizer.isIgnoredAtEnds($0) }),
              let last = scalars.lastIndex(where: { !URLNormalizer.isIgnoredAtEnds($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

extension SafeURL {
    /// Schemes that run or embed content: refused even in free text (a data file's value, an
    /// interface string), where a theme may still put the text into an `href`.
    public static let activeSchemes: Set<String> = ["javascript", "vbscript", "data", "file", "blob", "filesystem", "livescript"]

    /// The refusal for free text that a theme could use as a link, or nil. Free text is not held to
    /// the whole URL rule, since "Obs: stängt" is prose; only an active scheme is refused.
    public static func refusal(inFreeText raw: String) -> Refusal? {
        guard let scheme = URLNormalizer.scheme(of: URLNormalizer.schemeView(of: raw)), activeSchemes.contains(scheme) else { return nil }
        return .scheme(scheme)
    }

    /// The located error for free text in field `field` that starts with an active scheme, or nil.
    public static func checkFreeText(_ raw: String, field: String, at location: SourceLocation?) -> Diagnostic? {
        guard let refusal = refusal(inFreeText: raw) else { return nil }
        return .error("'\(field)' \(refusal.message): '\(shown(raw))'", at: location,
                      hint: "a link may be an http(s), mailto: or tel: address, or a path of the site")
    }

    /// The text as a message quotes it: control characters visible, at most 80 characters.
    static func shown(_ raw: String) -> String {
        String(raw.unicodeScalars.map { URLNormalizer.isControl($0) ? "\u{FFFD}" : Character($0) }.prefix(80))
    }
}
