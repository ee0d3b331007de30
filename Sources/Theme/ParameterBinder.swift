import Config
import Content
import Diagnostics
import Events
import URLRule
import YAML

/// Checks a component block's YAML against its schema and turns each parameter into what the
/// template reads: numbers, text, a resolved page, a data record, or a section's pages.
struct ParameterBinder {
    let blockName: String
    let schema: ComponentBlockSchema
    let page: Page
    let content: SiteContent
    let language: LanguageContext
    let converter: TemplateValueConverter
    let views: ViewModelBuilder
    let data: [String: YAMLNode]
    let blockLocation: SourceLocation
    var problems: [Diagnostic] = []
    /// `page:` values with `#anchor`, checked like a Markdown link's once every page's headings exist.
    var anchors: [LinkAnchor] = []

    mutating func bind(_ node: YAMLNode?) -> [String: Any] {
        var given: [String: YAMLNode] = [:]
        if let node, !node.isNull {
            guard let pairs = node.pairs else {
                problems.append(.error("the parameters of \(blockName) must be 'name: value' lines, found \(node.typeName)",
                                       at: node.location, hint: validNames))
                return [:]
            }
            for pair in pairs {
                let name = pair.key.string ?? ""
                guard schema.parameter(name) != nil else {
                    let suggestion = Suggestion.didYouMean(name, among: schema.parameters.map(\.name))
                    problems.append(.error("unknown parameter '\(name)' for \(blockName)", at: pair.key.location,
                                           hint: (suggestion.map { $0 + " " } ?? "") + validNames))
                    continue
                }
                given[name] = pair.value
            }
        }
        var values: [String: Any] = [:]
        // Plain values first: a section's or event list's `limit` refers to another parameter's value.
        let derived: Set<ComponentBlockSchema.Parameter.Kind> = [.section, .events]
        for parameter in schema.parameters.sorted(by: { (derived.contains($0.kind) ? 1 : 0) < (derived.contains($1.kind) ? 1 : 0) }) {
            guard let node = given[parameter.name] ?? parameter.defaultValue else {
                if parameter.required {
                    problems.append(.error("\(blockName) needs the parameter '\(parameter.name)'", at: blockLocation,
                                           hint: "add a line '\(parameter.name): …' to the block; \(validNames)"))
                }
                continue
            }
            if let value = bind(parameter, node, values: values) { values[parameter.name] = value }
        }
        return values
    }

    private var validNames: String {
        "valid parameters: " + schema.parameters.map { "\($0.name) (\($0.kind.rawValue)\($0.required ? ", required" : ""))" }
            .joined(separator: ", ")
    }

    private mutating func wrongType(_ parameter: ComponentBlockSchema.Parameter, _ node: YAMLNode, expected: String) {
        problems.append(.error(
            "parameter '\(parameter.name)' of \(blockName) must be \(expected), found \(node.typeName)",
            at: node.location,
            hint: parameter.values.isEmpty ? nil : "valid values: \(parameter.values.joined(separator: ", "))"
        ))
    }

    private mutating func bind(_ parameter: ComponentBlockSchema.Parameter, _ node: YAMLNode, values: [String: Any]) -> Any? {
        switch parameter.kind {
        case .string:
            guard node.pairs == nil, node.array == nil, let text = node.string else { wrongType(parameter, node, expected: "text"); return nil }
            // A template may put any text parameter into an href.
            if let problem = SafeURL.checkFreeText(text, field: "\(blockName).\(parameter.name)", at: node.location) {
                problems.append(problem)
                return nil
            }
            return text
        case .url:
            guard node.pairs == nil, node.array == nil, let text = node.string else { wrongType(parameter, node, expected: "a link"); return nil }
            switch SafeURL.check(text, field: "\(blockName).\(parameter.name)", at: node.location) {
            case .success(let url): return url.text
            case .failure(let problem):
                problems.append(problem)
                return nil
            }
        case .boolean:
            guard let flag = node.bool else { wrongType(parameter, node, expected: "true or false"); return nil }
            return flag
        case .integer:
            guard let number = node.int else { wrongType(parameter, node, expected: "a whole number"); return nil }
            if let minimum = parameter.minimum, number < minimum { wrongType(parameter, node, expected: "at least \(minimum)"); return nil }
            if let maximum = parameter.maximum, number > maximum { wrongType(parameter, node, expected: "at most \(maximum)"); return nil }
            return number
        case .choice:
            guard let text = node.string, node.pairs == nil, node.array == nil else {
                wrongType(parameter, node, expected: "one of \(parameter.values.joined(separator: ", "))")
                return nil
            }
            guard parameter.values.contains(text) else {
                problems.append(.error("'\(text)' is not a valid value for parameter '\(parameter.name)' of \(blockName)",
                                       at: node.location, hint: "valid values: \(parameter.values.joined(separator: ", "))"))
                return nil
            }
            return text
        case .page:
            return bindPage(parameter, node)
        case .record:
            return bindRecord(parameter, node)
        case .section:
            return bindSection(parameter, node, values: values)
        case .events:
            return bindEvents(parameter, node, values: values)
        }
    }

