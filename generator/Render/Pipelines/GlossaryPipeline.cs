using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The glossary at /glossary/: every term of content/glossary.yml with its plain definition, the sources that
/// support it, its other names and the articles that use it, in alphabetical order. Articles link each term's first use here. A site
/// without a glossary has no glossary page.
/// </summary>
public sealed class GlossaryPipeline : IOutputPipeline
{
    public const string Title = "Glossary";

    /// <summary>
    /// The articles listed under a term. Every term of a large site is used by thousands of articles, which would make
    /// the one glossary page grow without bound; beyond these, the entry links to a search for the term.
    /// </summary>
    public const int UsedInListed = 20;

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        if (context.Graph.Content.Glossary.Count == 0)
        {
            yield break;
        }

        var usedIn = context.Graph.PublishedArticles
            .SelectMany(article => context.Graph.RelationsOf(article).Glossary.Terms.Select(term => (term.Id, article)))
            .ToLookup(use => use.Id, use => use.article, StringComparer.Ordinal);
        var letters = context.Graph.Content.Glossary
            .OrderBy(term => term.Term, StringComparer.OrdinalIgnoreCase)
            .ThenBy(term => term.Term, StringComparer.Ordinal)
            .GroupBy(term => char.ToUpperInvariant(term.Term[0]).ToString(CultureInfo.InvariantCulture))
            .Select(group => new GlossaryLetterView(group.Key, "letter-" + Slugs.Slugify(group.Key), group
                .Select(term => new GlossaryEntryView(
                    term.Id,
                    term.Term,
                    term.Definition,
                    term.Synonyms,
                    term.Refs.Select(reference => context.Graph.Content.References.Find(reference.Value)).OfType<ReferenceRecord>()
                        .Select(source => new LinkView(ReferenceStyle.ShortLabel(source), context.Urls.Reference(source.Key))).ToList(),
                    usedIn[term.Id].Take(UsedInListed).Select(article => new LinkView(article.Meta.Title, context.Urls.Article(article.Slug))).ToList())
                {
                    MoreUses = Math.Max(0, usedIn[term.Id].Count() - UsedInListed),
                    MoreUsesUrl = usedIn[term.Id].Count() > UsedInListed ? context.Urls.SearchFor(term.Term) : null,
                })
                .ToList()))
            .ToList();
        var description = $"Plain definitions of the medical words used on {context.Settings.Title}.";
        var jsonLd = DefinedTermSetStructuredData.Glossary($"{context.Settings.Title} {Title.ToLowerInvariant()}", context);
        yield return context.PageOfView(SiteUrls.OutputPathOf(SiteUrls.GlossaryPath),
            new PageMeta(Title, description, context.Urls.Glossary, "website", jsonLd) { Breadcrumbs = [context.HomeCrumb] },
            "glossary", new GlossaryPageView(Title, letters));
    }
}
