using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Building;
using KnowledgeBase.Emit;
using KnowledgeBase.Tests.Citations;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>
/// After edits of articles' bodies alone, `build` looks only at the pages made from the edited files (the build cache
/// records, for each page, the articles and sources it was made from), and keeps every other page's file as it is; an
/// edit of what other pages show of an article (its front matter, the sources it cites) or of anything else still
/// reaches every page that shows it.
/// </summary>
public sealed partial class UntouchedPagesTests
{
    [Fact]
    public void A_build_after_a_body_edit_looks_only_at_the_pages_made_from_the_edited_article()
    {
        using var site = new IncrementalBuildSite(articles: 30);
        site.Build();
        site.Apply(new SiteEdit(EditKind.Template, Pick: 0, Word: 1));
        var everyPage = StampsOf(site.Build());
        site.Apply(new SiteEdit(EditKind.Nothing, Pick: 0, Word: 0));
        var noEdit = StampsOf(site.Build());

        site.Apply(new SiteEdit(EditKind.Body, Pick: 3, Word: 7));
        var bodyEdit = site.Build();

        noEdit.ShouldBeLessThan(everyPage / 2, "with nothing changed, the pages of articles, sources, topics and lists are not looked at");
        (StampsOf(bodyEdit) - noEdit).ShouldBe(4, "the article's page and its embed card, one stamp each, and the page of the source it cites, two (its files, then what it shows of them)");
        bodyEdit.RenderedFiles.ShouldContain("articles/article-3/index.html");
        site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_body_edit_renders_none_of_the_files_that_show_only_the_articles_front_matter()
    {
        using var site = new IncrementalBuildSite(articles: 4);
        site.Build();

        site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 5));
        var rendered = site.Build().RenderedFiles;

        rendered.ShouldContain("articles/article-1/index.html");
        foreach (var file in (string[])["index.html", "feed.xml", "api/articles.json", "sitemap.xml", "404.html", "search/index.html", "topics/index.html",
            "topics/basics/index.html", "evidence/index.html", "references/index.html", "glossary/index.html", "embed/article-1/index.html"])
        {
            rendered.ShouldNotContain(file, "it shows the articles' titles, summaries, dates or uses, which a body edit leaves alone");
        }

        site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_new_title_renders_again_the_feed_the_articles_api_and_the_home_page()
    {
        using var site = new IncrementalBuildSite(articles: 4);
        site.Build();

        site.Apply(new SiteEdit(EditKind.Title, Pick: 1, Word: 5));
        var rendered = site.Build().RenderedFiles;

        rendered.ShouldContain("feed.xml");
        rendered.ShouldContain("api/articles.json");
        rendered.ShouldContain("index.html");
        File.ReadAllText(Path.Combine(site.Output, "feed.xml")).ShouldContain("What is sample 1 in edition 5?");
        site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void After_a_body_edit_kept_a_whole_pipeline_a_new_title_renders_only_the_pages_of_it_that_show_the_title()
    {
        using var site = new IncrementalBuildSite(articles: 4);
        site.Build();
        site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 5));
        site.Build();

        site.Apply(new SiteEdit(EditKind.Title, Pick: 2, Word: 6));
        var rendered = site.Build().RenderedFiles;

        rendered.ShouldContain("topics/basics/index.html");
        rendered.ShouldNotContain("references/index.html", "the bibliography's record was kept with its pipeline, so it is still known to be right");
        site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_new_heading_of_the_section_a_question_links_to_reaches_the_home_page()
    {
        using var site = new TestSite();
        site.Write("site.yml", site.ReadSource("site.yml") + "\nquestions:\n  - question: How is it done?\n    answer: /articles/sample/#how-it-is-done\n");
        site.Build().Succeeded.ShouldBeTrue();

        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("## How it is done", "## How the injections are given {#how-it-is-done}", StringComparison.Ordinal));
        var result = site.Build();