    private mutating func bindPage(_ parameter: ComponentBlockSchema.Parameter, _ node: YAMLNode) -> Any? {
        guard let destination = node.string, node.pairs == nil else {
            wrongType(parameter, node, expected: "a relative link to a content file")
            return nil
        }
        switch content.resolveLink(destination, from: page) {
        case let .page(id, url, anchor):
            var value = summary(of: content.pages[id])
            if let anchor, !anchor.isEmpty {
                value["url"] = url + "#" + anchor
                anchors.append(LinkAnchor(location: node.location, targetPageID: id, anchor: anchor, destination: destination))
            }
            return value
        case let .missing(message, hint, code):
            problems.append(.error(message, at: node.location, hint: hint, code: code))
        case .unchanged, .resource, .sitePath:
            problems.append(.error("parameter '\(parameter.name)' of \(blockName) must link to a content file (….md)",
                                   at: node.location, hint: "write the path of the page's file, like ../tjanster/dagvard.sv.md"))
        }
        return nil
    }

    private mutating func bindRecord(_ parameter: ComponentBlockSchema.Parameter, _ node: YAMLNode) -> Any? {
        guard let wanted = node.string, let source = parameter.source, let key = parameter.key else {
            wrongType(parameter, node, expected: "text")
            return nil
        }
        let path = source.split(separator: ".").map(String.init)
        var current = data[path.first ?? ""]
        for step in path.dropFirst() { current = current?[step] }
        let records = current?.array ?? []
        if let record = records.first(where: { $0[key]?.string == wanted }) {
            return converter.value(record, language: page.language)
        }
        let known = records.compactMap { $0[key]?.string }
        problems.append(.error(
            "no record with \(key) '\(wanted)' in data/\(path.first ?? "").yaml",
            at: node.location,
            hint: known.isEmpty ? "add the record to data/\(path.first ?? "").yaml" : "valid values: \(known.joined(separator: ", "))"
        ))
        return nil
    }

    private mutating func bindSection(_ parameter: ComponentBlockSchema.Parameter, _ node: YAMLNode, values: [String: Any]) -> Any? {
        guard let directory = node.string else { wrongType(parameter, node, expected: "a content directory"); return nil }
        guard let section = content.section(directory: directory, language: page.language) else {
            problems.append(.error("no section 'content/\(directory)/' in \(page.language)", at: node.location,
                                   hint: "name a directory of content/ that has an _index.\(page.language).md"))
            return nil
        }
        var pages = content.children(of: section).filter { $0.kind == .page }
        pages.sort { ($0.frontMatter.date?.date ?? .distantPast, $1.sourcePath) > ($1.frontMatter.date?.date ?? .distantPast, $0.sourcePath) }
        if let limitName = parameter.limit, let limit = values[limitName] as? Int {
            pages = Array(pages.prefix(max(0, limit)))
        }
        return ["title": section.title, "url": section.url, "pages": pages.map(summary)] as [String: Any]
    }

    private mutating func bindEvents(_ parameter: ComponentBlockSchema.Parameter, _ node: YAMLNode, values: [String: Any]) -> Any? {
        guard node.string == "upcoming" else { wrongType(parameter, node, expected: "upcoming"); return nil }
        let limit = parameter.limit.flatMap { values[$0] as? Int } ?? Int.max
        var category: String?
        if let filterName = parameter.filter, let wanted = values[filterName] as? String {
            let known = views.eventCategoryNames(language: page.language)
            guard known.contains(where: { EventPaths.slug($0) == EventPaths.slug(wanted) }) else {
                problems.append(.error(
                    "no event category '\(wanted)' in \(page.language)",
                    at: blockLocation,
                    hint: known.isEmpty ? "no event has categories yet" : "valid values: \(known.joined(separator: ", "))"
                ))
                return nil
            }
            category = wanted
        }
        return views.upcomingEventsValue(language: page.language, limit: limit, category: category)
    }

    private func summary(of target: Page) -> [String: Any] {
        var value: [String: Any] = ["title": target.title, "url": target.url, "summary": target.frontMatter.description ?? ""]
        if let date = target.frontMatter.date { value["date"] = language.dates.templateValue(date) }
        return value
    }
}
