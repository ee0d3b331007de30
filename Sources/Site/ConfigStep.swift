import Config
import Diagnostics
import Foundation
import SiteFiles

public enum ConfigStep {
    public static func load(_ options: BuildOptions) throws -> SiteConfig {
        let file = options.siteDirectory.appendingPathComponent("torg.yaml")
        let text: String
        switch InputFile.read(file, display: "torg.yaml", in: FileBoundary(directory: options.siteDirectory, displayPrefix: "")) {
        case .text(let read): text = read
        case .refused(let problem): throw problem
        case .missing:
            throw Diagnostic.error(
                "no torg.yaml in \(options.siteDirectory.path)",
                hint: "run torg in the site directory, or name it with --source DIR"
            )
        }
        return try SiteConfig.load(yaml: text, baseURLOverride: options.baseURL)
    }
}
