using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Link;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Images;
using KnowledgeBase.Render.Pipelines;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Benchmarks;

/// <summary>Markdown and template rendering, the link stage and social image painting, on the real site.</summary>
public class RenderBenchmarks
{
    /// <summary>The link stage is measured on a site this many times larger than the real one, made of copies of its articles.</summary>
    private const int LargeSiteArticles = 5000;

    private SiteContent _content = null!;
    private SiteContent _largeSite = null!;
    private RenderContext _context = null!;
    private SocialImagePainter _painter = null!;
    private string _articleHtml = "";
    private Article _longest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _content = RealContent.Load();
        _largeSite = _content with
        {
            Articles = Enumerable.Range(0, LargeSiteArticles).Select(i => _content.Articles[i % _content.Articles.Count] with { Slug = $"article-{i}" }).ToList(),
        };
        var templates = TemplateSet.Parse(_content.Templates, new DiagnosticBag())!;
        var graph = SiteLinker.Link(_content, _content.Settings.BaseUrl, includeDrafts: false);
        var cache = new SocialImageCache(Path.Combine(Path.GetTempPath(), "kb-benchmarks"));
        _context = new SiteRenderer(templates, cache, TimeProvider.System).CreateContext(graph);
        _longest = graph.PublishedArticles.MaxBy(article => article.Body.Span.Length)!;
        _articleHtml = RenderLongestArticle();
        _painter = new SocialImagePainter();
    }

    [GlobalCleanup]
    public void Cleanup() => _painter.Dispose();

    [Benchmark(Description = "Markdown: render the longest article's body to HTML, numbering and linking its citations and glossary terms")]
    public string RenderLongestArticle() => _context.Markdown.Render(_longest.Body, _context.CitationsOf(_longest, _context.ReferenceLanguage), _context.Graph.RelationsOf(_longest).Glossary.In(_longest.Documents), _context.ReferenceLanguage);

    [Benchmark(Description = "templates: one page in the site layout (Markdown already rendered)")]
    public OutputFile TemplatePage() => _context.Page(
        "benchmark/index.html",
        new PageMeta("A page", "Its summary.", "/benchmark/", "website", new JsonObject { ["@type"] = "WebPage" }),
        "page",
        new PageView("A page", _articleHtml));

    [Benchmark(Description = "article pages: Markdown, templates and link panel for every real article")]
    public int ArticlePages() => new ArticlePipeline().Render(_context).Count();

    [Benchmark(Description = "link stage: the real site")]
    public SiteGraph LinkRealSite() => SiteLinker.Link(_content, _content.Settings.BaseUrl, includeDrafts: false);

    [Benchmark(Description = "link stage: 5,000 articles")]
    public SiteGraph LinkLargeSite() => SiteLinker.Link(_largeSite, _largeSite.Settings.BaseUrl, includeDrafts: false);

    [Benchmark(Description = "social image: paint and encode one title (a cache miss)")]
    public byte[] SocialImage() => _painter.Paint("Does mesotherapy remove fat, and how long do the results last?", "Mesotherapy Evidence");
}
