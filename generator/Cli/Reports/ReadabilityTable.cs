using System.Globalization;
using KnowledgeBase.Validate.Readability;

namespace KnowledgeBase.Cli.Reports;

/// <summary>The readability report as plain lines: grade and words per sentence for each article, hardest marked.</summary>
public static class ReadabilityTable
{
    public static IEnumerable<string> Lines(ReadabilityReport report) => EnglishLines(report).Concat(SpanishLines(report));

    private static IEnumerable<string> SpanishLines(ReadabilityReport report)
    {
        if (report.SpanishTranslations.Count == 0)
        {
            yield break;
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"Reading level in Spanish (INFLESZ, at least {report.MinInflesz}):");
        yield return "  INFLESZ  words/sentence  translation";
        foreach (var translation in report.SpanishTranslations)
        {
            var under = report.IsBelowInflesz(translation.Level) ? "  (below the limit)" : "";
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  {translation.Level.Inflesz,7:0.0}  {translation.Level.WordsPerSentence,14:0.0}  {translation.SourcePath}{under}");
        }
    }

    private static IEnumerable<string> EnglishLines(ReadabilityReport report)
    {
        if (report.Articles.Count == 0)
        {
            yield break;
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"Reading level (Flesch-Kincaid grade, limit {report.MaxGrade}):");
        yield return "  grade  words/sentence  article";
        foreach (var article in report.Articles)
        {
            var over = report.IsAboveLimit(article.Level) ? "  (above the limit)" : "";
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  {article.Level.Grade,5:0.0}  {article.Level.WordsPerSentence,14:0.0}  {article.SourcePath}{over}");
        }
    }
}
