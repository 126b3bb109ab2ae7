using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks each article's "Key points" against the editorial rules: three to five short bullets, each backed
/// by a citation, since they are the claims a reader is most likely to remember.
/// </summary>
public static partial class KeyPointValidator
{
    public const int MinPoints = 3;
    public const int MaxPoints = 5;
    public const int MaxWords = 35;

    public static void Validate(Article article, DiagnosticBag diagnostics)
    {
        var points = article.Meta.KeyPoints;
        if (points.Count is > 0 and < MinPoints or > MaxPoints)
        {
            diagnostics.Warning(DiagnosticCode.KeyPointCount, points[0].Location,
                $"there are {points.Count} key points; write {MinPoints} to {MaxPoints}, the claims a reader most needs to take away");
        }

        foreach (var point in points)
        {
            if (!Citation().IsMatch(point.Value))
            {
                diagnostics.Error(DiagnosticCode.UncitedKeyPoint, point.Location,
                    "this key point cites no source; end it with the citation that supports it, such as [@park2008]");
            }

            var words = Words.Count(Citation().Replace(point.Value, ""));
            if (words > MaxWords)
            {
                diagnostics.Warning(DiagnosticCode.LongKeyPoint, point.Location,
                    $"this key point has {words} words; keep each to {MaxWords} or fewer, and leave the detail to the article");
            }
        }
    }

    [GeneratedRegex(@"\[[^\]]*@[^\]]+\]")]
    private static partial Regex Citation();
}
