import Testing
@testable import Markdown

@Suite("Accessibility warnings for editors")
struct AccessibilityLintTests {
    let renderer = MarkdownRenderer()

    /// "line:column message" of every issue, in the order the renderer gives them.
    func issues(_ markdown: String) -> [String] {
        renderer.render(markdown).issues.map { "\($0.line):\($0.column) \($0.message)" }
    }

    @Test func headingsThatGoOneLevelDeeperAtATimeAreFine() {
        #expect(issues("## A\n\n### B\n\n#### C\n\n## D\n\n### E\n").isEmpty)
    }

    @Test func skippedHeadingLevelIsWarnedAboutAtTheHeading() {
        let result = renderer.render("## Avgifter\n\nText.\n\n  #### Rabatter\n")
        #expect(result.issues == [MarkdownIssue(
            severity: .warning,
            message: "heading level skipped: '####' follows '##'",
            hint: "use '###' here: headings go one level deeper at a time, and screen-reader users move through a page by them",
            line: 5, column: 3, code: "a11y/heading-level"
        )])
    }

    @Test func theBodyStartsAtLevelTwoBelowThePageTitle() {
        #expect(issues("Inledning.\n\n### Först\n") == [
            "3:1 heading level skipped: the first heading is '###', but the body's headings start at '##' below the page title",
        ])
        #expect(issues("# Titel igen\n\n## Sedan\n") == [
            "1:1 the body has a level-1 heading, but the page title is already the page's only level-1 heading",
        ])
        #expect(renderer.render("# Titel\n").issues.first?.hint == "use '##' for the main headings of the body")
    }

    @Test func headingPositionsCountCharactersInsideContainers() {
        #expect(issues("## Öppettider\n\n> #### Åbo\n") == ["3:3 heading level skipped: '####' follows '##'"])
    }

    @Test func vagueLinkTextsInEachLanguageAreWarnedAbout() {
        let markdown = """
        Ansök [klicka här](a.md), [Här](b.md) och [läs mer »](c.md).
        Hae [lue lisää](d.md) tai [tästä.](e.md); [Click here](f.md), [link](g.md).
        Men [läs mer om avgifterna](h.md) och [Lisää tietoa maksuista](i.md) säger vart länken leder.
        """
        #expect(issues(markdown) == [
            "1:7 the link text 'klicka här' does not say where the link leads",
            "1:27 the link text 'Här' does not say where the link leads",
            "1:43 the link text 'läs mer »' does not say where the link leads",
            "2:5 the link text 'lue lisää' does not say where the link leads",
            "2:27 the link text 'tästä.' does not say where the link leads",
            "2:43 the link text 'Click here' does not say where the link leads",
            "2:63 the link text 'link' does not say where the link leads",
        ])
        // The hint's example is in the page's language, English for a language without one.
        let examples = ["sv": "[Ansökan om dagvård](ansokan.sv.md)", "fi": "[Päivähoitohakemus](hakemus.fi.md)",
                        "en": "[Apply for day care](apply.en.md)", "se": "[Apply for day care](apply.en.md)", "": "[Apply for day care](apply.en.md)"]
        for (language, example) in examples {
            var options = MarkdownOptions()
            options.language = language
            let issue = MarkdownRenderer(options: options).render("[mer](a.md)").issues.first
            #expect(issue?.hint == "name the target in the link, like \(example): screen-reader users often hear a page's links without the text around them")
            #expect(issue?.code == "a11y/vague-link-text")
        }
        let alt = ["sv": "![En sandstrand i kvällssol](strand.jpg)", "fi": "![Hiekkaranta iltapäivällä](ranta.jpg)", "en": "![A sandy beach](beach.jpg)"]
        for (language, example) in alt {
            var options = MarkdownOptions()
            options.language = language
            #expect(MarkdownRenderer(options: options).render("![](a.png)").issues.first?.hint?.hasPrefix("describe the image in the brackets, like \(example), ") == true)
        }
    }

    @Test func tableWithAnEmptyHeaderRowIsWarnedAbout() {
        let markdown = "Text\n\n- lista\n\n  |   |  |\n  |---|--|\n  | a | b |\n\n| | Pris |\n|-|-|\n| Barn | 5 € |\n"
        let result = renderer.render(markdown)
        #expect(result.issues == [MarkdownIssue(
            severity: .warning,
            message: "the table's header row is empty",
            hint: "write a title for each column in the first row: screen readers announce it with every cell",
            line: 5, column: 3, code: "a11y/table-header"
        )])
    }

    @Test func imagesWithoutAltTextAreStillWarnedAbout() {
        #expect(issues("Här:\n\nbild ![](strand.jpg) och ![Sol](sol.jpg)\n") == ["3:6 image 'strand.jpg' has no alt text"])
        #expect(renderer.render("![](a.png)").issues.first?.hint?.contains("![](border.png \"decorative\")") == true)
    }

    @Test func decorativeImagesGetEmptyAltTextAndNoTitleOrWarning() {
        let result = renderer.render("![](ram.png \"decorative\") ![Blommor](blommor.png \" Decorative \") ![Karta](karta.png \"Karta över centrum\")\n")
        #expect(result.issues.isEmpty)
        #expect(result.html == "<p><img src=\"ram.png\" alt=\"\"> <img src=\"blommor.png\" alt=\"\"> <img src=\"karta.png\" alt=\"Karta\" title=\"Karta över centrum\"></p>\n")
    }

    @Test func issuesOfAllKindsComeInDocumentOrder() {
        let result = renderer.render("[här](x.md)\n\n#### Djup\n\n![](a.png)\n") { reference in
            reference.isImage ? .broken(message: "missing image", hint: nil) : .keep
        }
        #expect(result.issues.map { "\($0.line):\($0.column) \($0.severity)" } == ["1:1 warning", "3:1 warning", "5:1 error", "5:1 warning"])
    }
}
