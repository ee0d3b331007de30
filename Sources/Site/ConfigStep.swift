import Config
import Diagnostics
import Foundation

public enum ConfigStep {
    public static func load(_ options: BuildOptions) throws -> SiteConfig {
        let file = options.siteDirectory.appendingPathComponent("torg.yaml")
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw Diagnostic.error(
                "no torg.yaml in \(options.siteDirectory.path)",
                hint: "run torg in the site directory, or name it with --source DIR"
            )
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw Diagnostic.error("torg.yaml is not valid UTF-8", at: SourceLocation(file: "torg.yaml", line: 1))
        }
        return try SiteConfig.load(yaml: text, baseURLOverride: options.baseURL)
    }
}
