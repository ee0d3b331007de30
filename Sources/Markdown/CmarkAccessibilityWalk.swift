internal import CCmarkGFM

/// A GFM table found by `CmarkDocument.tables()`.
struct TableNode {
    /// Where cmark-gfm says the table starts: 1-based line and 1-based *byte* column.
    var line: Int
    var byteColumn: Int
    /// True when every cell of the header row is without text (`| | |`).
    var headerIsEmpty: Bool
}

/// The cmark-gfm calls the accessibility checks need beyond `outline()`. Like `CmarkDocumentWalk`,
/// this file only reads the tree, except `makeDecorative(_:)`, which runs after every walk.
extension CmarkDocument {
    /// Where cmark-gfm says a node starts: 1-based line and 1-based byte column.
    func startPosition(of node: OpaquePointer) -> (line: Int, byteColumn: Int) {
        (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }

    /// The title of a link or image (`![](a.png "title")`), or "" when it has none.
    func title(of link: LinkNode) -> String {
        cmark_node_get_title(link.node).map { String(cString: $0) } ?? ""
    }

    /// Every table of the document, in document order.
    ///
    /// The table extension's node types are registered at run time, so tables and their rows are
    /// recognised by their type names: cmark-gfm calls the header row `table_header`.
    func tables() -> [TableNode] {
        guard let iterator = cmark_iter_new(rootNode) else { return [] }
        defer { cmark_iter_free(iterator) }
        var tables: [TableNode] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), typeName(of: node) == "table" else { continue }
            var headerIsEmpty = false
            if let header = cmark_node_first_child(node), typeName(of: header) == "table_header" {
                headerIsEmpty = true
                var cell = cmark_node_first_child(header)
                while let current = cell {
                    if !plainText(of: current).isEmpty { headerIsEmpty = false }
                    cell = cmark_node_next(current)
                }
            }
            let position = startPosition(of: node)
            tables.append(TableNode(line: position.line, byteColumn: position.byteColumn, headerIsEmpty: headerIsEmpty))
        }
        return tables
    }

    /// Every `<img>` tag of the editor's raw HTML that has no `alt` attribute: (its `src`, line, byte column).
    func rawImagesWithoutAlt() -> [(source: String, line: Int, byteColumn: Int)] {
        guard let iterator = cmark_iter_new(rootNode) else { return [] }
        defer { cmark_iter_free(iterator) }
        var found: [(String, Int, Int)] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE,
                  let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { continue }
            let start = startPosition(of: node)
            for tag in RawImageTag.withoutAlt(in: literal) {
                // In a block, a tag on a later line starts at its own column.
                found.append((tag.source, start.line + tag.line, tag.line == 0 ? start.byteColumn + tag.byteOffset : 1 + tag.byteOffset))
            }
        }
        return found
    }

    /// Renders an image as decoration: `alt=""` and no title, so screen readers skip it.
    /// Changes the tree, so it is called only after every walk over it.
    func makeDecorative(_ image: LinkNode) {
        cmark_node_set_title(image.node, "")
        while let child = cmark_node_first_child(image.node) {
            cmark_node_free(child)
        }
    }

    private func typeName(of node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }
}
