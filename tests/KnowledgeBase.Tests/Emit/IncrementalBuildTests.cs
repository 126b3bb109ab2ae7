using AngleSharp.Html.Parser;
using KnowledgeBase.Building;
using KnowledgeBase.Content;
using KnowledgeBase.Emit;
using KnowledgeBase.Tests.Browser;
using KnowledgeBase.Tests.Citations;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>
/// `build` with the build cache of the previous build (.cache/) renders only what changed and links the rest to the
/// previous output; whatever the edit, the output is byte for byte the one a clean build makes. A long run of the
/// same property is tests/IncrementalBuildSoak.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly IncrementalBuildSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void After_each_of_a_sequence_of_random_edits_the_output_is_the_one_a_clean_build_makes()
    {
        _site.Build().CacheUse.ShouldStartWith("clean build");

        foreach (var edit in IncrementalBuildSite.Edits(seed: 24, count: Enum.GetValues<EditKind>().Length))
        {
            _site.Apply(edit);

            _site.Build().CacheUse.ShouldNotBeNull().ShouldStartWith("incremental", customMessage: edit.ToString());
            _site.DifferenceFromACleanBuild().ShouldBeNull(edit.ToString());
        }
    }

    [Fact]
    public void A_build_after_a_body_edit_renders_the_article_again_but_not_the_other_articles_nor_the_lists_nor_the_source_downloads()
    {
        _site.Build();
        _site.Apply(new SiteEdit(EditKind.Body, Pick: 0, Word: 7));

        var rendered = _site.Build().RenderedFiles;

        rendered.ShouldContain("articles/article-0/index.html");
        rendered.ShouldNotContain("articles/article-1/index.html");
        rendered.ShouldNotContain("evidence/index.html", "the evidence page shows the uses, which a body edit leaves alone");
        rendered.ShouldNotContain("references/park2008.bib", "a source's downloads are made from its own file alone");
        rendered.ShouldNotContain("index.html", "the home page shows the articles' titles, summaries and uses, which a body edit leaves alone");
        rendered.ShouldNotContain("references/index.html", "the bibliography shows the sources and the topics citing them, which this edit leaves alone");
        rendered.ShouldNotContain("sitemap.xml", "the sitemap lists the pages and their review dates, which a body edit leaves alone");
        _site.DifferenceFromACleanBuild().ShouldBeNull("a body edit");
    }

    [Fact]
    public void A_build_after_a_source_s_translation_changes_shows_the_new_finding_in_the_previews_of_the_translated_article_citing_it()
    {
        using var site = new TestSite();
        var spanishPark = BuildSpanishArticleCitingPark(site);
        site.Write("content/references/park2008.es.md", spanishPark.Replace("no perdió más grasa que el otro.", "no perdió más grasa que el muslo sin tratar.", StringComparison.Ordinal));

        var result = site.Build();

        result.CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");
        result.RenderedFiles.ShouldContain("es/articles/segundo/index.html");
        new HtmlParser().ParseDocument(site.ReadOutput("es/articles/segundo/index.html")).GetElementById("ref-park2008")!.GetAttribute("data-preview-finding")
            .ShouldBe("El muslo tratado no perdió más grasa que el muslo sin tratar.");
    }

    [Fact]
    public void A_build_after_an_article_changes_renders_again_only_the_source_pages_in_each_language_whose_citing_sentences_changed()
    {
        using var site = new TestSite();
        BuildSpanishArticleCitingPark(site);
        site.Write("content/articles/second.md", CitationSample.SecondArticle.Replace("Hair loss drugs", "Hair loss medicines", StringComparison.Ordinal));

        var rendered = site.Build().RenderedFiles;

        rendered.ShouldContain("references/devjani2023/index.html");
        site.ReadOutput("references/devjani2023/index.html").ShouldContain("Hair loss medicines");
        rendered.ShouldNotContain("references/park2008/index.html", "the sentence citing it did not change");
        rendered.ShouldNotContain("es/references/park2008/index.html", "it shows the Spanish article's sentence, which did not change");
        var clean = Path.Combine(site.Root, "clean-build");
        new SiteBuilder(TestSite.Clock).Build(new BuildOptions(site.Root, clean)).Succeeded.ShouldBeTrue();
        foreach (var page in new[] { "references/devjani2023/index.html", "references/park2008/index.html", "es/references/park2008/index.html" })
        {
            File.ReadAllBytes(Path.Combine(site.Output, page)).ShouldBe(File.ReadAllBytes(Path.Combine(clean, page)), page);
        }
    }

    [Fact]
    public void A_build_with_compressed_copies_after_an_edit_has_the_copies_a_clean_build_makes()
    {
        using var site = new IncrementalBuildSite(precompress: true);
        site.Build();
        site.Apply(new SiteEdit(EditKind.Title, Pick: 2, Word: 5));

        site.Build().CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");
        File.Exists(Path.Combine(site.Output, "articles/article-0/index.html.br")).ShouldBeTrue();
        site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_damaged_build_cache_gives_a_clean_build_with_the_same_output()
    {
        _site.Build();
        var cache = Directory.GetFiles(Path.Combine(_site.Root, ".cache", "builds"), "*.bin").ShouldHaveSingleItem();
        var bytes = File.ReadAllBytes(cache);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(cache, bytes);
        _site.Apply(new SiteEdit(EditKind.Title, Pick: 1, Word: 3));

        _site.Build().CacheUse.ShouldBe("clean build: the build cache is damaged");
        _site.DifferenceFromACleanBuild().ShouldBeNull("after a damaged cache");
    }

    [Fact]
    public void A_build_cache_cut_short_gives_a_clean_build()
    {
        _site.Build();
        var cache = Directory.GetFiles(Path.Combine(_site.Root, ".cache", "builds"), "*.bin").ShouldHaveSingleItem();
        File.WriteAllBytes(cache, File.ReadAllBytes(cache)[..40]);

        _site.Build().CacheUse.ShouldStartWith("clean build");
        _site.DifferenceFromACleanBuild().ShouldBeNull("after a cache cut short");
    }

    [Fact]
    public void A_build_with_other_options_does_not_reuse_the_cache()
    {
        _site.Build();

        _site.Build(drafts: false).CacheUse.ShouldBe("clean build: the build cache is from a build with other options");
    }

    [Fact]
    public void A_page_edited_by_hand_in_the_output_is_rendered_again()
    {
        _site.Build();
        var page = Path.Combine(_site.Output, "articles/article-1/index.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</main>", "<p>Added by hand.</p></main>", StringComparison.Ordinal));

        _site.Build().RenderedFiles.ShouldContain("articles/article-1/index.html");
        File.ReadAllText(page).ShouldNotContain("Added by hand.");
        _site.DifferenceFromACleanBuild().ShouldBeNull("after a hand edit");
    }

    [Fact]
    public void A_build_after_a_body_edit_away_from_the_citing_sentence_keeps_the_sources_page()
    {
        _site.Build();
        _site.Apply(new SiteEdit(EditKind.Body, Pick: 0, Word: 12));

        var rendered = _site.Build().RenderedFiles;

        rendered.ShouldContain("articles/article-0/index.html");
        rendered.ShouldNotContain("references/park2008/index.html", "the source's page shows the citing articles' titles, addresses and citing sentences, which this edit leaves alone");
        _site.DifferenceFromACleanBuild().ShouldBeNull("a body edit");
    }

    [Fact]
    public void A_sources_page_deleted_from_the_output_is_made_again_though_what_it_shows_is_unchanged()
    {
        _site.Build();
        _site.Apply(new SiteEdit(EditKind.Body, Pick: 0, Word: 12));
        File.Delete(Path.Combine(_site.Output, "references/park2008/index.html"));

        _site.Build().RenderedFiles.ShouldContain("references/park2008/index.html");
        _site.DifferenceFromACleanBuild().ShouldBeNull("after a deleted page");
    }

    [Fact]
    public void A_search_index_file_deleted_by_hand_is_made_again()
    {
        _site.Build();
        File.Delete(Directory.GetFiles(Path.Combine(_site.Output, "pagefind"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First());

        _site.Build().CacheUse.ShouldEndWith("search index rebuilt");
        _site.DifferenceFromACleanBuild().ShouldBeNull("after a deleted index file");
    }

    [Fact]
    public void An_edit_that_changes_no_searchable_page_reuses_the_search_index()
    {
        _site.Build();
        _site.Apply(new SiteEdit(EditKind.Nothing, Pick: 0, Word: 0));

        _site.Build().CacheUse.ShouldEndWith("search index reused");
        _site.DifferenceFromACleanBuild().ShouldBeNull("after no edit");
    }

    [Fact]
    public void A_build_leaves_the_output_it_replaces_as_it_was_though_the_two_share_every_unchanged_file()
    {
        using var site = new IncrementalBuildSite(precompress: true);
        BuildTwice(site);
        var before = OutputTree.Hashes(site.Output);
        site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 9));

        site.Build().CacheUse.ShouldNotBeNull().ShouldEndWith("search index rebuilt");

        OutputTree.Hashes(KeptOutputOf(site)).ShouldBe(before, "no file shared with the live output was written into");
        site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void Without_the_kept_output_of_the_last_build_the_next_build_is_still_incremental_and_keeps_one_again()
    {
        BuildTwice(_site);
        Directory.Delete(KeptOutputOf(_site), recursive: true);
        _site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 9));

        _site.Build().CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");

        Directory.Exists(KeptOutputOf(_site)).ShouldBeTrue();
        _site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_damaged_kept_output_gives_the_output_a_clean_build_makes_and_nothing_its_links_point_to_is_touched()
    {
        using var outside = new TestSite();
        var outsideFile = Path.Combine(outside.Root, "site.yml");
        var outsideBytes = File.ReadAllBytes(outsideFile);
        BuildTwice(_site);
        var kept = KeptOutputOf(_site);
        File.Delete(Path.Combine(kept, "articles/article-2/index.html"));
        File.Delete(Path.Combine(kept, "articles/article-3/index.html"));
        File.WriteAllText(Path.Combine(kept, "articles/article-3/index.html"), "replaced by hand");
        File.WriteAllText(Path.Combine(kept, "stray.html"), "added by hand");
        Directory.CreateDirectory(Path.Combine(kept, "stray/deeper"));
        File.Delete(Path.Combine(kept, "robots.txt"));
        File.CreateSymbolicLink(Path.Combine(kept, "robots.txt"), outsideFile);
        Directory.CreateSymbolicLink(Path.Combine(kept, "linked"), outside.Root);
        _site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 9));

        _site.Build().CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");

        _site.DifferenceFromACleanBuild().ShouldBeNull();
        Directory.Exists(Path.Combine(_site.Output, "stray")).ShouldBeFalse("a folder the site does not have is removed");
        File.ReadAllBytes(outsideFile).ShouldBe(outsideBytes);
        File.Exists(Path.Combine(outside.Root, "templates/layout.html")).ShouldBeTrue("a linked folder is unlinked, never emptied");
    }

    [Fact]
    public void A_folder_in_the_kept_output_where_the_site_has_a_file_gives_way_to_the_file()
    {
        BuildTwice(_site);
        var kept = KeptOutputOf(_site);
        File.Delete(Path.Combine(kept, "robots.txt"));
        Directory.CreateDirectory(Path.Combine(kept, "robots.txt/deeper"));
        File.WriteAllText(Path.Combine(kept, "robots.txt/deeper/stray.html"), "added by hand");
        File.Delete(Path.Combine(kept, "articles/article-1/index.html"));
        Directory.CreateDirectory(Path.Combine(kept, "articles/article-1/index.html"));
        _site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 9));

        var build = _site.Build();

        build.Succeeded.ShouldBeTrue(string.Join('\n', build.Diagnostics));
        build.CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");
        _site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_page_of_the_kept_output_edited_by_hand_is_rendered_again()
    {
        BuildTwice(_site, EditKind.Nothing);
        File.AppendAllText(Path.Combine(KeptOutputOf(_site), "articles/article-2/index.html"), "<!-- added by hand -->");

        _site.Build().RenderedFiles.ShouldContain("articles/article-2/index.html");

        _site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_folder_where_the_output_is_kept_that_no_build_wrote_is_neither_used_nor_deleted()
    {
        _site.Build();
        Directory.CreateDirectory(KeptOutputOf(_site));
        var notes = Path.Combine(KeptOutputOf(_site), "notes.txt");
        File.WriteAllText(notes, "mine");
        _site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 9));

        _site.Build().CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");

        File.ReadAllText(notes).ShouldBe("mine");
        _site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_build_that_fails_after_starting_from_the_kept_output_leaves_the_live_output_byte_identical()
    {
        BuildTwice(_site);
        var before = OutputTree.Hashes(_site.Output);
        File.WriteAllText(Path.Combine(_site.Root, "templates/home.html"), "<main>{{ for i in 1..400000 }}{{ model.site_title | html.escape }}{{ end }}</main>\n");

        _site.Build().Succeeded.ShouldBeFalse();

        OutputTree.Hashes(_site.Output).ShouldBe(before);
    }

    [Fact]
    public void A_failed_build_keeps_the_tree_the_next_build_starts_from_and_the_next_build_is_incremental_and_the_same_as_a_clean_one()
    {
        BuildTwice(_site);
        var home = Path.Combine(_site.Root, "templates/home.html");
        var template = File.ReadAllText(home);
        File.WriteAllText(home, "<main>{{ for i in 1..400000 }}{{ model.site_title | html.escape }}{{ end }}</main>\n");
        _site.Build().Succeeded.ShouldBeFalse();
        File.WriteAllText(home, template);

        FileStamp.Of(new FileInfo(Path.Combine(KeptOutputOf(_site), "robots.txt")))
            .ShouldBe(FileStamp.Of(new FileInfo(Path.Combine(_site.Output, "robots.txt"))), "the kept tree still shares its unchanged files with the live output");
        _site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 9));
        _site.Build().CacheUse.ShouldNotBeNull().ShouldStartWith("incremental");
        _site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    /// <summary>Builds, edits and builds again, so that the first build's output is kept for the next build to start from.</summary>
    /// <summary>Builds an English article citing two sources and its Spanish translation, with park2008's Spanish summary; returns that summary.</summary>
    private static string BuildSpanishArticleCitingPark(TestSite site)
    {
        site.Write("content/references/devjani2023.md", CitationSample.Devjani);
        site.Write("content/references/park2008.md", CitationSample.Park);
        site.Write("content/articles/second.md", CitationSample.SecondArticle);
        site.AddSpanish(CitationBrowserTests.SpanishSecondArticle, englishFile: "second");
        var revision = RevisionStamp.Of(File.ReadAllBytes(Path.Combine(site.Root, "content/references/park2008.md")));
        var spanishPark = CitationBrowserTests.SpanishPark.Replace("{revision}", revision, StringComparison.Ordinal);
        site.Write("content/references/park2008.es.md", spanishPark);
        site.Build().Succeeded.ShouldBeTrue();
        return spanishPark;
    }

    private static void BuildTwice(IncrementalBuildSite site, EditKind edit = EditKind.Title)
    {
        site.Build();
        site.Apply(new SiteEdit(edit, Pick: 0, Word: 4));
        site.Build();
    }

    /// <summary>Where a build into the site's output keeps the output it replaced, for the next build to start from.</summary>
    private static string KeptOutputOf(IncrementalBuildSite site) => new BuildCache(new BuildOptions(site.Root, site.Output), indexerIdentity: "").KeptOutputFolder;
}
