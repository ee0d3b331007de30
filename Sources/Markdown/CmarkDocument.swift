internal import CCmarkGFM
import Foundation

/// A document parsed by cmark-gfm, owned by Swift: the C tree is freed when this object goes away,
/// whatever path the render took.
///
/// This file, `CmarkDocumentWalk.swift` and `CmarkAccessibilityWalk.swift` are the only ones that talk to cmark-gfm.
final class CmarkDocument {
    private let root: OpaquePointer
    private let renderFlags: Int32
    /// Headings taken out of the tree by `giveHeading(_:id:)`, and images by `replaceImage`. Their text nodes, now under the
    /// replacement, point into the heading's own content buffer, so they are freed only after rendering.
    private var retiredHeadings: [OpaquePointer] = []

    /// Parses `markdown`, or returns nil when cmark-gfm fails to allocate a parser.
    init?(parsing markdown: String, options: MarkdownOptions) {
        // Without CMARK_OPT_GITHUB_PRE_LANG: `<pre lang="ruby">` is invalid HTML and tells screen
        // readers the code is in a human language; CommonMark's `<code class="language-ruby">` is neither.
        var flags = CMARK_OPT_FOOTNOTES
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        if options.allowRawHTML { flags |= CMARK_OPT_UNSAFE }
        let gfm = GFMExtensions.registered
        var text = markdown
        // Only a document with a `~` needs strikethrough, the one extension that still writes the
        // shared character table (see `GFMExtensions`); those few parse one at a time.
        let needsStrikethrough = text.utf8.contains(UInt8(ascii: "~"))
        let extensions = needsStrikethrough ? gfm.attachable + [gfm.strikethrough] : gfm.attachable
        let parse = {
            text.withUTF8 { bytes -> OpaquePointer? in
                guard let parser = cmark_parser_new(flags) else { return nil }
                defer { cmark_parser_free(parser) }
                for extensionPointer in extensions {
                    cmark_parser_attach_syntax_extension(parser, extensionPointer)
                }
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let start = chars.baseAddress, !chars.isEmpty {
                        cmark_parser_feed(parser, start, chars.count)
                    }
                }
                return cmark_parser_finish(parser)
            }
        }
        let parsed = needsStrikethrough ? GFMExtensions.strikethroughLock.withLock(parse) : parse()
        guard let parsed else { return nil }
        root = parsed
        renderFlags = flags
    }

    deinit {
        cmark_node_free(root)
        retiredHeadings.forEach { cmark_node_free($0) }
    }

    var rootNode: OpaquePointer { root }

    func setDestination(_ url: String, of link: LinkNode) {
        cmark_node_set_url(link.node, url)
    }

    /// Replaces an image by `html`, written out as it is (a custom inline, as for headings), and
    /// keeps the image node until the document is freed.
    func replaceImage(_ image: LinkNode, withHTML html: String) {
        guard let tag = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(tag, html)
        cmark_node_insert_before(image.node, tag)
        cmark_node_unlink(image.node)
        retiredHeadings.append(image.node)
    }

    func setLiteral(_ literal: String, of html: RawHTMLNode) {
        cmark_node_set_literal(html.node, literal)
    }

    /// Puts an `id` on a heading.
    ///
    /// cmark-gfm renders headings as a bare `<hN>` and has no attribute API, so the heading is
    /// replaced by a custom block (which renders nothing of its own but the line breaks around
    /// a block) holding a custom inline whose enter/exit text is `<hN id="…">` and `</hN>`,
    /// with the heading's children moved under it. Rewriting the rendered HTML instead would
    /// mean finding the N-th `<hN>`, which breaks as soon as raw HTML may contain headings too.
    /// The tree is changed only here, after the walk, never during it.
    func giveHeading(_ heading: HeadingNode, id: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        guard let tag = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            cmark_node_free(block)
            return
        }
        cmark_node_set_on_enter(tag, "<h\(heading.level) id=\"\(Self.escapedAttribute(id))\">")
        cmark_node_set_on_exit(tag, "</h\(heading.level)>")
        while let child = cmark_node_first_child(heading.node) {
            cmark_node_append_child(tag, child)
        }
        cmark_node_append_child(block, tag)
        cmark_node_insert_before(heading.node, block)
        cmark_node_unlink(heading.node)
        retiredHeadings.append(heading.node)
    }

    /// Replaces a component block with the component's HTML, through a custom block, whose text
    /// cmark-gfm writes as it is: the HTML comes from the site's own templates, not from the page.
    func replaceComponent(_ component: ComponentNode, withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html)
        cmark_node_insert_before(component.node, block)
        cmark_node_unlink(component.node)
        cmark_node_free(component.node)
    }

    /// A value for a double-quoted HTML attribute.
    static func escapedAttribute(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Gives a task-list item a checkbox inside a label that holds the item's first paragraph,
    /// so the checkbox has an accessible name. The label is a custom inline around the paragraph's
    /// inline content, so it nests correctly whatever markup spans the paragraph's lines.
    func labelTaskItem(_ item: OpaquePointer) {
        let checked = cmark_gfm_extensions_get_tasklist_item_checked(item)
        guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let label = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_syntax_extension(item, nil)
        cmark_node_set_on_enter(label, "<label><input type=\"checkbox\"\(checked ? " checked=\"\"" : "") disabled> ")
        cmark_node_set_on_exit(label, "</label>")
        while let child = cmark_node_first_child(paragraph) {
            cmark_node_append_child(label, child)
        }
        cmark_node_append_child(paragraph, label)
    }

    /// Renders the HTML, letting `polish` adjust only what cmark-gfm generated: the editor's raw
    /// HTML (allowed by `markdown.unsafe`) is set aside under placeholders while `polish` runs,
    /// and comes back as cmark-gfm wrote it (after the tag filter).
    func renderHTML(polish: (String) -> String) -> String {
        let raw = RawHTMLMarkers()
        if renderFlags & CMARK_OPT_UNSAFE != 0 { markRawHTML(raw) }
        guard let rendered = cmark_render_html(root, renderFlags, GFMExtensions.registered.renderList) else {
            return ""
        }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        let (generated, pieces) = raw.setAside(in: String(cString: rendered))
        return raw.restore(pieces, in: polish(generated))
    }

    /// Puts markers around the text of every raw HTML node. (Its own text, not wrapper nodes:
    /// a table cell may hold no custom node.)
    private func markRawHTML(_ markers: RawHTMLMarkers) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE,
                  let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { continue }
            // A block's closing line break stays outside, where the renderer expects it.
            let text = literal.hasSuffix("\n") ? literal.dropLast() : literal[...]
            cmark_node_set_literal(node, markers.open + text + markers.close + (text.count < literal.count ? "\n" : ""))
        }
    }
}

