import Content
import Diagnostics
import Foundation
import Outputs
import Parallel
import Theme

/// The files that are not pages: sitemap, robots.txt, static files and page-bundle resources.
enum ExtraFiles {
    static func write(
        content: SiteContent, generatedPages: [(url: String, alternates: [Alternate])],
        stack: ThemeStack, siteDirectory: URL, writer: OutputWriter, workers: Int
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func attempt(_ path: String, _ action: () throws -> Void) {
            do { try action() } catch {
                problems.append(.error("cannot write \(path): \(error.localizedDescription)"))
            }
        }
        attempt("sitemap.xml") { try writer.write(Sitemap.xml(for: content, generated: generatedPages, workers: workers), to: "sitemap.xml") }
        attempt("robots.txt") { try writer.write(Robots.text(for: content.config), to: "robots.txt") }
        var copies = stack.mergedFiles(in: "static").map { (source: $0.url.path, target: $0.relativePath) }
        for page in content.pages {
            guard let bundle = page.bundleDirectory, let resources = content.bundleResources[bundle] else { continue }
            let pageDirectory = (page.outputPath as NSString).deletingLastPathComponent
            for resource in resources {
                let inBundle = String(resource.dropFirst(bundle.count + 1))
                guard let file = content.resourceFiles[resource] else { continue }
                copies.append((source: file.path, target: pageDirectory + "/" + inBundle))
            }
        }
        // A later copy to the same place wins, as when they ran one after another.
        var lastCopyTo: [String: Int] = [:]
        for (index, copy) in copies.enumerated() { lastCopyTo[copy.target] = index }
        copies = copies.enumerated().filter { lastCopyTo[$0.element.target] == $0.offset }.map(\.element)
        // Thousands of page-bundle pictures on a large site: copied on all workers, like pages.
        let failures = parallelMap(copies, workers: workers) { copy -> Diagnostic? in
            do {
                try writer.copy(URL(fileURLWithPath: copy.source), to: copy.target)
                return nil
            } catch {
                return .error("cannot write \(copy.target): \(error.localizedDescription)")
            }
        }
        problems += failures.compactMap { $0 }
        return problems
    }
}
