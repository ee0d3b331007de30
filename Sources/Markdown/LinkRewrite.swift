import Diagnostics

/// A link or image destination found in a document, handed to the caller so that it can
/// resolve links between content files (`../tjanster/dagvard.sv.md#ansokan`) to site URLs.
public struct LinkReference: Sendable, Equatable {
    /// The destination as written (after Markdown unescaping), e.g. `../tjanster/dagvard.sv.md#ansokan`.
    public var destination: String
    public var isImage: Bool
    /// Where the link starts in the Markdown text that was rendered: 1-based line, and
    /// 1-based column counted in characters.
    public var line: Int
    public var column: Int
    /// An image's alt text as plain text: the text between its brackets.
    public var alt: String
    /// The title, `![alt](a.jpg "title")`, or "" when there is none.
    public var title: String

    public init(destination: String, isImage: Bool, line: Int, column: Int, alt: String = "", title: String = "") {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
        self.alt = alt
        self.title = title
    }
}

/// What the caller wants done with one link.
public enum LinkRewrite: Sendable, Equatable {
    /// Leave the destination as written.
    case keep
    /// Use this URL instead (for example the site URL of the page a `.md` link points to).
    case replace(String)
    /// Replace the whole image with this HTML (a `<picture>` with its sources). Only for images.
    case html(String)
    /// The link points nowhere: keep it as written and report an error at the link.
    case broken(message: String, hint: String?, code: String = DiagnosticCode.linkMissing)
}
