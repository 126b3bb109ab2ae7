using System.Text.Json;
using KnowledgeBase.Emit;
using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

public sealed class SearchIndexTests
{
    [Fact]
    public void A_build_ends_with_a_pagefind_index_of_every_article_and_page_but_not_the_lists()
    {
        using var site = new TestSite();
        site.Write("content/articles/second.md", TestSite.SampleArticle.Replace("What is a sample?", "A second article"));
        site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nWe write plainly.\n");

        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("pagefind/pagefind.js").ShouldNotBeEmpty();
        using var entry = JsonDocument.Parse(site.ReadOutput("pagefind/pagefind-entry.json"));
        entry.RootElement.GetProperty("version").GetString().ShouldBe("1.6.0");
        entry.RootElement.GetProperty("languages").GetProperty("en").GetProperty("page_count").GetInt32().ShouldBe(4); // two articles, About and the people page
    }

    [Fact]
    public void A_site_in_two_languages_gets_a_pagefind_index_per_language_each_of_its_own_pages()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        using var entry = JsonDocument.Parse(site.ReadOutput("pagefind/pagefind-entry.json"));
        var languages = entry.RootElement.GetProperty("languages");
        languages.EnumerateObject().Select(language => language.Name).ShouldBe(["en", "es"], ignoreOrder: true);
        languages.GetProperty("en").GetProperty("page_count").GetInt32().ShouldBe(2); // the article and the people page
        languages.GetProperty("es").GetProperty("page_count").GetInt32().ShouldBe(2); // the article's translation and the Spanish people page
    }

    [Fact]
    public void When_indexing_fails_the_previous_site_stays_in_place()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = OutputTree.Hashes(site.Output);

        Should.Throw<InvalidOperationException>(() => OutputWriter.Write(site.Output, Path.Combine(site.Root, ".cache", "kept"), previous: null, liveBuilt: null, new SetAsideFolder(site.Output, DateTime.UtcNow), sink =>
        {
            sink.Add(new OutputFile("index.html", [1, 2, 3]));
            throw new InvalidOperationException("index failed");
        }));

        OutputTree.Hashes(site.Output).ShouldBe(before);
        Directory.EnumerateDirectories(site.Root, ".*").Select(Path.GetFileName).ShouldBe([CacheFile.FolderName], "no staging folder is left behind");
    }
}
