import Foundation

/// Adjusts cmark-gfm's HTML to what the W3C validator and axe-core accept, since cmark-gfm 0.29
/// writes XHTML-style void tags, `align` attributes, unlabelled task-list checkboxes and
/// English footnote labels. Each rewrite touches only markup cmark-gfm itself generates: text is
/// escaped, so `" />"` or `align="` can only occur inside its tags. Pages without the features
/// skip the regular expressions entirely.
struct HTMLPolish {
    let footnotesLabel: String
    let footnoteBackLabel: String

    func apply(to html: String) -> String {
        var html = html
        if ByteSearch.contains(html, "type=\"checkbox\"") {
            html = Self.looseTask.stringByReplacingMatches(in: html, range: Self.whole(html),
                withTemplate: "\n<p><label><input type=\"checkbox\"$1 disabled> $2</label></p>")
            html = Self.tightTask.stringByReplacingMatches(in: html, range: Self.whole(html),
                withTemplate: "<label><input type=\"checkbox\"$1 disabled> $2</label>")
        }
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

    /// A checkbox followed by a paragraph (a loose list): the label goes inside the paragraph.
    private static let looseTask = try! NSRegularExpression(
        pattern: #"<input type="checkbox"( checked="")? disabled="" /> \n<p>([\s\S]*?)</p>"#)
    /// A checkbox followed by inline content, up to the end of the item or a nested list.
    private static let tightTask = try! NSRegularExpression(
        pattern: #"<input type="checkbox"( checked="")? disabled="" /> ((?:[^\n<]|<(?!/li>|ul>|ol>))*)"#)
    private static let alignedCell = try! NSRegularExpression(pattern: #"<(th|td) align="(left|center|right)">"#)

    private static func whole(_ text: String) -> NSRange { NSRange(text.startIndex..., in: text) }

    private static func attribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
