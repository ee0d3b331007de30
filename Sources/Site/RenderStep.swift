import Content
import Diagnostics
import Foundation
import Outputs
import Parallel
import Theme

/// Renders pages through the templates and writes them, in parallel, without keeping the HTML.
struct RenderStep {
    let content: SiteContent
    let templates: TemplateLibrary
    let views: ViewModelBuilder
    let writer: OutputWriter
    /// `data/organization.yaml`, for the structured data of home pages and news.
    var organization: Organization?

    /// Every page once, except sections whose list is split: those once per list page.
    func renderPages(bodies: [PageBody], workers: Int) -> [Diagnostic] {
        let outputs = content.pages.flatMap { page -> [(page: Page, listPage: ListPage?)] in
            let listPages = views.listPages(of: page)
            return listPages.isEmpty ? [(page, nil)] : listPages.map { (page, $0) }
        }
        let results = parallelMap(outputs, workers: workers) { output -> Diagnostic? in
            let page = output.page
            let names = views.templateNames(for: page)
            guard let name = templates.firstExisting(names) else {
                return output.listPage?.isFirst == false ? nil : missingTemplate(for: page, tried: names)
            }
            var context = views.context(for: page, body: bodies[page.id], bodies: { bodies[$0] }, listPage: output.listPage)
            context["jsonLD"] = StructuredData.blocks(for: page, context: context, organization: organization, config: content.config)
            writer.write(templates.render(context, template: name) ?? "", to: output.listPage?.outputPath ?? page.outputPath)
            return nil
        }
        return Self.mergeMissingTemplates(results.compactMap { $0 })
    }

    private func missingTemplate(for page: Page, tried names: [String]) -> Diagnostic {
        .error(
            "no template for this page; tried \(names.joined(separator: ", "))",
            at: page.frontMatter.locations["layout"] ?? SourceLocation(file: page.sourcePath, line: 1),
            hint: "add layouts/\(names.last!).mustache to the site or theme, or fix 'layout'",
            code: DiagnosticCode.templateMissing
        )
    }

    /// A `layout:` that neither the site nor any theme has: the page falls back to its kind's
    /// template, which changes its look without failing, so the editor hears of it here.
    func missingLayouts() -> [Diagnostic] {
        content.pages.compactMap { page in
            guard let layout = page.frontMatter.layout, !templates.has(layout),
                  let fallback = templates.firstExisting(views.templateNames(for: page)) else { return nil }
            return .warning(
                "the page asks for the layout '\(layout)', which neither the site nor its themes have; it uses '\(fallback)' instead",
                at: page.frontMatter.locations["layout"] ?? SourceLocation(file: page.sourcePath, line: 1),
                hint: "fix the name in 'layout', add layouts/\(layout).mustache to the site, or remove 'layout'",
                code: DiagnosticCode.layoutMissing
            )
        }
    }

    /// A swapped-in theme that lacks a template would fail every page of that kind: one error per
    /// missing set of names, at its first page, says the same without burying everything else.
    static func mergeMissingTemplates(_ problems: [Diagnostic]) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        for problem in problems where problem.message.hasPrefix("no template for this page") {
            counts[problem.message, default: 0] += 1
        }
        var reported = Set<String>()
        return problems.compactMap { problem in
            guard let count = counts[problem.message] else { return problem }
            guard reported.insert(problem.message).inserted else { return nil }
            var merged = problem
            if count > 1 { merged.hint = "\(count) pages need it; " + (problem.hint ?? "") }
            return merged
        }
    }

    /// The site root, and a 404 page for each language (the default language's also at `/404.html`).
    func renderSpecialPages() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let config = content.config
        for name in ["root", "404"] where !templates.has(name) {
            problems.append(.error("the theme has no '\(name)' template", at: SourceLocation(file: "torg.yaml", line: 1),
                                   hint: "add layouts/\(name).mustache to the site or one of its themes"))
        }
        guard problems.isEmpty else { return problems }
        writer.write(templates.render(views.rootContext(), template: "root") ?? "", to: "index.html")
        for language in config.languages {
            let html = templates.render(views.notFoundContext(language: language.code), template: "404") ?? ""
            writer.write(html, to: language.code + "/404.html")
            if language == config.defaultLanguage { writer.write(html, to: "404.html") }
        }
        for page in views.generatedPages {
            guard templates.has(page.template) else {
                problems.append(.error("the theme has no '\(page.template)' template, which the \(page.kind == .search ? "search page" : "A–Ö index") needs",
                                       at: SourceLocation(file: "torg.yaml", line: 1),
                                       hint: "add layouts/\(page.template).mustache to the site or one of its themes"))
                continue
            }
            writer.write(templates.render(views.context(for: page), template: page.template) ?? "", to: page.outputPath)
        }
        if content.config.search != nil { writer.write(SearchScript.text, to: ViewModelBuilder.searchScriptPath) }
        for redirect in Self.redirects(content: content, views: views) {
            let target = redirect.target
            writer.write(RedirectPage.html(to: config.absoluteURL(target.url), title: target.title, language: target.language),
                         to: redirect.outputPath)
        }
        return problems
    }

    struct RedirectOutput {
        /// The old site path (`/sv/gammal-sida/`), for the server rules of `SiteRedirects`.
        var fromURL: String
        var outputPath: String
        var target: Page
        /// Who asked for it, for the output plan.
        var owner: String
        var location: SourceLocation
    }

    /// The redirect stubs: each `aliases` entry, and `page/1/` of every split list.
    static func redirects(content: SiteContent, views: ViewModelBuilder) -> [RedirectOutput] {
        var redirects = content.redirects.map { redirect in
            let page = content.pages[redirect.pageID]
            return RedirectOutput(fromURL: redirect.fromPath, outputPath: redirect.outputPath, target: page,
                                  owner: "the alias \(redirect.fromPath) of \(page.sourcePath)",
                                  location: page.frontMatter.locations["aliases"] ?? SourceLocation(file: page.sourcePath, line: 1))
        }
        for page in content.pages where !views.listPages(of: page).isEmpty {
            redirects.append(RedirectOutput(fromURL: content.firstListPageAliasURL(of: page),
                                            outputPath: content.firstListPageAliasPath(of: page), target: page,
                                            owner: "the redirect from page 1 of the list of \(page.sourcePath)",
                                            location: SourceLocation(file: page.sourcePath, line: 1)))
        }
        return redirects
    }
}
