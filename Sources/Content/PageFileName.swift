import Foundation

/// What other modules need to know from a page file's name, by the rules of `ContentFileName`.
public enum PageFileName {
    /// The language of the page a site file holds: `content/x.fi.md` is `fi`, a page file without
    /// a language suffix is in the default language (the first), any other file has none.
    public static func language(ofSourcePath path: String, languages: [String]) -> String? {
        guard path.hasPrefix("content/"), let first = languages.first,
              let name = ContentFileName(fileName: (path as NSString).lastPathComponent, languages: Set(languages)) else { return nil }
        return name.language ?? first
    }

    /// The file of the same page in another language: `tjanster/simhallen.sv.md` →
    /// `tjanster/simhallen.fi.md`, and `kontakt.md` (default language) → `kontakt.fi.md`.
    public static func translation(ofContentPath path: String, into language: String, languages: [String]) -> String {
        let fileName = (path as NSString).lastPathComponent
        let directory = String(path.dropLast(fileName.count))
        let baseName = ContentFileName(fileName: fileName, languages: Set(languages))?.baseName ?? fileName
        return directory + baseName + "." + language + ".md"
    }
}
