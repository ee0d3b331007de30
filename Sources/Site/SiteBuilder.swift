import Config
import Content
import Diagnostics
import Foundation
import Markdown
import Outputs
import Parallel
import Theme
import YAML

/// The build pipeline: load config, themes and content; render Markdown; render pages;
/// write the extra files; publish the output only if no step reported an error.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions) -> BuildReport {
        let started = Date()
        let diagnostics = DiagnosticCollector()
        var pagesPerLanguage: [(String, Int)] = []
        var filesWritten = 0
        var filesUnchanged = 0
        let timings = StepTimings()
        do {
            let result = try run(options, diagnostics: diagnostics, timings: timings)
            pagesPerLanguage = result.pages
            filesWritten = result.files
            filesUnchanged = result.unchanged
        } catch is StepFailed {
            // Its diagnostics are already in the collector.
        } catch {
            diagnostics.report(error)
        }
        return BuildReport(
            pagesPerLanguage: pagesPerLanguage,
            filesWritten: filesWritten,
            filesUnchanged: filesUnchanged,
            seconds: Date().timeIntervalSince(started),
            timings: timings.steps,
            diagnostics: diagnostics.diagnostics
        )
    }

    /// Thrown when a step found errors that make the later steps pointless; they are already reported.
    struct StepFailed: Error {}

    private static func run(_ options: BuildOptions, diagnostics: DiagnosticCollector, timings: StepTimings) throws -> (pages: [(String, Int)], files: Int, unchanged: Int) {
        if let refusal = OutputDirectory.check(options.outputDirectory, siteDirectory: options.siteDirectory) {
            throw refusal
        }
        // Load: everything the render needs, each part reporting all of its problems.
        let config = try ConfigStep.load(options)
        diagnostics.report(contentsOf: config.warnings)
        let stack = try ThemeStack(siteDirectory: options.siteDirectory, packages: config.packages)
        let templates: TemplateLibrary
        do {
            templates = try TemplateLibrary(stack: stack)
        } catch {
            diagnostics.report(contentsOf: error.diagnostics)
            throw StepFailed()
        }
        let strings = InterfaceStrings.load(stack: stack, languages: config.languages, diagnostics: diagnostics)
        let data = DataFiles.load(siteDirectory: options.siteDirectory, diagnostics: diagnostics)
        let filter = PublishingFilter(
            includeDrafts: options.includeDrafts, includeFuture: options.includeFuture,
            includeExpired: options.includeExpired, now: options.now
        )
        timings.finish("load config, themes, templates, strings, data")
        let statement = AccessibilityStatementStep.load(data: data, config: config, now: options.now, diagnostics: diagnostics)
        let content = ContentLoader.load(
            siteDirectory: options.siteDirectory, config: config, filter: filter,
            workers: options.workers, accessibilityStatement: statement, diagnostics: diagnostics
        )

        timings.finish("load content (read, front matter, URLs, translations)")
        let contract = ThemeContract(needs: .of(content: content, stack: stack))
        for package in stack.layers.dropFirst() + stack.components.keys.sorted().map({ stack.components[$0]! }) {
            diagnostics.report(contentsOf: contract.check(package, inBuild: true))
        }
        var views = ViewModelBuilder(content: content, strings: strings, data: data)
        views.taxonomies = TaxonomyStep.index(content: content, strings: strings, data: data, diagnostics: diagnostics)
        views.events = EventsStep.load(content: content, templates: templates, options: options, diagnostics: diagnostics)
        let components = ComponentRenderer(stack: stack, templates: templates, views: views, languages: config.languages,
                                           data: data, diagnostics: diagnostics)

        timings.finish("theme contract, view models, events")
        // Markdown with its component blocks, in parallel; then the link anchors, which need every page's headings.
        var markdown = MarkdownStep(content: content, strings: strings, components: components).run(workers: options.workers)
        for output in markdown { diagnostics.report(contentsOf: output.diagnostics) }
        diagnostics.report(contentsOf: AccessibilityStatementStep.addSectionHeadings(to: &markdown, content: content, strings: strings))
        diagnostics.report(contentsOf: MarkdownStep.checkAnchors(markdown, content: content))
        let usedComponents = Set(markdown.flatMap(\.components)).sorted()
        views.componentStyles = ComponentAssets.styles(of: usedComponents, stack: stack, basePath: config.basePath)
        timings.finish("Markdown and component blocks")

        // Render and write into a staging directory.
        let output = try OutputDirectory(final: options.outputDirectory)
        let writer = OutputWriter(root: output.staging, previous: output.previous)
        var render = RenderStep(content: content, templates: templates, views: views, writer: writer)
        render.organization = data[Organization.dataName].flatMap { node in
            let (organization, problems) = Organization.read(node, config: config)
            diagnostics.report(contentsOf: problems)
            return organization
        }
        diagnostics.report(contentsOf: render.renderPages(bodies: markdown.map(\.body), workers: options.workers))
        timings.finish("templates and writing pages")
        diagnostics.report(contentsOf: render.renderSpecialPages())
        diagnostics.report(contentsOf: SiteRedirects.writeServerRules(content: content, views: views, writer: writer))
        diagnostics.report(contentsOf: TaxonomyStep.write(views: views, templates: templates, writer: writer, config: config, bodies: markdown.map(\.body),
                                                          workers: options.workers))
        diagnostics.report(contentsOf: FeedsStep.write(content: content, bodies: markdown.map(\.body), writer: writer, now: options.now))
        diagnostics.report(contentsOf: EventsStep.write(views: views, templates: templates, writer: writer, config: config,
                                                        now: options.now, workers: options.workers))
        diagnostics.report(contentsOf: ExtraFiles.write(content: content, generatedPages: views.generatedPageAlternates() + views.taxonomyPageAlternates(), stack: stack, siteDirectory: options.siteDirectory, writer: writer, workers: options.workers))
        diagnostics.report(contentsOf: ComponentAssets.write(usedComponents, stack: stack, writer: writer))

        timings.finish("special pages, calendar, sitemap, static files")
        if diagnostics.hasErrors {
            output.discard()
            throw StepFailed()
        }
        try output.publish(workers: options.workers)
        timings.finish("publish (swap output directory)")
        let pages = config.languages.map { language in
            (language.code, content.pages.filter { $0.language == language.code }.count)
        }
        return (pages, writer.filesWritten, writer.filesUnchanged)
    }
}
