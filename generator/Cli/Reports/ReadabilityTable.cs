using System.Globalization;
using KnowledgeBase.Validate.Readability;

namespace KnowledgeBase.Cli.Reports;

/// <summary>
/// The readability report as plain lines: grade and words per sentence for each article, hardest marked; then the
/// INFLESZ score of each Spanish translation.
/// </summary>
public static class ReadabilityTable
{
    public static IEnumerable<string> Lines(ReadabilityReport report) =>
        Table(report.Articles, string.Create(CultureInfo.InvariantCulture, $"Reading level (Flesch-Kincaid grade, limit {report.MaxGrade}):"),
                "  grade  words/sentence  article", level => level.Grade, 5, report.IsAboveLimit, "  (above the limit)")
            .Concat(Table(report.SpanishTranslations, string.Create(CultureInfo.InvariantCulture, $"Reading level in Spanish (INFLESZ, at least {report.MinInflesz}):"),
                "  INFLESZ  words/sentence  translation", level => level.Inflesz, 7, report.IsBelowInflesz, "  (below the limit)"));

    private static IEnumerable<string> Table(
        IReadOnlyList<ArticleReadability> articles, string title, string header, Func<ReadingLevel, double> score, int width, Func<ReadingLevel, bool> outside, string outsideNote)
    {
        if (articles.Count == 0)
        {
            yield break;
        }

        yield return title;
        yield return header;
        foreach (var article in articles)
        {
            var note = outside(article.Level) ? outsideNote : "";
            var shown = score(article.Level).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(width);
            yield return string.Create(CultureInfo.InvariantCulture, $"  {shown}  {article.Level.WordsPerSentence,14:0.0}  {article.SourcePath}{note}");
        }
    }
}