/// The GFM extensions, registered with cmark-gfm once per process, in a way that lets almost
/// every document parse in parallel.
///
/// Registration writes cmark-gfm's global extension registry, so it must happen exactly once
/// and before any parse: a Swift `static let` is initialised once, thread-safely, on first use.
///
/// Debian's cmark-gfm 0.29.0.gfm.6 is not thread-safe while parsing: the table of characters
/// that start inline syntax is a pair of global arrays in inlines.c, and every parse adds the
/// attached extensions' characters (`~` for strikethrough, `:` and `w` for autolink, `|` for
/// tables) before parsing inlines and removes them after. Two documents parsed at once see each
/// other's removals, and `~~x~~` or `www.example.com` is sometimes left as plain text: a
/// prototype got wrong HTML for 17–20% of pages (fixed upstream in cmark-gfm PR #176, which
/// Debian does not have). A lock around every parse fixes that but makes parsing serial.
///
/// Instead, all the characters are added to the global table once, here, and the table,
/// autolink, task-list and tag-filter extensions then get an empty character list through the
/// public `cmark_syntax_extension_set_special_inline_chars`. Their parses add and remove
/// nothing, so they share no mutable state; they still see their characters, because
/// `try_extensions` offers every special character to every inline extension. Strikethrough
/// cannot be treated so: cmark-gfm finds the extension that closes a `~~` delimiter by looking
/// up `~` in the extensions' lists, and with an empty list the parse never ends. So only a
/// document that contains `~` gets the strikethrough extension, and those documents parse one at
/// a time under `strikethroughLock`; all others run in parallel. `ConcurrentRenderingTests`
/// compares parallel renders of both kinds with serial ones byte for byte.
///
/// The table extension also calls `cmark_arena_push`/`pop`, which act on a global arena but do
/// nothing unless the arena allocator is in use: never use `cmark_get_arena_mem_allocator`.
/// The extension objects and the list built here are never changed or freed afterwards.
struct GFMExtensions: @unchecked Sendable {
    static let registered = GFMExtensions()

    /// Attached to every parser.
    let attachable: [OpaquePointer]
    /// Attached only to parsers of documents that contain `~`.
    let strikethrough: OpaquePointer
    /// Marks the list items that are task-list items.
    let tasklist: OpaquePointer
    /// Serialises the parses that use `strikethrough`.
    static let strikethroughLock = NSLock()
    /// The same extensions as the C list `cmark_render_html` wants (tagfilter acts while rendering).
    let renderList: UnsafeMutablePointer<cmark_llist>?

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        func find(_ name: String) -> OpaquePointer {
            guard let found = cmark_find_syntax_extension(name) else {
                preconditionFailure("libcmark-gfm-extensions has no '\(name)' extension")
            }
            return found
        }
        attachable = ["table", "autolink", "tasklist", "tagfilter"].map(find)
        strikethrough = find("strikethrough")
        tasklist = find("tasklist")
        let all = attachable + [strikethrough]
        if let parser = cmark_parser_new(CMARK_OPT_DEFAULT) {
            for extensionPointer in all {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
            cmark_manage_extensions_special_characters(parser, 1)
            cmark_parser_free(parser)
        }
        // The old lists are a few bytes each, allocated once; they are left alone rather than freed
        // through the library's allocator in case an extension still refers to them.
        for extensionPointer in attachable {
            cmark_syntax_extension_set_special_inline_chars(extensionPointer, nil)
        }
        var list: UnsafeMutablePointer<cmark_llist>?
        for extensionPointer in all {
            list = cmark_llist_append(cmark_get_default_mem_allocator(), list, UnsafeMutableRawPointer(extensionPointer))
        }
        renderList = list
    }
}
