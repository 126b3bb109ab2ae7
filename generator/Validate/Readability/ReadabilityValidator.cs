using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate.Readability;

/// <summary>
/// Measures the reading level of every article's body and warns about those above the limit in site.yml
/// (<c>max_reading_grade</c>, 8 unless set): patients read health information best at grade 8 or lower. Spanish
/// translations are measured with INFLESZ instead, and warned about below <c>min_inflesz</c> (65 unless set).
/// </summary>
public static class ReadabilityValidator
{
    /// <summary>Below this many words the grade says little (one long word makes a short text "hard"), so there is no warning.</summary>
    public const int MinimumWords = 100;

    /// <summary>INFLESZ is a Spanish formula; translations into other languages are not measured.</summary>
    private const string SpanishLanguage = "es";

    /// <param name="levels">Levels kept from the last build, reused for files that did not change; none when null.</param>
    public static ReadabilityReport Validate(SiteContent site, DiagnosticBag diagnostics, ReadingLevelCache? levels = null)
    {
        levels ??= ReadingLevelCache.None;
        var limit = site.Settings.MaxReadingGrade;
        // Each article is measured on its own, so on every core, in the order of the report.
        var articles = site.Articles.OrderBy(article => article.SourcePath, StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(article => new ArticleReadability(article.SourcePath, article.Meta.Title, levels.LevelOf(site.SourceFingerprints.GetValueOrDefault(article.SourcePath), "en",
                () => ReadingLevel.Of(ProseReader.Sentences(article.Body, article.BodyFirstLine)))))
            .ToList();
        var spanish = site.ArticleTranslations.Where(translation => translation.Language == SpanishLanguage)
            .OrderBy(translation => translation.SourcePath, StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(translation => new ArticleReadability(translation.SourcePath, translation.Translated.Meta.Title,
                levels.LevelOf(site.SourceFingerprints.GetValueOrDefault(translation.SourcePath), SpanishLanguage,
                    () => ReadingLevel.Of(ProseReader.Sentences(translation.Translated.Body, translation.Translated.BodyFirstLine, SpanishSyllableCounter.Count)))))
            .ToList();
        var report = new ReadabilityReport(limit, articles) { MinInflesz = site.Settings.MinInflesz, SpanishTranslations = spanish };
        foreach (var (path, _, level) in spanish)
        {
            if (level.LongestSentence is { } longest && level.Words >= MinimumWords && report.IsBelowInflesz(level))
            {
                diagnostics.Warning(DiagnosticCode.HardToRead, new SourceLocation(path, longest.Line, 1), string.Create(CultureInfo.InvariantCulture,
                    $"the translation scores {level.Inflesz:0.0} (INFLESZ), below the limit of {report.MinInflesz}, with {level.WordsPerSentence:0.0} words per sentence; " +
                    $"use shorter sentences and everyday words, starting with the longest sentence, which starts on this line ({longest.Words} words)"));
            }
        }

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
