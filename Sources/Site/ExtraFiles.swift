import Content
import Diagnostics
import Foundation
import Images
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
        for page in content.pages {
            guard let bundle = page.bundleDirectory, let resources = content.bundleResources[bundle] else { continue }
            let pageDirectory = (page.outputPath as NSString).deletingLastPathComponent
            for resource in resources {
                let inBundle = String(resource.dropFirst(bundle.count + 1))
                // The file as the scan found it, after the symlink rule; under its NFC name in the output.
                guard let file = content.resourceFiles[resource] else { continue }
                copies.append(FileCopy(source: file.path, displaySource: "content/" + resource,
                                       target: pageDirectory + "/" + inBundle, kind: .bundleFile))
            }
        }
        return copies
    }

    /// The copies without the originals of converted bundle images, which the pages show through
    /// their copies; an original stays when a link points to it or the site asks for all. Every
    /// bundle photo that is published goes out without its location and personal metadata.
    static func publishedCopies(_ copies: [FileCopy], converted: Set<String>, linked: Set<String>, publishOriginals: Bool) -> [FileCopy] {
        copies.compactMap { copy in
            guard copy.kind == .bundleFile,
                  ImageFormat(fileExtension: (copy.source as NSString).pathExtension)?.isConverted == true else { return copy }
            if converted.contains(copy.displaySource), !publishOriginals,
               !linked.contains(String(copy.displaySource.dropFirst("content/".count))) {
                return nil
            }
            var stripped = copy
            stripped.stripsMetadata = true
            return stripped
        }
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
            if copy.stripsMetadata, let format = ImageFormat(fileExtension: (copy.source as NSString).pathExtension),
               let bytes = FileManager.default.contents(atPath: copy.source),
               let stripped = MetadataStripper.strip([UInt8](bytes), format: format) {
                writer.write(Data(stripped), to: copy.target)
            } else {
                writer.copy(copy.source, displaySource: copy.displaySource, to: copy.target)
            }
        }
    }
}
