import Foundation
import Testing
@testable import Markdown

/// cmark-gfm 0.29.0.gfm.6 corrupts inline parsing when two documents are parsed at once
/// (see `GFMExtensions`). These tests render many documents in parallel and demand the
/// same bytes as a one-at-a-time render.
@Suite("Rendering from many threads")
struct ConcurrentRenderingTests {
    /// Documents full of the syntax whose parsing depends on cmark-gfm's shared tables:
    /// strikethrough, bare autolinks, emphasis, plus tables, footnotes and links. Every other
    /// document has no `~` at all, so it takes the lock-free path while the others take the lock.
    static let documents: [String] = baseDocuments.enumerated().map { number, text in
        number % 2 == 0 ? text : text.replacingOccurrences(of: "~", with: "")
    }

    static let baseDocuments: [String] = (0..<300).map { number in
        var lines = ["# Sida \(number) om ~~gammal~~ ny dagvård", ""]
        for paragraph in 0..<(1 + number % 7) {
            lines.append("Stycke \(paragraph): ~~struken \(number)~~ text, *betonad*, **stark** och www.example\(number).com.")
            lines.append("Skriv till info\(paragraph)@kommun.fi eller se https://kommun.fi/\(number)/ och [sidan](sida\(paragraph).md).")
            lines.append("")
        }
        if number % 3 == 0 {
            lines += ["| Dag | ~~Stängt~~ | Länk |", "|---|:-:|--:|"]
            for row in 0..<(number % 11) {
                lines.append("| \(row) | ~~\(row)~~ **x** | www.rad\(row).fi |")
            }
            lines.append("")
        }
        if number % 4 == 0 {
            lines += ["- [x] ~~klart~~ _\(number)_", "- [ ] www.todo.fi", "", "Fotnot[^n\(number)].", "", "[^n\(number)]: ~~Källa~~ www.kalla.fi"]
        }
        return lines.joined(separator: "\n")
    }

    @Test func serialRendersContainTheSyntaxUnderTest() {
        let html = MarkdownRenderer().render(Self.documents[12]).html
        #expect(html.contains("<del>struken 12</del>"))
        #expect(html.contains("<a href=\"http://www.example12.com\">www.example12.com</a>"))
        #expect(html.contains("<a href=\"mailto:info0@kommun.fi\">info0@kommun.fi</a>"))
        #expect(html.contains("<table>"))
        #expect(html.contains("<em>betonad</em>"))
        let withoutTilde = MarkdownRenderer().render(Self.documents[15]).html
        #expect(!withoutTilde.contains("<del>"))
        #expect(withoutTilde.contains("<a href=\"http://www.example15.com\">www.example15.com</a>"))
        #expect(withoutTilde.contains("<table>"))
    }

    @Test func concurrentRendersMatchSerialRendersByteForByte() {
        let renderer = MarkdownRenderer()
        let rewrite: @Sendable (LinkReference) -> LinkRewrite = { .replace("/" + $0.destination.replacingOccurrences(of: ".md", with: "/")) }
        let expected = Self.documents.map { renderer.render($0, rewriteLink: rewrite) }
        for _ in 0..<3 {
            let results = ResultSlots(count: Self.documents.count)
            DispatchQueue.concurrentPerform(iterations: Self.documents.count) { index in
                results.store(renderer.render(Self.documents[index], rewriteLink: rewrite), at: index)
            }
            let actual = results.values
            var mismatches = 0
            for index in expected.indices where actual[index] != expected[index] {
                mismatches += 1
            }
            #expect(mismatches == 0, "\(mismatches) of \(expected.count) documents rendered differently in parallel")
        }
    }

    @Test func concurrentRendersWithDifferentOptionsMatchToo() async {
        let variants = [MarkdownOptions(), MarkdownOptions(allowRawHTML: true), MarkdownOptions(smartPunctuation: false)]
        let expected = Self.documents.indices.map { MarkdownRenderer(options: variants[$0 % 3]).render(Self.documents[$0]).html }
        let actual = await withTaskGroup(of: (Int, String).self) { group in
            for index in Self.documents.indices {
                group.addTask { (index, MarkdownRenderer(options: variants[index % 3]).render(Self.documents[index]).html) }
            }
            var collected = [String](repeating: "", count: Self.documents.count)
            for await (index, html) in group { collected[index] = html }
            return collected
        }
        let mismatches = expected.indices.filter { actual[$0] != expected[$0] }.count
        #expect(mismatches == 0, "\(mismatches) of \(expected.count) documents rendered differently in parallel")
    }
}

/// Where parallel iterations leave their results.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [RenderedMarkdown?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: RenderedMarkdown, at index: Int) { lock.withLock { slots[index] = value } }

    var values: [RenderedMarkdown?] { lock.withLock { slots } }
}
