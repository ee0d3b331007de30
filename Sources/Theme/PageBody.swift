import Markdown

/// What the Markdown step produced for one page, as the view model needs it.
public struct PageBody: Sendable {
    /// The body's headings, as the Markdown step found them.
    public typealias Heading = Markdown.Heading

    public var html: String
    /// Plain-text first paragraph, for lists and the meta description when the page has no `description`.
    public var summary: String
    public var headings: [Heading]

    public init(html: String, summary: String, headings: [Heading]) {
        self.html = html
        self.summary = summary
        self.headings = headings
    }

    public static let empty = PageBody(html: "", summary: "", headings: [])
}
