/// Example texts that hints show, in the page's language: an editor writing a Finnish page is
/// shown a Finnish example. Languages without examples get the English ones.
enum HintExamples {
    struct Examples {
        /// A link text that says where the link leads.
        var linkText: String
        /// An image with alt text that says what it shows.
        var imageAlt: String
    }

    static let byLanguage: [String: Examples] = [
        "sv": Examples(linkText: "[Ansökan om dagvård](ansokan.sv.md)", imageAlt: "![En sandstrand i kvällssol](strand.jpg)"),
        "fi": Examples(linkText: "[Päivähoitohakemus](hakemus.fi.md)", imageAlt: "![Hiekkaranta iltapäivällä](ranta.jpg)"),
        "en": Examples(linkText: "[Apply for day care](apply.en.md)", imageAlt: "![A sandy beach](beach.jpg)"),
    ]

    static func examples(language: String) -> Examples {
        byLanguage[language] ?? byLanguage["en"]!
    }
}
