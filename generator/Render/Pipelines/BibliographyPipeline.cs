using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// The bibliography at /references/: every source, grouped by year (newest first), by study design (strongest
/// designs first) and by topic (the tags of the articles that cite it), each entry linking to its citation page.
/// Plain sections with their own ids, so it needs no script. Each translation language has its own under its folder,
/// with the same sections and ids: the sources keep their original titles, marked as English, and link to their
/// translated pages where there are some. A site without sources has no bibliography.
/// </summary>
public sealed class BibliographyPipeline : IOutputPipeline
{
    public string? BodiesShown(RenderContext context) => "";

    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.Graph.Content.References.All.Count == 0 ? [] : context.Languages.SelectMany(language => Render(context, language));

    private static IEnumerable<OutputFile> Render(RenderContext context, PageLanguage language)
    {
        var references = context.Graph.Content.References.All;
        var designs = context.Graph.Content.ReferenceTranslations
            .Where(translation => translation.Language == language.Code && translation.Translated.Study.Design is not null)
            .ToDictionary(translation => translation.English.Key, translation => translation.Translated.Study.Design!, StringComparer.Ordinal);
        var byLabel = references.OrderBy(ReferenceStyle.ShortLabel, StringComparer.OrdinalIgnoreCase).ThenBy(reference => reference.Key, StringComparer.Ordinal).ToList();
        var title = language.Text("bibliography_title");
        var introduction = language.Text("bibliography_introduction", ("count", language.Number(references.Count)));
        // A long bibliography is split in the order of the names; each page groups its own sources the three ways. A
        // page shows its sources (their files), the topics citing each and how many sources there are; the rest
        // (interface words, translated designs and topic names, addresses) is site-wide. So a page is stamped from
        // those before anything is built for it, and a page that is kept costs no view.
        return context.RenderEach(
            ListPages.Split(byLabel, SiteUrls.InLanguage(language.Folder, SiteUrls.ReferencesPath)),
            page => page.OutputPath,
            page => page.Items.Select(reference => reference.SourcePath),
            page => $"{references.Count}\n" + string.Join('\n', page.Items.Select(reference =>
                $"{reference.Key}\t{string.Join('\t', context.Graph.Citations.TopicsOf(reference.Key).Select(topic => $"{topic}={TopicName(topic, language, context)}"))}")),
            page => Page(page, references, designs, title, introduction, language, context));
    }

    private static OutputFile Page(
        ListPage<ReferenceRecord> page, IReadOnlyList<ReferenceRecord> references, Dictionary<string, string> designs, string title, string introduction,
        PageLanguage language, RenderContext context)
    {
        var path = context.Urls.Public(page.SitePath);
        var navigation = page.Navigation(context.Urls, language.Text("bibliography_pagination"), language);
        var entries = page.Items.ToDictionary(reference => reference.Key, reference => Entry(reference, designs.GetValueOrDefault(reference.Key), language, context), StringComparer.Ordinal);
        var view = new BibliographyView(page.Title(title, language), introduction, Groupings(page.Items, entries, language, context))
        {
            Pagination = navigation,
        };
        var onPage = page.Items.ToHashSet();
        var jsonLd = WebPageStructuredData.CollectionPage(page.Title(title, language), context.Urls.Absolute(path),
            references.Where(onPage.Contains).Select(reference => ReferenceStructuredData.Work(reference, context)));
        return context.Page(page.OutputPath, new PageMeta(page.Title(title, language), introduction, path, "website", jsonLd)
        {
            Pagination = navigation,
            Language = language.Folder is null ? null : language,
            ReferencePath = language.Folder is null ? null : context.Urls.Public(SiteUrls.ListPagePath(SiteUrls.ReferencesPath, page.Number)),
        },
            "bibliography", view);
    }

    /// <summary>The sources grouped by year (newest first), by study design (strongest first) and by topic.</summary>
    private static List<BibliographyGroupingView> Groupings(
        IReadOnlyList<ReferenceRecord> byLabel, Dictionary<string, BibliographyEntryView> entries, PageLanguage language, RenderContext context)
    {
        var byYear = byLabel
            .GroupBy(reference => ReferenceStyle.YearOf(reference))
            .OrderByDescending(group => group.Key ?? int.MinValue)
            .Select(group => Group(group.Key?.ToString(CultureInfo.InvariantCulture) ?? language.Text("bibliography_year_unknown"), "year-" + (group.Key?.ToString(CultureInfo.InvariantCulture) ?? "unknown"), group, entries))
            .ToList();
        var byDesign = byLabel
            .GroupBy(StudyDesignGroups.Of)
            .OrderBy(group => StudyDesignGroups.Order.ToList().IndexOf(group.Key))
            .Select(group => Group(language.Text("design_group_" + Slugs.Slugify(group.Key).Replace('-', '_')), "design-" + Slugs.Slugify(group.Key), group, entries))
            .ToList();
        var byTopic = byLabel
            .SelectMany(reference => context.Graph.Citations.TopicsOf(reference.Key).DefaultIfEmpty("").Select(topic => (topic, reference)))
            .GroupBy(pair => pair.topic, pair => pair.reference)
            .OrderBy(group => group.Key.Length == 0 ? 1 : 0).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => Group(group.Key.Length == 0 ? language.Text("bibliography_not_cited") : TopicName(group.Key, language, context),
                "topic-" + (group.Key.Length == 0 ? "none" : Slugs.Slugify(group.Key)), group, entries))
            .ToList();
        return
        [
            new BibliographyGroupingView(language.Text("bibliography_by_year"), "by-year", byYear),
            new BibliographyGroupingView(language.Text("bibliography_by_design"), "by-study-design", byDesign),
            new BibliographyGroupingView(language.Text("bibliography_by_topic"), "by-topic", byTopic),
        ];
    }

    /// <summary>
    /// A source as the bibliography in <paramref name="language"/> lists it: its short name (authors or the start of the
    /// title), its original title and, without a translation of its kind of study, that kind, marked as English on a
    /// page in another language.
    /// </summary>
    private static BibliographyEntryView Entry(ReferenceRecord reference, string? translatedDesign, PageLanguage language, RenderContext context)
    {
        var english = language.Folder is null ? null : context.ReferenceLanguage.Code;
        var link = context.LinkFrom(language, ReferenceStyle.ShortLabel(reference), context.Urls.Reference(reference.Key));
        return new BibliographyEntryView(link.Title, reference.Title ?? "", translatedDesign ?? reference.Study.Design ?? "", link.Url)
        {
            HrefLang = link.HrefLang,
            LabelLang = english,
            TitleLang = english,
            DesignLang = translatedDesign is null ? english : null,
        };
    }

    private static BibliographyGroupView Group(string heading, string id, IEnumerable<ReferenceRecord> references, Dictionary<string, BibliographyEntryView> entries) =>
        new(heading, id, references.Select(reference => entries[reference.Key]).ToList());

    /// <summary>A topic by its tag: the tag with a capital in the reference language, the topic's translated title in another.</summary>
    private static string TopicName(string tag, PageLanguage language, RenderContext context) =>
        (language.Folder is null ? null : context.Graph.Topics.FirstOrDefault(topic => topic.Tag == tag)?.Translations.GetValueOrDefault(language.Code)?.Title)
        ?? char.ToUpperInvariant(tag[0]) + tag[1..];
}
