namespace KnowledgeBase.Diagnostics;

/// <summary>Finds the known names closest to a misspelled one, for "did you mean ...?" hints.</summary>
public static class Suggestions
{
    /// <summary>The candidates within a small edit distance of <paramref name="input"/>, closest first.</summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int max = 3)
    {
        var limit = Math.Max(2, input.Length / 3);
        return candidates
            .Select(candidate => (candidate, distance: EditDistance(input.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(pair => pair.distance <= limit)
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(pair => pair.candidate)
            .ToList();
    }

    /// <summary>A message tail such as <c> (did you mean park2008?)</c>, or empty when nothing is close.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        var closest = Closest(input, candidates);
        return closest.Count == 0 ? "" : $" (did you mean {string.Join(" or ", closest)}?)";
    }

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit.</summary>
    public static int EditDistance(string a, string b)
    {
        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previousPrevious[j - 2] + 1);
                }
            }

            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }

        return previous[b.Length];
    }
}
