using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;

namespace KnowledgeBase.Validate;

/// <summary>
/// Validates what a build would publish, once it has been rendered in memory: no alias may take the place of
/// a generated page, and every URL in published-urls.txt must still be produced, as a page or as an alias,
/// unless it was retired on purpose. URLs are a promise to the clinics that link to us.
/// </summary>
public static class PublishedUrlValidator
{
    /// <summary>The site paths of the rendered files that readers can be given (assets and host files excluded).</summary>
    public static IReadOnlyList<string> PublishedPaths(IEnumerable<string> outputPaths) =>
        outputPaths.Select(SiteUrls.PublishedPathOf).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    /// <param name="redirects">The redirects the link stage made from the published articles' aliases.</param>
    public static void Validate(SiteContent content, IReadOnlyList<Redirect> redirects, IReadOnlyList<string> outputPaths, PublishedUrlManifest manifest, DiagnosticBag diagnostics)
    {
        CheckAliasesDoNotReplacePages(redirects, outputPaths, diagnostics);
        if (!manifest.Exists)
        {
            return;
        }

        var published = PublishedPaths(outputPaths).ToHashSet(StringComparer.Ordinal);
        var recorded = manifest.Urls.Select(url => url.Path).ToHashSet(StringComparer.Ordinal);
        var unrecorded = published.Where(path => !recorded.Contains(path)).Order(StringComparer.Ordinal).ToList();
        foreach (var url in manifest.Urls.Where(url => !url.IsRetired && !published.Contains(url.Path)))
        {
            ReportRemoved(url, content, unrecorded, diagnostics);
        }

        if (unrecorded.Count > 0)
        {
            diagnostics.Warning(DiagnosticCode.UnrecordedUrl, SourceLocation.StartOf(PublishedUrlManifest.FileName),
                $"{unrecorded.Count} published URL(s) are not recorded yet ({string.Join(", ", unrecorded.Take(3))}{(unrecorded.Count > 3 ? ", ..." : "")}); " +
                $"run build, which records them, and commit {PublishedUrlManifest.FileName}");
        }
    }

    private static void CheckAliasesDoNotReplacePages(IReadOnlyList<Redirect> redirects, IReadOnlyList<string> outputPaths, DiagnosticBag diagnostics)
    {
        var claimed = outputPaths.GroupBy(path => path, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var redirect in redirects.Where(redirect => claimed.Contains(SiteUrls.OutputPathOf(redirect.FromPath))))
        {
            diagnostics.Error(DiagnosticCode.AliasReplacesPage, redirect.Location,
                $"the alias {redirect.FromPath} is the address of a page the site generates; an alias may only name an old address that no page uses now");
        }
    }

    /// <summary>
    /// Points at the article that lost the URL when it can tell (an article whose file name is the old slug; for an
    /// address in a translation's language, the one translation in that language whose address is new in this build),
    /// otherwise at the manifest line, naming the articles new in this build (a renamed file) or else the nearest
    /// current ones, as likely homes for the alias.
    /// </summary>
    private static void ReportRemoved(PublishedUrl url, SiteContent content, IReadOnlyList<string> unrecorded, DiagnosticBag diagnostics)
    {
        var retire = $"or, to retire it on purpose, write '{PublishedUrlManifest.RetiredMarker}: why' after it on line {url.Line} of {PublishedUrlManifest.FileName}";
        var language = content.Settings.TranslationLanguages.Select(known => known.Code).FirstOrDefault(code => SiteUrls.OutOfLanguage(code, url.Path) is not null);
        // A path as the reference language would write it ("/es/articles/x/" is "/articles/x/"); null outside the language's folder.
        string? Unfoldered(string path) => language is null ? path : SiteUrls.OutOfLanguage(language, path);
        var oldSlug = SiteUrls.ArticleSlugOf(Unfoldered(url.Path)!) ?? SiteUrls.EmbedSlugOf(Unfoldered(url.Path)!);
        // The articles of the URL's language: each one's address, where its slug is written and the slug its file name gives.
        var articlePaths = (language is null
            ? content.Articles.Select(article => (Path: SiteUrls.ArticlePath(article.Slug), article.SlugLocation, FileSlug: (string?)Slugs.FromFileName(article.SourcePath)))
            : content.ArticleTranslations.Where(translation => translation.Language == language)
                .Select(translation => (Path: RenderContext.TranslatedArticlePath(translation), translation.Translated.SlugLocation, FileSlug: (string?)null))).ToList();
        var newArticles = unrecorded.Where(published => Unfoldered(published) is { } path && SiteUrls.ArticleSlugOf(path) is not null).ToList();
        var alias = oldSlug is null ? url.Path : SiteUrls.InLanguage(language, SiteUrls.ArticlePath(oldSlug));
        var renamedAt = oldSlug is null ? null
            : language is null ? articlePaths.Where(article => article.FileSlug == oldSlug && article.Path != alias).Select(article => article.SlugLocation).FirstOrDefault()
            : newArticles.Count == 1 ? articlePaths.Where(article => article.Path == newArticles[0]).Select(article => article.SlugLocation).FirstOrDefault()
            : null;
        if (renamedAt is not null)
        {
            diagnostics.Error(DiagnosticCode.PublishedUrlRemoved, renamedAt,
                $"this article was published at {alias} before its slug changed, and {url.Path} would now disappear; " +
                $"keep the old address working with 'aliases: [{alias}]', {retire}");
            return;
        }

        var nearest = oldSlug is null ? ""
            : newArticles.Count > 0 ? $" (did it move to {string.Join(" or ", newArticles)}?)"
            : Suggestions.DidYouMean(alias, articlePaths.Select(known => known.Path));
        diagnostics.Error(DiagnosticCode.PublishedUrlRemoved, new SourceLocation(PublishedUrlManifest.FileName, url.Line, 1),
            $"{url.Path} was published before and this build would no longer produce it{nearest}; if its page moved, add 'aliases: [{alias}]' to the article that replaces it, {retire}");
    }
}
