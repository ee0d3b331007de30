import Content
import Diagnostics
import Foundation
import Outputs
import Theme

/// The files that are not pages: sitemap, robots.txt, static files and page-bundle resources.
enum ExtraFiles {
    static func write(
        content: SiteContent, generatedPages: [(url: String, alternates: [Alternate])],
        stack: ThemeStack, siteDirectory: URL, writer: OutputWriter
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func attempt(_ path: String, _ action: () throws -> Void) {
            do { try action() } catch {
                problems.append(.error("cannot write \(path): \(error.localizedDescription)"))
            }
        }
        attempt("sitemap.xml") { try writer.write(Sitemap.xml(for: content, generated: generatedPages), to: "sitemap.xml") }
        attempt("robots.txt") { try writer.write(Robots.text(for: content.config), to: "robots.txt") }
        for file in stack.mergedFiles(in: "static") {
            attempt(file.relativePath) { try writer.copy(file.url, to: file.relativePath) }
        }
        let contentDirectory = siteDirectory.appendingPathComponent("content")
        for page in content.pages {
            guard let bundle = page.bundleDirectory, let resources = content.bundleResources[bundle] else { continue }
            let pageDirectory = (page.outputPath as NSString).deletingLastPathComponent
            for resource in resources {
                let inBundle = String(resource.dropFirst(bundle.count + 1))
                let target = pageDirectory + "/" + inBundle
                attempt(target) { try writer.copy(contentDirectory.appendingPathComponent(resource), to: target) }
            }
        }
        return problems
    }
}
