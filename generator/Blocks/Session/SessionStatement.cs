using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.Session;

/// <summary>One sentence about a part of a session: what the sources say, with them, or what they leave unknown.</summary>
/// <param name="Known">False for something the sources do not say, which readers see as "Not known".</param>
public sealed record SessionStatement(string Text, bool Known, IReadOnlyList<Located<string>> Refs)
{
    /// <summary>Where <c>refs</c> is written, or null when it is missing (which the reader reported) or the statement is not known.</summary>
    public SourceLocation? RefsLocation { get; init; }
}
