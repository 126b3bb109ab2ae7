using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The bibliography at /references/: every source, grouped by year (newest first), by study design (strongest
/// designs first) and by topic (the tags of the articles that cite it), each entry linking to its citation page.
/// Plain sections with their own ids, so it needs no script. A site without sources has no bibliography.
/// </summary>
public sealed class BibliographyPipeline : IOutputPipeline
{
    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var references = context.Graph.Content.References.All;
        if (references.Count == 0)
        {
            yield break;
        }

        var entries = references.ToDictionary(reference => reference.Key, reference => Entry(reference, context), StringComparer.Ordinal);
        var byLabel = references.OrderBy(ReferenceStyle.ShortLabel, StringComparer.OrdinalIgnoreCase).ThenBy(reference => reference.Key, StringComparer.Ordinal).ToList();
        const string title = "Sources";
        var introduction = $"Every source our articles cite, {references.Count} in all. Each has a page with the full reference, a summary in plain words, what could not be checked, and where we cite it.";
        // A long bibliography is split in the order of the names; each page groups its own sources the three ways.
        foreach (var page in ListPages.Split(byLabel, SiteUrls.ReferencesPath))
        {
            var path = context.Urls.Public(page.SitePath);
            var navigation = page.Navigation(context.Urls, "the sources");
            var view = new BibliographyView(page.Title(title), introduction, Groupings(page.Items, entries, context)) { Pagination = navigation };
            var onPage = page.Items.ToHashSet();
            var jsonLd = WebPageStructuredData.CollectionPage(page.Title(title), context.Urls.Absolute(path),
                references.Where(onPage.Contains).Select(reference => ReferenceStructuredData.Work(reference, context)));
            yield return context.PageOfView(page.OutputPath, new PageMeta(page.Title(title), introduction, path, "website", jsonLd) { Pagination = navigation },
                "bibliography", view);
        }
    }

    /// <summary>The sources grouped by year (newest first), by study design (strongest first) and by topic.</summary>
    private static List<BibliographyGroupingView> Groupings(IReadOnlyList<ReferenceRecord> byLabel, Dictionary<string, BibliographyEntryView> entries, RenderContext context)
    {
        var byYear = byLabel
            .GroupBy(reference => ReferenceStyle.YearOf(reference))
            .OrderByDescending(group => group.Key ?? int.MinValue)
            .Select(group => Group(group.Key?.ToString(CultureInfo.InvariantCulture) ?? "Year not known", "year-" + (group.Key?.ToString(CultureInfo.InvariantCulture) ?? "unknown"), group, entries))
            .ToList();
        var byDesign = byLabel
            .GroupBy(StudyDesignGroups.Of)
            .OrderBy(group => StudyDesignGroups.Order.ToList().IndexOf(group.Key))
            .Select(group => Group(group.Key, "design-" + Slugs.Slugify(group.Key), group, entries))
            .ToList();
        var byTopic = byLabel
            .SelectMany(reference => context.Graph.Citations.TopicsOf(reference.Key).DefaultIfEmpty("").Select(topic => (topic, reference)))
            .GroupBy(pair => pair.topic, pair => pair.reference)
            .OrderBy(group => group.Key.Length == 0 ? 1 : 0).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => Group(group.Key.Length == 0 ? "Not cited by an article" : TopicName(group.Key), "topic-" + (group.Key.Length == 0 ? "none" : Slugs.Slugify(group.Key)), group, entries))
            .ToList();
        return
        [
            new BibliographyGroupingView("By year", "by-year", byYear),
            new BibliographyGroupingView("By kind of study", "by-study-design", byDesign),
            new BibliographyGroupingView("By topic", "by-topic", byTopic),
        ];
    }

    private static BibliographyEntryView Entry(ReferenceRecord reference, RenderContext context) =>
        new(ReferenceStyle.ShortLabel(reference), reference.Title ?? "", reference.Study.Design ?? "", context.Urls.Reference(reference.Key));

    private static BibliographyGroupView Group(string heading, string id, IEnumerable<ReferenceRecord> references, Dictionary<string, BibliographyEntryView> entries) =>
        new(heading, id, references.Select(reference => entries[reference.Key]).ToList());

    private static string TopicName(string tag) => char.ToUpperInvariant(tag[0]) + tag[1..];
}
