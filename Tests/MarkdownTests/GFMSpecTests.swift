import Foundation
import Testing
@testable import Markdown

/// The GFM spec's own examples (`../shared/fixtures/gfm-spec`, cmark-gfm 0.29.0.gfm.6), rendered by
/// Torg's Markdown module with the spec's options: raw HTML allowed, no smart punctuation. The
/// output must equal the expected HTML after `GFMSpecExample.intendedDifferences`, which undoes
/// what Torg changes on purpose.
@Suite("GFM spec")
struct GFMSpecTests {
    static let examples: [GFMSpecExample] = GFMSpecExample.load(["spec.txt", "extensions.txt"])

    @Test func theFixturesAreThere() {
        #expect(Self.examples.count == 699)
    }

    /// Examples whose expected HTML Torg does not produce, on purpose, with the reason.
    static let differentOnPurpose: [String: String] = [
        // The spec runs its core examples without extensions; Torg turns every extension on for every page.
        "spec.txt 140": "tagfilter: <script> is shown as text", "spec.txt 141": "tagfilter: <style> is shown as text",
        "spec.txt 142": "tagfilter: <style> is shown as text", "spec.txt 145": "tagfilter: <style> is shown as text",
        "spec.txt 147": "tagfilter: <script> is shown as text",
        "spec.txt 610": "autolink extension: a bare URL becomes a link", "spec.txt 614": "autolink extension: an e-mail address becomes a link",
        "spec.txt 616": "autolink extension: a bare URL becomes a link", "spec.txt 619": "autolink extension: a bare URL becomes a link",
        "spec.txt 620": "autolink extension: an e-mail address becomes a link",
        // The spec leaves the output open (<IGNORE>): the example only must not crash.
        "extensions.txt 20": "unspecified output",
        // Written for cmark-gfm before 0.29.0.gfm.3: the footnote markup of 0.29.0.gfm.6 itself (fn-1, data-footnote-ref) differs.
        "extensions.txt 23": "footnote markup of an older cmark-gfm",
    ]

    @Test func everyExampleRendersAsTheSpecSaysAfterTheIntendedDifferences() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: true, smartPunctuation: false))
        var failures: [String] = []
        for example in Self.examples where Self.differentOnPurpose["\(example.file) \(example.number)"] == nil {
            let html = renderer.render(example.markdown).html
            if GFMSpecExample.normalized(html) != GFMSpecExample.normalized(example.html) {
                failures.append("\(example.file) example \(example.number) (line \(example.line)):\n\(example.markdown)\nexpected:\n\(example.html)\ngot:\n\(html)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) examples differ:\n\(failures.prefix(20).joined(separator: "\n---\n"))")
    }

    /// The listed differences are real: each listed example does differ, so the list cannot hide a pass.
    @Test func theListedDifferencesStillDiffer() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: true, smartPunctuation: false))
        for example in Self.examples where Self.differentOnPurpose["\(example.file) \(example.number)"] != nil {
            #expect(GFMSpecExample.normalized(renderer.render(example.markdown).html) != GFMSpecExample.normalized(example.html),
                    "\(example.file) \(example.number) now matches; remove it from the list")
        }
    }
}

struct GFMSpecExample {
    var file: String
    var number: Int
    var line: Int
    var markdown: String
    var html: String

    /// The fixtures, beside the repository as CI checks it out: `../shared/fixtures` from its root.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/fixtures/gfm-spec").standardizedFileURL

    /// The enabled examples of the files, numbered as the spec numbers them (disabled ones count too).
    static func load(_ files: [String]) -> [GFMSpecExample] {
        var examples: [GFMSpecExample] = []
        for file in files {
            guard let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8) else { continue }
            let fence = String(repeating: "`", count: 32)
            var number = 0
            var current: (line: Int, disabled: Bool, markdown: [Substring], html: [Substring], inHTML: Bool)?
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if current == nil, line.hasPrefix(fence + " example") {
                    number += 1
                    current = (index + 1, line.contains("disabled"), [], [], false)
                } else if var open = current {
                    if line == fence {
                        if !open.disabled {
                            func text(_ lines: [Substring]) -> String {
                                lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                            }
                            examples.append(GFMSpecExample(file: file, number: number, line: open.line,
                                                           markdown: text(open.markdown), html: text(open.html)))
                        }
                        current = nil
                    } else if line == "." && !open.inHTML {
                        open.inHTML = true
                        current = open
                    } else {
                        if open.inHTML { open.html.append(line) } else { open.markdown.append(line) }
                        current = open
                    }
                }
            }
        }
        return examples
    }

    /// Torg's intended differences from cmark-gfm, undone so the rest can be compared exactly:
    /// 1. headings carry an `id` (`<h2 id="avgifter">`);
    /// 2. the footnotes section has a localized `aria-label`;
    /// 3. a task-list checkbox sits in a `<label>` with its text, and is written `disabled`, not `disabled=""`;
    /// 4. void elements are written HTML-style (`<br>`, not `<br />`);
    /// 5. table cells are aligned by `class="align-center"`, not the obsolete `align` attribute.
    static func normalized(_ html: String) -> String {
        var html = html
        let rewrites: [(String, String)] = [
            (#"<h([1-6]) id="[^"]*">"#, "<h$1>"),
            (#"<section class="footnotes" data-footnotes aria-label="[^"]*">"#, #"<section class="footnotes" data-footnotes>"#),
            (#"<label>(<input type="checkbox"[^>]*>)"#, "$1"),
            (#"</label>"#, ""),
            (#" disabled=""( ?/?>)"#, " disabled$1"),
            (#" />"#, ">"),
            (#"<(th|td) align="(left|center|right)">"#, #"<$1 class="align-$2">"#),
        ]
        for (pattern, template) in rewrites {
            let expression = try! NSRegularExpression(pattern: pattern)
            html = expression.stringByReplacingMatches(in: html, range: NSRange(html.startIndex..., in: html), withTemplate: template)
        }
        return html
    }
}
