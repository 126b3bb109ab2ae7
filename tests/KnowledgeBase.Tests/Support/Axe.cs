using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Support;

/// <summary>The site's accessibility bar, for every browser test: axe-core with the WCAG 2.2 A and AA rules and best practices.</summary>
public static class Axe
{
    private static readonly AxeRunOptions WcagAaRules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    private static readonly AxeRunOptions ContrastRule = new() { RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] } };

    /// <summary>Each violation on the page as "rule: help (offending elements)"; empty when the page passes.</summary>
    public static Task<IReadOnlyList<string>> ViolationsAsync(IPage page) => RunAsync(page, WcagAaRules);

    /// <summary>Only the AA colour-contrast rule, for checking a second colour scheme of pages already fully checked.</summary>
    public static Task<IReadOnlyList<string>> ContrastViolationsAsync(IPage page) => RunAsync(page, ContrastRule);

    private static async Task<IReadOnlyList<string>> RunAsync(IPage page, AxeRunOptions options) =>
        (await page.RunAxe(options)).Violations
            .Select(violation => $"{violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(node => node.Html))})")
            .ToList();
}
