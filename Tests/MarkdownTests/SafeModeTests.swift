import Testing
@testable import Markdown

@Suite("Raw HTML and dangerous URLs")
struct SafeModeTests {
    let safe = MarkdownRenderer()
    let unsafe = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: true))

    @Test func scriptBlocksAreOmitted() {
        let html = safe.render("<script>alert(1)</script>\n\nText\n").html
        #expect(html == "<!-- raw HTML omitted -->\n<p>Text</p>\n")
    }

    @Test func inlineScriptIsOmitted() {
        let html = safe.render("Hej <script>alert(1)</script> då").html
        #expect(!html.contains("<script"))
        #expect(html == "<p>Hej <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> då</p>\n")
    }

    @Test(arguments: [
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](vbscript:msgbox)",
        "[x](file:///etc/passwd)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
    ])
    func dangerousLinksLoseTheirURL(markdown: String) {
        #expect(safe.render(markdown).html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func imageDataURLsAreKept() {
        let html = safe.render("![Punkt](data:image/png;base64,AAAA)").html
        #expect(html == "<p><img src=\"data:image/png;base64,AAAA\" alt=\"Punkt\"></p>\n")
    }

    @Test func rewrittenLinksAreCheckedToo() {
        let html = safe.render("[x](sida.md) ![y](bild.png)") { reference in
            .replace(reference.isImage ? "vbscript:bad" : "javascript:alert(1)")
        }.html
        #expect(html == "<p><a href=\"\">x</a> <img src=\"\" alt=\"y\"></p>\n")
    }

    @Test func rawHTMLPassesWhenAllowed() {
        let html = unsafe.render("<div class=\"box\">\n\nText\n\n</div>\n").html
        #expect(html == "<div class=\"box\">\n<p>Text</p>\n</div>\n")
    }

    @Test func tagfilterStillDisarmsScriptWhenRawHTMLIsAllowed() {
        let html = unsafe.render("<script>alert(1)</script>\n").html
        #expect(html == "&lt;script>alert(1)&lt;/script>\n")
    }
}
