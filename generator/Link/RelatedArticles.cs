using KnowledgeBase.Content;

namespace KnowledgeBase.Link;

/// <summary>
/// Finds, for each article, the others a reader might want next: those that share the most tags and sources
/// with it. A shared tag weighs more than a shared source, because a tag is an editor's choice of topic while
/// a source may be cited in passing.
/// </summary>
public static class RelatedArticles
{
    public const int MaxRelated = 3;

    private const int TagWeight = 2;
    private const int SourceWeight = 1;

    /// <returns>For each published article (by position), its related articles, most related first, then in publishing order.</returns>
    /// <param name="stored">The related articles kept from the last build, read when every tag and cited source is as it was then; none when null.</param>
    public static IReadOnlyList<IReadOnlyList<Article>> Find(
        IReadOnlyList<Article> published, Func<Article, IReadOnlyCollection<string>> citedKeys, RelatedArticleStore? stored = null)
    {
        var tags = published.Select(article => (IReadOnlyList<string>)article.Meta.Tags.Distinct(StringComparer.Ordinal).ToList()).ToList();
        var sources = published.Select(article => (IReadOnlyList<string>)citedKeys(article).Distinct(StringComparer.Ordinal).ToList()).ToList();
        var store = stored ?? RelatedArticleStore.None;
        var key = RelatedArticleStore.KeyOf(tags, sources);
        if (!store.TryGet(key, published.Count, out var positions))
        {
            positions = Score(tags, sources);
            store.Keep(key, positions);
        }

        return positions.Select(related => (IReadOnlyList<Article>)related.Select(position => published[position]).ToList()).ToList();
    }

    /// <summary>For each article (by position), the positions of its related articles.</summary>
    private static int[][] Score(List<IReadOnlyList<string>> tags, List<IReadOnlyList<string>> sources)
    {
        var byTag = Invert(tags);
        var bySource = Invert(sources);
        // Each article is scored on its own, so on every core; each thread keeps one array of scores and one list of
        // the articles scored, both emptied after each article.
        using var scoresOfThread = new ThreadLocal<(int[] Scores, List<int> Touched)>(() => (new int[tags.Count], []));
        return Enumerable.Range(0, tags.Count)
            .AsParallel()
            .AsOrdered()
            .Select(index =>
            {
                var (scores, touched) = scoresOfThread.Value;
                AddScores(tags[index].SelectMany(tag => byTag[tag]), TagWeight, scores, touched);
                AddScores(sources[index].SelectMany(key => bySource[key]), SourceWeight, scores, touched);
                scores[index] = 0;
                var best = Best(touched, scores).ToArray();
                foreach (var other in touched)
                {
                    scores[other] = 0;
                }

                touched.Clear();
                return best;
            })
            .ToArray();
    }

    /// <summary>
    /// The <see cref="MaxRelated"/> best-scoring articles, ties going to the earlier one, picked in one pass: on a
    /// large site every article shares a tag with thousands of others, and sorting them all would be slow.
    /// </summary>
    private static List<int> Best(List<int> candidates, int[] scores)
    {
        var best = new List<int>(MaxRelated + 1);
        foreach (var candidate in candidates)
        {
            if (scores[candidate] == 0)
            {
                continue;
            }

            var position = RankAmong(best, candidate, scores);
            if (position < 0 && best.Count < MaxRelated)
            {
                best.Add(candidate);
            }
            else if (position >= 0)
            {
                best.Insert(position, candidate);
                if (best.Count > MaxRelated)
                {
                    best.RemoveAt(MaxRelated);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The position among <paramref name="best"/> that <paramref name="candidate"/> outranks, or -1 if it outranks none.
    /// A loop rather than FindIndex with a lambda: this runs for every pair of articles sharing a tag, and each lambda
    /// capturing the candidate was an allocation (docs/performance.md).
    /// </summary>
    private static int RankAmong(List<int> best, int candidate, int[] scores)
    {
        for (var position = 0; position < best.Count; position++)
        {
            var other = best[position];
            if (scores[candidate] > scores[other] || (scores[candidate] == scores[other] && candidate < other))
            {
                return position;
            }
        }

        return -1;
    }

    /// <summary>For each tag or source key, the positions of the articles that have it.</summary>
    private static Dictionary<string, List<int>> Invert(List<IReadOnlyList<string>> keysOfArticle)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var article = 0; article < keysOfArticle.Count; article++)
        {
            foreach (var key in keysOfArticle[article])
            {
                if (!index.TryGetValue(key, out var articles))
                {
                    articles = [];
                    index[key] = articles;
                }

                articles.Add(article);
            }
        }

        return index;
    }

    /// <summary>Adds <paramref name="weight"/> to each article's score, noting the articles scored for the first time.</summary>
    private static void AddScores(IEnumerable<int> articles, int weight, int[] scores, List<int> touched)
    {
        foreach (var other in articles)
        {
            if (scores[other] == 0)
            {
                touched.Add(other);
            }

            scores[other] += weight;
        }
    }
}
