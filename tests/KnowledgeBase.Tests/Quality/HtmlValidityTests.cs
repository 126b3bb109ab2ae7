using System.Text.Json;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Quality;

/// <summary>
/// Every page of the real site passes html-validate (restored from package.json by the build) with the
/// repository's .htmlvalidate.mjs: valid HTML plus its accessibility rules, so a template mistake cannot ship.
/// </summary>
public sealed class HtmlValidityTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public async Task Every_built_page_passes_the_html_validator()
    {
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        pages.Length.ShouldBeGreaterThan(20);

        var (_, output, errors) = await NodeProcess.RunAsync(
            "node_modules/html-validate/bin/html-validate.mjs", "--config", ".htmlvalidate.mjs", "--formatter", "json", "--ext", "html", site.Output);

        output.ShouldNotBeEmpty(errors);
        var problems = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .SelectMany(file => file.GetProperty("messages").EnumerateArray().Select(message =>
                $"{Path.GetRelativePath(site.Output, file.GetProperty("filePath").GetString()!)}:{message.GetProperty("line")}:{message.GetProperty("column")}"
                + $" {message.GetProperty("ruleId").GetString()}: {message.GetProperty("message").GetString()}"))
            .ToList();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_validator_reports_a_broken_page()
    {
        var page = Path.Combine(Path.GetTempPath(), $"kb-invalid-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(page, "<!doctype html><html lang=\"en\"><head><title>T</title></head><body><p><div>x</div></p><img src=\"a.png\"></body></html>",
            TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, output, _) = await NodeProcess.RunAsync(
                "node_modules/html-validate/bin/html-validate.mjs", "--config", ".htmlvalidate.mjs", "--formatter", "json", page);

            exitCode.ShouldNotBe(0);
            output.ShouldContain("wcag/h37", customMessage: "an image without alt text is an accessibility error");
        }
        finally
        {
            File.Delete(page);
        }
    }
}
