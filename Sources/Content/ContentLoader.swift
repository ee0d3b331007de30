import Config
import Diagnostics
import Foundation
import Parallel

/// Reads `content/` into a `SiteContent`: the "load" step of the build.
public enum ContentLoader {
    public static func load(
        siteDirectory: URL,
        config: SiteConfig,
        filter: PublishingFilter,
        workers: Int = defaultWorkerCount,
        accessibilityStatement: AccessibilityStatement? = nil,
        diagnostics: DiagnosticCollector
    ) -> SiteContent {
        let contentDirectory = siteDirectory.appendingPathComponent("content")
        let languages = Set(config.languages.map(\.code))
        let scan = ContentScanner(contentDirectory: contentDirectory, languages: languages, workers: workers).scan()
        diagnostics.report(contentsOf: scan.problems)

        let contentPath = contentDirectory.path
        let files = parallelMap(scan.pages, workers: workers) { entry in
            SourceFile.read(contentPath: entry.contentPath, name: entry.name, contentDirectory: contentPath, config: config)
        }
        var published: [SourceFile] = []
        var unpublished: [String: String] = [:]
        for file in files {
            diagnostics.report(contentsOf: file.problems)
            if let reason = filter.exclusionReason(file.frontMatter) {
                unpublished[file.contentPath] = reason
            } else {
                published.append(file)
            }
        }
        var builder = SiteContentBuilder(config: config, diagnostics: diagnostics)
        builder.accessibilityStatement = accessibilityStatement
        var content = builder.build(files: published, unpublished: unpublished, bundleResources: scan.bundleResources)
        content.accessibilityStatement = accessibilityStatement
        return content
    }
}
