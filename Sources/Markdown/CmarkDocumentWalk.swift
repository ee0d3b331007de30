internal import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A link or image node found by the walk, with what the renderer needs to know about it.
struct LinkNode {
    let node: OpaquePointer
    var destination: String
    var isImage: Bool
    /// Where cmark-gfm says the node starts: 1-based line and 1-based *byte* column.
    /// GFM autolinks (`www.example.com`) come with 0 or a column one too small.
    var line: Int
    var byteColumn: Int
    /// The text between the brackets (an image's alt text), as plain text.
    var text: String
    /// The lines of the innermost block (paragraph, table cell, heading) holding the link.
    var blockLines: ClosedRange<Int>
}

struct ComponentNode {
    let node: OpaquePointer
    var block: ComponentBlock
}

/// Raw HTML (a block, or an inline tag) that `markdown.unsafe` lets through.
struct RawHTMLNode {
    let node: OpaquePointer
    var literal: String
    /// The lines of the innermost block holding it (the HTML block itself, or a paragraph).
    var blockLines: ClosedRange<Int>
}

struct HeadingNode {
    let node: OpaquePointer
    var level: Int
    var text: String
}

/// What one pass over the parsed tree collects. The tree is not changed during the pass.
struct DocumentOutline {
    var links: [LinkNode] = []
    var headings: [HeadingNode] = []
    var components: [ComponentNode] = []
    /// The lines of each code block (fenced or indented), where `{{<` is code, not a shortcode.
    var codeBlockLines: [ClosedRange<Int>] = []
    var rawHTML: [RawHTMLNode] = []
    /// The plain text of the first paragraph outside footnotes, if any has text.
    var firstParagraphText: String?
    /// The deepest nesting of block quotes and lists, and the line where it is reached.
    var deepestNesting: (depth: Int, line: Int) = (0, 0)
    /// List items that are task-list items, to be given labelled checkboxes.
    var taskItems: [OpaquePointer] = []
    /// Where each footnote reference and definition starts (line, byte column), in document order.
    var footnotes: [(line: Int, byteColumn: Int)] = []
}

extension CmarkDocument {
    func outline() -> DocumentOutline {
        var outline = DocumentOutline()
        guard let iterator = cmark_iter_new(rootNode) else { return outline }
        defer { cmark_iter_free(iterator) }
        var footnoteDepth = 0
        var nesting = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST {
                nesting += event == CMARK_EVENT_ENTER ? 1 : -1
                if nesting > outline.deepestNesting.depth {
                    outline.deepestNesting = (nesting, Int(cmark_node_get_start_line(node)))
                }
            }
            if type == CMARK_NODE_FOOTNOTE_DEFINITION {
                footnoteDepth += event == CMARK_EVENT_ENTER ? 1 : -1
                // cmark-gfm starts a definition's column after its label; the line is what matters.
                if event == CMARK_EVENT_ENTER { outline.footnotes.append((position(of: node).line, 1)) }
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch type {
            case CMARK_NODE_ITEM where cmark_node_get_syntax_extension(node) == GFMExtensions.registered.tasklist:
                outline.taskItems.append(node)
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                outline.footnotes.append(position(of: node))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                outline.links.append(linkNode(node, isImage: type == CMARK_NODE_IMAGE))
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) {
                    outline.rawHTML.append(RawHTMLNode(node: node, literal: literal, blockLines: blockLines(of: node)))
                }
            case CMARK_NODE_HEADING:
                outline.headings.append(HeadingNode(
                    node: node,
                    level: Int(cmark_node_get_heading_level(node)),
                    text: plainText(of: node)
                ))
            case CMARK_NODE_CODE_BLOCK:
                let first = Int(cmark_node_get_start_line(node))
                outline.codeBlockLines.append(first...max(first, Int(cmark_node_get_end_line(node))))
                if let component = componentNode(node) { outline.components.append(component) }
            case CMARK_NODE_PARAGRAPH where outline.firstParagraphText == nil && footnoteDepth == 0:
                let text = plainText(of: node)
                if !text.isEmpty { outline.firstParagraphText = text }
            default:
                break
            }
        }
        return outline
    }

    private func position(of node: OpaquePointer) -> (line: Int, byteColumn: Int) {
        (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }

    private func componentNode(_ node: OpaquePointer) -> ComponentNode? {
        guard let info = cmark_node_get_fence_info(node).map({ String(cString: $0) }),
              let name = ComponentBlock.name(inInfoString: info) else { return nil }
        let body = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        let block = ComponentBlock(
            name: name, body: body,
            line: Int(cmark_node_get_start_line(node)), column: max(1, Int(cmark_node_get_start_column(node)))
        )
        return ComponentNode(node: node, block: block)
    }

    /// The lines of the innermost block that is or holds `node`.
    private func blockLines(of node: OpaquePointer) -> ClosedRange<Int> {
        var block: OpaquePointer? = node
        while let current = block, cmark_node_get_type(current).rawValue & UInt32(CMARK_NODE_TYPE_MASK) != UInt32(CMARK_NODE_TYPE_BLOCK) {
            block = cmark_node_parent(current)
        }
        guard let block else { return 1...1 }
        let first = max(1, Int(cmark_node_get_start_line(block)))
        return first...max(first, Int(cmark_node_get_end_line(block)))
    }

    private func linkNode(_ node: OpaquePointer, isImage: Bool) -> LinkNode {
        let blockLines = cmark_node_parent(node).map(blockLines(of:)) ?? 1...1
        return LinkNode(
            node: node,
            destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
            isImage: isImage,
            line: Int(cmark_node_get_start_line(node)),
            byteColumn: Int(cmark_node_get_start_column(node)),
            text: plainText(of: node),
            blockLines: blockLines
        )
    }

    /// The text of `root` and everything under it, without markup: line breaks become spaces,
    /// raw HTML and footnote references are left out, and so are images below `root`
    /// (a heading "![Logo](logo.png) Kontakt" reads "Kontakt"). Runs of whitespace become one
    /// space, and there is none at either end.
    ///
    /// The literals are gathered as bytes and collapsed by `WordSpacing`; text it cannot take
    /// on bytes is gathered again as Strings, as it always was.
    func plainText(of root: OpaquePointer) -> String {
        var bytes: [UInt8] = []
        var piecesAreWhole = true
        walkPlainText(of: root) { literal in
            guard let literal else { bytes.append(UInt8(ascii: " ")); return }
            let piece = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
            if !WordSpacing.isWhole(piece) { piecesAreWhole = false }
            bytes.append(contentsOf: piece)
        }
        if piecesAreWhole, let collapsed = WordSpacing.collapse(utf8: bytes) { return collapsed }
        var text = ""
        walkPlainText(of: root) { literal in
            text += literal.map { String(cString: $0) } ?? " "
        }
        return WordSpacing.collapseByCharacters(text)
    }

    /// Calls `visit` with each text literal under `root` in order, and with nil for each line break.
    private func walkPlainText(of root: OpaquePointer, _ visit: (UnsafePointer<CChar>?) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var imageDepth = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_IMAGE where node != root:
                imageDepth += event == CMARK_EVENT_ENTER ? 1 : -1
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if imageDepth == 0, let literal = cmark_node_get_literal(node) { visit(literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if imageDepth == 0 { visit(nil) }
            default:
                break
            }
        }
    }
}
