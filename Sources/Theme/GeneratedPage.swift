/// A page Torg makes for each language without a content file: the search page and the A–Ö index.
public struct GeneratedPage: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case search
        case azIndex = "az-index"
    }

    public var kind: Kind
    public var language: String
    /// Site URL: `/sv/sok/`.
    public var url: String
    /// Relative to the output directory: `sv/sok/index.html`.
    public var outputPath: String

    /// The template that renders it, named like the page kind.
    public var template: String { kind.rawValue }

    /// `sok` from the interface string `searchSlug`, `/sv/sok/` from it; a slug written with
    /// slashes or spaces around it is trimmed, so an override cannot leave the language's directory.
    static func make(_ kind: Kind, language: String, slug: String, basePath: String) -> GeneratedPage {
        let trimmed = slug.split(whereSeparator: { $0 == "/" || $0 == "\\" || $0.isWhitespace })
            .filter { $0 != "." && $0 != ".." }.joined(separator: "-")
        let path = language + "/" + (trimmed.isEmpty ? kind.rawValue : trimmed) + "/"
        return GeneratedPage(kind: kind, language: language, url: basePath + path, outputPath: path + "index.html")
    }
}
