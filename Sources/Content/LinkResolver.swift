import Config
import Diagnostics
import Foundation
import URLRule

/// What a link in a page's Markdown points at.
public enum LinkTarget: Sendable {
    /// Anything Torg does not check: other sites, `mailto:`, site-absolute paths, in-page anchors.
    case unchanged
    /// Another page, by its content file. `anchor` is checked once that page's headings are known.
    case page(id: Int, url: String, anchor: String?)
    /// A file of the page's own bundle, left relative because it is copied beside the page.
    /// `path` is the file's path under content/.
    case resource(path: String)
    /// A place in the built site rather than a content file: a root-relative path (`/sv/tjanster/`)
    /// or a relative one that is no bundle resource (`bild.jpg`). `path` is the decoded site path,
    /// base path included, checked once every output file is known; `url` is what the HTML should
    /// link to instead of the destination as written (the base path added), or nil to keep it.
    case sitePath(path: String, anchor: String?, url: String?)
    case missing(message: String, hint: String?, code: String)
}

extension SiteContent {
    /// Resolves a link written in `page`: relative `.md` paths become page URLs.
    public func resolveLink(_ destination: String, from page: Page) -> LinkTarget {
        // The URL rule, in safe and unsafe mode alike: cmark-gfm empties `javascript:` only in safe mode.
        if !destination.isEmpty, case .failure(let refusal) = SafeURL.parse(destination, scope: .withinSite) {
            return .missing(message: "the link '\(destination.prefix(80))' \(refusal.message)",
                            hint: "links may be http(s), mailto: or tel: addresses, paths of the site, or relative links to content files",
                            code: DiagnosticCode.linkScheme)
        }
        if destination.hasPrefix("/"), !destination.hasPrefix("//") {
            return rootRelative(destination)
        }
        var path: String
        var anchor: String?
        switch LinkPath.split(destination) {
        case .external:
            return .unchanged
        case let .local(localPath, localAnchor):
            path = localPath
            anchor = localAnchor
        case .needsCharacters:
            if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("/") || destination.hasPrefix("//")
                || Self.hasScheme(destination) {
                return .unchanged
            }
            (path, anchor) = Self.splitPathAndAnchor(destination)
        }
        path = LinkPath.removingPercentEncoding(path) ?? path

        guard LinkPath.hasMarkdownExtension(path) ?? path.hasSuffix(".md") else {
            if let bundle = page.bundleDirectory,
               let resolved = Self.normalize(path, relativeTo: page.directory),
               bundleResources[bundle]?.contains(resolved) == true {
                return .resource(path: resolved)
            }
            guard !path.isEmpty else { return .unchanged }
            return relativeToPageURL(path, anchor: anchor, destination: destination, from: page)
        }
        guard let resolved = Self.normalize(path, relativeTo: page.linkBaseDirectory) else {
            return .missing(message: "the link '\(destination)' points outside content/", hint: "link to a file inside content/", code: DiagnosticCode.linkMissing)
        }
        if let target = linkTarget(contentPath: resolved, language: page.language) {
            return .page(id: target.id, url: target.url, anchor: anchor)
        }
        if let reason = unpublished[resolved] {
            return .missing(
                message: "the link '\(destination)' points to content/\(resolved), which is \(reason)",
                hint: "publish that page, or remove the link",
                code: DiagnosticCode.linkUnpublished
            )
        }
        let suggestion = Self.closest(to: resolved, among: idsByContentPath.keys)
        return .missing(
            message: "the link '\(destination)' points to content/\(resolved), which does not exist",
            hint: suggestion.map { "did you mean '\(Self.relative($0, from: page.linkBaseDirectory))'?" }
                ?? "check the file name and the ../ steps; links are relative to the page's own directory",
            code: DiagnosticCode.linkMissing
        )
    }

    /// `/sv/tjanster/#avgifter` means the site's own root, so on a site under `/kunta/` the link is
    /// written as `/kunta/sv/tjanster/#avgifter`, just as a `.md` link's URL carries the base path.
    /// A link that already starts with the base path is left as it is.
    private func rootRelative(_ destination: String) -> LinkTarget {
        let (rawPath, anchor) = Self.splitPathAndAnchor(destination)
        let path = LinkPath.removingPercentEncoding(rawPath) ?? rawPath
        let basePath = config.basePath
        guard basePath != "/", !(path + "/").hasPrefix(basePath) else {
            return .sitePath(path: path, anchor: anchor, url: nil)
        }
        return .sitePath(path: basePath + path.dropFirst(), anchor: anchor, url: basePath + destination.dropFirst())
    }

    /// A relative link that is no `.md` file and no bundle resource resolves against the page's
    /// URL, as a browser resolves it.
    private func relativeToPageURL(_ path: String, anchor: String?, destination: String, from page: Page) -> LinkTarget {
        let directory = page.url.hasSuffix("/") ? page.url : String(page.url[..<(page.url.lastIndex(of: "/") ?? page.url.startIndex)])
        guard let resolved = Self.normalize(path, relativeTo: String(directory.drop { $0 == "/" })) else {
            return .missing(message: "the link '\(destination)' points above the top of the site",
                            hint: "remove some ../ steps, or link from the site's root: /\(page.language)/…",
                            code: DiagnosticCode.linkMissing)
        }
        let trailing = path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..") || path == "." || path == ".."
        return .sitePath(path: "/" + resolved + (trailing && !resolved.isEmpty ? "/" : ""), anchor: anchor, url: nil)
    }

    /// `/sv/tjanster/?a=1#avgifter` → (`/sv/tjanster/`, `avgifter`).
    static func splitPathAndAnchor(_ destination: String) -> (path: String, anchor: String?) {
        var path = destination
        var anchor: String?
        if let hash = path.firstIndex(of: "#") {
            anchor = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        return (path, anchor)
    }

    /// `dagvard.md` without a language suffix means the version in the linking page's language.
    private func linkTarget(contentPath: String, language: String) -> Page? {
        if let page = page(atContentPath: contentPath) { return page }
        let stem = contentPath.dropLast(3)
        return page(atContentPath: "\(stem).\(language).md")
    }

    static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// Resolves `..` and `.` against a content directory; nil when the path climbs out of `content/`.
    static func normalize(_ path: String, relativeTo directory: String) -> String? {
        if let normalized = LinkPath.normalize(path, relativeTo: directory) { return normalized }
        return normalizeByCharacters(path, relativeTo: directory)
    }

    static func normalizeByCharacters(_ path: String, relativeTo directory: String) -> String? {
        var parts = directory.isEmpty ? [] : directory.split(separator: "/").map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The path from `directory` to `contentPath`, for "did you mean" hints that can be pasted back.
    static func relative(_ contentPath: String, from directory: String) -> String {
        let from = directory.split(separator: "/")
        let to = contentPath.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }

    /// Only on a broken link, so a linear scan over the paths is fine. Names are compared without
    /// their language suffix and extension, and a suggestion must share most of its letters.
    static func closest(to path: String, among candidates: some Sequence<String>) -> String? {
        func stem(_ path: String) -> String {
            String((path as NSString).lastPathComponent.split(separator: ".").first ?? "")
        }
        let name = stem(path)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = Suggestion.distance(name, stem(candidate))
            guard distance < name.count, distance <= max(1, name.count / 3) else { continue }
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }
}
