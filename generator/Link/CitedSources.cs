using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Link;

/// <summary>
/// The source keys an article cites, in the <c>[@key]</c> citations of its text and in the references of its
/// structured blocks: what "related articles" compares.
/// </summary>
public static partial class CitedSources
{
    public static IReadOnlySet<string> Of(Article article)
    {
        var meta = article.Meta;
        var keys = article.Documents
            .SelectMany(document => document.Descendants<LiteralInline>())
            .SelectMany(literal => CitationKey().Matches(literal.Content.ToString()).Select(match => match.Groups["key"].Value))
            .Concat(meta.Uses.SelectMany(use => use.Refs).Select(key => key.Value))
            .Concat(meta.Costs.Select(cost => cost.Ref.Value))
            .Concat(meta.Comparison?.Rows.SelectMany(row => row.Refs).Select(key => key.Value) ?? [])
            .Concat(meta.Studies.Select(study => study.Ref.Value))
            .Concat(meta.Regulatory?.Refs.Select(key => key.Value) ?? []);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])@(?<key>[A-Za-z0-9_]+)")]
    private static partial Regex CitationKey();
}
