using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The glossary at /glossary/: every term of content/glossary.yml with its plain definition, the sources that
/// support it, its other names and the articles that use it, in alphabetical order. Articles link each term's first use here.
/// Each translation language has its own at /&lt;lang&gt;/glossary/ from its glossary (glossary.es.yml), with the English
/// terms' anchors, listing the translated articles. A site without a glossary has no glossary page.
/// </summary>
public sealed class GlossaryPipeline : IOutputPipeline
{
    /// <summary>
    /// The articles listed under a term. Every term of a large site is used by thousands of articles, which would make
    /// the one glossary page grow without bound; beyond these, the entry links to a search for the term.
    /// </summary>
    public const int UsedInListed = 20;

    public string? BodiesShown(RenderContext context) => TermsUsed(context);

    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.Graph.Content.Glossary.Count == 0 ? [] : context.Languages.Select(language => Page(context, language));

    private static OutputFile Page(RenderContext context, PageLanguage language)
    {
        var graph = context.Graph;
        var translated = language.Folder is null ? null : graph.Content.TranslatedGlossaries.GetValueOrDefault(language.Code);
        // A language without its own glossary shows the English one, marked as English.
        var terms = translated is { Count: > 0 } ? translated : graph.Content.Glossary;
        var usedIn = (language.Folder is null
                ? graph.PublishedArticles.SelectMany(article => graph.RelationsOf(article).Glossary.Terms
                    .Select(term => (term.Id, Link: new LinkView(article.Meta.Title, context.Urls.Article(article.Slug)))))
                : graph.PublishedTranslations.Where(translation => translation.Language == language.Code)
                    .SelectMany(translation => graph.GlossaryUsesOf(translation).Terms
                        .Select(term => (term.Id, Link: new LinkView(translation.Translated.Meta.Title, context.Urls.Public(RenderContext.TranslatedArticlePath(translation)))))))
            .ToLookup(use => use.Id, use => use.Link, StringComparer.Ordinal);
        var englishLabels = language.Folder is null ? null : context.ReferenceLanguage.Code;
        var letters = terms
            // A translation language sorts as its readers do ("Ácido" among the A); English keeps its plain order.
            .OrderBy(term => term.Term, language.Folder is null ? StringComparer.OrdinalIgnoreCase : StringComparer.Create(language.Culture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace))
            .ThenBy(term => term.Term, StringComparer.Ordinal)
            .GroupBy(term => FirstLetter(term.Term))
            .Select(group => new GlossaryLetterView(group.Key, "letter-" + Slugs.Slugify(group.Key), group
                .Select(term => new GlossaryEntryView(
                    term.Id,
                    term.Term,
                    term.Definition,
                    term.Synonyms,
                    term.Refs.Select(reference => graph.Content.References.Find(reference.Value)).OfType<ReferenceRecord>()
                        // A source's short name is its authors' names or the start of its original title: English on another language's page.
                        .Select(source => context.LinkFrom(language, ReferenceStyle.ShortLabel(source), context.Urls.Reference(source.Key)) with { Lang = englishLabels })
                        .ToList(),
                    usedIn[term.Id].Take(UsedInListed).ToList())
                {
                    MoreUses = Math.Max(0, usedIn[term.Id].Count() - UsedInListed),
                    MoreUsesUrl = usedIn[term.Id].Count() > UsedInListed ? context.Urls.SearchFor(term.Term) : null,
                })
                .ToList()))
            .ToList();
        var title = language.Text("glossary_title");
        var path = context.PathIn(language, context.Urls.Glossary)!;
        var description = language.Text("glossary_description", ("site", context.Settings.Title));
        var jsonLd = DefinedTermSetStructuredData.Glossary($"{context.Settings.Title} {title.ToLowerInvariant()}", terms, path, context);
        return context.PageOfView(SiteUrls.OutputPathOf(SiteUrls.InLanguage(language.Folder, SiteUrls.GlossaryPath)),
            new PageMeta(title, description, path, "website", jsonLd)
            {
                Breadcrumbs = [context.HomeCrumbIn(language)],
                Language = language.Folder is null ? null : language,
                ReferencePath = language.Folder is null ? null : context.Urls.Glossary,
            },
            "glossary", new GlossaryPageView(title, letters)
            {
                TermsLang = ReferenceEquals(terms, graph.Content.Glossary) && language.Folder is not null ? context.ReferenceLanguage.Code : null,
            });
    }

    /// <summary>The terms each published article and translation uses: all the glossary pages show of their bodies.</summary>
    private static string TermsUsed(RenderContext context) =>
        string.Join('\n', context.Graph.PublishedArticles.Select(article => (article.SourcePath, context.Graph.RelationsOf(article).Glossary.Terms))
            .Concat(context.Graph.PublishedTranslations.Select(translation => (translation.SourcePath, context.Graph.GlossaryUsesOf(translation).Terms)))
            .Select(uses => $"{uses.SourcePath}\t{string.Join(' ', uses.Terms.Select(term => term.Id))}"));

    /// <summary>The letter a term is listed under: its first letter without accents, so "Ácido" sits under A.</summary>
    private static string FirstLetter(string term) =>
        char.ToUpperInvariant(term[..1].Normalize(System.Text.NormalizationForm.FormD)[0]).ToString(CultureInfo.InvariantCulture);
}
