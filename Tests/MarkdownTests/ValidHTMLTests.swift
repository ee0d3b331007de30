import Testing
@testable import Markdown

/// The HTML of every Markdown construct nests correctly, and raw HTML is left as the editor wrote it.
@Suite("Valid Markdown HTML")
struct ValidHTMLTests {
    let unsafe = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: true, smartPunctuation: false))

    @Test(arguments: [
        ("- [ ] *foo\n  bar* baz\n", "<ul>\n<li><label><input type=\"checkbox\" disabled> <em>foo\nbar</em> baz</label></li>\n</ul>\n"),
        ("- [x] [en\n  länk](https://example.fi/) sen\n", "<ul>\n<li><label><input type=\"checkbox\" checked=\"\" disabled> <a href=\"https://example.fi/\">en\nlänk</a> sen</label></li>\n</ul>\n"),
        ("- [ ] **a `b\n  c` d**\n", "<ul>\n<li><label><input type=\"checkbox\" disabled> <strong>a <code>b c</code> d</strong></label></li>\n</ul>\n"),
        ("- [ ] ett\n\n- [x] två\n", "<ul>\n<li>\n<p><label><input type=\"checkbox\" disabled> ett</label></p>\n</li>\n<li>\n<p><label><input type=\"checkbox\" checked=\"\" disabled> två</label></p>\n</li>\n</ul>\n"),
    ])
    func taskItemsNestTheirLabelAroundTheWholeParagraph(markdown: String, html: String) {
        #expect(MarkdownRenderer().render(markdown).html == html)
    }

    @Test(arguments: [
        ("<svg><circle r=\"4\" /><rect/></svg>\n", "<p><svg><circle r=\"4\" /><rect/></svg></p>\n"),
        ("<div>\n<svg><circle r=\"4\" /><rect/></svg>\n</div>\n", "<div>\n<svg><circle r=\"4\" /><rect/></svg>\n</div>\n"),
        ("<pre>a /> b</pre>\n", "<pre>a /> b</pre>\n"),
        ("<table><tr><td align=\"left\">x</td></tr></table>\n", "<table><tr><td align=\"left\">x</td></tr></table>\n"),
        ("Text <br /> och <img src=\"a.png\" alt=\"A\" />.\n", "<p>Text <br /> och <img src=\"a.png\" alt=\"A\" />.</p>\n"),
        ("| a |\n|:-:|\n| <b align=\"x\" /> |\n", "<table>\n<thead>\n<tr>\n<th class=\"align-center\">a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td class=\"align-center\"><b align=\"x\" /></td>\n</tr>\n</tbody>\n</table>\n"),
    ])
    func rawHTMLIsNeverRewritten(markdown: String, html: String) {
        #expect(unsafe.render(markdown).html == html)
    }

    @Test func codeBlocksGetAClassNotALanguage() {
        for info in ["ruby", "foo+bar", "föö", "aa"] {
            #expect(MarkdownRenderer().render("```\(info)\nx\n```\n").html == "<pre><code class=\"language-\(info)\">x\n</code></pre>\n")
        }
    }

    @Test func headingIDsAvoidTheIDsOfThePageAndItsFootnotes() {
        let result = MarkdownRenderer().render("## main\n\n## fn-1\n\n## fnref 1\n\n## Main\n\nText[^1].\n\n[^1]: Not.\n")
        #expect(result.headings.map(\.id) == ["main-1", "section-fn-1", "section-fnref-1", "main-2"])
        #expect(result.html.contains(#"<h2 id="section-fn-1">fn-1</h2>"#))
        #expect(result.html.contains(#"id="fn-1""#))
    }

    @Test func aRawImageWithoutAltGetsTheSameWarningAsAMarkdownImage() {
        let result = unsafe.render("Intro\n\n<div>\n<img src=\"karta.png\">\n<img src='b.png' alt=\"\">\n</div>\n\nText <IMG SRC=c.png> och ![](d.png).\n")
        #expect(result.issues.map { "\($0.line):\($0.column) \($0.message)" } == [
            "4:1 image 'karta.png' has no alt text",
            "8:6 image 'c.png' has no alt text",
            "8:26 image 'd.png' has no alt text",
        ])
        #expect(result.issues.first?.hint == "describe the image in an alt attribute, like <img src=\"beach.jpg\" alt=\"A sandy beach\">, so that people who cannot see it know what it shows; mark pure decoration with alt=\"\"")
    }
}
