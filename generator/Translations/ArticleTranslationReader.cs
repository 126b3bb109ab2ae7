using KnowledgeBase.Blocks;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Markdown;
using Markdig;

namespace KnowledgeBase.Translations;

/// <summary>
/// An article's translation: title, slug, summary, key points, every structured block of the English file with only
/// its text translated, the body, and its own aliases (the addresses in its language it had before its slug changed).
/// Dates, authors, tags and the rest are the English article's.
/// </summary>
public sealed class ArticleTranslationReader(MarkdownPipeline pipeline, MarkdownFactStore stored, DiagnosticBag diagnostics) : ITranslationReader<Article>
{
    public IReadOnlySet<string> InheritedKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "tags", "authors", "reviewed_by", "published", "updated", "last_reviewed", "next_review", "sources_searched", "draft", "changes",
    };

    public Article Read(FrontMatterDocument document, YamlFields fields, Article english, YamlFields? englishFields)
    {
        var slug = fields.OptionalLocatedString("slug");
        var keyPoints = fields.StringList("key_points");
        var blocks = EvidenceBlockRegistry.All.Select(block => block.Read(fields)).OfType<ArticleBlock>().ToList();
        foreach (var block in englishFields is null ? [] : EvidenceBlockRegistry.All)
        {
            var texts = english.Meta.Blocks.Where(read => read.Kind == block).SelectMany(read => read.Texts).ToHashSet(StringComparer.Ordinal);
            BlockComparison.Compare(block.Key, englishFields!, fields, texts, diagnostics);
        }

        var meta = english.Meta with
        {
            Title = fields.RequiredString("title") ?? "",
            Summary = fields.RequiredString("summary") ?? "",
            Slug = slug,
            KeyPoints = keyPoints,
            Blocks = blocks,
            Aliases = fields.StringList("aliases"),
        };
        return ArticleMarkdown.Read(document, slug?.Value ?? english.Slug, slug?.Location ?? SourceLocation.StartOf(document.Path), meta, pipeline, stored, diagnostics);
    }
}
