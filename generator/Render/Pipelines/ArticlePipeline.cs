using KnowledgeBase.Content;
using KnowledgeBase.Link;
using KnowledgeBase.Render.Citations;
using KnowledgeBase.Render.EvidenceBlocks;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>Article pages at /articles/&lt;slug&gt;/.</summary>
public sealed class ArticlePipeline : IOutputPipeline
{
    // An article's page shows its body: each page is kept or rendered on its own.
    public string? BodiesShown(RenderContext context) => null;

    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.RenderEach(context.Graph.PublishedArticles, article => article.SourcePath, context.SourcesOf, article => ShownOf(article, context.ReferenceLanguage, context),
                article => Page(article, context.Graph.RelationsOf(article), null, context))
            .Concat(context.RenderEach(context.Graph.PublishedTranslations, translation => translation.SourcePath,
                translation => context.SourcesOf(translation.Translated).Append(translation.English.SourcePath),
                translation => ShownOf(translation.English, context.LanguageOf(translation), context),
                translation => Page(translation.Translated, context.Graph.RelationsOf(translation.English) with { Glossary = context.Graph.GlossaryUsesOf(translation) },
                    translation, context)));

    /// <summary>
    /// An article's page, or its translation's at /&lt;lang&gt;/articles/&lt;slug&gt;/: the same page in the translation's
    /// language, saying it is a translation; links to pages in the reference language stay in it until translated.
    /// </summary>
    private static OutputFile Page(Article article, ArticleRelations relations, Translation<Article>? translation, RenderContext context)
    {
        var language = translation is null ? context.ReferenceLanguage : context.LanguageOf(translation);
        var sitePath = translation is null ? SiteUrls.ArticlePath(article.Slug) : RenderContext.TranslatedArticlePath(translation);
        var path = context.Urls.Public(sitePath);
        var meta = article.Meta;
        var citations = context.Graph.Citations.Of(article);
        var citationRenderer = context.CitationsOf(article, language);
        var references = ReferenceListBuilder.Build(citations, context.Graph.Content.References, context.Urls, language,
            key => context.ReferenceTranslationOf(key, language.Code)?.Translated, context.ReferenceLanguage.Code);
        var topic = relations.MainTopic;
        var related = relations.Related.Select(other => context.LinkTo(other, language)).OfType<ArticleLinkView>().ToList();
        var keyPointsSection = new PageSectionView(SiteUrls.KeyPointsId, language.Text("key_points"));
        var referencesSection = new PageSectionView(SiteUrls.ReferencesId, language.Text("references"));
        var relatedSection = new PageSectionView(SiteUrls.RelatedArticlesId, language.Text("related_articles"));
        var changesSection = new PageSectionView(SiteUrls.ChangesId, language.Text("what_changed"));
        var linkPanel = translation is null
            ? ArticleCards.LinkPanelHtml(ArticleCards.For(article, context), context.Urls.Embed(article.Slug), language, context)
            : ArticleCards.LinkPanelHtml(ArticleCards.For(translation, context), context.Urls.Public(ArticleCards.TranslatedEmbedPath(translation)), language, context);
        // The trees are read once and held while the page renders, so that the glossary's first uses are found in the trees rendered.
        var keyPoints = article.KeyPointDocuments.ToList();
        var body = article.Body;
        var glossary = relations.Glossary.In([.. keyPoints, body]);
        var view = new ArticleView(
            meta.Title,
            meta.Summary,
            context.Markdown.Render(body, citationRenderer, glossary, language, url => context.LinkIn(language, url)),
            meta.Authors.Select(id => context.PersonLink(id.Value, language)).ToList(),
            meta.ReviewedBy.Select(id => context.PersonLink(id.Value, language)).ToList(),
            language.TimeOf(meta.Published),
            language.TimeOf(meta.Updated),
            language.TimeOf(meta.LastReviewed),
            language.TimeOf(meta.NextReview),
            language.TimeOf(meta.SourcesSearched),
            ReviewOverdue: meta.NextReview < context.Today,
            ReadingTime.MinutesFor(article),
            keyPointsSection,
            keyPoints.Select(point => context.Markdown.RenderInline(point, citationRenderer, glossary, language, url => context.LinkIn(language, url))).ToList(),
            new PageSectionView(SiteUrls.TableOfContentsId, language.Text("on_this_page")),
            [
                .. ArticleEvidenceBlocks.Sections(article, context, language).Select(TableOfContents.Section),
                .. TableOfContents.Of(body),
                .. references.Count > 0 ? [TableOfContents.Section(referencesSection)] : Array.Empty<ContentsEntryView>(),
                .. meta.Changes.Count > 0 ? [TableOfContents.Section(changesSection)] : Array.Empty<ContentsEntryView>(),
                .. related.Count > 0 ? [TableOfContents.Section(relatedSection)] : Array.Empty<ContentsEntryView>(),
                TableOfContents.Section(ArticleCards.LinkPanelSection(language)),
            ],
            relations.Topics.Select(tagTopic => TopicLink(tagTopic, language, context)).ToList(),
            topic is not null && (Link(relations.Previous, language, context) ?? Link(relations.Next, language, context)) is not null
                ? new TopicPagerView(TopicLink(topic, language, context).Title, TopicLink(topic, language, context).Url,
                    Link(relations.Previous, language, context), Link(relations.Next, language, context))
                : null,
            relatedSection,
            related,
            ArticleEvidenceBlocks.Html(article, context, language),
            linkPanel,
            referencesSection,
            references,
            changesSection,
            meta.ChangesNewestFirst.Select(change => new ChangeView(language.TimeOf(change.Date), change.Change)).ToList(),
            FeedbackLinks.Of(article, path, context),
            translation is null ? null : context.ReferenceLanguage.Code);

        var cited = citations.Numbering.Keys.Select(key => ReferenceStructuredData.Citation(context.Graph.Content.References[key], context)).ToList();
        var jsonLd = ArticleStructuredData.MedicalWebPage(article, context, cited, translation);
        var english = translation?.English ?? article;
        var pageMeta = new PageMeta(meta.Title, meta.Summary, path, "article", jsonLd)
        {
            Image = context.SocialImages.ForArticlePage(article, translation),
            Breadcrumbs = topic is null
                ? [context.HomeCrumbIn(language)]
                : [context.HomeCrumbIn(language), TopicLink(topic, language, context)],
            Language = translation is null ? null : language,
            ReferencePath = translation is null ? null : context.Urls.Article(english.Slug),
            Translation = translation is null ? null : TranslatedPage.Notice(translation, context.Urls.Article(english.Slug), context),
        };
        return context.Page(SiteUrls.OutputPathOf(sitePath), pageMeta, "article", view);
    }

