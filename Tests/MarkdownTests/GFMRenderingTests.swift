import Testing
@testable import Markdown

@Suite("GitHub-flavoured Markdown")
struct GFMRenderingTests {
    let renderer = MarkdownRenderer()

    @Test func rendersParagraphsAndEmphasis() {
        let result = renderer.render("Hej *världen* och **alla**.\n")
        #expect(result.html == "<p>Hej <em>världen</em> och <strong>alla</strong>.</p>\n")
        #expect(result.issues.isEmpty)
    }

    @Test func rendersTables() {
        let markdown = """
        | Dag | Öppet |
        |:----|------:|
        | Mån | 8–16 |
        """
        #expect(renderer.render(markdown).html == """
        <table>
        <thead>
        <tr>
        <th class="align-left">Dag</th>
        <th class="align-right">Öppet</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td class="align-left">Mån</td>
        <td class="align-right">8–16</td>
        </tr>
        </tbody>
        </table>

        """)
    }

    @Test func rendersStrikethrough() {
        #expect(renderer.render("Pris ~~10 €~~ 8 €").html == "<p>Pris <del>10 €</del> 8 €</p>\n")
    }

    @Test func rendersTaskLists() {
        let html = renderer.render("- [ ] ansök\n- [x] betala\n").html
        #expect(html == """
        <ul>
        <li><label><input type="checkbox" disabled> ansök</label></li>
        <li><label><input type="checkbox" checked="" disabled> betala</label></li>
        </ul>

        """)
    }

    @Test func rendersBareAutolinks() {
        let html = renderer.render("Se www.example.com eller https://kommun.fi/a och info@kommun.fi.").html
        #expect(html == """
        <p>Se <a href="http://www.example.com">www.example.com</a> eller \
        <a href="https://kommun.fi/a">https://kommun.fi/a</a> och \
        <a href="mailto:info@kommun.fi">info@kommun.fi</a>.</p>

        """)
    }

    @Test func rendersFootnotes() {
        let html = renderer.render("Text[^1].\n\n[^1]: Källa.\n").html
        #expect(html == """
        <p>Text<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>.</p>
        <section class="footnotes" data-footnotes aria-label="Footnotes">
        <ol>
        <li id="fn-1">
        <p>Källa. <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
        </li>
        </ol>
        </section>

        """)
    }

    @Test func smartPunctuationIsOnByDefaultAndCanBeTurnedOff() {
        let markdown = "\"Hej\" -- sa 'hon'... 1990---2000"
        #expect(renderer.render(markdown).html == "<p>“Hej” – sa ‘hon’… 1990—2000</p>\n")
        let plain = MarkdownRenderer(options: MarkdownOptions(smartPunctuation: false))
        #expect(plain.render(markdown).html == "<p>&quot;Hej&quot; -- sa 'hon'... 1990---2000</p>\n")
    }

    @Test func codeBlocksKeepTheirLanguage() {
        let html = renderer.render("```swift\nlet x = 1 < 2\n```\n").html
        #expect(html == "<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>\n")
    }

    @Test func emptyInputGivesEmptyOutput() {
        let result = renderer.render("")
        #expect(result.html == "")
        #expect(result.headings.isEmpty)
        #expect(result.plainTextSummary == "")
    }
}

@Suite("HTML the validators accept")
struct ValidatorFriendlyHTMLTests {
    @Test func looseTaskListsAndNestedItemsGetLabels() {
        let html = MarkdownRenderer().render("- [ ] en *två*\n  - [x] tre\n\n1. [ ] fyra\n\n2. [x] fem\n").html
        #expect(html == """
            <ul>
            <li><label><input type="checkbox" disabled> en <em>två</em></label>
            <ul>
            <li><label><input type="checkbox" checked="" disabled> tre</label></li>
            </ul>
            </li>
            </ul>
            <ol>
            <li>
            <p><label><input type="checkbox" disabled> fyra</label></p>
            </li>
            <li>
            <p><label><input type="checkbox" checked="" disabled> fem</label></p>
            </li>
            </ol>

            """)
    }

    @Test func footnoteLabelsAreInThePageLanguage() {
        let options = MarkdownOptions(footnotesLabel: "Alaviitteet", footnoteBackLabel: "Takaisin tekstiin")
        let html = MarkdownRenderer(options: options).render("Teksti[^1].\n\n[^1]: Lähde.\n").html
        #expect(html.contains(#"<section class="footnotes" data-footnotes aria-label="Alaviitteet">"#))
        #expect(html.contains(#"aria-label="Takaisin tekstiin""#))
        #expect(!html.contains("Back to content"))
    }

    @Test func voidTagsHaveNoTrailingSlash() {
        let html = MarkdownRenderer().render("![Karta](k.png)\n\n---\nrad  \nbrytning\n").html
        #expect(html == "<p><img src=\"k.png\" alt=\"Karta\"></p>\n<hr>\n<p>rad<br>\nbrytning</p>\n")
    }
}
