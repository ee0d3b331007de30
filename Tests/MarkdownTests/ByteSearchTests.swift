@testable import Markdown
import Testing

@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("<br /><hr />", " />", ">", "<br><hr>"),
        ("ä />ö />", " />", ">", "ä>ö>"),
        ("ingen träff", "xyz", "!", "ingen träff"),
        ("aaa", "aa", "b", "ba"),
        ("", "a", "b", ""),
    ])
    func replacesEveryOccurrence(text: String, needle: String, replacement: String, expected: String) {
        #expect(ByteSearch.replacing(needle, with: replacement, in: text) == expected)
    }

    @Test func findsNeedlesAnywhere() {
        #expect(ByteSearch.contains("<p>data-footnotes</p>", "data-footnotes"))
        #expect(ByteSearch.contains("xy", "y"))
        #expect(!ByteSearch.contains("x", "xy"))
        #expect(!ByteSearch.contains("åäö", "aa"))
    }
}
