using System.Text.RegularExpressions;

namespace KnowledgeBase.Content;

/// <summary>Counts the words a reader reads: runs of letters and digits, not citation keys such as "@park2008".</summary>
public static partial class Words
{
    public static int Count(ReadOnlySpan<char> text) => Word().Count(text);

    [GeneratedRegex(@"(?<![@\p{L}\p{N}])[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
