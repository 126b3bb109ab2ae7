using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Support;

/// <summary>Runs axe in a page with every WCAG 2.2 A and AA rule and axe's best practices.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAaAndBestPractice = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    /// <summary>Each violation as "rule: help (n nodes: first selector)", so a failure says where to look.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page) =>
        (await page.RunAxe(WcagAaAndBestPractice)).Violations
            .Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(", ", v.Nodes.Take(3).Select(node => node.Target))})")
            .ToList();
}
