import Diagnostics

/// Every file a build will write, with what claims it, decided before anything is written.
///
/// Two claims on one path, or a file where another claim needs a directory, would let one output
/// silently replace another (an alias over the home page, a static `sitemap.xml` over the
/// generated one). Each such clash is one error naming both claimants; the writer then refuses
/// any path that is not in the plan, so a new kind of output cannot skip the check.
struct OutputPlan: Sendable {
    struct Claim: Sendable {
        enum Kind: Sendable {
            /// Written by Torg itself: the root page, the 404 pages, sitemap, robots.txt, the marker.
            case generated
            case page
            case listPage
            case redirect
            case calendar
            /// A section's RSS or Atom feed.
            case feed
            /// A tag's (or another taxonomy term's) list page, or a taxonomy's index.
            case taxonomy
            case bundleFile
            case componentFile
            case staticFile
            /// A directory whose files a tool decides while the build runs (the Pagefind index).
            case searchIndex
            /// A resized copy of a bundle or static image.
            case imageFile
        }

        var path: String
        var kind: Kind
        /// Who wants the path, in words: "the page content/a.sv.md".
        var owner: String
        var location: SourceLocation?

        var described: String {
            location.map { "\(owner) (\($0))" } ?? owner
        }
    }

    private(set) var claims: [Claim] = []

    mutating func claim(_ path: String, _ kind: Claim.Kind, by owner: String, at location: SourceLocation? = nil) {
        claims.append(Claim(path: path, kind: kind, owner: owner, location: location))
    }

    var paths: Set<String> { Set(claims.filter { $0.kind != .searchIndex }.map(\.path)) }

    /// Directories claimed as a whole (ending in "/"): any file below them may be written.
    var directories: [String] { claims.filter { $0.kind == .searchIndex }.map(\.path) }

    /// One error per clash, in plan order. Two pages on one URL are left to the content model,
    /// which reports them with the slugs to change.
    func clashes() -> [Diagnostic] {
        var owners: [String: Int] = [:]
        owners.reserveCapacity(claims.count)
        var problems: [Diagnostic] = []
        for (index, claim) in claims.enumerated() {
            if let first = owners[claim.path] {
                let other = claims[first]
                if other.kind == .page && claim.kind == .page { continue }
                problems.append(clash(other, claim, "\(claim.path) would be written twice: by \(other.described) and by \(claim.described)"))
            } else {
                owners[claim.path] = index
            }
        }
        // A file inside a directory that another tool fills as a whole.
        for directory in claims where directory.kind == .searchIndex {
            for claim in claims where claim.kind != .searchIndex && claim.path.hasPrefix(directory.path) {
                problems.append(clash(directory, claim, "\(claim.path) is inside \(directory.path), which \(directory.described) fills"))
            }
        }
        // A file where another output needs a directory: `url: /sitemap.xml/` against the sitemap.
        for claim in claims {
            var path = Substring(claim.path)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                if let file = owners[String(path)] {
                    let other = claims[file]
                    problems.append(clash(other, claim,
                                          "\(path) would be a file for \(other.described) and a directory for \(claim.described)"))
                    break
                }
            }
        }
        return problems
    }

    /// Located at the claimant an editor is most likely to change, with the fix that fits it.
    private func clash(_ first: Claim, _ second: Claim, _ message: String) -> Diagnostic {
        let (editable, other) = Self.editability(second.kind) >= Self.editability(first.kind) ? (second, first) : (first, second)
        return .error(message, at: editable.location ?? other.location, hint: Self.hint(for: editable.kind),
                      code: DiagnosticCode.outputClash)
    }

    /// What an editor wrote directly ranks above what Torg derives from it.
    private static func editability(_ kind: Claim.Kind) -> Int {
        switch kind {
        case .staticFile, .bundleFile, .redirect, .page: return 3
        case .componentFile: return 2
        case .listPage, .calendar, .feed, .taxonomy, .imageFile: return 1
        case .generated, .searchIndex: return 0
        }
    }

    private static func hint(for kind: Claim.Kind) -> String {
        switch kind {
        case .generated, .listPage, .calendar, .feed, .searchIndex:
            return "give the other page another 'slug' or 'url'"
        case .taxonomy:
            return "give the other page another 'slug' or 'url', or rename the term, or change the taxonomy's URL word (the interface string 'tagsSlug' for tags)"
        case .page:
            return "give the page another 'slug' or 'url'"
        case .redirect:
            return "remove the alias, or point it at a path no other output has"
        case .bundleFile:
            return "rename the file in the page bundle"
        case .componentFile:
            return "rename the component's static file"
        case .imageFile:
            return "rename the image: its copies are named after it, with -<width>.<format>"
        case .staticFile:
            return "rename or remove the static file: static/ may override a theme's static file, not a file that torg generates or a page"
        }
    }
}
