import Testing
@testable import YAML

@Suite struct AccessorTests {
    let node: YAMLNode

    init() throws {
        node = try parsed("""
            title: Dagvård
            year: 2026
            weight: -1.5
            draft: false
            empty:
            tags: [skola, barn]
            menu: {main: 3}
            """)
    }

    @Test func typedViews() {
        #expect(node["title"]?.string == "Dagvård")
        #expect(node["year"]?.int == 2026)
        #expect(node["year"]?.double == 2026)
        #expect(node["weight"]?.double == -1.5)
        #expect(node["weight"]?.int == nil)
        #expect(node["draft"]?.bool == false)
        #expect(node["title"]?.bool == nil)
        #expect(node["empty"]?.isNull == true)
        #expect(node["tags"]?.array?.compactMap(\.string) == ["skola", "barn"])
        #expect(node["menu"]?["main"]?.int == 3)
        #expect(node["missing"] == nil)
        #expect(node["title"]?["x"] == nil)
    }

    /// `string` gives the text as written for any non-null scalar, so that `title: 2026` is still a title.
    @Test func stringOfNonStringScalars() {
        #expect(node["year"]?.string == "2026")
        #expect(node["draft"]?.string == "false")
        #expect(node["empty"]?.string == nil)
        #expect(node["tags"]?.string == nil)
    }

    @Test func collectionsAreNeverNull() throws {
        #expect(node["tags"]?.isNull == false)
        #expect(node["menu"]?.isNull == false)
        #expect(try parsed("a: []\nb: {}\n")["a"]?.isNull == false)
        #expect(try parsed("a: []\nb: {}\n")["b"]?.isNull == false)
    }

    @Test func typeNamesForMessages() {
        #expect(node["title"]?.typeName == "string")
        #expect(node["year"]?.typeName == "integer")
        #expect(node["weight"]?.typeName == "float")
        #expect(node["draft"]?.typeName == "boolean")
        #expect(node["empty"]?.typeName == "null")
        #expect(node["tags"]?.typeName == "list")
        #expect(node["menu"]?.typeName == "mapping")
    }

    @Test func pairsKeepDocumentOrder() {
        #expect(node.pairs?.compactMap(\.key.string) == ["title", "year", "weight", "draft", "empty", "tags", "menu"])
        #expect(node.array == nil)
        #expect(node["tags"]?.pairs == nil)
    }
}
