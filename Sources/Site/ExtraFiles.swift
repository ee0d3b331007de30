import Content
import Diagnostics
import Foundation
import Outputs
import Parallel
import Theme

/// The files that are not pages: sitemap, robots.txt, static files and page-bundle resources.
enum ExtraFiles {
    /// Static files of every layer (the site's own win over its themes', as documented) and the
    /// resources of every page bundle, beside each language's page.
    static func copies(content: SiteContent, stack: ThemeStack, siteDirectory: URL) -> [FileCopy] {
        var copies = stack.mergedFiles(in: "static").map {
            FileCopy(source: $0.url.path, displaySource: $0.displayPath, target: $0.relativePath, kind: .staticFile)
        }
        let contentDirectory = siteDirectory.appendingPathComponent("content").path + "/"
        for page in content.pages {
            guard let bundle = page.bundleDirectory, let resources = content.bundleResources[bundle] else { continue }
            let pageDirectory = (page.outputPath as NSString).deletingLastPathComponent
            for resource in resources {
                let inBundle = String(resource.dropFirst(bundle.count + 1))
                copies.append(FileCopy(source: contentDirectory + resource, displaySource: "content/" + resource,
                                       target: pageDirectory + "/" + inBundle, kind: .bundleFile))
            }
        }
        return copies
    }

    static func write(
        content: SiteContent, generatedPages: [(url: String, alternates: [Alternate])],
        copies: [FileCopy], writer: OutputWriter, workers: Int
    ) {
        writer.write(Sitemap.xml(for: content, generated: generatedPages, workers: workers), to: "sitemap.xml")
        writer.write(Robots.text(for: content.config), to: "robots.txt")
        writer.write(OutputDirectory.markerText, to: OutputDirectory.markerName)
        // Thousands of page-bundle pictures on a large site: copied on all workers, like pages.
        _ = parallelMap(copies, workers: workers) { copy in
            writer.copy(copy.source, displaySource: copy.displaySource, to: copy.target)
        }
    }
}
