using System.Text;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using KnowledgeBase.Render;

namespace KnowledgeBase.Validate;

/// <summary>
/// The validate stage: checks the loaded content as a whole (what no single file can know) and reports
/// every problem. The clock is passed in so overdue reviews are testable.
/// </summary>
/// <param name="markdownFacts">The glossary uses kept from the last build, read for articles whose text and glossary are unchanged; none when null.</param>
public sealed class SiteValidator(TimeProvider clock, MarkdownFactStore? markdownFacts = null)
{
    public void Validate(SiteContent site, DiagnosticBag diagnostics)
    {
        var today = ContentInputs.Today(clock);
        // Each article's own checks read only that article, the reference keys and the people, so they run on every core; the
        // diagnostics are sorted when reported, so the result does not depend on timing.
        site.Articles.AsParallel().ForAll(article => CheckArticle(article, site, today, diagnostics));

        foreach (var page in site.Pages)
        {
            CheckHeadingIds(page.BodyFacts, new HashSet<string>(), diagnostics);
            CheckImagesHaveText(page.BodyFacts, diagnostics);
        }

        foreach (var translation in site.ArticleTranslations)
        {
            CheckAliases(translation.Translated, diagnostics, translation.Language);
        }

        var claims = AddressClaims(site).ToList();
        CheckUrlsAreUnique(claims, diagnostics);
        CheckAddressesFitFileNames(site, claims, diagnostics);
        CitationValidator.Validate(site, diagnostics);
        GlossaryValidator.Validate(site, diagnostics, markdownFacts ?? MarkdownFactStore.None);
        HomeQuestionValidator.Validate(site, diagnostics);
        SearchCountryValidator.Validate(site, diagnostics);
        TopicValidator.Validate(site, diagnostics);
        CheckRequiredAssets(site, diagnostics);
        TranslationValidator.Validate(site, diagnostics);
    }

    /// <summary>Pages link to these assets by name, so a page cannot be rendered without them.</summary>
    private static void CheckRequiredAssets(SiteContent site, DiagnosticBag diagnostics)
    {
        foreach (var name in RenderContext.RequiredAssets.Except(site.Assets.Select(asset => asset.RelativePath), StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCode.InvalidTemplate, SourceLocation.StartOf($"templates/assets/{name}"),
                $"the asset '{name}', which every page links to, is missing or is not a file");
        }
    }

    private static void CheckArticle(Article article, SiteContent site, DateOnly today, DiagnosticBag diagnostics)
    {
        CheckSlug(article, diagnostics);
        CheckReviewDates(article, today, diagnostics);
        ArticleDatesValidator.Validate(article, diagnostics);
        AuthorshipValidator.Validate(article, site.People, diagnostics);
        CheckAliases(article, diagnostics);
        var blockIds = article.Meta.Blocks.SelectMany(block => block.AnchorIds).ToHashSet(StringComparer.Ordinal);
        CheckHeadingIds(article.BodyFacts, blockIds, diagnostics);
        StructuredBlockValidator.Validate(article, site.References.KeySet, today, diagnostics);
        KeyPointValidator.Validate(article, diagnostics);
        CheckImagesHaveText(article.BodyFacts, diagnostics);
    }

