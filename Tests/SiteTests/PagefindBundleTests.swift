@testable import Site
import Testing

/// Pagefind writes a filter's values, the filters of a metadata file and the languages of its
/// entry file in hash-map order; the canonical bundle is the same whatever that order was.
@Suite struct PagefindBundleTests {
    static let signature = Array("pagefind_dcd".utf8)

    static func text(_ string: String) -> [UInt8] { CBORCursor.text(Array(string.utf8)) }
    static func array(_ items: [[UInt8]]) -> [UInt8] { CBORCursor.header(major: 4, items.count) + items.flatMap { $0 } }
    static func pages(_ numbers: [Int]) -> [UInt8] { array(numbers.map { CBORCursor.header(major: 0, $0) }) }

    /// A filter file with `values` in the given order.
    static func filter(_ name: String, _ values: [(String, [Int])]) -> [UInt8] {
        signature + array([text(name), array(values.map { array([text($0.0), pages($0.1)]) })])
    }

    /// A metadata file listing `filters` (name, file hash) in the given order.
    static func meta(_ filters: [(String, String)]) -> [UInt8] {
        signature + array([text("1.5.2"), array([array([text("sv_page1"), CBORCursor.header(major: 0, 300)])]),
                           array([]), array(filters.map { array([text($0.0), text($0.1)]) }), array([]), array([text("title")])])
    }

    static func bundle(reversed: Bool) -> [String: [UInt8]] {
        let sections: [(String, [Int])] = [("Tjänster", [0, 1, 2]), ("Nyheter", [3, 400]), ("Ämnen", [5])]
        let types: [(String, [Int])] = [("page", [0, 1, 2, 5]), ("news", [3, 400])]
        let order = { (list: [(String, [Int])]) in reversed ? list.reversed() : list }
        let sectionHash = reversed ? "sv_aaaaaaa" : "sv_bbbbbbb", typeHash = reversed ? "sv_ccccccc" : "sv_ddddddd"
        let filters = [("section", sectionHash), ("type", typeHash)]
        let metaHash = reversed ? "sv_1111111111" : "sv_2222222222"
        let entry = reversed
            ? #"{"version":"1.5.2","languages":{"sv":{"hash":"sv_1111111111","page_count":6},"fi":{"hash":"fi_3","page_count":0}}}"#
            : #"{"languages":{"fi":{"page_count":0,"hash":"fi_3"},"sv":{"page_count":6,"hash":"sv_2222222222"}},"version":"1.5.2"}"#
        return [
            "filter/\(sectionHash).pf_filter": filter("section", order(sections)),
            "filter/\(typeHash).pf_filter": filter("type", order(types)),
            "pagefind.\(metaHash).pf_meta": meta(reversed ? filters.reversed() : filters),
            "pagefind-entry.json": Array(entry.utf8),
            "fragment/sv_x.pf_fragment": [1, 2, 3],
        ]
    }

    @Test func theCanonicalBundleDoesNotDependOnPagefindsHashMapOrder() throws {
        let first = try PagefindBundle.canonical(Self.bundle(reversed: false))
        let second = try PagefindBundle.canonical(Self.bundle(reversed: true))
        #expect(first == second)
        // The values are sorted by their bytes, and the files are named after their new contents.
        let section = Self.filter("section", [("Nyheter", [3, 400]), ("Tjänster", [0, 1, 2]), ("Ämnen", [5])])
        let name = "filter/sv_\(PagefindBundle.hash(section, length: 7)).pf_filter"
        #expect(first[name] == section)
        let metaName = try #require(first.keys.first { $0.hasPrefix("pagefind.sv_") })
        let entry = String(decoding: try #require(first["pagefind-entry.json"]), as: UTF8.self)
        #expect(entry == #"{"languages":{"fi":{"hash":"fi_3","page_count":0},"sv":{"hash":"\#(metaName.dropFirst(9).dropLast(8))","page_count":6}},"version":"1.5.2"}"#)
        #expect(first["fragment/sv_x.pf_fragment"] == [1, 2, 3])
        #expect(first.count == 5)
    }

    @Test func aFileInAnUnknownFormIsAnErrorNotACrash() {
        var bundle = Self.bundle(reversed: false)
        bundle["filter/sv_bbbbbbb.pf_filter"] = Self.signature + [0x9f]
        #expect(throws: PagefindBundle.Unreadable.self) { try PagefindBundle.canonical(bundle) }
    }
}
