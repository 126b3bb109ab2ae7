using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate.Readability;

/// <summary>
/// Measures the reading level of every article's body and warns about those above the limit in site.yml
/// (<c>max_reading_grade</c>, 8 unless set): patients read health information best at grade 8 or lower.
/// </summary>
public static class ReadabilityValidator
{
    /// <summary>Below this many words the grade says little (one long word makes a short text "hard"), so there is no warning.</summary>
    public const int MinimumWords = 100;

    public static ReadabilityReport Validate(SiteContent site, DiagnosticBag diagnostics)
    {
        var limit = site.Settings.MaxReadingGrade;
        // Each article is measured on its own, so on every core, in the order of the report.
        var articles = site.Articles.OrderBy(article => article.SourcePath, StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(article => new ArticleReadability(article.SourcePath, article.Meta.Title, ReadingLevel.Of(ProseReader.Sentences(article.Body, article.BodyFirstLine))))
            .ToList();
        var report = new ReadabilityReport(limit, articles);
        foreach (var (path, _, level) in articles)
        {
            if (level.LongestSentence is { } longest && level.Words >= MinimumWords && report.IsAboveLimit(level))
            {
                diagnostics.Warning(DiagnosticCode.HardToRead, new SourceLocation(path, longest.Line, 1), string.Create(CultureInfo.InvariantCulture,
                    $"the article reads at grade {level.Grade:0.0} (Flesch-Kincaid), above the limit of {limit}, with {level.WordsPerSentence:0.0} words per sentence; " +
                    $"use shorter sentences and everyday words, starting with the longest sentence, which starts on this line ({longest.Words} words)"));
            }
        }

        return report;
    }
}