    private static void CheckSlug(Article article, DiagnosticBag diagnostics)
    {
        if (!Slugs.IsValid(article.Slug))
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, article.SlugLocation,
                $"slug '{article.Slug}' may contain only lowercase letters, digits and hyphens (for example '{Slugs.Slugify(article.Slug)}')");
        }
    }

    private static void CheckReviewDates(Article article, DateOnly today, DiagnosticBag diagnostics)
    {
        var meta = article.Meta;
        if (meta.LastReviewed == DateOnly.MinValue || meta.NextReview == DateOnly.MinValue)
        {
            return;
        }

        var location = meta.NextReviewLocation ?? SourceLocation.StartOf(article.SourcePath);
        if (meta.NextReview <= meta.LastReviewed)
        {
            diagnostics.Error(DiagnosticCode.ReviewDatesOutOfOrder, location,
                $"next_review ({meta.NextReview:yyyy-MM-dd}) must be after last_reviewed ({meta.LastReviewed:yyyy-MM-dd})");
        }
        else if (meta.NextReview < today)
        {
            diagnostics.Warning(DiagnosticCode.ReviewOverdue, location,
                $"the review was due on {meta.NextReview:yyyy-MM-dd}; review the article and update last_reviewed and next_review");
        }
    }

    /// <param name="language">For a translation, its language: its aliases are its old addresses in that language's folder.</param>
    private static void CheckAliases(Article article, DiagnosticBag diagnostics, string? language = null)
    {
        foreach (var alias in article.Meta.Aliases)
        {
            if (SiteUrls.AliasPath(alias.Value) is not { } path)
            {
                var hint = alias.Value.StartsWith('/') ? "" : $" (did you mean {SiteUrls.InLanguage(language, "/" + alias.Value.Trim('/') + "/")}?)";
                diagnostics.Error(DiagnosticCode.InvalidAlias, alias.Location,
                    $"alias '{alias.Value}' must be a path on this site such as {SiteUrls.InLanguage(language, "/fat-dissolving/")}: it starts with '/', and holds only letters, digits, '-', '_' and '.' between the slashes{hint}");
            }
            else if (language is not null && SiteUrls.OutOfLanguage(language, path) is null)
            {
                diagnostics.Error(DiagnosticCode.InvalidAlias, alias.Location,
                    $"alias '{alias.Value}' is not an address in this translation's language; a translation's aliases are its own old addresses, under /{language}/, " +
                    $"such as {SiteUrls.InLanguage(language, path)} (the English file's aliases lead to the English page)");
            }
        }
    }

    /// <summary>
    /// Section links from other sites point at heading ids, so each id must depend only on its own heading:
    /// a repeated id would otherwise need a suffix that shifts when an earlier heading changes. Ids the page
    /// itself uses (the layout's, and the sections of the article's structured blocks) are taken.
    /// </summary>
    private static void CheckHeadingIds(MarkdownFacts body, IReadOnlySet<string> pageSectionIds, DiagnosticBag diagnostics)
    {
        var firstUse = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, _, _, location) in body.Headings)
        {
            var line = location.Line;
            if (SiteUrls.IsReservedFragmentId(id) || pageSectionIds.Contains(id))
            {
                diagnostics.Error(DiagnosticCode.DuplicateHeadingId, location,
                    $"the heading's id '{id}' is used by the page itself; give the heading its own id, e.g. '{{#{id}-section}}' at the end of the heading line");
            }
            else if (firstUse.TryGetValue(id, out var firstLine))
            {
                diagnostics.Error(DiagnosticCode.DuplicateHeadingId, location,
                    $"this heading's id '{id}' is already used by the heading on line {firstLine}; give one of them its own id, e.g. '{{#{id}-2}}' at the end of the heading line");
            }
            else
            {
                firstUse.Add(id, line);
            }
        }
    }

    /// <summary>A reader who cannot see an image, or whose browser did not load it, gets only its text alternative.</summary>
    private static void CheckImagesHaveText(MarkdownFacts body, DiagnosticBag diagnostics)
    {
        foreach (var image in body.Links.Where(link => link.IsImage && !link.HasText))
        {
            diagnostics.Error(DiagnosticCode.ImageWithoutAlt, image.Location,
                $"the image '{image.Url}' has no text alternative; describe what it shows between the brackets, e.g. ![Diagram of the skin layers]({image.Url})");
        }
    }

    /// <summary>Where the address whose file is <paramref name="outputPath"/> is chosen (a slug, an alias, a file name), or null when no page or alias chose it.</summary>
    public static SourceLocation? WhereChosen(SiteContent site, string outputPath) =>
        AddressClaims(site).FirstOrDefault(claim => SiteUrls.OutputPathOf(claim.Url) == outputPath)?.Location;

    /// <summary>Every address a page or an alias takes, in every language, where it is chosen, and what an editor chose there.</summary>
    private static IEnumerable<AddressClaim> AddressClaims(SiteContent site)
    {
        static IEnumerable<AddressClaim> AliasesOf(Article article) => article.Meta.Aliases
            .Select(alias => (url: SiteUrls.AliasPath(alias.Value), location: alias.Location))
            .Where(claim => claim.url is not null)
            .Select(claim => new AddressClaim(claim.url!, claim.location, "alias"));

        static string SlugChosenBy(Article article) => article.Meta.Slug is null ? "file name" : "slug";

        return site.Articles
            .Select(article => new AddressClaim(SiteUrls.ArticlePath(article.Slug), article.SlugLocation, SlugChosenBy(article)))
            .Concat(site.Articles.SelectMany(AliasesOf))
            .Concat(site.Pages.Select(page => new AddressClaim(SiteUrls.PagePath(page.Slug), SourceLocation.StartOf(page.SourcePath), "file name")))
            .Concat(site.ArticleTranslations.Select(translation =>
                new AddressClaim(RenderContext.TranslatedArticlePath(translation), translation.Translated.SlugLocation, SlugChosenBy(translation.Translated))))
            .Concat(site.ArticleTranslations.SelectMany(translation => AliasesOf(translation.Translated)))
            .Concat(site.PageTranslations.Select(translation =>
                new AddressClaim(RenderContext.TranslatedPagePath(translation), translation.Translated.SlugLocation, "slug")));
    }

    /// <summary>Two pages or aliases may not take the same address.</summary>
    private static void CheckUrlsAreUnique(IEnumerable<AddressClaim> claims, DiagnosticBag diagnostics)
    {
        var firstClaim = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (url, location, _) in claims)
        {
            if (firstClaim.TryGetValue(url, out var first))
            {
                diagnostics.Error(DiagnosticCode.DuplicateSlug, location, $"the URL {url} is already used by {first}; choose another slug or alias");
            }
            else
            {
                firstClaim.Add(url, location);
            }
        }
    }

    /// <summary>
    /// Every address is written as files and folders named after its parts, so a part longer than a file name may be, or
    /// a whole path longer than a path may be, would fail only when the disk refuses it: it is the editor's choice, so
    /// it is reported where it was made. Tags and reference keys name topic and source pages the same way, and the files
    /// of templates/assets name the site's assets.
    /// </summary>
    private static void CheckAddressesFitFileNames(SiteContent site, IEnumerable<AddressClaim> claims, DiagnosticBag diagnostics)
    {
        var topics = site.Articles.SelectMany(article =>
            article.Meta.Tags.Select((tag, index) => new AddressClaim(SiteUrls.TopicPath(Slugs.Slugify(tag)), article.TagLocation(index), "tag")));
        var sources = site.References.All.Select(reference => new AddressClaim(SiteUrls.ReferencePath(reference.Key), reference.Location, "file name"));
        // An asset is published under its own name with a fingerprint added, which the part limit leaves room for.
        var assets = site.Assets.Select(asset => new AddressClaim($"/assets/{asset.RelativePath}", SourceLocation.StartOf($"templates/assets/{asset.RelativePath}"), "file name"));
        foreach (var (url, location, chosenBy) in claims.Concat(topics).Concat(sources).Concat(assets))
        {
            if (SiteUrls.PartTooLongForFileName(url) is { } part)
            {
                diagnostics.Error(DiagnosticCode.AddressTooLong, location,
                    $"the {chosenBy} gives the address {Shortened(url)}, whose part '{Shortened(part)}' is {Encoding.UTF8.GetByteCount(part)} bytes long in UTF-8 " +
                    $"({part.EnumerateRunes().Count()} characters; a letter outside A to Z takes two bytes or more); each part of an address is the name of a file or folder of " +
                    $"the site, which may be at most {SiteUrls.MaxPathPartBytes} bytes: shorten the {chosenBy} to {SiteUrls.MaxPathPartBytes} bytes or fewer");
            }
            else if (Encoding.UTF8.GetByteCount(url) > SiteUrls.MaxSitePathBytes)
            {
                diagnostics.Error(DiagnosticCode.AddressTooLong, location,
                    $"the {chosenBy} gives the address {Shortened(url)}, which is {Encoding.UTF8.GetByteCount(url)} bytes long; an address may be at most " +
                    $"{SiteUrls.MaxSitePathBytes} bytes, so that the site's folder fits before it in a path on the disk: shorten the {chosenBy}");
            }
        }
    }

    /// <summary>A long address or name as a message shows it: its start, enough to find it.</summary>
    private static string Shortened(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>An address, where it is chosen, and what chose it there, as an editor calls it ("slug", "alias", "file name").</summary>
    private sealed record AddressClaim(string Url, SourceLocation Location, string ChosenBy);
}
