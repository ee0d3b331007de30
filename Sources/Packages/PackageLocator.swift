import Config
import Diagnostics
import Foundation

/// Finds each package of the theme stack on disk: a directory under `themes/`, or, for a package
/// pinned to git, the locked commit's copy in the site's cache. Never touches the network.
public struct PackageLocator: Sendable {
    public struct Location: Sendable {
        public var reference: PackageReference
        public var directory: URL
        /// Path from the site directory, for diagnostics: `themes/kommun/`.
        public var displayPrefix: String
    }

    /// The cache inside the site, git-ignored: `.torg-cache/packages/<name>/<commit>/`.
    public static let cacheDirectory = ".torg-cache/packages"

    let siteDirectory: URL
    let themesDirectory: URL

    public init(siteDirectory: URL, themesDirectory: URL? = nil) {
        self.siteDirectory = siteDirectory
        self.themesDirectory = themesDirectory ?? siteDirectory.appendingPathComponent("themes")
    }

    public static func cachedCopy(siteDirectory: URL, name: String, commit: String) -> URL {
        siteDirectory.appendingPathComponent(cacheDirectory).appendingPathComponent(name).appendingPathComponent(commit)
    }

    public func locate(_ references: [PackageReference]) throws(DiagnosticList) -> [Location] {
        let lock = try LockFile.read(siteDirectory: siteDirectory)
        var problems: [Diagnostic] = []
        var locations: [Location] = []
        for reference in references {
            let at = reference.location ?? SourceLocation(file: "torg.yaml", line: 1)
            if let git = reference.git {
                guard let entry = lock.entries[reference.name] else {
                    problems.append(.error("package '\(reference.name)' is pinned to git but not in torg.lock", at: at,
                                           hint: "run 'torg components sync' to fetch it and record its commit"))
                    continue
                }
                guard entry.url == git.url, entry.ref == git.ref else {
                    problems.append(.error("torg.lock pins '\(reference.name)' to \(entry.url) \(entry.ref), but torg.yaml asks for \(git.url) \(git.ref)",
                                           at: at, hint: "run 'torg components sync' to update torg.lock"))
                    continue
                }
                let directory = Self.cachedCopy(siteDirectory: siteDirectory, name: reference.name, commit: entry.commit)
                guard isDirectory(directory) else {
                    problems.append(.error("package '\(reference.name)' at commit \(entry.commit.prefix(12)) is not in the cache", at: at,
                                           hint: "run 'torg components sync' to fetch it"))
                    continue
                }
                locations.append(Location(reference: reference, directory: directory,
                                          displayPrefix: "\(Self.cacheDirectory)/\(reference.name)/\(entry.commit.prefix(12))/"))
                continue
            }
            let directory = themesDirectory.appendingPathComponent(reference.name)
            guard isDirectory(directory) else {
                let available = (try? FileManager.default.contentsOfDirectory(atPath: themesDirectory.path))?
                    .filter { !$0.hasPrefix(".") }.sorted() ?? []
                problems.append(.error(
                    "theme '\(reference.name)' not found in themes/", at: at,
                    hint: available.isEmpty ? "create themes/\(reference.name)/, or remove it from 'theme'"
                        : "available: \(available.joined(separator: ", "))"
                ))
                continue
            }
            locations.append(Location(reference: reference, directory: directory, displayPrefix: "themes/\(reference.name)/"))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return locations
    }

    private func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