    /// <summary>
    /// What an article's page shows of other content: its topics, and the articles its previous/next and related
    /// links name, each in its place and in the page's language, so serve renders the page again when one of them is
    /// renamed or the links change.
    /// </summary>
    private static string ShownOf(Article english, PageLanguage language, RenderContext context)
    {
        var relations = context.Graph.RelationsOf(english);
        var topics = string.Join('\n', relations.Topics.Select(topic => $"{topic.Slug}\t{topic.TextIn(language.Code, context.ReferenceLanguage.Code).Title}"));
        return topics + "\n\n" + RenderContext.ShownOf(new[] { relations.Previous, relations.Next }.Concat(relations.Related)
            .Select(other => other is null ? null : context.ArticleIn(other, language)));
    }

    /// <summary>A topic page as a page in <paramref name="language"/> links to it: its title and the topic page in that language.</summary>
    private static LinkView TopicLink(Topic topic, PageLanguage language, RenderContext context)
    {
        var text = topic.TextIn(language.Code, context.ReferenceLanguage.Code);
        return new(text.Title, context.PathIn(language, context.Urls.Topic(topic.Slug))!) { Lang = text.Lang };
    }

    private static ArticleLinkView? Link(Article? article, PageLanguage language, RenderContext context) => article is null ? null : context.LinkTo(article, language);
}
