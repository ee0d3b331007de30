import Foundation
import Site

/// The one line a build ends with.
enum Summary {
    static func success(_ report: BuildReport, warnings: Int, output: URL, clock: BuildClock) -> String {
        let pages = report.pagesPerLanguage.map { "\($0.count) \($0.language)" }.joined(separator: " + ")
        let seconds = String(format: "%.2f", report.seconds)
        let unchanged = report.filesUnchanged > 0 ? " (\(report.filesUnchanged) unchanged)" : ""
        var line = "torg: built \(pages) pages, \(report.filesWritten) files\(unchanged) in \(displayPath(output)) in \(seconds) s"
        if clock.origin != "clock" {
            line += " (now = \(ISO8601DateFormatter().string(from: clock.date)) from \(clock.origin))"
        }
        if warnings > 0 { line += ", \(warnings) warning\(warnings == 1 ? "" : "s")" }
        let images = report.images
        if images.processed + images.cached > 0 {
            line += "\ntorg: images: \(images.processed) copies encoded, \(images.cached) from .torg-cache/images; "
                + "\(megabytes(images.bytesBefore)) MB of originals, \(megabytes(images.bytesAfter)) MB of copies"
        }
        return line
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_000_000)
    }

    static func failure(errors: Int, warnings: Int, output: URL) -> String {
        var line = "torg: build failed with \(errors) error\(errors == 1 ? "" : "s")"
        if warnings > 0 { line += " and \(warnings) warning\(warnings == 1 ? "" : "s")" }
        return line + "; \(displayPath(output)) was not changed"
    }

    static func displayPath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath
        let path = url.path
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) + "/" }
        return path + "/"
    }
}
