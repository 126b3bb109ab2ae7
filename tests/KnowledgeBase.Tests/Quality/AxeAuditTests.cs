using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Quality;

/// <summary>
/// The accessibility audit every browser test relies on (<see cref="Axe"/>) finds what it is meant to find, so that
/// "no violations" on the site's pages means the pages pass and not that the audit ran nothing.
/// </summary>
public sealed class AxeAuditTests
{
    private const string FlawedPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Flawed page</title></head>
        <body>
        <main>
          <h1>Flawed page</h1>
          <img src="/missing.png">
          <p style="color: #999; background: #aaa">Faint text</p>
        </main>
        </body>
        </html>
        """;

    [Fact]
    public async Task Audit_reports_an_image_without_a_text_alternative_and_faint_text_in_either_colour_scheme()
    {
        await using var browser = await BrowserSession.StartAsync(Path.GetTempPath());
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(FlawedPage);

        var violations = await Axe.ViolationsAsync(page);
        var contrast = await Axe.ContrastViolationsAsync(page);

        violations.ShouldContain(violation => violation.StartsWith("image-alt: ", StringComparison.Ordinal) && violation.Contains("<img src=\"/missing.png\">"));
        violations.ShouldContain(violation => violation.StartsWith("color-contrast: ", StringComparison.Ordinal));
        contrast.ShouldHaveSingleItem().ShouldStartWith("color-contrast: ");
    }

    [Fact]
    public async Task Audit_refuses_a_page_with_frames_it_would_not_look_inside()
    {
        await using var browser = await BrowserSession.StartAsync(Path.GetTempPath());
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<main><h1>Framing page</h1><iframe title=\"Framed\" srcdoc=\"<img src='/x.png'>\"></iframe></main>");

        var refusal = await Should.ThrowAsync<InvalidOperationException>(() => Axe.ViolationsAsync(page));

        refusal.Message.ShouldContain("open the framed page itself");
    }
}
