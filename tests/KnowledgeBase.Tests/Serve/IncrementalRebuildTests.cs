using KnowledgeBase.Building;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Index;
using KnowledgeBase.Tests.Citations;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Serve;

/// <summary>
/// What `serve` does on each save: <see cref="SiteBuilder.Rebuild"/> renders only the pages an edit touched, and the
/// site it leaves (search index refreshed afterwards, as serve does) is byte for byte the site a full build makes.
/// </summary>
public sealed class IncrementalRebuildTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly SiteBuilder _serve = new(TestSite.Clock);

    public IncrementalRebuildTests()
    {
        _site.Write("content/references/park2008.md", CitationSample.Park);
        _site.Write("content/articles/second.md", Article("What is a second sample?", "The second article cites a study [@park2008]."));
        _site.Write("content/articles/third.md", Article("What is a third sample?", "The third article."));
        _site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nWe are editors.\n");
        _site.Write("content/glossary.yml", "- term: Dermis\n  definition: The middle layer of skin.\n  synonyms: [skin]\n");
        _serve.Build(Options(_site.Output)).Succeeded.ShouldBeTrue();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Editing_one_article_renders_only_its_pages_and_the_files_made_from_every_article()
    {
        _site.Write("content/articles/second.md", Article("What is a second sample?", "The second article, now longer, cites a study [@park2008]."));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain("articles/second/index.html");
        rebuilt.ShouldNotContain("embed/second/index.html", "the embed card shows the article's title, summary and review date, which a body edit leaves alone");
        rebuilt.ShouldNotContain(path => path.StartsWith("assets/social/second.", StringComparison.Ordinal), "the preview image is drawn from the title alone");
        rebuilt.ShouldNotContain("index.html", "the home page shows the articles' titles, summaries and uses, which a body edit leaves alone");
        rebuilt.ShouldNotContain("sitemap.xml", "the sitemap lists the pages and their review dates, which a body edit leaves alone");
        rebuilt.ShouldNotContain(path => path.Contains("/sample", StringComparison.Ordinal) || path.Contains("/third", StringComparison.Ordinal),
            "the other articles' pages, embed cards and images are kept");
        rebuilt.ShouldNotContain("about/index.html");
        rebuilt.ShouldNotContain("topics/basics/index.html", "the topic page shows titles and summaries, which a body edit leaves alone");
        rebuilt.ShouldNotContain(path => path.StartsWith("assets/social/site.", StringComparison.Ordinal));
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void Renaming_an_article_renders_again_the_pages_that_link_to_it()
    {
        _site.Write("content/articles/second.md", Article("What is a renamed sample?", "The second article cites a study [@park2008]."));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain("articles/third/index.html", "the third article links to the second as related and as previous");
        rebuilt.ShouldContain("topics/basics/index.html");
        rebuilt.ShouldContain("glossary/index.html", "the glossary lists the articles that use each term");
        _site.ReadOutput("articles/third/index.html").ShouldContain("What is a renamed sample?");
        _site.ReadOutput("topics/basics/index.html").ShouldContain("What is a renamed sample?");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void A_new_title_renders_again_the_articles_embed_card_and_preview_image()
    {
        _site.Write("content/articles/second.md", Article("What is a renamed sample?", "The second article cites a study [@park2008]."));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain("embed/second/index.html");
        rebuilt.ShouldContain(path => path.StartsWith("assets/social/second.", StringComparison.Ordinal));
        _site.ReadOutput("embed/second/index.html").ShouldContain("What is a renamed sample?");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void A_new_summary_renders_again_the_articles_embed_card_but_not_its_preview_image()
    {
        _site.Write("content/articles/second.md", Article("What is a second sample?", "The second article cites a study [@park2008].")
            .Replace("summary: ", "summary: Now shorter. ", StringComparison.Ordinal));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain("embed/second/index.html");
        rebuilt.ShouldNotContain(path => path.StartsWith("assets/social/second.", StringComparison.Ordinal));
        _site.ReadOutput("embed/second/index.html").ShouldContain("Now shorter.");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void A_body_edit_that_brings_no_new_word_keeps_the_search_vocabulary()
    {
        _site.Write("content/articles/second.md", Article("What is a second sample?", "The second article cites a study [@park2008]. The study."));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain("articles/second/index.html");
        rebuilt.ShouldNotContain(SiteUrls.SearchVocabularyOutputPathIn(null), "the words the site uses, and on how many pages, are what they were");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void A_body_edit_that_brings_a_new_word_renders_the_search_vocabulary_again()
    {
        _site.Write("content/articles/second.md", Article("What is a second sample?", "The second article cites a study [@park2008] of cellulite."));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain(SiteUrls.SearchVocabularyOutputPathIn(null));
        _site.ReadOutput(SiteUrls.SearchVocabularyOutputPathIn(null)).ShouldContain("\"cellulite\"");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void Editing_a_reference_renders_again_only_the_articles_that_cite_it()
    {
        _site.Write("content/references/park2008.md", CitationSample.Park.Replace("Effectiveness of mesotherapy", "Efficacy of mesotherapy", StringComparison.Ordinal));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain("articles/second/index.html");
        rebuilt.ShouldNotContain("articles/sample/index.html");
        rebuilt.ShouldNotContain("articles/third/index.html");
        _site.ReadOutput("articles/second/index.html").ShouldContain("Efficacy of mesotherapy");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void A_body_edit_away_from_the_citing_sentence_keeps_the_sources_page()
    {
        _site.Write("content/articles/second.md", Article("What is a second sample?", "The second article cites a study [@park2008].\n\nA new paragraph."));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain("articles/second/index.html");
        rebuilt.ShouldNotContain("references/park2008/index.html", "the source's page shows the citing sentence, title and address, none of which changed");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void Editing_the_sentence_that_cites_a_source_renders_the_sources_page_again()
    {
        _site.Write("content/articles/second.md", Article("What is a second sample?", "The second article cites a trial [@park2008]."));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain("references/park2008/index.html");
        _site.ReadOutput("references/park2008/index.html").ShouldContain("The second article cites a trial");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void A_new_title_of_a_citing_article_renders_the_sources_page_again()
    {
        _site.Write("content/articles/second.md", Article("What is a renamed sample?", "The second article cites a study [@park2008]."));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain("references/park2008/index.html");
        _site.ReadOutput("references/park2008/index.html").ShouldContain("What is a renamed sample?");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void A_new_title_a_removed_article_and_a_new_one_each_leave_the_site_a_full_build_makes()
    {
        _site.Write("content/articles/second.md", Article("What is a renamed sample?", "The second article."));
        Rebuild().ShouldContain(path => path.StartsWith("assets/social/second.", StringComparison.Ordinal));
        ShouldMatchAFullBuild();

        File.Delete(Path.Combine(_site.Root, "content/articles/third.md"));
        Rebuild();
        Directory.Exists(Path.Combine(_site.Output, "articles/third")).ShouldBeFalse();
        ShouldMatchAFullBuild();

        _site.Write("content/articles/fourth.md", Article("What is a fourth sample?", "A new article."));
        Rebuild().ShouldContain("articles/fourth/index.html");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void Changing_a_template_renders_every_page_again()
    {
        var layout = Path.Combine(_site.Root, "templates/layout.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<!-- changed --></body>", StringComparison.Ordinal));

        var rebuilt = Rebuild();

        rebuilt.ShouldContain("articles/sample/index.html");
        rebuilt.ShouldContain("articles/third/index.html");
        rebuilt.ShouldContain("about/index.html");
        _site.ReadOutput("articles/third/index.html").ShouldContain("<!-- changed -->");
        ShouldMatchAFullBuild();
    }

    [Fact]
    public void An_edit_with_an_error_writes_nothing_and_the_next_good_edit_catches_up()
    {
        var before = Files(_site.Output);
        _site.Write("content/articles/second.md", "---\ntitle: Broken\n---\n");

        _serve.Rebuild(Options(_site.Output)).Succeeded.ShouldBeFalse();
        Files(_site.Output).ShouldBe(before);

        _site.Write("content/articles/second.md", Article("What is a mended sample?", "Fixed."));
        Rebuild().ShouldContain("articles/second/index.html");
        ShouldMatchAFullBuild();
    }

    /// <summary>As serve builds: drafts included, into the given folder.</summary>
    [Fact]
    public void An_update_the_disk_refuses_leaves_the_preview_as_it_was_without_the_folders_it_made()
    {
        using var disk = TemporaryDisk.Mount(sizeKilobytes: 2048);
        var options = Options(Path.Combine(disk.Folder, "_site"));
        _serve.Build(options).Succeeded.ShouldBeTrue();
        var (files, folders) = (Files(options.OutputFolder), Folders(options.OutputFolder));
        for (var part = 0; part < 4; part++)
        {
            _site.Write($"content/articles/long-{part}.md", Article($"What is long sample {part}?", string.Concat(Enumerable.Repeat("A sentence that fills the disk with plain words. ", 16_000))));
        }

        var result = _serve.Rebuild(options);

        result.Diagnostics.ShouldContain(diagnostic => diagnostic.Code == DiagnosticCode.SiteNotWritten, string.Join('\n', result.Diagnostics));
        Files(options.OutputFolder).ShouldBe(files);
        Folders(options.OutputFolder).ShouldBe(folders, "no folder the failed update made for the new article's files is left");
    }

    private BuildOptions Options(string output) => new(_site.Root, output, IncludeDrafts: true);

    private static List<string> Files(string folder) =>
        OutputTree.Hashes(folder).Select(file => $"{file.Key} {file.Value}").Order(StringComparer.Ordinal).ToList();

    private static List<string> Folders(string folder) =>
        Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path)).Order(StringComparer.Ordinal).ToList();

    private static string Article(string title, string body) => TestSite.SampleArticle
        .Replace("What is a sample?", title, StringComparison.Ordinal)
        .Replace("This article is for testing.", body, StringComparison.Ordinal);

    private IReadOnlyList<string> Rebuild()
    {
        var result = _serve.Rebuild(Options(_site.Output));
        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        result.Indexed.ShouldBeFalse("an incremental rebuild leaves the search index to serve");
        new PagefindIndexer(_site.Root).Reindex(_site.Output, TestContext.Current.CancellationToken);
        return result.RenderedFiles;
    }

    private void ShouldMatchAFullBuild()
    {
        var full = Path.Combine(_site.Root, "full-build");
        new SiteBuilder(TestSite.Clock).Build(Options(full)).Succeeded.ShouldBeTrue();
        var expected = Files(full);
        Directory.Delete(full, recursive: true);
        Files(_site.Output).ShouldBe(expected);
    }
}