        result.CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");
        site.ReadOutput("index.html").ShouldContain("How the injections are given");
        SameAsACleanBuild(site);
    }

    [Fact]
    public void A_body_edit_that_uses_a_glossary_term_lists_the_article_under_the_term()
    {
        using var site = new TestSite();
        site.Write("content/glossary.yml", "- term: Cannula\n  definition: A thin tube with a blunt tip.\n");
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("glossary/index.html").ShouldNotContain("What is a sample?");

        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("A few millimetres.", "A few millimetres, through a cannula.", StringComparison.Ordinal));
        var result = site.Build();

        result.CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");
        site.ReadOutput("glossary/index.html").ShouldContain("What is a sample?");
        SameAsACleanBuild(site);
    }

    [Fact]
    public void A_page_not_made_from_the_edited_article_keeps_its_file_as_it_was_written()
    {
        using var site = new IncrementalBuildSite(articles: 6);
        site.Build();
        site.Apply(new SiteEdit(EditKind.Nothing, Pick: 0, Word: 0));
        site.Build();
        var page = Path.Combine(site.Output, "articles/article-1/index.html");
        var (bytes, stamp) = (File.ReadAllBytes(page), FileStamp.Of(new FileInfo(page)));

        site.Apply(new SiteEdit(EditKind.Body, Pick: 4, Word: 2));
        site.Build();

        File.ReadAllBytes(page).ShouldBe(bytes);
        FileStamp.Of(new FileInfo(page)).ShouldBe(stamp, "the file is the previous output's, not written again");
    }

    [Fact]
    public void A_citation_added_to_a_body_lists_the_article_on_the_page_of_the_source_it_now_cites()
    {
        using var site = new TestSite(withSampleArticle: false);
        CitationSample.WriteTo(site);
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("references/eldomyati2012/index.html").ShouldNotContain("A second article");

        site.Write("content/articles/second.md", CitationSample.SecondArticle.Replace("Fat study [@park2008].", "Fat study [@park2008]. Skin study [@eldomyati2012].", StringComparison.Ordinal));
        var result = site.Build();

        result.CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");
        site.ReadOutput("references/eldomyati2012/index.html").ShouldContain("A second article");
        SameAsACleanBuild(site);
    }

    [Fact]
    public void A_new_title_reaches_the_topic_page_and_the_other_articles_pages_that_link_to_the_article()
    {
        using var site = new IncrementalBuildSite(articles: 4);
        site.Build();

        site.Apply(new SiteEdit(EditKind.Title, Pick: 2, Word: 9));
        var rendered = site.Build().RenderedFiles;

        rendered.ShouldContain("topics/basics/index.html");
        rendered.ShouldContain("articles/article-1/index.html", "its next article is the one renamed");
        site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_source_s_new_summary_reaches_every_page_citing_it()
    {
        using var site = new IncrementalBuildSite(articles: 4);
        site.Build();

        site.Apply(new SiteEdit(EditKind.Source, Pick: 0, Word: 11));
        var rendered = site.Build().RenderedFiles;

        rendered.ShouldContain("references/park2008/index.html");
        for (var article = 0; article < 4; article++)
        {
            rendered.ShouldContain($"articles/article-{article}/index.html", "each article's preview of the source shows its finding");
        }

        site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    private static int StampsOf(BuildResult result) =>
        int.Parse(StampsPattern().Match(result.CacheUse.ShouldNotBeNull()).Groups[1].Value, CultureInfo.InvariantCulture);

    private static void SameAsACleanBuild(TestSite site)
    {
        var clean = Path.Combine(site.Root, "clean-build");
        new SiteBuilder(TestSite.Clock).Build(new BuildOptions(site.Root, clean)).Succeeded.ShouldBeTrue();
        var expected = Directory.GetFiles(clean, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(clean, file)).Order(StringComparer.Ordinal).ToList();
        Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(site.Output, file)).Order(StringComparer.Ordinal).ShouldBe(expected);
        foreach (var file in expected)
        {
            File.ReadAllBytes(Path.Combine(site.Output, file)).ShouldBe(File.ReadAllBytes(Path.Combine(clean, file)), file);
        }
    }

    [GeneratedRegex(@"stamped (\d+),")]
    private static partial Regex StampsPattern();
}
