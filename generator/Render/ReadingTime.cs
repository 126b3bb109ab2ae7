using KnowledgeBase.Content;

namespace KnowledgeBase.Render;

/// <summary>
/// How long an article takes to read: its words (key points and body, without citation keys) at a steady
/// 200 words a minute, a pace that suits careful reading of health information, rounded up.
/// </summary>
public static class ReadingTime
{
    public const int WordsPerMinute = 200;

    public static int MinutesFor(Article article)
    {
        var words = article.DocumentFacts.Sum(facts => facts.WordCount);
        return Math.Max(1, (words + WordsPerMinute - 1) / WordsPerMinute);
    }
}
