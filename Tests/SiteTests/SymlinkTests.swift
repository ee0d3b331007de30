import Foundation
import Site
import Testing

/// The symlink rule of docs/security.md, at every place a file or directory is read.
@Suite struct SymlinkTests {
    let pages = ["content/sida.sv.md": "---\ntitle: Sida\n---\nText.\n", "content/sida.fi.md": "---\ntitle: Sivu\n---\nTeksti.\n"]

    /// A file outside the site whose first line must never be published or quoted.
    func secretFile() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("torg-secret-\(UUID().uuidString)")
        try Data("root:SECRET-LINE:0:0\nsecond\n".utf8).write(to: url)
        return url
    }

    func expectRefused(_ site: TestSite, link: String, target: String, inside: String = "the site",
                       file: String? = nil) {
        let report = site.build()
        #expect(!report.succeeded)
        let printed = site.printed(report)
        #expect(printed.contains("""
            \(file ?? link):1:1: error: \(link) is a symbolic link to '\(target)', outside \(inside)
              hint: symbolic links may only point inside \(inside); copy the file in instead
            """), "\(printed)")
        #expect(!printed.joined().contains("SECRET"))
        #expect(!site.outputTree().values.contains { String(decoding: $0, as: UTF8.self).contains("SECRET") })
    }

    @Test(arguments: ["static/passwd.txt", "content/sida/bild.txt", "data/leak.yaml", "i18n/sv.yaml",
                      "layouts/partials/footer.mustache", "content/hemlig.sv.md", "themes/mini/static/css/x.css",
                      "themes/mini/layouts/partials/footer.mustache", "themes/mini/i18n/fi.yaml"])
    func aLinkLeadingOutsideIsAnErrorThatNeverQuotesTheTarget(link: String) throws {
        var files = pages
        if link.hasPrefix("content/sida/") { files["content/sida/index.sv.md"] = "---\ntitle: Mapp\n---\n" }
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let secret = try secretFile()
        defer { try? FileManager.default.removeItem(at: secret) }
        try? site.remove(link)
        try site.link(link, to: secret.path)
        expectRefused(site, link: link, target: secret.path, inside: link.hasPrefix("themes/mini/") ? "the package themes/mini/" : "the site")
    }

    @Test func aLinkedDirectoryLeadingOutsideIsRefusedToo() throws {
        let site = try TestSite(pages)
        defer { site.cleanUp() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("torg-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("SECRET".utf8).write(to: outside.appendingPathComponent("x.txt"))
        try site.link("static/etc", to: outside.path)
        expectRefused(site, link: "static/etc", target: outside.path)
    }

    @Test func aThemeFileLinkingIntoTheSiteLeavesItsPackage() throws {
        let site = try TestSite(pages.merging(["private/notes.css": "SECRET"]) { a, _ in a })
        defer { site.cleanUp() }
        try site.link("themes/mini/static/css/notes.css", to: "../../../../private/notes.css")
        expectRefused(site, link: "themes/mini/static/css/notes.css", target: "../../../../private/notes.css",
                      inside: "the package themes/mini/")
    }

    @Test func aDanglingLinkNamesItsTarget() throws {
        let site = try TestSite(pages)
        defer { site.cleanUp() }
        try site.link("static/gone.svg", to: "../assets/gone.svg")
        let report = site.build()
        #expect(site.printed(report) == ["""
            static/gone.svg:1:1: error: static/gone.svg is a symbolic link to '../assets/gone.svg', which does not exist
              hint: remove the link, or point it at a file inside the site
            """])
    }

    @Test func linksInsideTheSiteAreFollowedFilesAndDirectoriesAlike() throws {
        var files = pages
        files["assets/logo.svg"] = "<svg/>"
        files["shared/notices/stangt.sv.md"] = "---\ntitle: Stängt\n---\nStängt i dag.\n"
        files["shared/notices/stangt.fi.md"] = "---\ntitle: Suljettu\n---\nSuljettu tänään.\n"
        files["themes/mini/assets/theme.css"] = "a { color: red; }\n"
        let site = try TestSite(files)
        defer { site.cleanUp() }
        try site.link("static/logo.svg", to: "../assets/logo.svg")
        try site.link("content/notiser", to: "../shared/notices")
        try site.link("themes/mini/static/css/linked.css", to: "../../assets/theme.css")
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("logo.svg") == "<svg/>")
        #expect(site.file("css/linked.css") == "a { color: red; }\n")
        #expect(site.file("sv/notiser/stangt/index.html")?.contains("Stängt i dag.") == true)
        #expect(site.file("fi/notiser/stangt/index.html")?.contains("Suljettu tänään.") == true)
    }

    @Test func aDirectoryLinkToAnAncestorIsWalkedOnce() throws {
        let site = try TestSite(pages)
        defer { site.cleanUp() }
        try site.write("x", to: "static/a/file.txt")
        try site.link("static/a/loop", to: "..")
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("a/file.txt") == "x")
    }
}
