using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// The evidence blocks in Chromium, on a phone (320 px) and a desktop (1280 px): nothing scrolls sideways, axe finds
/// nothing, the evidence level notes work with a mouse, a keyboard and without JavaScript, and print keeps the tables.
/// With UPDATE_SCREENSHOTS=1 the tests also save full-page screenshots to tests/screenshots/ for reviewers.
/// </summary>
public sealed class EvidenceBlockBrowserTests(EvidenceBlockSite site) : IClassFixture<EvidenceBlockSite>
{
    private static readonly string ArticleUrl = $"/articles/{EvidenceBlockSite.Slug}/";
    private const string FirstLevel = "#use-fat-loss-with-classic-mesotherapy a.evidence-level";
    private const string FirstLevelNote = "#use-fat-loss-with-classic-mesotherapy .evidence-level-note";

    [Theory]
    [InlineData("article", 320)]
    [InlineData("article", 1280)]
    [InlineData("evidence", 320)]
    [InlineData("evidence", 1280)]
    public async Task Page_fits_the_screen_without_sideways_scrolling_and_has_no_axe_violations(string pageName, int width)
    {
        await using var session = await BrowserSession.StartAsync(site.Output);
        var page = await session.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Text);
            }
        };

        await page.GotoAsync(session.Url(pageName == "article" ? ArticleUrl : "/evidence/"));

        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
        errors.ShouldBeEmpty();
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            var folder = Path.Combine(RepositoryPaths.Root, "tests", "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"evidence-blocks-{pageName}-{width}.png"), FullPage = true });
        }
    }

    [Theory]
    [InlineData("article")]
    [InlineData("evidence")]
    public async Task Blocks_keep_AA_contrast_in_the_dark_scheme(string pageName)
    {
        await using var session = await BrowserSession.StartAsync(site.Output);
        var page = await session.NewPageAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync(session.Url(pageName == "article" ? ArticleUrl : "/evidence/"));
        // With a level focused, its note is shown and audited too.
        await page.Locator("a.evidence-level").First.FocusAsync();

        (await Axe.ContrastViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Keyboard_focus_on_an_evidence_level_shows_its_plain_words_note_and_Escape_hides_it()
    {
        await using var session = await BrowserSession.StartAsync(site.Output);
        var page = await session.NewPageAsync();
        await page.GotoAsync(session.Url(ArticleUrl));
        var note = page.Locator(FirstLevelNote);
        (await note.IsVisibleAsync()).ShouldBeFalse();

        await page.Locator(FirstLevel).FocusAsync();
        await Assertions.Expect(note).ToBeVisibleAsync();
        (await note.InnerTextAsync()).ShouldContain("We are very uncertain whether");
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(note).ToBeHiddenAsync();
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Very low");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(note).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Pointing_at_an_evidence_level_shows_its_note_without_javascript_and_the_note_stays_while_pointed_at()
    {
        await using var session = await BrowserSession.StartAsync(site.Output);
        var page = await session.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync(session.Url(ArticleUrl));
        var note = page.Locator(FirstLevelNote);

        await page.Locator(FirstLevel).HoverAsync();
        await Assertions.Expect(note).ToBeVisibleAsync();
        await note.HoverAsync();
        await Assertions.Expect(note).ToBeVisibleAsync();
        await page.Locator("h1").HoverAsync();
        await Assertions.Expect(note).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_phone_each_table_row_is_stacked_but_remains_a_table_row_for_screen_readers()
    {
        await using var session = await BrowserSession.StartAsync(site.Output);
        var page = await session.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 900 } });
        await page.GotoAsync(session.Url(ArticleUrl));
        var firstRow = page.Locator("section.comparison tbody tr").First;

        var header = (await firstRow.Locator("th").BoundingBoxAsync())!;
        var cells = await Task.WhenAll((await firstRow.Locator("td").AllAsync()).Select(cell => cell.BoundingBoxAsync()));
        cells.ShouldAllBe(cell => cell!.X == header.X && cell.Y > header.Y);
        (await page.Locator("section.comparison td .cell-label").First.IsVisibleAsync()).ShouldBeTrue();

        var tree = await page.Locator("section.comparison table").AriaSnapshotAsync();
        tree.ShouldStartWith("- table \"Mesotherapy compared with Liposuction");
        tree.ShouldContain("- columnheader \"Liposuction\"");
        tree.ShouldContain("rowheader \"What it does");
        tree.ShouldContain("- cell \"Surgery to remove fat\"");
    }

    [Fact]
    public async Task Printed_page_keeps_the_tables_side_by_side_hides_the_notes_and_fits_the_paper()
    {
        await using var session = await BrowserSession.StartAsync(site.Output);
        var page = await session.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 700, Height = 1000 } });
        await page.GotoAsync(session.Url(ArticleUrl));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.Locator(FirstLevel).FocusAsync();

        (await page.Locator(FirstLevelNote).IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("section.comparison table").EvaluateAsync<string>("table => getComputedStyle(table).display")).ShouldBe("table");
        (await page.Locator("section.comparison td .cell-label").First.IsVisibleAsync()).ShouldBeFalse();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(700);
        (await page.Locator("section.studies").IsVisibleAsync()).ShouldBeTrue();
    }
}
