import Foundation
import Testing
@testable import Content

/// The byte-level link helpers against the `Character` and Foundation code they stand in for.
@Suite struct LinkPathTests {
    @Test(arguments: [
        ("", LinkPath.Destination.external),
        ("#ankare", .external),
        ("/sv/", .external),
        ("//cdn.example.fi/x.md", .external),
        ("https://example.fi/a.md", .external),
        ("mailto:kirjaamo@example.fi", .external),
        ("a+b-c.d:x", .external),
        ("dagvard.md", .local(path: "dagvard.md", anchor: nil)),
        ("../a.md#avgifter", .local(path: "../a.md", anchor: "avgifter")),
        ("a.md?x=1#y?z", .local(path: "a.md", anchor: "y?z")),
        ("a.md#", .local(path: "a.md", anchor: "")),
        ("?q", .local(path: "", anchor: nil)),
        (":x.md", .local(path: ":x.md", anchor: nil)),
        ("a b:c.md", .local(path: "a b:c.md", anchor: nil)),
        ("dagvård.md", .needsCharacters),
    ])
    func splitsDestinations(destination: String, expected: LinkPath.Destination) {
        #expect(LinkPath.split(destination) == expected)
    }

    @Test(arguments: [
        "plain", "", "%", "%4", "%41", "%4g", "a%2Fb", "%C3%A5ngest", "%c3%a5", "%C3", "%FF", "%00x", "100%",
        "%E2%82%AC%20kr", "å%20ä", "%%41", "%ED%A0%80", "%C0%AF", "%F0%9F%98%80",
    ])
    func decodesPercentEscapesLikeFoundation(text: String) {
        #expect(LinkPath.removingPercentEncoding(text) == text.removingPercentEncoding)
    }

    @Test func decodesRandomEscapesLikeFoundation() {
        let pieces = ["%", "%4", "%41", "%C3", "%A5", "%a5", "%E2", "%82", "%AC", "%FF", "%0", "%zz", "a", "/", "å", "%2F", " "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(LinkPath.removingPercentEncoding(text) == text.removingPercentEncoding, "\(text)")
        }
    }

    @Test(arguments: [
        ("a.md", "", "a.md"),
        ("../a.md", "nyheter", "a.md"),
        ("./b/../c.md", "x/y", "x/y/c.md"),
        ("..//../a.md", "x/y", "a.md"),
        ("../../a.md", "x", nil),
        ("a.md", "x//y/", "x/y/a.md"),
        ("..", "", nil),
        ("b/..", "", ""),
        ("../tjänster/aä.md", "föreningar/x", "föreningar/tjänster/aä.md"),
    ] as [(String, String, String?)])
    func resolvesDotSteps(path: String, directory: String, expected: String?) {
        #expect(SiteContent.normalize(path, relativeTo: directory) == expected)
        #expect(SiteContent.normalizeByCharacters(path, relativeTo: directory) == expected)
        #expect(LinkPath.normalize(path, relativeTo: directory) == .some(expected))
    }

    @Test func leavesSlashesWithCombiningMarksToCharacters() {
        #expect(LinkPath.normalize("a/\u{0301}b.md", relativeTo: "") == nil)
        #expect(LinkPath.normalize("a.md", relativeTo: "x\u{0301}/y") == nil)
        #expect(LinkPath.normalize("tjänster/ä.md", relativeTo: "") == nil)
        #expect(SiteContent.normalize("a/\u{0301}b.md", relativeTo: "") == SiteContent.normalizeByCharacters("a/\u{0301}b.md", relativeTo: ""))
    }

    @Test func resolvesRandomPathsLikeTheCharacterRoute() {
        let pieces = ["a", "..", ".", "/", "//", "ä", "b.md", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let path = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let directory = ["", "x", "x/y", "ä/ö", "x//y/"].randomElement(using: &generator)!
            #expect(SiteContent.normalize(path, relativeTo: directory) == SiteContent.normalizeByCharacters(path, relativeTo: directory))
        }
    }

    @Test(arguments: [
        ("a.md", true as Bool?), ("md", false), (".md", true), ("a.mdx", false), ("a.MD", false), ("ä.md", nil), ("å/.md", true),
    ])
    func findsTheMarkdownExtension(path: String, expected: Bool?) {
        #expect(LinkPath.hasMarkdownExtension(path) == expected)
        if let expected { #expect(path.hasSuffix(".md") == expected) }
    }
}

@Suite struct ContentPathTests {
    @Test(arguments: ["a.md", "tjanster/dagvard.sv.md", "a/b/c/index.fi.md", "ä/ö.md", "", "föreningar/å"])
    func splitsLikeNSString(path: String) {
        #expect(ContentPath.lastComponent(of: path) == (path as NSString).lastPathComponent)
        #expect(ContentPath.directory(of: path) == (path as NSString).deletingLastPathComponent)
    }

    @Test(arguments: [
        ("a/b.md", false), (".git/config", true), ("a/.DS_Store", true), ("a/b./c", false), ("a.b/.x/c", true),
        ("a/.\u{0301}x", false), ("a/.åx", true), ("", false), ("..", true), ("a/b/.", true),
    ])
    func findsHiddenParts(path: String, hidden: Bool) {
        #expect(ContentPath.hasHiddenPart(path) == hidden)
        #expect(ContentPath.hasHiddenPartByCharacters(path) == hidden)
    }
}
