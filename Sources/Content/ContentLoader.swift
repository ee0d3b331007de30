import Config
import Diagnostics
import Foundation
import Parallel
import SiteFiles

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
        let languages = Set(config.languages.map(\.code))
        let scan = ContentScanner(siteDirectory: siteDirectory, languages: languages).scan()
        diagnostics.report(contentsOf: scan.problems)

        let boundary = FileBoundary(directory: siteDirectory, displayPrefix: "")
        let files = parallelMap(scan.pages, workers: workers) { entry in
            SourceFile.read(contentPath: entry.contentPath, name: entry.name, file: entry.file, boundary: boundary, config: config)
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
        var content = builder.build(files: published, unpublished: unpublished, bundleResources: scan.bundleResources, resourceFiles: scan.files)
        content.accessibilityStatement = accessibilityStatement
        return content
    }
}
