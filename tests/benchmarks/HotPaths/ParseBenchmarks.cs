using BenchmarkDotNet.Attributes;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Markdown;
using KnowledgeBase.Render;
using Markdig;

namespace KnowledgeBase.Benchmarks;

/// <summary>What the load stage does for every article file, and the Markdown half of rendering it.</summary>
public class ParseBenchmarks
{
    private SourceText _article = null!;
    private string _body = "";
    private MarkdownPipeline _pipeline = null!;
    private MarkdownHtml _html = null!;

    [GlobalSetup]
    public void Setup()
    {
        _article = RealContent.LongestArticle();
        _body = FrontMatterSplitter.Split(_article, new DiagnosticBag())!.Body;
        _pipeline = MarkdownPipelineFactory.Create();
        _html = new MarkdownHtml(_pipeline, new SiteUrls(new Uri("https://example.org/")));
    }

    [Benchmark(Description = "front matter: split, parse YAML, read typed fields (one article)")]
    public ArticleFrontMatter FrontMatter()
    {
        var (_, fields) = SiteLoader.ParseFrontMatter(_article, new DiagnosticBag())!.Value;
        return ArticleFrontMatterReader.Read(fields);
    }

    [Benchmark(Description = "Markdown: parse and render the body to HTML (one article)")]
    public string MarkdownToHtml() => _html.Render(Markdig.Markdown.Parse(_body, _pipeline));
}
