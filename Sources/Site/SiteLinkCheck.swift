import Config
import Content
import Diagnostics
import Foundation

/// Checks links to places of the built site (`/sv/tjanster/`, `bild.jpg`, `/files/protokoll.pdf`)
/// against the files the build produced: pages, list pages, redirects, events, bundle resources,
/// static files of the site and its themes. A link with `#anchor` to a page is handed on to the
/// anchor check, exactly like a `.md` link.
struct SiteLinkCheck {
    let content: SiteContent
    /// Every file of the output, relative to its root: `sv/tjanster/index.html`.
    let outputFiles: Set<String>

    func check(_ references: [MarkdownStep.SitePathReference]) -> (problems: [Diagnostic], anchors: [LinkAnchor]) {
        guard !references.isEmpty else { return ([], []) }
        var pagesByOutput: [String: Int] = [:]
        for page in content.pages { pagesByOutput[page.outputPath] = page.id }
        var problems: [Diagnostic] = []
        var anchors: [LinkAnchor] = []
        let basePath = content.config.basePath
        for reference in references {
            guard reference.path.hasPrefix(basePath) || reference.path + "/" == basePath else {
                problems.append(.error(
                    "the link '\(reference.destination)' points outside the site, which lives under \(basePath)",
                    at: reference.location, hint: "link to a path that starts with \(basePath)", code: DiagnosticCode.linkMissing))
                continue
            }
            let relative = String(reference.path.dropFirst(min(basePath.count, reference.path.count)))
            guard let file = Self.candidates(for: relative).first(where: outputFiles.contains) else {
                problems.append(.error(
                    "the link '\(reference.destination)' points to \(reference.path), but the site has no "
                        + (reference.isImage ? "image" : "page or file") + " there",
                    at: reference.location,
                    hint: suggestion(for: relative).map { "did you mean '\(basePath)\($0)'?" }
                        ?? (reference.isImage || relative.contains(".")
                            ? "put the file in the page's bundle directory or in static/, and check its name"
                            : "link to the page's file instead, like [Dagvård](../tjanster/dagvard.sv.md), so Torg keeps the URL right"),
                    code: DiagnosticCode.linkMissing
                ))
                continue
            }
            if let anchor = reference.anchor, !anchor.isEmpty, let id = pagesByOutput[file] {
                anchors.append(LinkAnchor(location: reference.location, targetPageID: id, anchor: anchor,
                                          destination: reference.destination))
            }
        }
        return (problems, anchors)
    }

    /// The output files a site path may mean: `sv/tjanster/` is `sv/tjanster/index.html`, and
    /// `sv/tjanster` without the slash is either a file or that directory's index.
    static func candidates(for relative: String) -> [String] {
        if relative.isEmpty || relative.hasSuffix("/") { return [relative + "index.html"] }
        return [relative, relative + "/index.html"]
    }

    /// The closest output path in the same directory, or with the same last part elsewhere; only
    /// on a broken link, and over a short list, so the edit distance is affordable.
    private func suggestion(for relative: String) -> String? {
        let trimmed = relative.hasSuffix("/") ? String(relative.dropLast()) : relative
        let name = (trimmed as NSString).lastPathComponent
        let directory = (trimmed as NSString).deletingLastPathComponent
        var candidates: [String] = []
        for file in outputFiles {
            let url = file.hasSuffix("/index.html") ? String(file.dropLast("index.html".count)) : file
            let path = url.hasSuffix("/") ? String(url.dropLast()) : url
            if (path as NSString).deletingLastPathComponent == directory || (path as NSString).lastPathComponent == name {
                candidates.append(url)
            }
        }
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = Suggestion.distance(relative, candidate)
            guard distance <= max(2, relative.count / 3) else { continue }
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }
}
