using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Everything a page does wrong while a test drives it, across navigations: console errors and warnings,
/// uncaught script errors, Content-Security-Policy violations and any request to another site (the site makes
/// none: no fonts, scripts or analytics from elsewhere).
/// </summary>
public sealed class PageProblems
{
    // The browser reports a blocked resource on the console too, but not every violation (e.g. a blocked
    // inline style attribute) says which directive; the event does, so it is forwarded to the console.
    private const string ReportCspViolations =
        "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));";

    private readonly List<string> _problems = [];

    private PageProblems()
    {
    }

    public IReadOnlyList<string> All => _problems;

    /// <summary>Starts watching <paramref name="page"/>; only requests to <paramref name="siteOrigin"/> are allowed.</summary>
    public static async Task<PageProblems> WatchAsync(IPage page, string siteOrigin)
    {
        var problems = new PageProblems();
        await page.AddInitScriptAsync(ReportCspViolations);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems._problems.Add($"{page.Url}: console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems._problems.Add($"{page.Url}: script error: {error}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(siteOrigin + "/", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems._problems.Add($"{page.Url}: request to another site: {request.Url}");
            }
        };
        return problems;
    }
}
