import Config
import Diagnostics
import URLRule
import YAML

/// The municipality itself, from `data/organization.yaml`: what search engines show about it
/// (schema.org `GovernmentOrganization` on each home page, and the publisher of its news).
public struct Organization: Sendable, Equatable {
    public var name: LocalizedText
    /// The organization's own site, absolute; the site's base URL unless given.
    public var url: String?
    /// An absolute URL, or a path from the site root (`/logo.png`).
    public var logo: String?
    public var address: PostalAddress?
    public var telephone: String?
    public var email: String?
    /// Its pages elsewhere (social media, registers), absolute URLs.
    public var sameAs: [String] = []

    public struct PostalAddress: Sendable, Equatable {
        public var streetAddress: LocalizedText
        public var postalCode: String
        public var addressLocality: LocalizedText
        /// ISO 3166 code, `FI` unless given.
        public var addressCountry: String
    }

    /// The name under `data/`: `data/organization.yaml`.
    public static let dataName = "organization"
    static let knownKeys = ["name", "url", "logo", "address", "telephone", "email", "sameAs"]
    static let addressKeys = ["streetAddress", "postalCode", "addressLocality", "addressCountry"]

    /// Reads the file, reporting every problem; nil when it has errors.
    public static func read(_ node: YAMLNode, config: SiteConfig) -> (Organization?, [Diagnostic]) {
        let file = node.location.file
        var reader = StatementFieldReader(file: file, config: config)
        guard node.pairs != nil else {
            return (nil, [.error("\(file) must be a mapping with name, url, logo, address, telephone, email and sameAs",
                                 at: node.location, hint: "start with a line like: name: {sv: Ekviks kommun, fi: Tammilahden kunta}")])
        }
        reader.checkKeys(node, known: knownKeys, in: file)
        func required(_ key: String, in mapping: YAMLNode, example: String) -> YAMLNode? {
            if let value = mapping[key], !value.isNull { return value }
            reader.report(.error("\(file) is missing '\(key)'", at: mapping.location, hint: "add it, for example: \(example)"))
            return nil
        }
        func absolute(_ key: String, _ value: YAMLNode, allowPath: Bool) -> String? {
            guard let text = reader.fields.text(value, key) else { return nil }
            // The one URL rule first, with its wording; then what this field needs beyond it.
            if case .failure(let refusal) = SafeURL.check(text, field: key, at: value.location) {
                reader.report(refusal)
                return nil
            }
            guard text.hasPrefix("https://") || text.hasPrefix("http://") || (allowPath && text.hasPrefix("/")) else {
                reader.report(.error("'\(key)' must be an absolute http(s) URL\(allowPath ? " or a path from the site root" : "")",
                                     at: value.location, hint: "write it with the scheme, for example \(key): https://www.example.fi/"))
                return nil
            }
            return text
        }
        let name = required("name", in: node, example: "name: {sv: Ekviks kommun, fi: Tammilahden kunta}").flatMap { reader.localized($0, "name") }
        var organization = Organization(name: name ?? LocalizedText(""))
        organization.url = node["url"].flatMap { absolute("url", $0, allowPath: false) }
        organization.logo = node["logo"].flatMap { absolute("logo", $0, allowPath: true) }
        organization.telephone = node["telephone"].flatMap { reader.fields.text($0, "telephone") }
        organization.email = node["email"].flatMap { reader.fields.text($0, "email") }
        if let sameAs = node["sameAs"] {
            organization.sameAs = reader.fields.texts(sameAs, "sameAs").compactMap { text in
                guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
                    reader.report(.error("'sameAs' must list absolute http(s) URLs; found '\(text)'", at: sameAs.location,
                                         hint: "write each with the scheme, for example - https://www.facebook.com/ekvik"))
                    return nil
                }
                return text
            }
        }
        if let address = node["address"] {
            if address.pairs == nil {
                reader.fields.wrongType(address, "address", expected: "a mapping", example: "{streetAddress: Torggatan 1, postalCode: \"10600\", addressLocality: Ekvik}")
            } else {
                reader.checkKeys(address, known: addressKeys, in: "address")
                let street = required("streetAddress", in: address, example: "streetAddress: Torggatan 1").flatMap { reader.localized($0, "streetAddress", warnMissing: false) }
                let code = required("postalCode", in: address, example: "postalCode: \"10600\"").flatMap { reader.fields.text($0, "postalCode") }
                let locality = required("addressLocality", in: address, example: "addressLocality: {sv: Ekvik, fi: Tammilahti}").flatMap { reader.localized($0, "addressLocality", warnMissing: false) }
                let country = address["addressCountry"].flatMap { reader.fields.text($0, "addressCountry") } ?? "FI"
                if let street, let code, let locality {
                    organization.address = PostalAddress(streetAddress: street, postalCode: code, addressLocality: locality, addressCountry: country)
                }
            }
        }
        let problems = reader.problems
        return (problems.contains { $0.severity == .error } ? nil : organization, problems)
    }
}
