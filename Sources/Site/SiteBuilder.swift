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
        var retiredOutput: URL?
        let timings = StepTimings()
        var findings = CheckFindings()
        diagnostics.setLevels(DiagnosticLevels(warningsAreErrors: options.strict))
        do {
            let result = try run(options, diagnostics: diagnostics, timings: timings, findings: &findings)
            filesWritten = result.files
            filesUnchanged = result.unchanged
            retiredOutput = result.retired
            if let retired = result.retired, options.removesRetiredOutput {
                if let warning = OutputDirectory.remove(retired: retired, workers: options.workers) { diagnostics.report(warning) }
                retiredOutput = nil
            }
        } catch is StepFailed {
            // Its diagnostics are already in the collector.
        } catch {
            diagnostics.report(error)
        }
        pagesPerLanguage = findings.pagesPerLanguage
        var report = BuildReport(
            pagesPerLanguage: pagesPerLanguage,
            filesWritten: filesWritten,
            filesUnchanged: filesUnchanged,
            seconds: Date().timeIntervalSince(started),
            timings: timings.steps,
            diagnostics: diagnostics.diagnostics,
            retiredOutput: retiredOutput
        )
        report.translations = findings.translations
        report.externalLinks = findings.externalLinks
        report.levels = findings.levels
        report.images = findings.images
        return report
    }

    /// What a run found besides its diagnostics, kept even when a later step fails.
    struct CheckFindings {
        var pagesPerLanguage: [(String, Int)] = []
        var translations: [TranslationTableRow] = []
        var externalLinks: [ExternalLinkReference] = []
        var levels = DiagnosticLevels()
        var images = ImageSummary()
    }

    /// Thrown when a step found errors that make the later steps pointless; they are already reported.
    struct StepFailed: Error {}

    private static func run(_ options: BuildOptions, diagnostics: DiagnosticCollector, timings: StepTimings,
                            findings: inout CheckFindings) throws -> (files: Int, unchanged: Int, retired: URL?) {
        // A build refuses an output that is not its to replace, and takes its lock, before any
        // work; `torg check` writes nothing and needs neither.
        let output = options.mode == .check ? nil
            : try OutputDirectory(final: options.outputDirectory, siteDirectory: options.siteDirectory,
                                  force: options.force, lockTimeout: options.lockTimeout)
        do {
            return try run(options, output: output, diagnostics: diagnostics, timings: timings, findings: &findings)
        } catch {
            output?.discard()
            throw error
        }
    }

    private static func run(_ options: BuildOptions, output: OutputDirectory?, diagnostics: DiagnosticCollector,
                            timings: StepTimings, findings: inout CheckFindings) throws -> (files: Int, unchanged: Int, retired: URL?) {
        // Load: everything the render needs, each part reporting all of its problems.
        let config = try ConfigStep.load(options)
        var levels = config.checks
        levels.warningsAreErrors = options.strict
        diagnostics.setLevels(levels)
        findings.levels = levels
        diagnostics.report(contentsOf: config.warnings)
        // A build with search on needs Pagefind: say so before any work, with how to install it.
        let pagefind = options.mode == .check || config.search == nil ? nil : try PagefindIndex.locate(environment: options.environment, setting: config.search?.location)
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

        findings.pagesPerLanguage = config.languages.map { language in
            (language.code, content.pages.filter { $0.language == language.code }.count)
        }
        timings.finish("load content (read, front matter, URLs, translations)")
        if options.mode == .check {
            let policy = TranslationPolicy(content: content)
            diagnostics.report(contentsOf: policy.missingTranslations())
            let history = options.translationHistory
                ? TranslationHistory.check(content: content, siteDirectory: options.siteDirectory)
                : TranslationHistory.Findings()
            diagnostics.report(contentsOf: history.diagnostics)
            findings.translations = policy.table(stale: history.stalePageIDs)
            timings.finish("translations (policy, git history)")
        }
        let contract = ThemeContract(needs: .of(content: content, stack: stack))
        for package in stack.layers.dropFirst() + stack.components.keys.sorted().map({ stack.components[$0]! }) {
            diagnostics.report(contentsOf: contract.check(package, inBuild: true))
        }
        var views = ViewModelBuilder(content: content, strings: strings, data: data)
        diagnostics.report(contentsOf: content.unknownNewsSections())
        views.taxonomies = TaxonomyStep.index(content: content, strings: strings, data: data, diagnostics: diagnostics)
        views.events = EventsStep.load(content: content, templates: templates, options: options, diagnostics: diagnostics)
        let components = ComponentRenderer(stack: stack, templates: templates, views: views, languages: config.languages,
                                           data: data, diagnostics: diagnostics)

        timings.finish("theme contract, view models, events")
        // Markdown with its component blocks, in parallel; then the link anchors, which need every page's headings.
        var imageProblems: [Diagnostic] = []
        let imageSettings = ImageSettings.read(config.images, problems: &imageProblems)
        diagnostics.report(contentsOf: imageProblems)
        let catalog = ImageCatalog()
        let images = ImagePlanner(settings: imageSettings, catalog: catalog, bodySizes: stack.imageSizes(for: "body"))
        views.imageSizes = Dictionary(uniqueKeysWithValues: ["body", "hero", "thumbnail"].map { ($0, stack.imageSizes(for: $0)) })
        let allCopies = ExtraFiles.copies(content: content, stack: stack, siteDirectory: options.siteDirectory)
        var markdown = MarkdownStep(content: content, strings: strings, components: components, images: images,
                                    copies: allCopies).run(workers: options.workers)
        for output in markdown { diagnostics.report(contentsOf: output.diagnostics) }
        diagnostics.report(contentsOf: AccessibilityStatementStep.addSectionHeadings(to: &markdown, content: content, strings: strings))
        let pageAnchors = markdown.flatMap(\.anchors)
        let usedComponents = Set(markdown.flatMap(\.components)).sorted()
        views.componentStyles = ComponentAssets.styles(of: usedComponents, stack: stack, basePath: config.basePath)
        timings.finish("Markdown and component blocks")

        findings.externalLinks = markdown.flatMap(\.externalLinks).map { ExternalLinkReference(location: $0.location, url: $0.url) }

        // Plan every output before writing any: a clash is an error that names both sides.
        let imageVariants = markdown.flatMap(\.images)
        let copies = ExtraFiles.publishedCopies(allCopies, converted: Set(imageVariants.map(\.displaySource)),
                                                linked: Set(markdown.flatMap(\.linkedResources)),
                                                publishOriginals: imageSettings.publishOriginals)
        let componentFiles = ComponentAssets.files(of: usedComponents, stack: stack)
        let plan = OutputPlan.of(site: content, views: views, copies: copies, components: componentFiles, images: imageVariants)
        let clashes = plan.clashes()
        diagnostics.report(contentsOf: clashes)
        if !clashes.isEmpty { throw StepFailed() }
        // Links into the built site, now that every file of it is known; then every #anchor.
        let planned = plan.paths
        let siteLinks = SiteLinkCheck(content: content, outputFiles: planned).check(markdown.flatMap(\.sitePaths))
        diagnostics.report(contentsOf: siteLinks.problems)
        diagnostics.report(contentsOf: MarkdownStep.checkAnchors(pageAnchors + siteLinks.anchors, in: markdown, content: content))
        timings.finish("output plan, links and anchors")

        // Render and write into the staging directory; `torg check` renders and writes nothing.
        let writer = OutputWriter(root: output?.staging, previous: output?.previous, planned: planned,
                                  plannedDirectories: plan.directories, displayRoot: output?.displayName ?? "")
        var render = RenderStep(content: content, templates: templates, views: views, writer: writer)
        render.organization = data[Organization.dataName].flatMap { node in
            let (organization, problems) = Organization.read(node, config: config)
            diagnostics.report(contentsOf: problems)
            return organization
        }
        diagnostics.report(contentsOf: render.missingLayouts())
        diagnostics.report(contentsOf: render.renderPages(bodies: markdown.map(\.body), workers: options.workers))
        timings.finish("templates and writing pages")
        diagnostics.report(contentsOf: render.renderSpecialPages())
        SiteRedirects.writeServerRules(content: content, views: views, writer: writer)
        diagnostics.report(contentsOf: TaxonomyStep.write(views: views, templates: templates, writer: writer, config: config, bodies: markdown.map(\.body),
                                                          workers: options.workers))
        FeedsStep.write(content: content, bodies: markdown.map(\.body), writer: writer, now: options.now)
        diagnostics.report(contentsOf: EventsStep.write(views: views, templates: templates, writer: writer, config: config,
                                                        now: options.now, workers: options.workers))
        ExtraFiles.write(content: content, generatedPages: views.generatedPageAlternates() + views.taxonomyPageAlternates(), copies: copies,
                         writer: writer, workers: options.workers)
        ComponentAssets.write(componentFiles, writer: writer)
        timings.finish("special pages, calendar, sitemap, static files")
        if output != nil {
            let written = ImageStep.write(imageVariants, cache: ImageCache(siteDirectory: options.siteDirectory), catalog: catalog,
                                          limit: imageSettings.cacheLimitBytes, writer: writer, workers: options.workers)
            findings.images = written.summary
            diagnostics.report(contentsOf: written.problems)
            timings.finish("images (\(written.summary.processed) encoded, \(written.summary.cached) from the cache)")
        }
        diagnostics.report(contentsOf: writer.problems)

        guard let output else { return (writer.filesWritten, 0, nil) }
        if diagnostics.hasErrors { throw StepFailed() }
        if let pagefind {
            // Pagefind reads the staged pages and writes into a scratch directory of its own; its
            // files then go through the writer, so an unchanged index rewrites nothing.
            try pagefind.index(staging: output.staging, writer: writer)
            diagnostics.report(contentsOf: writer.problems)
            if diagnostics.hasErrors { throw StepFailed() }
            timings.finish("search index (Pagefind)")
        }
        let retired = try output.publish()
        timings.finish("publish (swap output directory)")
        return (writer.filesWritten, writer.filesUnchanged, retired)
    }
}
