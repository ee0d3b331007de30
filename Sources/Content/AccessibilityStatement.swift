import Diagnostics
import Foundation

/// The site's accessibility statement, as `data/accessibility.yaml` describes it: what the EU model
/// statement (Directive 2016/2102 art. 7, Implementing Decision 2018/1523) and the Finnish Act on
/// the Provision of Digital Services (306/2019) require it to say.
///
/// Torg gives it a page in every site language; see `AccessibilityStatementReader` for the file.
public struct AccessibilityStatement: Sendable {
    /// How far the site meets WCAG 2.1 levels A and AA.
    public enum Status: String, CaseIterable, Sendable {
        case fully, partially, not
    }

    /// Why content is not accessible: the three cases of the model statement.
    public enum Reason: String, CaseIterable, Sendable {
        case nonCompliance = "non-compliance"
        case disproportionateBurden = "disproportionate-burden"
        case outsideScope = "outside-scope"
    }

    public enum Method: String, CaseIterable, Sendable {
        case selfAssessment = "self-assessment"
        case thirdParty = "third-party"
    }

    /// One piece of content that is not accessible.
    public struct Item: Sendable {
        public var description: LocalizedText
        public var reason: Reason
        /// How to get the content another way.
        public var alternative: LocalizedText?
        /// WCAG success criteria it fails: `1.1.1`.
        public var criteria: [String]
    }

    /// Where users report problems. The law gives the site 14 days to answer.
    public struct Feedback: Sendable {
        public var email: String?
        public var form: LocalizedText?
        public var phone: String?
        public var responseDays: Int
    }

    /// The supervisory authority users may turn to when the site does not answer.
    public struct Authority: Sendable {
        public var name: LocalizedText
        public var unit: LocalizedText?
        /// The authority's web address in each language.
        public var web: LocalizedText
        public var email: String
        public var phone: String
    }

    /// The translation key the statement pages share, content pages and generated ones alike.
    public static let translationKey = "accessibility"
    /// The name of the data file, `data/accessibility.yaml`, in `site.data`.
    public static let dataName = "accessibility"

    public var status: Status
    public var nonAccessibleContent: [Item]
    public var prepared: ContentDate
    public var reviewed: ContentDate
    public var method: Method
    /// Who assessed the site, for a third-party assessment.
    public var assessor: LocalizedText?
    public var feedback: Feedback
    public var authority: Authority
    /// Title and slug of a generated statement page, per language.
    public var title: LocalizedText
    public var slug: LocalizedText
    /// `data/accessibility.yaml`, and where some keys were written, to point diagnostics there.
    public var file: String
    public var locations: [String: SourceLocation]

    /// The content not accessible for one reason, in the order of the file.
    public func items(_ reason: Reason) -> [Item] {
        nonAccessibleContent.filter { $0.reason == reason }
    }

    /// A warning when the last review is more than 12 months before `now`: the statement must be
    /// reviewed at least once a year.
    public func reviewAgeWarning(now: Date, timeZone: TimeZone) -> Diagnostic? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let due = calendar.date(byAdding: .month, value: 12, to: reviewed.date), now > due else { return nil }
        let months = calendar.dateComponents([.month], from: reviewed.date, to: now).month ?? 12
        let day = calendar.dateComponents([.year, .month, .day], from: reviewed.date)
        let written = String(format: "%04d-%02d-%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0)
        return .warning(
            "the accessibility statement was last reviewed on \(written), \(months) months before this build; it must be reviewed at least once a year",
            at: locations["reviewed"] ?? SourceLocation(file: file, line: 1),
            hint: "check the site again, update 'nonAccessibleContent', and set 'reviewed' to the date of that review"
        )
    }
}

/// A text that is either the same in every language (`email: a@b.fi`) or given per language
/// (`description: {sv: Gamla protokoll, fi: Vanhat pöytäkirjat}`).
public struct LocalizedText: Sendable, Equatable {
    /// Language code → text; `""` holds a text shared by every language.
    public var texts: [String: String]

    public init(_ shared: String) { texts = ["": shared] }
    public init(byLanguage: [String: String]) { texts = byLanguage }

    /// The text in `language`, else the shared one, else the one in `fallback` (the default language).
    public func text(_ language: String, fallback: String) -> String {
        texts[language] ?? texts[""] ?? texts[fallback] ?? texts.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}
