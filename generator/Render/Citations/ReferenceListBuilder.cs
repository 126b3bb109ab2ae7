using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Link.Citations;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Citations;

/// <summary>The "References" section at the end of an article: each cited source once, in number order, with back-links to where it is cited.</summary>
public static class ReferenceListBuilder
{
    /// <param name="translated">A source's translation into the page's language, by key (null when it has none).</param>
    public static IReadOnlyList<ReferenceListItemView> Build(
        ArticleCitations citations, ReferenceLibrary library, SiteUrls urls, PageLanguage language, Func<string, ReferenceRecord?> translated, string englishCode)
    {
        var linked = citations.Linked.ToLookup(occurrence => occurrence.Key, StringComparer.Ordinal);
        return citations.Numbering.Keys.Select(key =>
        {
            var reference = library[key];
            var number = citations.Numbering.NumberOf(key);
            var places = linked[key].ToList();
            var backLinks = places.Select((occurrence, index) => new BackLinkView(
                "#" + occurrence.AnchorId,
                BackLinkLetter(index),
                language.Text("back_to_citation", ("index", language.Number(index + 1)), ("count", language.Number(places.Count)), ("number", language.Number(number))))).ToList();
            return new ReferenceListItemView(
                number, CitationGroupRenderer.ReferenceListId(key), ReferenceStyle.Html(reference), urls.Reference(key), ReferenceStyle.ShortLabel(reference), backLinks,
                PreviewOf(reference, translated(key), language.Folder is null ? null : englishCode));
        }).ToList();
    }

    /// <summary>a, b, ... z, aa, ab, ...: letters, so back-links are not mistaken for reference numbers.</summary>
    private static string BackLinkLetter(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : BackLinkLetter((index / 26) - 1) + BackLinkLetter(index % 26);

    /// <summary>
    /// What a citation's preview shows: the original title, and the study's design and finding as the source's
    /// translation into the page's language gives them; each part still in English marked with <paramref name="englishCode"/>
    /// (null on a page in the reference language).
    /// </summary>
    public static CitationPreviewView PreviewOf(ReferenceRecord reference, ReferenceRecord? translated, string? englishCode)
    {
        var design = translated?.Study.Design;
        var finding = translated?.Study.KeyFinding;
        return new CitationPreviewView(
            reference.Title ?? ReferenceStyle.ShortLabel(reference),
            ReferenceStyle.YearOf(reference)?.ToString(CultureInfo.InvariantCulture) ?? "",
            design ?? reference.Study.Design ?? "",
            finding ?? reference.Study.KeyFinding ?? "")
        {
            DesignLang = design is null ? englishCode : null,
            FindingLang = finding is null ? englishCode : null,
        };
    }
}
