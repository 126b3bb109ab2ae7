using System.Globalization;
using KnowledgeBase.Validate.Readability;

namespace KnowledgeBase.Cli.Reports;

/// <summary>The readability report as plain lines: grade and words per sentence for each article, hardest marked.</summary>
public static class ReadabilityTable
{
    public static IEnumerable<string> Lines(ReadabilityReport report)
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
