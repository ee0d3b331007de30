import Diagnostics
import Foundation
import Images
import Markdown
import Theme

/// Decides what a Markdown image of a bundle or static file becomes: a `<picture>` of copies in
/// the configured widths and formats (JPEG, PNG and WebP sources), or the file as it is (SVG,
/// GIF, which may be animated). Warns about GPS data and refuses images over the limits.
struct ImagePlanner: Sendable {
    struct Plan: Sendable {
        var rewrite: LinkRewrite
        var variants: [ImageVariant] = []
        /// The same picture with site-absolute URLs, for templates.
        var picture: ResponsivePicture?
        var problems: [(severity: Diagnostic.Severity, message: String, hint: String, code: String)] = []
    }

    let settings: ImageSettings
    let catalog: ImageCatalog
    /// The theme's `sizes` for images in a page's body.
    let bodySizes: String

    static let defaultSizes = "100vw"

    /// `source` is the file; `target` its output path; `url` the destination the page links to.
    func plan(source: String, displaySource: String, target: String, url: String, alt: String, lazy: Bool, basePath: String) -> Plan {
        let fileExtension = (source as NSString).pathExtension
        guard let format = ImageFormat(fileExtension: fileExtension), format.isConverted else { return Plan(rewrite: .keep) }
        let found: ImageCatalog.Source
        switch catalog.source(source) {
        case .failure(let error):
            return Plan(rewrite: .keep, problems: [(.error, "\(displaySource): \(error.message)", error.hint, DiagnosticCode.imageRefused)])
        case .success(let value):
            found = value
        }
        var plan = Plan(rewrite: .keep)
        if found.header.hasLocation {
            plan.problems.append((.warning,
                                  "\(displaySource): this photo has GPS location data; the published copies do not, but the original in git does",
                                  "remove it from the original, keeping the pixels as they are: torg images strip \(displaySource)",
                                  DiagnosticCode.imageLocation))
        }
        let picture = variants(of: found, source: source, displaySource: displaySource, target: target)
        plan.variants = picture.variants
        plan.rewrite = .html(picture.markup(url: url).html(alt: alt, sizes: bodySizes, lazy: lazy))
        plan.picture = picture.markup(url: basePath + target)
        return plan
    }

    struct Picture {
        var variants: [ImageVariant]
        var widths: [Int]
        var height: Int
        var formats: [ImageFormat]
        var fallback: ImageFormat

        /// The markup for a page that links to the source as `url`: each copy's URL is the
        /// source's with `-<width>.<format>` for its extension.
        func markup(url: String) -> ResponsivePicture {
            let stem = (url as NSString).deletingPathExtension
            func srcset(_ format: ImageFormat) -> String {
                widths.map { "\(stem)-\($0).\(format.fileExtension) \($0)w" }.joined(separator: ", ")
            }
            let largest = widths.last!
            return ResponsivePicture(
                sources: formats.map { .init(mimeType: $0.mimeType, srcset: srcset($0)) },
                fallback: .init(mimeType: fallback.mimeType, srcset: srcset(fallback)),
                src: "\(stem)-\(largest).\(fallback.fileExtension)", width: largest, height: height)
        }
    }

    func variants(of found: ImageCatalog.Source, source: String, displaySource: String, target: String) -> Picture {
        let header = found.header
        let widths = settings.widths(forSourceWidth: header.width)
        let formats = settings.formats + [header.fallbackFormat]
        let stem = (target as NSString).deletingPathExtension
        var variants: [ImageVariant] = []
        for format in formats {
            for width in widths {
                let height = header.height(atWidth: width)
                let quality = settings.quality[format] ?? 0
                let key = ImageLibrary.sha256(Array("\(found.hash)|\(width)x\(height)|\(format.rawValue)|q\(quality)|srgb=\(header.hasColourProfile)|\(ImageLibrary.encoderSettings)".utf8))
                variants.append(ImageVariant(source: source, displaySource: displaySource, target: "\(stem)-\(width).\(format.fileExtension)",
                                             width: width, height: height, format: format, quality: quality,
                                             convertToSRGB: header.hasColourProfile, cacheKey: key))
            }
        }
        return Picture(variants: variants, widths: widths, height: header.height(atWidth: widths.last!),
                       formats: settings.formats, fallback: header.fallbackFormat)
    }
}

extension ThemeStack {
    /// The `sizes` of images for `use` (`body`, `hero`, `thumbnail`) from the first theme whose
    /// manifest gives them.
    func imageSizes(for use: String) -> String {
        layers.lazy.compactMap { $0.manifest?.imageSizes[use] }.first ?? ImagePlanner.defaultSizes
    }
}
