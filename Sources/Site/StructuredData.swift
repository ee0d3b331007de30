import Config
import Content
import Outputs

/// The JSON-LD blocks of a rendered page, taken from the same breadcrumbs and share picture its
/// view model carries, so what search engines read matches what the page shows.
enum StructuredData {
    static func blocks(for page: Page, context: [String: Any], organization: Organization?, config: SiteConfig) -> [String] {
        let image = (context["share"] as? [String: Any])?["image"] as? String
        // The search feature fills in its page's `?q={search_term_string}` URL here when it is on.
        let inputs = PageJSONLD.Inputs(organization: organization, breadcrumbs: breadcrumbs(in: context), image: image, searchTarget: nil)
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
