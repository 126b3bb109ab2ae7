using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Markdown;
using Markdig;

namespace KnowledgeBase.Translations;

/// <summary>A standing page's translation: title, slug, summary and body.</summary>
public sealed class PageTranslationReader(MarkdownPipeline pipeline, MarkdownFactStore stored, DiagnosticBag diagnostics) : ITranslationReader<ContentPage>
{
    public IReadOnlySet<string> InheritedKeys { get; } = new HashSet<string>(StringComparer.Ordinal);

    public ContentPage Read(FrontMatterDocument document, YamlFields fields, ContentPage english, YamlFields? englishFields)
    {
        var slug = fields.OptionalLocatedString("slug");
        return ArticleMarkdown.ReadPage(
            document, slug?.Value ?? english.Slug, slug, fields.RequiredString("title") ?? "", fields.RequiredString("summary") ?? "", pipeline, stored, diagnostics);
    }
}
