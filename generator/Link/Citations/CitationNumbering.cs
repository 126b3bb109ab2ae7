namespace KnowledgeBase.Link.Citations;

/// <summary>
/// The number each source has within one article: 1 for the first source cited, 2 for the next new one, and
/// so on, counting the parts of the article in the order the page shows them (see <see cref="Markdown.Citations.CitingPart"/>):
/// key points, then the structured blocks (regulatory, uses, costs, comparison, studies), then the body.
/// A source cited again keeps its first number.
/// </summary>
public sealed class CitationNumbering
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];

    /// <param name="keysInOrder">Every cited key in page order, repeats included.</param>
    public CitationNumbering(IEnumerable<string> keysInOrder)
    {
        foreach (var key in keysInOrder)
        {
            if (_numbers.TryAdd(key, _keys.Count + 1))
            {
                _keys.Add(key);
            }
        }
    }

    /// <summary>The cited keys in number order: the article's reference list.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The number of <paramref name="key"/> in this article.</summary>
    public int NumberOf(string key) =>
        _numbers.TryGetValue(key, out var number) ? number : throw new KeyNotFoundException($"'{key}' is not cited in this article");

    public bool Contains(string key) => _numbers.ContainsKey(key);
}
