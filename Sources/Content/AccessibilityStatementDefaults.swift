import Markdown

/// What the statement says when `data/accessibility.yaml` leaves it out. Languages other than
/// Swedish, Finnish and English get the English texts.
extension AccessibilityStatement {
    static let defaultTitle = LocalizedText(byLanguage: [
        "sv": "Tillgänglighetsutlåtande", "fi": "Saavutettavuusseloste", "en": "Accessibility statement",
    ])

    static let defaultSlug = LocalizedText(byLanguage: [
        "sv": "tillganglighet", "fi": "saavutettavuus", "en": "accessibility",
    ])

    /// Since 1 January 2025 the Finnish Transport and Communications Agency Traficom supervises
    /// web accessibility (before that, the Regional State Administrative Agency for Southern Finland).
    static let defaultAuthority = Authority(
        name: LocalizedText(byLanguage: [
            "sv": "Transport- och kommunikationsverket Traficom",
            "fi": "Liikenne- ja viestintävirasto Traficom",
            "en": "Finnish Transport and Communications Agency Traficom",
        ]),
        unit: LocalizedText(byLanguage: [
            "sv": "Enheten för tillgänglighetstillsyn",
            "fi": "Saavutettavuusvalvonnan yksikkö",
            "en": "Accessibility Monitoring Unit",
        ]),
        web: LocalizedText(byLanguage: [
            "sv": "https://www.tillganglighetskrav.fi/",
            "fi": "https://www.saavutettavuusvaatimukset.fi/",
            "en": "https://www.webaccessibility.fi/",
        ]),
        email: "saavutettavuus@traficom.fi",
        phone: "029 534 5000"
    )

    static let defaultResponseDays = 14

    /// The five sections of the model statement, in order. Their headings are interface strings
    /// (`statementStatus` …), so a site words them like the rest of its interface.
    public enum Section: String, CaseIterable, Sendable {
        case status, nonAccessibleContent, preparation, feedback, enforcement

        /// The interface string that holds the heading: `statementFeedback`.
        public var stringKey: String { "statement" + rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

        /// Used only when the theme has no string for the heading.
        var fallbackTitle: String {
            switch self {
            case .status: return "Compliance status"
            case .nonAccessibleContent: return "Non-accessible content"
            case .preparation: return "Preparation of this accessibility statement"
            case .feedback: return "Feedback and contact information"
            case .enforcement: return "Enforcement procedure"
            }
        }
    }

    public struct SectionHeading: Sendable, Equatable {
        public var section: Section
        public var title: String
        /// Made from the title like any heading id ("Respons och kontaktuppgifter" →
        /// `respons-och-kontaktuppgifter`), so other pages link to a section as to any heading.
        public var id: String
    }

    /// The headings of the five sections, with `string` giving a language's interface strings.
    public static func sectionHeadings(strings string: (String) -> String?) -> [SectionHeading] {
        Section.allCases.map { section in
            let title = string(section.stringKey) ?? section.fallbackTitle
            let slug = Slug.make(title)
            return SectionHeading(section: section, title: title, id: slug.isEmpty ? section.rawValue : slug)
        }
    }
}
