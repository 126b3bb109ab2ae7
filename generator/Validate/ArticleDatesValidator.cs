using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks that an article's publication dates tell one story: it is updated on or after the day it was first
/// published, and every line of "What changed" falls between the two. Dates that are not real dates were reported
/// when the front matter was read, and are skipped here.
/// </summary>
public static class ArticleDatesValidator
{
    public static void Validate(Article article, DiagnosticBag diagnostics)
    {
        var meta = article.Meta;
        var (published, updated) = (meta.Published, meta.Updated);
        if (published != DateOnly.MinValue && updated != DateOnly.MinValue && updated < published)
        {
            diagnostics.Error(DiagnosticCode.DatesOutOfOrder, meta.UpdatedLocation ?? SourceLocation.StartOf(article.SourcePath),
                $"updated ({updated:yyyy-MM-dd}) is before published ({published:yyyy-MM-dd}); an article is updated on or after the day it was first published");
        }

        foreach (var change in meta.Changes.Where(change => change.Date != DateOnly.MinValue))
        {
            if (published != DateOnly.MinValue && change.Date < published)
            {
                diagnostics.Error(DiagnosticCode.DatesOutOfOrder, change.Location,
                    $"this change is dated {change.Date:yyyy-MM-dd}, before the article was first published ({published:yyyy-MM-dd}); fix the date, or 'published'");
            }
            else if (updated != DateOnly.MinValue && change.Date > updated)
            {
                diagnostics.Error(DiagnosticCode.DatesOutOfOrder, change.Location,
                    $"this change is dated {change.Date:yyyy-MM-dd}, after the article was last updated ({updated:yyyy-MM-dd}); set 'updated' to the day of the latest change");
            }
        }
    }
}
