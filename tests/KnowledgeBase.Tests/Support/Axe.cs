using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// The site's accessibility bar, for every browser test: axe-core with the WCAG 2.2 A and AA rules and best practices.
/// axe-core (the copy bundled with Deque.AxeCore) runs in the page itself and hands back only its violations. The
/// package's own RunAxe gives the same violations, but every call loads the 650 KB script twice (once into the page,
/// once into a blank page it opens to merge the results) and sends back every node that passed: about 2.5 s a page on
/// a busy 2-core machine, against a fraction of a second for the audit itself, over about fifty audits a test run.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly object WcagAaRules = new
    {
        runOnly = new { type = "tag", values = new[] { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice" } },
        resultTypes = new[] { "violations" },
    };

    private static readonly object ContrastRule = new
    {
        runOnly = new { type = "rule", values = new[] { "color-contrast" } },
        resultTypes = new[] { "violations" },
    };

    private const string RunAndDescribeViolations = """
        async options => (await axe.run(document, options)).violations
          .map(violation => `${violation.id}: ${violation.help} (${violation.nodes.map(node => node.html).join(', ')})`)
        """;

    /// <summary>Each violation on the page as "rule: help (offending elements)"; empty when the page passes.</summary>
    public static Task<IReadOnlyList<string>> ViolationsAsync(IPage page) => RunAsync(page, WcagAaRules);

    /// <summary>Only the AA colour-contrast rule, for checking a second colour scheme of pages already fully checked.</summary>
    public static Task<IReadOnlyList<string>> ContrastViolationsAsync(IPage page) => RunAsync(page, ContrastRule);

    private static async Task<IReadOnlyList<string>> RunAsync(IPage page, object options)
    {
        // axe-core checks a frame's content only when it was loaded into that frame too; audit a framed page by opening it.
        if (page.Frames.Count > 1)
        {
            throw new InvalidOperationException($"{page.Url} has frames, which this audit would not look inside; open the framed page itself");
        }

        // Loaded once per document: a page the test navigated away from and back to needs it again.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync($"() => {{ {Script.Value} }}");
        }

        return await page.EvaluateAsync<string[]>(RunAndDescribeViolations, options);
    }
}
