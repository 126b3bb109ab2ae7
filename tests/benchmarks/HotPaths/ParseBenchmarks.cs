using BenchmarkDotNet.Attributes;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Markdown;
using Markdig;
using Markdig.Syntax;

namespace KnowledgeBase.Benchmarks;

/// <summary>What the load stage does for every article file: its front matter and its Markdown.</summary>
public class ParseBenchmarks
{
    private SourceText _article = null!;
    private string _body = "";
    private MarkdownPipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _article = RealContent.LongestArticle();
        _body = FrontMatterSplitter.Split(_article, new DiagnosticBag())!.Body;
        _pipeline = MarkdownPipelineFactory.Create();
    }

    [Benchmark(Description = "front matter: split, parse YAML, read typed fields (one article)")]
    public ArticleFrontMatter FrontMatter()
    {
        var (_, fields) = SiteLoader.ParseFrontMatter(_article, new DiagnosticBag())!.Value;
        return ArticleFrontMatterReader.Read(fields);
    }

    [Benchmark(Description = "Markdown: parse the body, citations included (one article)")]
    public MarkdownDocument ParseMarkdown() => Markdig.Markdown.Parse(_body, _pipeline);
}
