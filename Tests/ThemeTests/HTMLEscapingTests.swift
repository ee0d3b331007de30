import Mustache
import Testing
@testable import Theme

@Suite struct HTMLEscapingTests {
    let samples = [
        "", "Ekvik", "Tammilahti – kaupunki", "<script>alert('x')</script>", "Fish & Chips \"quoted\"",
        "a<b>c&d\"e'f", "åäö ÅÄÖ ü 😀 <åäö>", "&amp; already escaped", "'", "trailing <",
    ]

    /// Torg's escaping replaces swift-mustache's for speed; it must not change a single byte.
    @Test func escapesExactlyAsSwiftMustachesHTMLContentType() throws {
        let builtIn = try MustacheTemplate(string: "{{value}}")
        _ = ByteWiseHTMLContentType.registered
        let byteWise = try MustacheTemplate(string: ByteWiseHTMLContentType.pragmaLine + "{{value}}")
        for sample in samples {
            let expected = builtIn.render(["value": sample])
            #expect(byteWise.render(["value": sample]) == expected, "\(sample)")
            #expect(ByteWiseHTMLContentType.escape(sample) == expected, "\(sample)")
        }
    }

    @Test func thePragmaLineLeavesNoTrace() throws {
        _ = ByteWiseHTMLContentType.registered
        let text = "{{#items}}\n<li>{{.}}</li>\n{{/items}}\n"
        let plain = try MustacheTemplate(string: text).render(["items": ["a", "b"]])
        let withPragma = try MustacheTemplate(string: ByteWiseHTMLContentType.pragmaLine + text).render(["items": ["a", "b"]])
        #expect(withPragma == plain)
        #expect(plain == "<li>a</li>\n<li>b</li>\n")
    }
}
