/// A file the build copies as it is: from `static/` (the site's or a theme's) or from a page bundle.
struct FileCopy: Sendable {
    enum Kind: Sendable { case staticFile, bundleFile }

    var source: String
    /// The source as the editor sees it: `static/css/x.css`, `themes/kommun/static/…`, `content/…`.
    var displaySource: String
    /// Relative to the output directory.
    var target: String
    var kind: Kind
    /// Published without its location and other personal metadata: the original of a photo
    /// that the pages show as copies, when something links to the original itself.
    var stripsMetadata = false
}
