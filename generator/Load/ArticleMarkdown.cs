using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using Markdig;

namespace KnowledgeBase.Load;

/// <summary>
/// Parses the Markdown of an article (its body and key points) or of a standing page, and reads the facts the later
/// stages need from it (<see cref="MarkdownFacts"/>): the one place English files and translations alike get both.
/// </summary>
public static class ArticleMarkdown
{
    public static Article Read(
        FrontMatterDocument document, string slug, SourceLocation slugLocation, ArticleFrontMatter meta, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var body = MarkdownSource.Parse(document.Body, BodyOrigin(document), pipeline, diagnostics);
        var keyPoints = meta.KeyPoints.Select(point => MarkdownSource.Parse(point.Value, point.Location, pipeline, diagnostics)).ToList();
        return new Article(document.Path, slug, slugLocation, meta, body, document.BodyFirstLine)
        {
            KeyPointDocuments = keyPoints,
            BodyFacts = MarkdownFacts.Of(body, BodyOrigin(document)),
            KeyPointFacts = keyPoints.Select((point, index) => MarkdownFacts.Of(point, meta.KeyPoints[index].Location)).ToList(),
        };
    }

    public static ContentPage ReadPage(
        FrontMatterDocument document, string slug, Located<string>? writtenSlug, string title, string summary, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var body = MarkdownSource.Parse(document.Body, BodyOrigin(document), pipeline, diagnostics);
        return new ContentPage(document.Path, slug, writtenSlug, title, summary, body, document.BodyFirstLine) { BodyFacts = MarkdownFacts.Of(body, BodyOrigin(document)) };
    }

    /// <summary>Where the first character of the file's body is.</summary>
    private static SourceLocation BodyOrigin(FrontMatterDocument document) => new(document.Path, document.BodyFirstLine, 1);
}
