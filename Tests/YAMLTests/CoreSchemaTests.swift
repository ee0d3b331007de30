import Testing
@testable import YAML

@Suite struct CoreSchemaTests {
    @Test(arguments: ["null", "Null", "NULL", "~", ""])
    func nulls(_ text: String) throws {
        #expect(try resolved(text) == .null)
    }

    @Test(arguments: [("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false)])
    func booleans(_ text: String, _ expected: Bool) throws {
        #expect(try resolved(text) == .bool(expected))
    }

    /// YAML 1.1 booleans and near-misses are text in the 1.2 core schema: `country: no` must not become false.
    @Test(arguments: ["yes", "no", "on", "off", "Yes", "NO", "y", "n", "tRUE", "nULL", "nul", "truex"])
    func yamlOneOneWordsStayStrings(_ text: String) throws {
        #expect(try resolved(text) == .string(text))
    }

    @Test(arguments: [("0", 0), ("42", 42), ("-17", -17), ("+5", 5), ("007", 7), ("0o17", 15), ("0x1F", 31), ("0xff", 255),
                      ("9223372036854775807", Int.max)])
    func integers(_ text: String, _ expected: Int) throws {
        #expect(try resolved(text) == .int(expected))
    }

    @Test(arguments: [("1.5", 1.5), ("-0.25", -0.25), ("+2.0", 2.0), (".5", 0.5), ("1.", 1.0), ("1e3", 1000.0),
                      ("2.5E-2", 0.025), ("-1e+2", -100.0), (".inf", Double.infinity), ("-.Inf", -Double.infinity),
                      ("+.INF", Double.infinity), ("99999999999999999999", 1e20)])
    func floats(_ text: String, _ expected: Double) throws {
        #expect(try resolved(text) == .double(expected))
    }

    @Test(arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(_ text: String) throws {
        guard case .double(let value) = try resolved(text) else {
            Issue.record("\(text) is not a float")
            return
        }
        #expect(value.isNaN)
    }

    /// Dates, versions, phone-like and almost-numbers are text; Torg parses dates itself.
    @Test(arguments: ["2026-03-14", "2026-03-14T10:00:00Z", "1.2.3", "0x", "0xG1", "0o8", "-0x10", "1_000", "1e", "e3",
                      ".", "+", "12:30", "-.nan", "inf", "nan", "0b101", "1,5", "Åbo", "+358 19 555 0100"])
    func lookalikesStayStrings(_ text: String) throws {
        #expect(try resolved(text) == .string(text))
    }

    @Test func quotedAndBlockScalarsAreAlwaysStrings() throws {
        let node = try parsed("""
            a: "42"
            b: 'true'
            c: |
              null
            d: >
              1.5
            """)
        #expect(node["a"]?.value == .string("42"))
        #expect(node["b"]?.value == .string("true"))
        #expect(node["c"]?.value == .string("null\n"))
        #expect(node["d"]?.value == .string("1.5")) // the text ends without a line break
        #expect(node["a"]?.int == nil)
    }

    @Test func explicitTagsDecideTheType() throws {
        let node = try parsed("""
            str: !!str 42
            nonSpecific: ! true
            int: !!int "0x10"
            float: !!float 3
            bool: !!bool 'false'
            nothing: !!null ~
            """)
        #expect(node["str"]?.value == .string("42"))
        #expect(node["str"]?.typeName == "string")
        if case .scalar(let scalar)? = node["str"]?.kind { #expect(scalar.tag == "!!str") }
        #expect(node["nonSpecific"]?.value == .string("true"))
        #expect(node["int"]?.value == .int(16))
        #expect(node["float"]?.value == .double(3))
        #expect(node["bool"]?.value == .bool(false))
        #expect(node["nothing"]?.isNull == true)
    }
}
