import Diagnostics
import Foundation
import YAML

extension SiteConfig {
    /// Top-level keys that `torg.yaml` understands; anything else is most likely a typo.
    static let knownKeys = ["baseURL", "languages", "theme", "timeZone", "markdown", "params", "events", "paginate", "checks",
                            "images", "news", "taxonomies", "search", "azIndex"]

    /// Reads `torg.yaml`, reporting every problem in it at once.
    /// `baseURLOverride` is `--base-url`, which wins over the file (for preview deploys).
    public static func load(
        yaml text: String,
        file: String = "torg.yaml",
        baseURLOverride: String? = nil
    ) throws(DiagnosticList) -> SiteConfig {
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text, file: file)
        } catch {
            throw DiagnosticList([error])
        }
        let start = SourceLocation(file: file, line: 1)
        guard let root, let pairs = root.pairs else {
            throw DiagnosticList([.error(
                "torg.yaml must be a mapping with at least baseURL and languages",
                at: root?.location ?? start,
                hint: "start from the example in the README: baseURL, languages, theme"
            )])
        }
        var problems: [Diagnostic] = []
        for pair in pairs {
            let key = pair.key.string ?? ""
            if !knownKeys.contains(key) {
                problems.append(.warning(
                    "unknown key '\(key)' in torg.yaml is ignored",
                    at: pair.key.location,
                    hint: Suggestion.didYouMean(key, among: knownKeys) ?? "known keys: \(knownKeys.joined(separator: ", "))",
                    code: DiagnosticCode.unknownConfigKey
                ))
            }
        }

        let baseURL = baseURLOverride ?? readBaseURL(root, start: start, problems: &problems)
        let languages = readLanguages(root, start: start, problems: &problems)
        let themes = readThemes(root, problems: &problems)
        let timeZone = readTimeZone(root, problems: &problems)
        let allowRawHTML = readAllowRawHTML(root, problems: &problems)
        let paginate = readPaginate(root, problems: &problems)
        let news = readNews(root, problems: &problems)
        let taxonomies = readTaxonomies(root, languages: languages, problems: &problems)
        let checks = readChecks(root, problems: &problems)
        let search = readSearch(root, problems: &problems)
        let azIndexSections = readSections("azIndex", root, example: "tjanster", problems: &problems)

        if problems.contains(where: { $0.severity == .error }) {
            throw DiagnosticList(problems)
        }
        var config = SiteConfig(
            baseURL: baseURL ?? "/",
            languages: languages,
            packages: themes,
            timeZone: timeZone,
            allowRawHTML: allowRawHTML,
            params: root["params"]
        )
        config.events = root["events"]
        config.images = root["images"]
        config.paginate = paginate
        config.news = news
        config.taxonomies = taxonomies
        config.checks = checks
        config.search = search
        config.azIndexSections = azIndexSections
        config.warnings = problems
        return config
    }

    private static func readBaseURL(_ root: YAMLNode, start: SourceLocation, problems: inout [Diagnostic]) -> String? {
        guard let node = root["baseURL"] else {
            problems.append(.error("torg.yaml has no baseURL", at: start, hint: "add a line like: baseURL: https://www.example.fi/"))
            return nil
        }
        guard let url = node.string, url.hasPrefix("https://") || url.hasPrefix("http://") else {
            problems.append(.error(
                "baseURL must be an absolute http(s) URL",
                at: node.location,
                hint: "write it with the scheme: baseURL: https://www.example.fi/"
            ))
            return nil
        }
        return url
    }

    private static func readLanguages(_ root: YAMLNode, start: SourceLocation, problems: inout [Diagnostic]) -> [LanguageConfig] {
        guard let node = root["languages"] else {
            problems.append(.error(
                "torg.yaml has no languages",
                at: start,
                hint: "list the languages, default first: languages: [{code: sv, name: Svenska, locale: sv-FI, title: …}]"
            ))
            return []
        }
        guard let items = node.array, !items.isEmpty else {
            problems.append(.error("languages must be a non-empty list, found \(node.typeName)", at: node.location,
                                   hint: "write each language as a list item starting with '- code: sv'"))
            return []
        }
        var languages: [LanguageConfig] = []
        for item in items {
            guard item.pairs != nil else {
                problems.append(.error("a language must be a mapping with code, name, locale and title", at: item.location))
                continue
            }
            var missing: [String] = []
            func field(_ key: String) -> String? {
                guard let value = item[key]?.string, !value.isEmpty else { missing.append(key); return nil }
                return value
            }
            let code = field("code"), name = field("name"), title = field("title")
            let locale = item["locale"]?.string ?? code
            if !missing.isEmpty {
                problems.append(.error("language is missing \(missing.joined(separator: ", "))", at: item.location,
                                       hint: "every language needs code, name (in its own language) and title; locale is optional"))
                continue
            }
            guard let code, let name, let title, let locale else { continue }
            if !LanguageCode.isValid(code) {
                problems.append(.error("'\(code)' is not a language code", at: item["code"]!.location,
                                       hint: "use a lowercase ISO 639 code such as sv, fi, en or se"))
            } else if languages.contains(where: { $0.code == code }) {
                problems.append(.error("language '\(code)' is listed twice", at: item["code"]!.location))
            } else {
                languages.append(LanguageConfig(code: code, name: name, locale: locale, title: title))
            }
        }
        return languages
    }

    /// `theme: kommun`, a list of names, or list items `{name: kalender, git: URL, ref: v1.2}`.
    private static func readThemes(_ root: YAMLNode, problems: inout [Diagnostic]) -> [PackageReference] {
        guard let node = root["theme"] else { return [] }
        let items = node.array ?? [node]
        var packages: [PackageReference] = []
        for item in items {
            if item.pairs != nil {
                guard let name = item["name"]?.string, isPackageName(name) else {
                    problems.append(.error("a package from git needs a 'name'", at: item.location,
                                           hint: "write it like: {name: kalender, git: https://…/kalender.git, ref: v1.0}"))
                    continue
                }
                guard let url = item["git"]?.string, let ref = item["ref"]?.string else {
                    problems.append(.error("package '\(name)' needs both 'git' and 'ref'", at: item.location,
                                           hint: "pin it to a tag or commit: {name: \(name), git: https://…/\(name).git, ref: v1.0}"))
                    continue
                }
                packages.append(PackageReference(name: name, git: .init(url: url, ref: ref), location: item.location))
                continue
            }
            guard let name = item.string, isPackageName(name) else {
                problems.append(.error("a theme must be the name of a directory under themes/", at: item.location,
                                       hint: "write theme: kommun, or a list of names"))
                continue
            }
            packages.append(PackageReference(name: name, location: item.location))
        }
        return packages
    }

    static func isPackageName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    private static func readTimeZone(_ root: YAMLNode, problems: inout [Diagnostic]) -> TimeZone {
        let helsinki = TimeZone(identifier: "Europe/Helsinki")!
        guard let node = root["timeZone"] else { return helsinki }
        guard let name = node.string, let zone = TimeZone(identifier: name) else {
            problems.append(.error("unknown time zone", at: node.location, hint: "use an IANA name such as Europe/Helsinki"))
            return helsinki
        }
        return zone
    }

    /// `paginate: 10` (a positive page size) or `paginate: false` (every list on one page).
    private static func readPaginate(_ root: YAMLNode, problems: inout [Diagnostic]) -> Int? {
        guard let node = root["paginate"] else { return defaultPageSize }
        if node.bool == false { return nil }
        guard let size = node.int, size > 0 else {
            problems.append(.error(
                "paginate must be a positive whole number or false, found \(node.string.map { "'\($0)'" } ?? node.typeName)",
                at: node.location,
                hint: "write how many pages each section list shows, such as paginate: 10, or paginate: false for one long list"
            ))
            return defaultPageSize
        }
        return size
    }

    private static func readAllowRawHTML(_ root: YAMLNode, problems: inout [Diagnostic]) -> Bool {
        guard let node = root["markdown"]?["unsafe"] else { return false }
        guard let value = node.bool else {
            problems.append(.error("markdown.unsafe must be true or false, found \(node.typeName)", at: node.location))
            return false
        }
        return value
    }
}

/// Language codes as Torg accepts them in `torg.yaml` and in file names.
public enum LanguageCode {
    /// Two or three lowercase letters, optionally followed by a region or script subtag (`pt-br`).
    public static func isValid(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
