import Diagnostics
import YAML

/// Applies the URL rule to free YAML (data files, interface strings, a page's own front matter keys)
/// whose fields Torg does not type: a value under a link-like key (`url`, `href`, `link`, `web`,
/// `website`, `homepage`, `form`, or a key ending in `url`) must be a `SafeURL`; any other text
/// must not start with an active scheme such as `javascript:`.
public enum LinkScan {
    public static func isLinkKey(_ key: String) -> Bool {
        let lower = key.lowercased()
        return ["url", "href", "link", "web", "website", "homepage", "form"].contains(lower)
            || lower.hasSuffix("url") || lower.hasSuffix("_url") || lower.hasSuffix("href")
    }

    /// `sv`, `fi`, `en`, `smn`: the keys of a text given per language.
    static func isLanguageCode(_ key: String) -> Bool {
        (2...3).contains(key.count) && key.allSatisfy { $0.isASCII && $0.isLowercase }
    }

    /// Every refused value under `node`, named by its dotted path from `path`.
    public static func problems(in node: YAMLNode, path: String, scope: SafeURL.Scope = .absolute,
                                skipping skippedKeys: Set<String> = []) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        scan(node, path: path, linkKey: false, scope: scope, skipping: skippedKeys, into: &problems)
        return problems
    }

    private static func scan(_ node: YAMLNode, path: String, linkKey: Bool, scope: SafeURL.Scope,
                             skipping: Set<String>, into problems: inout [Diagnostic]) {
        if let pairs = node.pairs {
            for pair in pairs {
                guard let key = pair.key.string, !skipping.contains(key) else { continue }
                let child = path.isEmpty ? key : path + "." + key
                // A language mapping under a link key (`web: {sv: …, fi: …}`) keeps its link meaning.
                let languageOfLink = linkKey && isLanguageCode(key)
                scan(pair.value, path: child, linkKey: languageOfLink || isLinkKey(key), scope: scope, skipping: [], into: &problems)
            }
        } else if let items = node.array {
            for (index, item) in items.enumerated() {
                scan(item, path: "\(path)[\(index)]", linkKey: linkKey, scope: scope, skipping: [], into: &problems)
            }
        } else if let text = node.string, !node.isNull {
            if linkKey {
                if case .failure(let problem) = SafeURL.check(text, field: path, at: node.location, scope: scope) {
                    problems.append(problem)
                }
            } else if let problem = SafeURL.checkFreeText(text, field: path, at: node.location) {
                problems.append(problem)
            }
        }
    }
}
