import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a build may write. A build replaces its output directory as a whole, so the output must
/// be a directory of its own: never the site, a source folder or file of it, the file system root,
/// a home directory, or a directory that holds any of these or the current directory.
struct OutputLocationPolicy {
    /// The folders of a site that hold its sources; none of them, nor anything inside, is an output.
    static let sourceFolders = ["content", "data", "static", "layouts", "i18n", "themes", "components",
                                "archetypes", ".torg-cache", ".git"]

    var siteDirectory: String
    var currentDirectory: String
    /// Every home directory the user may have: `$HOME` and the user database can disagree
    /// (CI containers often set `HOME` to something else), so both count.
    var homeDirectories: [String]

    static var current: OutputLocationPolicy {
        var homes: [String] = []
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { homes.append(home) }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            homes.append(String(cString: directory))
        }
        return OutputLocationPolicy(siteDirectory: "", currentDirectory: FileManager.default.currentDirectoryPath,
                                    homeDirectories: homes)
    }

    private static let hint = "write the site to a directory of its own, such as public/ in the site (--output public)"

    /// A refusal, or nil when the output may be replaced.
    func check(output: String, displayName: String) -> Diagnostic? {
        let target = Self.resolve(output)
        let output = displayName
        let site = Self.resolve(siteDirectory)
        let replaced = "and a build replaces its output as a whole"
        if target == site {
            return .error("refusing to write the site to \(output): that is the site directory, \(replaced)", hint: Self.hint, code: DiagnosticCode.outputRefused)
        }
        for folder in Self.sourceFolders {
            let source = Self.resolve(site + "/" + folder)
            if target == source {
                return .error("refusing to write the site to \(output): that is the site's source folder \(folder)/, \(replaced)",
                              hint: Self.hint, code: DiagnosticCode.outputRefused)
            }
            if Self.isInside(target, source) {
                return .error("refusing to write the site to \(output): it is inside the site's source folder \(folder)/",
                              hint: Self.hint, code: DiagnosticCode.outputRefused)
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue {
            return .error("refusing to write the site to \(output): it is a file, and the output must be a directory of its own",
                          hint: Self.hint, code: DiagnosticCode.outputRefused)
        }
        let protected = [("the file system root", "/"), ("the site directory", site), ("the current directory", Self.resolve(currentDirectory))]
            + homeDirectories.map { ("the home directory", Self.resolve($0)) }
        for (name, path) in protected where target == path || Self.isInside(path, target) {
            let what = target == path ? "it is \(name) \(path)" : "it contains \(name) \(path)"
            return .error("refusing to write the site to \(output): \(what), \(replaced)", hint: Self.hint, code: DiagnosticCode.outputRefused)
        }
        return nil
    }

    static func isInside(_ path: String, _ directory: String) -> Bool {
        directory == "/" ? path != "/" : path.hasPrefix(directory + "/")
    }

    /// The absolute path with symbolic links resolved as far as the path exists, and `.` and `..`
    /// folded lexically beyond that, so that two spellings of one directory compare equal.
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = URL(fileURLWithPath: absolute).standardizedFileURL.path
        var rest: [String] = []
        while existing != "/" {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let resolved = String(cString: real)
                return rest.isEmpty ? resolved : (resolved == "/" ? "" : resolved) + "/" + rest.reversed().joined(separator: "/")
            }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return "/" + rest.reversed().joined(separator: "/")
    }
}
