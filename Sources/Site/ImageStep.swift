import Diagnostics
import Foundation
import Images
import Parallel

/// What the build did with images, for the summary line.
public struct ImageSummary: Sendable, Equatable {
    /// Copies encoded by this build.
    public var processed = 0
    /// Copies taken from the cache.
    public var cached = 0
    /// The size of the source images the build converts, and of all their copies.
    public var bytesBefore = 0
    public var bytesAfter = 0
}

/// Writes every image copy the pages use: from the cache when it has the copy, else encoded with
/// libvips on all of the build's workers and stored in the cache.
enum ImageStep {
    typealias Summary = ImageSummary

    static func write(_ variants: [ImageVariant], cache: ImageCache, catalog: ImageCatalog, limit: Int,
                      writer: OutputWriter, workers: Int) -> (summary: Summary, problems: [Diagnostic]) {
        // One encode per distinct copy, however many pages and languages show it.
        var unique: [String: ImageVariant] = [:]
        for variant in variants { unique[variant.cacheKey] = unique[variant.cacheKey] ?? variant }
        let jobs = unique.keys.sorted().map { unique[$0]! }
        let results = parallelMap(jobs, workers: workers) { variant -> (processed: Bool, bytes: Int, problem: Diagnostic?) in
            let path = cache.path(of: variant)
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber {
                return (false, size.intValue, nil)
            }
            do {
                let bytes = try ImageLibrary.encode(variant.source, width: variant.width, height: variant.height,
                                                    format: variant.format, quality: variant.quality,
                                                    convertToSRGB: variant.convertToSRGB)
                try cache.store(bytes, for: variant)
                return (true, bytes.count, nil)
            } catch let error as ImageError {
                return (true, 0, .error("\(variant.displaySource): \(error.message)", at: SourceLocation(file: variant.displaySource, line: 1),
                                        hint: error.hint, code: DiagnosticCode.imageRefused))
            } catch {
                return (true, 0, .error("\(variant.displaySource): the \(variant.width)-pixel \(variant.format.rawValue) copy could not be stored in \(cache.directory.path)",
                                        at: SourceLocation(file: variant.displaySource, line: 1),
                                        hint: "check that .torg-cache/ is writable", code: DiagnosticCode.outputFileSystem))
            }
        }
        var summary = Summary()
        var problems: [Diagnostic] = []
        var sizes: [String: Int] = [:]
        for (variant, result) in zip(jobs, results) {
            if result.processed { summary.processed += 1 } else { summary.cached += 1 }
            if let problem = result.problem { problems.append(problem) }
            sizes[variant.cacheKey] = result.bytes
        }
        guard problems.isEmpty else { return (summary, problems) }
        let targets = Dictionary(variants.map { ($0.target, $0) }) { first, _ in first }
        _ = parallelMap(targets.keys.sorted(), workers: workers) { target in
            let variant = targets[target]!
            writer.copy(cache.path(of: variant), displaySource: variant.displaySource, to: target)
        }
        summary.bytesAfter = targets.values.reduce(0) { $0 + (sizes[$1.cacheKey] ?? 0) }
        summary.bytesBefore = Set(variants.map(\.source)).reduce(0) { total, source in
            total + ((try? catalog.source(source).get().header.byteCount) ?? 0)
        }
        cache.prune(keeping: Set(jobs.map { cache.path(of: $0) }.map { ($0 as NSString).lastPathComponent }), limit: limit)
        return (summary, problems)
    }
}
