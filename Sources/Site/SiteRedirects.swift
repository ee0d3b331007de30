import Content
import Diagnostics
import Outputs
import Theme

/// Every redirect of the site: the `aliases` of pages, and `page/1/` of each split list. Each is
/// written as an HTML stub (by `RenderStep`) and as server rules (`_redirects`, the nginx map).
enum SiteRedirects {
    struct Redirect {
        /// The old site path (`/sv/gammal-sida/`) and the stub's file under the output directory.
        var fromURL: String
        var outputPath: String
        var target: Page
    }

    static func list(content: SiteContent, views: ViewModelBuilder) -> [Redirect] {
        var redirects = content.redirects.map {
            Redirect(fromURL: $0.fromPath, outputPath: $0.outputPath, target: content.pages[$0.pageID])
        }
        redirects += content.pages.filter { !views.listPages(of: $0).isEmpty }.map {
            Redirect(fromURL: content.firstListPageAliasURL(of: $0), outputPath: content.firstListPageAliasPath(of: $0), target: $0)
        }
        return redirects
    }

    /// The files `writeServerRules` writes, relative to the output directory.
    static func serverRulePaths() -> [String] {
        [ServerRedirects.netlifyFile, ServerRedirects.nginxFile]
    }

    /// The files of the HTML stubs, relative to the output directory.
    static func stubPaths(content: SiteContent, views: ViewModelBuilder) -> [String] {
        list(content: content, views: views).map(\.outputPath)
    }

    static func writeServerRules(content: SiteContent, views: ViewModelBuilder, writer: OutputWriter) -> [Diagnostic] {
        let rules = list(content: content, views: views).map { ServerRedirects.Rule(from: $0.fromURL, to: $0.target.url) }
        var problems: [Diagnostic] = []
        for (path, text) in [(ServerRedirects.netlifyFile, ServerRedirects.netlify(rules)),
                             (ServerRedirects.nginxFile, ServerRedirects.nginxMap(rules))] {
            do {
                try writer.write(text, to: path)
            } catch {
                problems.append(.error("cannot write \(path): \(error.localizedDescription)"))
            }
        }
        return problems
    }
}
