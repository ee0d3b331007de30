import Markdown

/// What the Markdown step produced for one page, as the view model needs it.
public struct PageBody: Sendable {
    /// The body's headings, as the Markdown step found them.
    public typealias Heading = Markdown.Heading

    public var html: String
    /// Plain-text first paragraph, for lists and the meta description when the page has no `description`.
    public var summary: String
    public var headings: [Heading]
    /// The page's converted images in document order, with site-absolute URLs for templates.
    public var images: [PageImage] = []
    /// Its cover: front matter `cover:`, else the first image.
    public var cover: PageImage?

    public init(html: String, summary: String, headings: [Heading], images: [PageImage] = [], cover: PageImage? = nil) {
        self.html = html
        self.summary = summary
        self.headings = headings
        self.images = images
        self.cover = cover
    }

    public static let empty = PageBody(html: "", summary: "", headings: [])
}

/// An image of a page as templates see it.
public struct PageImage: Sendable, Equatable {
    public var alt: String
    public var picture: ResponsivePicture

    public init(alt: String, picture: ResponsivePicture) {
        self.alt = alt
        self.picture = picture
    }
}
