using AngleSharp.Html.Parser;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>How check treats a translation written beside its English file: faithful, stale, or in a language of its own.</summary>
public sealed class TranslationCheckTests
{
    [Fact]
    public void A_faithful_translation_adds_no_problem_to_check()
    {
        using var site = new TestSite();
        var before = site.Run("check");
        site.AddSpanish();

        var (exitCode, output) = site.Run("check");

        exitCode.ShouldBe(before.ExitCode, output);
        output.ShouldNotContain("sample.es.md:");
    }

    [Fact]
    public void A_stale_translation_is_a_warning_that_strict_does_not_turn_into_an_error()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.ChangeSampleArticle();

        var (exitCode, output) = site.Run("check", "--strict");

        output.ShouldContain("warning KB096");
        output.ShouldNotContain("error KB096");
        exitCode.ShouldBe(ExitCodes.Ok, output);
    }

    [Fact]
    public void A_translation_is_not_read_as_an_English_article()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        File.Exists(Path.Combine(site.Output, "articles", "sample.es", "index.html")).ShouldBeFalse();
        File.Exists(Path.Combine(site.Output, "articles", "que-es-una-muestra", "index.html")).ShouldBeFalse();
    }

    [Fact]
    public void Check_translations_prints_the_English_file_s_stamp_which_is_its_git_blob_id_and_a_plain_check_does_not()
    {
        using var site = new TestSite();
        site.AddSpanish();
        // git hash-object of "blob 5\0" + "hello": the stamp is the first 12 hex digits of git's id.
        RevisionStamp.Of("hello"u8.ToArray()).ShouldBe("b6fc4c620b67");
        var stamp = RevisionStamp.Of(File.ReadAllBytes(Path.Combine(site.Root, "content/articles/sample.md")));

        var (_, translations) = site.Run("check", "--translations");
        var (_, plain) = site.Run("check");

        translations.ShouldContain($"  {stamp}  translated  content/articles/sample.md");
        plain.ShouldNotContain(stamp);
    }

    [Fact]
    public void Check_translations_prints_each_English_file_s_state_in_each_language()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nWe are a test.\n");
        site.ChangeSampleArticle();

        var (_, output) = site.Run("check", "--translations");

        output.ShouldContain("  stale       content/articles/sample.md");
        output.ShouldContain("  missing     content/pages/about.md");
        output.ShouldContain("  translated  content/people.yml#editorial-team");
        output.ShouldContain("  es: 2 translated, 1 stale, 1 missing");
    }

    [Fact]
    public void A_change_to_a_person_s_English_role_makes_their_Spanish_text_stale_until_the_stamp_check_prints_is_written()
    {
        using var site = new TestSite();
        site.AddSpanish();
        var people = TestSite.PeopleYml.Replace("  role: Reviews articles for the tests.", "  role: Reviews articles and their sources for the tests.", StringComparison.Ordinal);
        site.Write("content/people.yml", people);

        var (exitCode, output) = site.Run("check", "--strict", "--translations");

        output.ShouldContain("content/people.yml:19:24: warning KB099: the English role or declared interests of 'test-clinician' changed since its Español text was translated (it translates 1d2ab9cb0907; the English is now ");
        output.ShouldContain("  stale       content/people.yml#test-clinician");
        output.ShouldContain("  es: 2 translated, 1 stale, 0 missing");
        exitCode.ShouldBe(ExitCodes.Ok, output);
        var stamp = output.Split('\n').Single(line => line.EndsWith("content/people.yml#test-clinician", StringComparison.Ordinal)).Trim()[..RevisionStamp.Length];
        output.ShouldContain($"then write 'translation_of: {{es: {stamp}}}'");

        site.Write("content/people.yml", people.Replace("translation_of: {es: 1d2ab9cb0907}", $"translation_of: {{es: {stamp}}}", StringComparison.Ordinal));
        var (_, updated) = site.Run("check", "--strict", "--translations");

        updated.ShouldNotContain("KB099");
        updated.ShouldContain("  es: 3 translated, 0 stale, 0 missing");
    }

    [Fact]
    public void In_a_git_checkout_the_stale_warning_names_the_sections_the_English_file_gained_without_failing_strict()
    {
        using var site = new TestSite();
        site.AddSpanish();
        CommitAll(site);
        site.Write("content/articles/sample.md", site.ReadSource("content/articles/sample.md") + "\n## Who should not have it\n\nPeople who are pregnant.\n");

        var (exitCode, output) = site.Run("check", "--strict");

        output.ShouldContain("sections added: who-should-not-have-it");
        output.ShouldNotContain("KB095");
        exitCode.ShouldBe(ExitCodes.Ok, output);
    }

    [Fact]
    public void The_translations_page_shows_editors_each_English_file_s_state_what_changed_and_the_counts_check_prints()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Write("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nWe are a test.\n");
        CommitAll(site);
        site.Write("content/articles/sample.md", site.ReadSource("content/articles/sample.md") + "\n## Who should not have it\n\nPeople who are pregnant.\n");

        site.Build().Succeeded.ShouldBeTrue();
        var (_, output) = site.Run("check", "--translations");

        var page = new HtmlParser().ParseDocument(site.ReadOutput("translations/index.html"));
        output.ShouldContain("  es: 2 translated, 1 stale, 1 missing");
        var spanish = page.GetElementById("language-es")!.ParentElement!;
        spanish.QuerySelector("p")!.TextContent.ShouldBe("2 translated, 1 stale, 1 missing.");
        var rows = spanish.QuerySelectorAll("tbody tr").Select(row => row.Children.Select(cell => cell.TextContent).ToList()).ToList();
        rows.ShouldContain(row => row[0] == "content/articles/sample.md" && row[2] == "State: stale" && row[3] == "What changed in English: sections added: who-should-not-have-it");
        rows.ShouldContain(row => row[0] == "content/pages/about.md" && row[2] == "State: missing");
        page.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
    }

    [Fact]
    public void On_a_site_with_more_files_than_a_page_lists_the_translations_page_is_split_and_every_file_is_on_one_page()
    {
        using var site = new TestSite();
        site.AddSpanish();
        for (var number = 1; number <= ListPages.PageSize; number++)
        {
            site.Write($"content/pages/note-{number:000}.md", $"---\ntitle: Note {number}\nsummary: Note {number}.\n---\nA note.\n");
        }

        site.Build().ShouldHaveBuilt("a site with 201 English files");

        var first = new HtmlParser().ParseDocument(site.ReadOutput("translations/index.html"));
        var next = first.Head!.QuerySelector("link[rel='next']")!.GetAttribute("href");
        next.ShouldBe("/translations/page/2/");
        var second = new HtmlParser().ParseDocument(site.ReadOutput("translations/page/2/index.html"));
        second.Head!.QuerySelector("link[rel='next']").ShouldBeNull();
        second.Head!.QuerySelector("link[rel='prev']")!.GetAttribute("href").ShouldBe("/translations/");
        second.Title.ShouldStartWith("Translations, page 2 of 2");
        var files = new[] { first, second }.SelectMany(page => page.GetElementById("language-es")!.ParentElement!.QuerySelectorAll("tbody th").Select(cell => cell.TextContent)).ToList();
        files.Count.ShouldBe(ListPages.PageSize + 3, "201 English files and the two entries of people.yml");
        files.ShouldBeUnique();
        files.ShouldContain("content/articles/sample.md");
        files.ShouldContain("content/people.yml#test-clinician");
        second.GetElementById("language-es")!.ParentElement!.QuerySelector("p")!.TextContent.ShouldBe("3 translated, 0 stale, 200 missing.");
    }

    [Fact]
    public void After_an_English_article_is_edited_only_the_translations_page_that_lists_it_is_rendered_again()
    {
        using var site = new TestSite();
        site.AddSpanish();
        site.Write("content/articles/other.md", TestSite.SampleArticle.Replace("What is a sample?", "What is another sample?", StringComparison.Ordinal));
        for (var number = 1; number <= ListPages.PageSize; number++)
        {
            site.Write($"content/pages/note-{number:000}.md", $"---\ntitle: Note {number}\nsummary: Note {number}.\n---\nA note.\n");
        }

        site.Build().ShouldHaveBuilt("a site with 202 English files");
        var stamp = StampOn(site, "translations/index.html", "content/articles/other.md");
        site.Write("content/articles/other.md", site.ReadSource("content/articles/other.md") + "\nOne more sentence.\n");

        var rendered = site.Build().RenderedFiles;

        rendered.ShouldContain("translations/index.html", "the first page lists the edited file, whose stamp changed");
        StampOn(site, "translations/index.html", "content/articles/other.md").ShouldNotBe(stamp);
        rendered.ShouldNotContain("translations/page/2/index.html", "the second page lists other files, and the counts are unchanged");
        StampOn(site, "translations/page/2/index.html", "content/pages/note-200.md").ShouldNotBeEmpty();
    }

    [Fact]
    public void A_site_in_one_language_has_no_translations_page()
    {
        using var site = new TestSite();

        site.Build().Succeeded.ShouldBeTrue();

        File.Exists(Path.Combine(site.Output, "translations", "index.html")).ShouldBeFalse();
    }

    /// <summary>The stamp the translations page at <paramref name="page"/> shows for an English file, in the Spanish table.</summary>
    private static string StampOn(TestSite site, string page, string englishPath) =>
        new HtmlParser().ParseDocument(site.ReadOutput(page)).GetElementById("language-es")!.ParentElement!.QuerySelectorAll("tbody tr")
            .Single(row => row.Children[0].TextContent == englishPath).Children[1].TextContent;

    private static void CommitAll(TestSite site)
    {
        Git(site, "init", "-q");
        Git(site, "add", "-A");
        Git(site, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "Content");
    }

    private static void Git(TestSite site, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        git.WaitForExit();
        git.ExitCode.ShouldBe(0, git.StandardError.ReadToEnd());
    }
}
