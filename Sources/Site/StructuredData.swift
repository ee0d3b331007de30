import Config
import Content
import Outputs

/// The JSON-LD blocks of a rendered page, taken from the same breadcrumbs and share picture its
/// view model carries, so what search engines read matches what the page shows.
enum StructuredData {
    static func blocks(for page: Page, context: [String: Any], organization: Organization?, config: SiteConfig) -> [String] {
        let image = (context["share"] as? [String: Any])?["image"] as? String
        // The search page of the page's language, which reads its query from `?q=`, when search is on.
        let searchURL = ((context["site"] as? [String: Any])?["search"] as? [String: Any])?["url"] as? String
        let target = searchURL.map { config.absoluteURL($0) + "?q={search_term_string}" }
        let inputs = PageJSONLD.Inputs(organization: organization, breadcrumbs: breadcrumbs(in: context), image: image, searchTarget: target)
        return PageJSONLD.blocks(for: page, inputs: inputs, config: config)
    }

    /// The `BreadcrumbList` of a page that is not in the content tree (a tag's page).
    static func breadcrumbBlocks(context: [String: Any], config: SiteConfig) -> [String] {
        PageJSONLD.breadcrumbList(breadcrumbs(in: context), config: config).map { [$0] } ?? []
    }

    static func breadcrumbs(in context: [String: Any]) -> [(name: String, url: String)] {
        (context["breadcrumbs"] as? [[String: Any]] ?? []).compactMap { crumb in
            guard let name = crumb["title"] as? String, let url = crumb["url"] as? String else { return nil }
            return (name, url)
        }
    }
}
