/// What a content file's name says: `dagvard.fi.md` is the Finnish version of `dagvard`,
/// `_index.sv.md` is a section, `index.sv.md` is a page bundle.
struct ContentFileName: Equatable {
    enum Role: Equatable {
        case section          // _index.<lang>.md: the directory is a section
        case bundle           // index.<lang>.md: the directory is a page bundle
        case page
    }

    /// The name without language suffix and extension: `dagvard`, `_index`, `index`.
    var baseName: String
    /// The language suffix, or nil when the file has none (it then belongs to the default language).
    var language: String?
    var role: Role

    /// `languages` are the site's codes: a suffix that is not one of them is part of the name
    /// (`v1.2.md`), except that a suffix that looks like a language code is reported by the caller.
    init?(fileName: String, languages: Set<String>) {
        guard fileName.hasSuffix(".md") else { return nil }
        var stem = String(fileName.dropLast(3))
        var language: String?
        if let dot = stem.lastIndex(of: "."), languages.contains(String(stem[stem.index(after: dot)...])) {
            language = String(stem[stem.index(after: dot)...])
            stem = String(stem[..<dot])
        }
        self.baseName = stem
        self.language = language
        switch stem {
        case "_index": role = .section
        case "index": role = .bundle
        default: role = .page
        }
    }

    /// A suffix such as `.en` in `kontakt.en.md` when `en` is not a site language: most likely a
    /// language the site forgot to declare.
    static func undeclaredLanguage(in fileName: String, languages: Set<String>) -> String? {
        guard fileName.hasSuffix(".md") else { return nil }
        let stem = fileName.dropLast(3)
        guard let dot = stem.lastIndex(of: ".") else { return nil }
        let suffix = String(stem[stem.index(after: dot)...])
        guard suffix.count == 2, suffix.allSatisfy({ $0.isASCII && $0.isLowercase }), !languages.contains(suffix) else { return nil }
        return suffix
    }
}
