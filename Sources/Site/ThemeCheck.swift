import Config
import Content
import Diagnostics
import Foundation
import Theme

/// `torg theme check [DIR]`: the theme contract, checked against the site without building it.
public enum ThemeCheck {
    public struct Report: Sendable {
        /// The packages checked, as "kind name version (path)".
        public var checked: [String]
        public var diagnostics: [Diagnostic]
    }

    /// Checks the package in `packageDirectory`, or every package of the site's stack when nil.
    public static func run(siteDirectory: URL, packageDirectory: URL?, now: Date = Date()) -> Report {
        let diagnostics = DiagnosticCollector()
        var checked: [String] = []
        do {
            let config = try ConfigStep.load(BuildOptions(siteDirectory: siteDirectory, now: now))
            let stack = try ThemeStack(siteDirectory: siteDirectory, packages: config.packages)
            let content = ContentLoader.load(siteDirectory: siteDirectory, config: config,
                                             filter: PublishingFilter(includeDrafts: true, includeFuture: true, includeExpired: true, now: now),
                                             diagnostics: DiagnosticCollector())
            let contract = ThemeContract(needs: .of(content: content, stack: stack))
            var packages = stack.layers.dropFirst() + stack.components.keys.sorted().map { stack.components[$0]! }
            if let packageDirectory {
                let display = displayPath(packageDirectory, from: siteDirectory)
                let manifest = try PackageManifest.load(directory: packageDirectory, displayPath: display)
                packages = [ThemeStack.Layer(name: manifest.name, directory: packageDirectory, displayPrefix: display, manifest: manifest)]
            }
            for package in packages {
                guard let manifest = package.manifest else { continue }
                checked.append("\(manifest.kind.rawValue) \(manifest.name) \(manifest.version) (\(package.displayPrefix))")
                diagnostics.report(contentsOf: contract.check(package))
            }
        } catch {
            diagnostics.report(error)
        }
        return Report(checked: checked, diagnostics: diagnostics.diagnostics)
    }

    /// `themes/kommun/` for a directory inside the site, the absolute path otherwise.
    static func displayPath(_ directory: URL, from site: URL) -> String {
        let path = directory.standardizedFileURL.path
        let sitePath = site.standardizedFileURL.path
        let relative = path.hasPrefix(sitePath + "/") ? String(path.dropFirst(sitePath.count + 1)) : path
        return relative.hasSuffix("/") ? relative : relative + "/"
    }
}
