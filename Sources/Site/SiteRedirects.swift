import Content
import Outputs
import Theme

/// The site's redirects (`RenderStep.redirects`: aliases and `page/1/` of split lists) as server
/// rules, beside their HTML stubs: `_redirects` for Netlify and Cloudflare Pages, and an nginx map.
enum SiteRedirects {
    /// The files `writeServerRules` writes, relative to the output directory.
    static func serverRulePaths() -> [String] {
        [ServerRedirects.netlifyFile, ServerRedirects.nginxFile]
    }

    static func writeServerRules(content: SiteContent, views: ViewModelBuilder, writer: OutputWriter) {
        let rules = RenderStep.redirects(content: content, views: views).map { ServerRedirects.Rule(from: $0.fromURL, to: $0.target.url) }
        writer.write(ServerRedirects.netlify(rules), to: ServerRedirects.netlifyFile)
        writer.write(ServerRedirects.nginxMap(rules), to: ServerRedirects.nginxFile)
    }
}
