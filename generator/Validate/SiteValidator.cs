using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate;

/// <summary>
/// The validate stage: checks the loaded content as a whole (what no single file can know) and reports
/// every problem. The clock is passed in so overdue reviews are testable.
/// </summary>
public sealed class SiteValidator(TimeProvider clock)
{
    public void Validate(SiteContent site, DiagnosticBag diagnostics)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var article in site.Articles)
        {
            CheckSlug(article, diagnostics);
            CheckReviewDates(article, today, diagnostics);
        }

        CheckUrlsAreUnique(site, diagnostics);
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

        if (meta.NextReview <= meta.LastReviewed)
        {
            diagnostics.Error(DiagnosticCode.ReviewDatesOutOfOrder, SourceLocation.StartOf(article.SourcePath),
                $"next_review ({meta.NextReview:yyyy-MM-dd}) must be after last_reviewed ({meta.LastReviewed:yyyy-MM-dd})");
        }
        else if (meta.NextReview < today)
        {
            diagnostics.Warning(DiagnosticCode.ReviewOverdue, SourceLocation.StartOf(article.SourcePath),
                $"the review was due on {meta.NextReview:yyyy-MM-dd}; review the article and update last_reviewed and next_review");
        }
    }

    private static void CheckUrlsAreUnique(SiteContent site, DiagnosticBag diagnostics)
    {
        var claims = site.Articles
            .Select(article => (url: $"/articles/{article.Slug}/", location: article.SlugLocation))
            .Concat(site.Articles.SelectMany(article => article.Meta.Aliases.Select(alias => (url: NormalizeAlias(alias.Value), location: alias.Location))))
            .Concat(site.Pages.Select(page => (url: $"/{page.Slug}/", location: SourceLocation.StartOf(page.SourcePath))));
        var firstClaim = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (url, location) in claims)
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

    private static string NormalizeAlias(string alias) => "/" + alias.Trim('/') + "/";
}
