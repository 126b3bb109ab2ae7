using System.Text;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Link;
using KnowledgeBase.Load;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Images;
using KnowledgeBase.Render.Pipelines;
using KnowledgeBase.Tests.Support;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>
/// Rendering only reads the Markdown the load stage produced: the same loaded article renders to the same bytes
/// however often, and under a subpath each link gets the base path once (serve and the benchmarks render loaded
/// content more than once).
/// </summary>
public sealed class RepeatedRenderTests : IDisposable
{
    private static readonly Uri Subpath = new("https://test.example/project/");

    private readonly TestSite _site = new(withSampleArticle: false);
    private readonly SiteContent _content;

    public RepeatedRenderTests()
    {
        _site.Write("site.yml", ReadingSite.SiteYml);
        _site.AddRepositoryReferences("park2008", "amin2006", "salti2008", "fda2010_lipodissolve");
        _site.Write("content/glossary.yml", ReadingSite.Glossary);
        _site.Write("content/articles/fat.md", ReadingSite.FatArticle);
        _site.Write("content/articles/cost.md", ReadingSite.CostArticle);
        _site.Write("content/articles/safety.md", ReadingSite.SafetyArticle);
        var diagnostics = new DiagnosticBag();
        _content = new SiteLoader(_site.Root).Load(diagnostics);
        diagnostics.HasErrors.ShouldBeFalse(string.Join('\n', diagnostics.Sorted()));
    }

    [Fact]
    public void An_article_rendered_twice_under_a_subpath_gives_the_same_bytes_with_the_base_path_once()
    {
        var first = FatArticlePage(Subpath);
        var second = FatArticlePage(Subpath);

        second.ShouldBe(first);
        first.ShouldContain("href=\"/project/articles/cost/\"", Case.Sensitive, "a link written in a key point");
        first.ShouldContain("href=\"/project/articles/safety/\"", Case.Sensitive, "a link written in the body");
        first.ShouldContain("class=\"glossary-term\" href=\"/project/glossary/#dermis\"");
        first.ShouldNotContain("/project/project/");
    }

    [Fact]
    public void An_article_rendered_at_the_root_after_a_subpath_gives_the_same_bytes_as_before()
    {
        var atRoot = FatArticlePage(_content.Settings.BaseUrl);
        FatArticlePage(Subpath);

        FatArticlePage(_content.Settings.BaseUrl).ShouldBe(atRoot);
    }

    [Fact]
    public void Rendering_an_article_leaves_its_loaded_markdown_as_it_was()
    {
        var article = _content.Articles.Single(article => article.Slug == "fat");
        var loaded = Outline(article);

        FatArticlePage(Subpath);

        Outline(article).ShouldBe(loaded);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>The link, glossary and render stages over the loaded content, as a build runs them, for one page.</summary>
    private string FatArticlePage(Uri baseUrl)
    {
        var graph = SiteLinker.Link(_content, baseUrl, includeDrafts: false);
        var templates = TemplateSet.Parse(_content.Templates, new DiagnosticBag())!;
        var context = new SiteRenderer(templates, new SocialImageCache(_site.Root), TestSite.Clock).CreateContext(graph);
        var page = new ArticlePipeline().Render(context).Single(file => file.RelativePath == "articles/fat/index.html");
        return Encoding.UTF8.GetString(page.Bytes);
    }

    /// <summary>Every node of the article's Markdown with its text and link address, in order.</summary>
    private static List<string> Outline(Article article) =>
        article.Documents.SelectMany(document => document.Descendants()).Select(node => node switch
        {
            LiteralInline literal => $"text {literal.Content}",
            LinkInline link => $"link {link.Url}",
            _ => node.GetType().Name,
        }).ToList();
}
