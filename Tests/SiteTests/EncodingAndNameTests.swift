import Foundation
import Site
import Testing

/// Byte order marks, control characters, file names that are not UTF-8 or not NFC, and the
/// messages that used to point the wrong way.
@Suite struct EncodingAndNameTests {
    let pages = ["content/sida.sv.md": "---\ntitle: Sida\n---\nText.\n", "content/sida.fi.md": "---\ntitle: Sivu\n---\nTeksti.\n"]

    @Test func aByteOrderMarkIsDropped() throws {
        let site = try TestSite(pages.merging(["content/bom.sv.md": "\u{FEFF}---\ntitle: Med BOM\n---\nText.\n",
                                               "data/bom.yaml": "\u{FEFF}namn: Kansliet\n"]) { _, new in new })
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("sv/bom/index.html")?.contains("<title>Med BOM</title>") == true)
    }

    @Test(arguments: [("\\0", "U+0000"), ("\\x07", "U+0007"), ("\\e", "U+001B"), ("\\x85", "U+0085"), ("\\u007F", "U+007F")])
    func controlCharactersInTextAreRefused(escape: String, name: String) throws {
        let site = try TestSite(pages.merging(["content/dag.sv.md": "---\ntitle: \"Dag\(escape)vård\"\n---\n"]) { _, new in new })
        defer { site.cleanUp() }
        #expect(site.printed(site.build()) == ["""
            content/dag.sv.md:2:8: error: the text contains the control character \(name), which Torg does not publish
                2 | title: "Dag\(escape)vård"
                  |        ^
              hint: remove it; to break a line, write the text as a block (key: |) on several lines
            """])
    }

    /// A file whose name is the bytes of `name` with 0xFF in place of `*`.
    func createInvalidName(_ directory: URL, _ name: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let bytes = Array((directory.path + "/" + name).utf8).map { $0 == UInt8(ascii: "*") ? 0xFF : $0 }
        let path = bytes.map { CChar(bitPattern: $0) } + [0]
        let descriptor = open(path, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)
    }

    @Test(arguments: ["static", "content/mapp"])
    func aFileNameThatIsNotUTF8IsALocatedError(directory: String) throws {
        var files = pages
        files["content/mapp/index.sv.md"] = "---\ntitle: Mapp\n---\n"
        let site = try TestSite(files)
        defer { site.cleanUp() }
        try createInvalidName(site.directory.appendingPathComponent(directory), "bild*.png")
        #expect(site.printed(site.build()) == ["""
            \(directory)/bild\u{FFFD}.png:1:1: error: the file name 'bild\u{FFFD}.png' in \(directory)/ is not valid UTF-8
              hint: rename the file; names must be UTF-8 so that they can be part of a URL
            """])
    }

    @Test func anNFDFileNameAnswersAnNFCLinkAndIsWrittenUnderIt() throws {
        let nfd = "ska\u{030A}t", nfc = "sk\u{E5}t"
        let site = try TestSite([
            "content/sida/index.sv.md": "---\ntitle: Sida\n---\n![Skåt](\(nfc).svg) och [sidan](../\(nfc).sv.md).\n",
            "content/sida/\(nfd).svg": "<svg/>",
            "content/\(nfd).sv.md": "---\ntitle: Skåt\n---\n",
            "static/\(nfd).txt": "text",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let written = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("sv/sida").path)
        #expect(written.contains { Array($0.utf8) == Array("\(nfc).svg".utf8) })
        #expect(!written.contains { Array($0.utf8) == Array("\(nfd).svg".utf8) })
        let root = try FileManager.default.contentsOfDirectory(atPath: site.output.path)
        #expect(root.contains { Array($0.utf8) == Array("\(nfc).txt".utf8) })
        let html = try #require(site.file("sv/sida/index.html"))
        // The NFC name, percent-encoded as cmark-gfm writes it: the same bytes as the file written.
        #expect(html.contains(#"<img src="sk%C3%A5t.svg" alt="Skåt"> och <a href="/sv/skat/">sidan</a>"#))
    }

    @Test func jsonFrontMatterSaysItIsJSON() throws {
        let site = try TestSite(pages.merging(["content/json.sv.md": "{\"title\": \"Sida\"}\nText.\n"]) { _, new in new })
        defer { site.cleanUp() }
        #expect(site.printed(site.build()) == ["""
            content/json.sv.md:1:1: error: the front matter is JSON, which Torg does not read
                1 | {"title": "Sida"}
                  | ^
              hint: write it in YAML between two lines of three dashes: '---', 'title: …', '---'
            """])
    }

    @Test func aFileWithoutSuffixBelongsToTheFirstLanguage() throws {
        let config = TestSite.bilingualConfig
        let site = try TestSite(["content/om.md": "---\ntitle: Om\n---\n", "content/om.sv.md": "---\ntitle: Om oss\n---\n",
                                 "content/om.fi.md": "---\ntitle: Meistä\n---\n"], config: config)
        defer { site.cleanUp() }
        #expect(site.printed(site.build()) == ["""
            content/om.sv.md:1:1: error: content/om.sv.md and content/om.md are both the 'sv' version of the same page: content/om.md has no language suffix, so it belongs to the first language in torg.yaml, 'sv'
                1 | ---
                  | ^
              hint: rename content/om.md with the suffix of its language (….fi.md), or put that language first in torg.yaml's languages
            """, """
            content/om.sv.md:1:1: error: content/om.sv.md and content/om.md both want the URL /sv/om/
                1 | ---
                  | ^
              hint: give one of them another 'slug' (or 'url') in its front matter
            """])
    }

    @Test func aThemeWithoutManifestIsLocatedAtItsEntry() throws {
        var theme = TestSite.minimalTheme
        theme["themes/mini/theme.yaml"] = nil
        let site = try TestSite(pages, theme: theme)
        defer { site.cleanUp() }
        #expect(site.printed(site.build()) == ["""
            torg.yaml:11:9: error: themes/mini/ has no theme.yaml
                11 | theme: [mini]
                   |         ^
              hint: every theme and component needs a manifest with name, kind, version, license, maintainer and languages
            """])
    }
}
