import Diagnostics
import Images
import YAML

/// `images:` in torg.yaml: which copies of each photo the build writes.
struct ImageSettings: Sendable, Equatable {
    /// The widths of the copies, in pixels; a photo is never scaled up.
    var widths = [480, 960, 1600]
    /// The modern formats offered as `<source>`s, best first; the fallback is JPEG or PNG.
    var formats: [ImageFormat] = [.avif, .webp]
    var quality: [ImageFormat: Int] = [.avif: 50, .webp: 75, .jpeg: 80]
    /// Publish every original (stripped) beside its copies, not only those something links to.
    var publishOriginals = false
    /// The cache is pruned of entries the last build did not use once it is larger than this.
    var cacheLimitBytes = 2_000_000_000

    static let knownKeys = ["widths", "formats", "quality", "publishOriginals", "cacheLimitMB"]

    /// The settings, with a located error for every value that cannot be used.
    static func read(_ node: YAMLNode?, problems: inout [Diagnostic]) -> ImageSettings {
        var settings = ImageSettings()
        guard let node else { return settings }
        guard let pairs = node.pairs else {
            problems.append(.error("images must be a mapping", at: node.location,
                                   hint: "for example: images: {widths: [480, 960, 1600], formats: [avif, webp]}"))
            return settings
        }
        for pair in pairs where !knownKeys.contains(pair.key.string ?? "") {
            problems.append(.warning("unknown key '\(pair.key.string ?? "")' in images is ignored", at: pair.key.location,
                                     hint: "known keys: \(knownKeys.joined(separator: ", "))", code: DiagnosticCode.unknownConfigKey))
        }
        if let widths = node["widths"] {
            let values = widths.array?.map { $0.int } ?? []
            if values.isEmpty || values.contains(where: { $0 == nil || $0! < 16 || $0! > 8192 }) {
                problems.append(.error("images.widths must be a list of widths in pixels between 16 and 8192", at: widths.location,
                                       hint: "for example: widths: [480, 960, 1600]"))
            } else {
                settings.widths = Set(values.compactMap { $0 }).sorted()
            }
        }
        if let formats = node["formats"] {
            let modern: [ImageFormat] = [.avif, .webp]
            let values = formats.array?.map { $0.string.flatMap(ImageFormat.init(rawValue:)) } ?? [nil]
            if values.contains(where: { $0 == nil || !modern.contains($0!) }) {
                problems.append(.error("images.formats must be a list of avif and webp", at: formats.location,
                                       hint: "for example: formats: [avif, webp]; JPEG or PNG is always the fallback"))
            } else {
                settings.formats = values.compactMap { $0 }
            }
        }
        for pair in node["quality"]?.pairs ?? [] {
            let format = pair.key.string.flatMap(ImageFormat.init(rawValue:))
            guard let format, [.avif, .webp, .jpeg].contains(format), let value = pair.value.int, (1...100).contains(value) else {
                problems.append(.error("images.quality takes avif, webp and jpeg, each from 1 to 100", at: pair.key.location,
                                       hint: "for example: quality: {avif: 50, webp: 75, jpeg: 80}"))
                continue
            }
            settings.quality[format] = value
        }
        if let publish = node["publishOriginals"] {
            if let value = publish.bool { settings.publishOriginals = value } else {
                problems.append(.error("images.publishOriginals must be true or false", at: publish.location, hint: "write publishOriginals: true"))
            }
        }
        if let limit = node["cacheLimitMB"] {
            if let value = limit.int, value > 0 { settings.cacheLimitBytes = value * 1_000_000 } else {
                problems.append(.error("images.cacheLimitMB must be a positive number of megabytes", at: limit.location,
                                       hint: "for example: cacheLimitMB: 2000"))
            }
        }
        return settings
    }

    /// The widths of the copies of an image `width` pixels wide: the configured ones it can fill,
    /// or its own width when it is narrower than all of them.
    func widths(forSourceWidth width: Int) -> [Int] {
        let fitting = widths.filter { $0 <= width }
        return fitting.isEmpty ? [width] : fitting
    }
}
