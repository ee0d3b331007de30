import Diagnostics
import Foundation
import Testing
@testable import YAML

/// The yaml-test-suite (`../shared/fixtures/yaml-test-suite`, release 2022-01-17) through Torg's
/// YAML loader. Every case the suite marks as an error must fail. Every case that loads, and uses
/// no feature Torg refuses on purpose, must equal its `in.json` under the YAML 1.2 core schema.
/// docs/security.md reports the counts that `YAMLTestSuiteReport` prints.
@Suite("yaml-test-suite")
struct YAMLTestSuiteTests {
    static let report = YAMLTestSuiteReport.run()

    @Test func theFixturesAreThere() {
        #expect(Self.report.cases > 400)
    }

    @Test func noMustFailCaseLoads() {
        #expect(Self.report.errorCasesThatLoaded.isEmpty, "\(Self.report.errorCasesThatLoaded)")
    }

    /// Valid YAML that libyaml 0.2.5 (Debian's) reads differently from the spec: `?` starting a plain
    /// scalar in a flow collection, and trailing spaces after a block scalar.
    static let libyamlReadsDifferently: Set<String> = ["652Z", "HM87/01", "JEF9/02", "L24T/01"]

    @Test func everyLoadableCaseWithoutARefusedFeatureEqualsItsJSON() {
        print(Self.report.summary)
        #expect(Set(Self.report.unequal) == Self.libyamlReadsDifferently, "\(Self.report.unequal)")
        // Valid YAML that libyaml 0.2.5 refuses (an error, never a wrong value): reported in docs/security.md.
        #expect(Self.report.failedToLoad.count == 49, "\(Self.report.failedToLoad)")
    }
}

struct YAMLTestSuiteReport {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/fixtures/yaml-test-suite").standardizedFileURL

    /// What Torg refuses on purpose, by the start of its message.
    static let refusals: [(feature: String, message: String)] = [
        ("anchors and aliases", "YAML anchors and aliases are not allowed"),
        ("tags other than the core schema's", "unsupported YAML tag"),
        ("tags other than the core schema's", "is not a valid value for the tag"),
        ("more than one document", "a second YAML document starts here"),
        ("keys that are not text", "a mapping key must be text"),
        ("keys that are not text", "a mapping key is empty"),
        ("control characters", "the text contains the control character"),
    ]

    var cases = 0
    var errorCases = 0
    var errorCasesThatFailed = 0
    var errorCasesThatLoaded: [String] = []
    var loadable = 0
    var equal = 0
    var refused: [String: Int] = [:]
    var unequal: [String] = []
    var failedToLoad: [String] = []

    static func run() -> YAMLTestSuiteReport {
        var report = YAMLTestSuiteReport()
        let manager = FileManager.default
        for name in ((try? manager.contentsOfDirectory(atPath: directory.path)) ?? []).sorted() {
            let folder = directory.appendingPathComponent(name)
            let subfolders = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.allSatisfy(\.isNumber) }.sorted()
            for caseFolder in subfolders.isEmpty ? [folder] : subfolders.map(folder.appendingPathComponent) {
                guard let data = manager.contents(atPath: caseFolder.appendingPathComponent("in.yaml").path) else { continue }
                report.add(caseFolder, yaml: String(decoding: data, as: UTF8.self),
                           id: caseFolder.path.dropFirst(directory.path.count + 1).description)
            }
        }
        return report
    }

    mutating func add(_ folder: URL, yaml: String, id: String) {
        cases += 1
        let mustFail = FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path)
        let result = Result { () throws(Diagnostic) in try YAMLParser.parse(yaml, file: "in.yaml") }
        if mustFail {
            errorCases += 1
            if case .failure = result { errorCasesThatFailed += 1 } else { errorCasesThatLoaded.append(id) }
            return
        }
        loadable += 1
        switch result {
        case .failure(let problem):
            if let refusal = Self.refusals.first(where: { problem.message.hasPrefix($0.message) }) {
                refused[refusal.feature, default: 0] += 1
            } else {
                failedToLoad.append("\(id): \(problem.message)")
            }
        case .success(let node):
            guard let json = FileManager.default.contents(atPath: folder.appendingPathComponent("in.json").path),
                  let expected = Self.documents(json) else { refused["more than one document", default: 0] += 1; return }
            if Self.plain(node) == expected { equal += 1 } else { unequal.append(id) }
        }
    }

    /// The single JSON document of `in.json` as a plain value (nil when there are several);
    /// an empty file is no document, which Torg reads as nil too.
    static func documents(_ data: Data) -> JSONValue?? {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .some(.null) }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { return nil }
        return .some(value)
    }

    /// A document without content is no value to Torg, and `null` to the suite.
    static func plain(_ node: YAMLNode?) -> JSONValue? {
        guard let node else { return .null }
        switch node.kind {
        case .scalar:
            switch node.value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .int(let number): return .number(Double(number))
            case .double(let number): return .number(number)
            case .string(let text): return .string(text)
            }
        case .sequence(let items): return .array(items.map { plain($0) ?? .null })
        case .mapping(let pairs): return .object(Dictionary(pairs.map { ($0.key.string ?? "", plain($0.value) ?? .null) }) { a, _ in a })
        }
    }

    var summary: String {
        """
        cases: \(cases)
        must fail: \(errorCases), failed: \(errorCasesThatFailed)
        loadable: \(loadable), equal to in.json: \(equal), refused on purpose: \(refused.values.reduce(0, +)) \(refused.sorted { $0.key < $1.key })
        failed otherwise: \(failedToLoad.count), loaded but unequal: \(unequal.count)
        """
    }
}

/// A JSON value, compared by value (numbers as doubles, as JSON has no integers).
indirect enum JSONValue: Equatable, Decodable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let text = try? container.decode(String.self) { self = .string(text) }
        else if let items = try? container.decode([JSONValue].self) { self = .array(items) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }
}
