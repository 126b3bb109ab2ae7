using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Tests.Citations;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>The citation sample built and served once, with one Chromium, for the browser tests of citations.</summary>
public sealed class CitationBrowserFixture : IAsyncLifetime
{
    private readonly CitationSiteFixture _site = new();

    public BrowserSession Session { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Session = await BrowserSession.StartAsync(_site.Site);

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        _site.Dispose();
    }
}

public sealed class CitationBrowserTests(CitationBrowserFixture fixture) : IClassFixture<CitationBrowserFixture>
{
    [Fact]
    public async Task Keyboard_user_tabs_to_a_citation_sees_its_preview_and_follows_it_to_the_citation_page()
    {
        var session = fixture.Session;
        var page = await session.NewPageAsync();
        await page.GotoAsync(session.Url("/articles/sample/"));

        // The approval box above the body cites the regulator first; Park 2008 is the first citation with a study to preview.
        for (var presses = 0; presses < 60 && !await page.EvaluateAsync<bool>("document.activeElement.matches('a.citation-link[href=\"#ref-park2008\"]')"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var citation = page.Locator("a.citation-link:focus");
        (await citation.GetAttributeAsync("aria-label")).ShouldBe("Reference 3: Park 2008");
        var preview = page.Locator("#citation-preview");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview).ToContainTextAsync("Effectiveness of mesotherapy on body contouring (2008)");
        await Assertions.Expect(preview).ToContainTextAsync("Controlled split-body study");
        await Assertions.Expect(preview).ToContainTextAsync("The treated thigh did not lose more fat than the untreated thigh.");
        (await citation.GetAttributeAsync("aria-describedby")).ShouldBe("citation-preview");
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(preview).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/articles/sample/#ref-park2008$"));

        // Following a link to a part of the page that cannot take focus clears focus, in a later frame, and makes that
        // part the place Tab continues from. Wait for it, or on a busy machine it lands after the next key press.
        await page.WaitForFunctionAsync("document.activeElement === document.body");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#ref-park2008 a").First).ToBeFocusedAsync();
        var details = page.Locator("#ref-park2008 .reference-links > a");
        for (var presses = 0; presses < 5 && !await details.EvaluateAsync<bool>("link => link === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(details).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/references/park2008/$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Effectiveness of mesotherapy on body contouring");
        await Assertions.Expect(page.Locator("#citation-text + button.copy-button")).ToBeVisibleAsync();
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pointer_user_sees_the_preview_while_over_the_citation_or_the_preview()
    {
        var session = fixture.Session;
        var page = await session.NewPageAsync();
        await page.GotoAsync(session.Url("/articles/sample/"));
        var preview = page.Locator("#citation-preview");

        await page.Locator("a.citation-link[href='#ref-minoxidil']").HoverAsync();
        await Assertions.Expect(preview).ToContainTextAsync("Topical minoxidil (Rogaine) FDA approval history");
        await preview.HoverAsync();
        await page.WaitForTimeoutAsync(400);
        await Assertions.Expect(preview).ToBeVisibleAsync();

        await page.Locator("h1").HoverAsync();
        await Assertions.Expect(preview).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData("/articles/second/", "Reference 2 in the list below", null)]
    [InlineData("/es/articles/segundo/", "Referencia 2 de la lista de abajo", "en")]
    public async Task Keyboard_user_sees_the_preview_hint_in_the_language_of_the_page_and_the_source_s_own_words_marked_as_English(
        string path, string hint, string? sourceLang)
    {
        using var site = new TestSite();
        site.Write("content/references/devjani2023.md", CitationSample.Devjani);
        site.Write("content/references/park2008.md", CitationSample.Park);
        site.Write("content/articles/second.md", CitationSample.SecondArticle);
        site.AddSpanish(SpanishSecondArticle, englishFile: "second");
        site.Build().Succeeded.ShouldBeTrue();
        await using var session = await BrowserSession.StartAsync(site);
        var page = await session.NewPageAsync();
        await page.GotoAsync(session.Url(path));

        for (var presses = 0; presses < 60 && !await page.EvaluateAsync<bool>("document.activeElement.matches('a.citation-link[href=\"#ref-park2008\"]')"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var preview = page.Locator("#citation-preview");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator(".citation-preview-hint")).ToHaveTextAsync(hint);
        (await preview.Locator(".citation-preview-hint").GetAttributeAsync("lang")).ShouldBeNull();
        foreach (var line in new[] { ".citation-preview-title", ".citation-preview-design", ".citation-preview-finding" })
        {
            (await preview.Locator(line).GetAttributeAsync("lang")).ShouldBe(sourceLang, $"{line} on {path}");
        }
    }

    [Fact]
    public async Task Keyboard_user_on_a_Spanish_page_sees_a_translated_source_s_design_and_finding_in_Spanish_and_only_its_title_marked_as_English()
    {
        using var site = new TestSite();
        site.Write("content/references/devjani2023.md", CitationSample.Devjani);
        site.Write("content/references/park2008.md", CitationSample.Park);
        site.Write("content/articles/second.md", CitationSample.SecondArticle);
        site.AddSpanish(SpanishSecondArticle, englishFile: "second");
        var revision = RevisionStamp.Of(File.ReadAllBytes(Path.Combine(site.Root, "content/references/park2008.md")));
        site.Write("content/references/park2008.es.md", SpanishPark.Replace("{revision}", revision, StringComparison.Ordinal));
        site.Build().Succeeded.ShouldBeTrue();
        await using var session = await BrowserSession.StartAsync(site);
        var page = await session.NewPageAsync();
        await page.GotoAsync(session.Url("/es/articles/segundo/"));

        // In the order the page cites them, as Tab reaches them.
        foreach (var (source, design, finding, lang) in new[]
        {
            ("devjani2023", "Narrative review", "Only two drugs are FDA-approved for pattern hair loss.", (string?)"en"),
            ("park2008", "Estudio controlado en un lado del cuerpo", "El muslo tratado no perdió más grasa que el otro.", null),
        })
        {
            for (var presses = 0; presses < 60 && !await page.EvaluateAsync<bool>($"document.activeElement.matches('a.citation-link[href=\"#ref-{source}\"]')"); presses++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            var preview = page.Locator("#citation-preview");
            await Assertions.Expect(preview.Locator(".citation-preview-design")).ToHaveTextAsync(design);
            await Assertions.Expect(preview.Locator(".citation-preview-finding")).ToHaveTextAsync(finding);
            (await preview.Locator(".citation-preview-design").GetAttributeAsync("lang")).ShouldBe(lang, source);
            (await preview.Locator(".citation-preview-finding").GetAttributeAsync("lang")).ShouldBe(lang, source);
            (await preview.Locator(".citation-preview-title").GetAttributeAsync("lang")).ShouldBe("en", $"{source}: references keep their original titles");
        }
    }

    /// <summary>Park 2008's summary and study details in Spanish; <c>{revision}</c> stands for the English file's stamp.</summary>
    internal const string SpanishPark = """
        ---
        translation_of:
          revision: {revision}
          date: 2026-11-01
        translated_by: [editorial-team]
        study_design: Estudio controlado en un lado del cuerpo
        participants: 20 mujeres
        duration: 12 semanas
        intervention: Inyecciones en un muslo
        outcome: Contorno del muslo y grasa medida por TC
        key_finding: El muslo tratado no perdió más grasa que el otro.
        ---
        Veinte mujeres recibieron inyecciones en un muslo; no perdió más grasa que el otro.
        """;

    /// <summary>The second citation sample in Spanish, citing the same sources in the same order.</summary>
    internal const string SpanishSecondArticle = """
        ---
        title: Un segundo artículo
        slug: segundo
        summary: Cita las mismas fuentes en otro orden.
        translation_of:
          revision: {revision}
          date: 2026-11-01
        translated_by: [editorial-team]
        ---
        Medicamentos contra la caída del pelo [@devjani2023]. Estudio sobre la grasa [@park2008].
        """;

    [Fact]
    public async Task Bibliography_and_a_partly_verified_source_have_no_axe_violations()
    {
        var session = fixture.Session;
        var page = await session.NewPageAsync();

        await page.GotoAsync(session.Url("/references/"));
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
        await page.GotoAsync(session.Url("/references/devjani2023/"));
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
    }
}
