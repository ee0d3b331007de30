import Foundation

/// Adjusts cmark-gfm's HTML to what the W3C validator and axe-core accept, since cmark-gfm 0.29
/// writes XHTML-style void tags, `align` attributes and English footnote labels. It runs only on
/// markup cmark-gfm generated (`CmarkDocument.renderHTML` sets the editor's raw HTML aside), and
/// there text is escaped, so `" />"` or `align="` can only occur inside its tags. Pages without
/// the features skip the regular expression entirely. (Task-list checkboxes get their labels in
/// the tree, by `CmarkDocument.labelTaskItem`.)
struct HTMLPolish {
    let footnotesLabel: String
    let footnoteBackLabel: String

    func apply(to html: String) -> String {
        var html = html
        if ByteSearch.contains(html, " align=\"") {
            html = Self.alignedCell.stringByReplacingMatches(in: html, range: Self.whole(html), withTemplate: "<$1 class=\"align-$2\">")
        }
        if ByteSearch.contains(html, "data-footnotes") {
            html = ByteSearch.replacing(
                "<section class=\"footnotes\" data-footnotes>",
                with: "<section class=\"footnotes\" data-footnotes aria-label=\"\(Self.attribute(footnotesLabel))\">", in: html
            )
            html = ByteSearch.replacing("aria-label=\"Back to content\"", with: "aria-label=\"\(Self.attribute(footnoteBackLabel))\"", in: html)
        }
        html = ByteSearch.replacing(" />", with: ">", in: html)
        return html
    }

    private static let alignedCell = try! NSRegularExpression(pattern: #"<(th|td) align="(left|center|right)">"#)

    private static func whole(_ text: String) -> NSRange { NSRange(text.startIndex..., in: text) }

    private static func attribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
