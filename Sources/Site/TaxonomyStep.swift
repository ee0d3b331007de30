import Config
import Content
import Diagnostics
import Foundation
import Markdown
import Outputs
import Parallel
import Theme
import YAML

/// Tags and the taxonomies of torg.yaml: collects the terms once the content is loaded, and
/// renders each term's list pages and each taxonomy's index in every language.
enum TaxonomyStep {
    /// The built-in `tags`, named by the interface strings `tags` and `tagsSlug`, then the
    /// taxonomies of torg.yaml, each with the slug of its name as its URL word.
    static func taxonomies(config: SiteConfig, strings: InterfaceStrings) -> [Taxonomy] {
        var tagNames: [String: String] = [:], tagWords: [String: String] = [:]
        for language in config.languages {
            tagNames[language.code] = strings.string("tags", language: language.code) ?? "tags"
            let word = Slug.make(strings.string("tagsSlug", language: language.code) ?? "")
            tagWords[language.code] = word.isEmpty ? "tags" : word
        }
        return [Taxonomy(key: "tags", names: tagNames, words: tagWords)] + config.taxonomies.map { taxonomy in
            Taxonomy(key: taxonomy.key, names: taxonomy.names, words: taxonomy.names.mapValues {
                let word = Slug.make($0)
                return word.isEmpty ? taxonomy.key : word
            })
        }
    }

    static func index(content: SiteContent, strings: InterfaceStrings, data: [String: YAMLNode], diagnostics: DiagnosticCollector) -> TaxonomyIndex {
        let taxonomies = taxonomies(config: content.config, strings: strings)
        var pairFiles: [String: YAMLNode] = [:]
        for taxonomy in taxonomies { pairFiles[taxonomy.key] = data[taxonomy.key] }
        return TaxonomyIndex.build(content: content, taxonomies: taxonomies, pairFiles: pairFiles, diagnostics: diagnostics)
    }

    /// Every file `write` writes, relative to the output directory, with what asks for it: a term's
    /// pages at the first page that lists the term, an index at its first term's.
    static func outputs(views: ViewModelBuilder, content: SiteContent) -> [(path: String, owner: String, location: SourceLocation)] {
        let index = views.taxonomies
        var outputs: [(path: String, owner: String, location: SourceLocation)] = []
        func location(of term: TaxonomyTerm) -> SourceLocation {
            let page = content.pages[term.pageIDs[0]]
            return page.frontMatter.locations[index.taxonomies[term.taxonomy].key] ?? SourceLocation(file: page.sourcePath, line: 1)
        }
        for taxonomy in index.taxonomies.indices where index.isUsed(taxonomy) {
            let first = index.terms.first { $0.taxonomy == taxonomy }!
            for language in content.config.languages {
                outputs.append((index.indexOutputPath(ofTaxonomy: taxonomy, language: language.code),
                                "the list of every \(index.taxonomies[taxonomy].key) term in '\(language.code)'", location(of: first)))
            }
        }
        for term in index.terms {
            let owner = "the page of the \(index.taxonomies[term.taxonomy].key) term '\(term.name)'"
            outputs += views.listPages(of: term).map { ($0.outputPath, $0.isFirst ? owner : owner + " (page \($0.number))", location(of: term)) }
        }
        return outputs
    }

    /// Writes every term's list pages and every taxonomy's index; the error is a theme that can render neither.
    static func write(views: ViewModelBuilder, templates: TemplateLibrary, writer: OutputWriter, config: SiteConfig,
                      bodies: [PageBody], workers: Int) -> [Diagnostic] {
        let index = views.taxonomies
        guard !index.terms.isEmpty else { return [] }
        guard let termTemplate = templates.firstExisting(views.templateNames(forTerm: index.terms[0])),
              let indexTemplate = templates.firstExisting(views.templateNamesForTaxonomyIndex()) else {
            return [.error("the theme has neither a 'term' nor a 'taxonomy' nor a 'section' template for the tag pages",
                           at: SourceLocation(file: "torg.yaml", line: 1), hint: "add layouts/term.mustache and layouts/taxonomy.mustache to the site or its theme")]
        }
        var jobs: [(term: TaxonomyTerm, listPage: ListPage, lists: [ListPage])] = []
        for term in index.terms {
            let lists = views.listPages(of: term)
            jobs += lists.map { (term, $0, lists) }
        }
        _ = parallelMap(jobs, workers: workers) { job in
            var context = views.context(forTerm: job.term, listPage: job.listPage, lists: job.lists, bodies: { bodies[$0] })
            context["jsonLD"] = StructuredData.breadcrumbBlocks(context: context, config: config)
            writer.write(templates.render(context, template: termTemplate) ?? "", to: job.listPage.outputPath)
        }
        for taxonomy in index.taxonomies.indices where index.isUsed(taxonomy) {
            for language in config.languages {
                var context = views.context(forTaxonomy: taxonomy, language: language.code)
                context["jsonLD"] = StructuredData.breadcrumbBlocks(context: context, config: config)
                writer.write(templates.render(context, template: indexTemplate) ?? "",
                             to: index.indexOutputPath(ofTaxonomy: taxonomy, language: language.code))
            }
        }
        return []
    }
}
