using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// The reading experience of the real content in Chromium, on a phone (320 px), a tablet (768 px) and a
/// laptop (1280 px): layout, accessibility, "On this page", glossary tooltips and loading stability.
/// With UPDATE_SCREENSHOTS=1 the layout test also rewrites the screenshots in tests/screenshots/.
/// </summary>
public sealed class ReadingBrowserTests(RealSite site) : IClassFixture<RealSite>
{
    private const string Article = "/articles/mesotherapy-for-fat/";

    private static readonly string[] Pages = ["/", Article, "/glossary/", "/topics/fat/"];

    public static TheoryData<int> Widths => [320, 768, 1280];

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Pages_fit_the_screen_width_without_scrolling_sideways(int width)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await NewPageAsync(browser, width);

        foreach (var path in Pages)
        {
            await page.GotoAsync(browser.Url(path));
            var (scrollWidth, clientWidth) = await page.EvaluateAsync<(int, int)>(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            scrollWidth.ShouldBeLessThanOrEqualTo(clientWidth, $"{path} at {width} px scrolls sideways");
            await SaveScreenshotAsync(page, path, width);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Pages_have_no_axe_violations_in_light_and_dark(int width)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var violations = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await NewPageAsync(browser, width, scheme);
            foreach (var path in Pages)
            {
                await page.GotoAsync(browser.Url(path));
                var axe = await page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
                });
                violations.AddRange(axe.Violations.Select(v => $"{path} {scheme}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})"));
            }
        }

        violations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Each_on_this_page_link_lands_on_its_heading(int width)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await NewPageAsync(browser, width);
        await page.GotoAsync(browser.Url(Article));
        var links = await page.Locator("nav.contents a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        links.Length.ShouldBeGreaterThan(5);

        foreach (var fragment in links)
        {
            await page.Locator($"nav.contents a[href='{fragment}']").ClickAsync();
            await page.WaitForFunctionAsync("hash => location.hash === hash", fragment);
            var landed = await page.EvaluateAsync<bool>(
                """
                id => {
                  const top = document.getElementById(id).getBoundingClientRect().top;
                  const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
                  return Math.abs(top) < 2 || (atBottom && top >= 0 && top < window.innerHeight);
                }
                """, fragment[1..]);
            landed.ShouldBeTrue($"{fragment} at {width} px");
        }
    }

    [Fact]
    public async Task On_this_page_links_work_from_the_keyboard()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await NewPageAsync(browser, 1280);
        await page.GotoAsync(browser.Url(Article));

        await TabUntilAsync(page, "document.activeElement.closest('nav.contents') !== null");
        var fragment = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForFunctionAsync("hash => location.hash === hash", fragment);
        (await page.EvaluateAsync<double>($"document.getElementById('{fragment[1..]}').getBoundingClientRect().top")).ShouldBeInRange(-2, 2);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Glossary_definition_opens_on_keyboard_focus_closes_with_escape_and_reopens(int width)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await NewPageAsync(browser, width);
        await page.GotoAsync(browser.Url(Article));

        await TabUntilAsync(page, "document.activeElement.classList.contains('glossary-term')");
        var tipId = await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-describedby')");
        var tip = page.Locator($"[id='{tipId}']");
        (await tip.IsVisibleAsync()).ShouldBeTrue();
        (await tip.GetAttributeAsync("role")).ShouldBe("tooltip");
        await AssertInsideViewportAsync(page, tip, width);

        await page.Keyboard.PressAsync("Escape");
        (await tip.IsHiddenAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-describedby')")).ShouldBe(tipId);

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Shift+Tab");
        (await tip.IsVisibleAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Glossary_definition_opens_on_hover_stays_while_the_pointer_moves_onto_it_and_closes_with_escape()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await NewPageAsync(browser, 1280);
        await page.GotoAsync(browser.Url(Article));
        var term = page.Locator(".article-body a.glossary-term").First;
        var tip = page.Locator($"[id='{await term.GetAttributeAsync("aria-describedby")}']");
        (await tip.IsHiddenAsync()).ShouldBeTrue();

        await term.HoverAsync();
        (await tip.IsVisibleAsync()).ShouldBeTrue();
        await tip.HoverAsync();
        (await tip.IsVisibleAsync()).ShouldBeTrue();
        await page.Keyboard.PressAsync("Escape");
        (await tip.IsHiddenAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Every_glossary_definition_in_an_article_stays_on_a_320_pixel_screen()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await NewPageAsync(browser, 320);
        await page.GotoAsync(browser.Url(Article));
        var terms = page.Locator("a.glossary-term");
        (await terms.CountAsync()).ShouldBeGreaterThan(5);

        for (var index = 0; index < await terms.CountAsync(); index++)
        {
            await terms.Nth(index).FocusAsync();
            var tip = page.Locator($"[id='{await terms.Nth(index).GetAttributeAsync("aria-describedby")}']");
            await AssertInsideViewportAsync(page, tip, 320);
        }
    }

    [Theory]
    [InlineData("/", 320)]
    [InlineData("/", 1280)]
    [InlineData(Article, 320)]
    [InlineData(Article, 1280)]
    public async Task Largest_contentful_paint_is_text_and_nothing_shifts_while_the_page_loads(string path, int width)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await NewPageAsync(browser, width);
        await page.GotoAsync(browser.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var (largest, shift) = await page.EvaluateAsync<(string, double)>(
            """
            () => new Promise(resolve => {
              let largest = null;
              let shift = 0;
              new PerformanceObserver(list => { largest = list.getEntries().at(-1); }).observe({ type: 'largest-contentful-paint', buffered: true });
              new PerformanceObserver(list => { for (const entry of list.getEntries()) shift += entry.value; }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve([largest?.element?.tagName ?? '', shift]), 500);
            })
            """);

        largest.ShouldNotBeEmpty();
        largest.ShouldNotBeOneOf("IMG", "VIDEO", "IMAGE", "SVG");
        shift.ShouldBe(0);
        (await page.Locator("img:not([width]), img:not([height])").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Printing_an_article_leaves_out_navigation_and_keeps_the_key_points()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await NewPageAsync(browser, 1280);
        await page.GotoAsync(browser.Url(Article));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { ".site-header nav", "nav.contents", "nav.breadcrumbs", "nav.topic-pager", ".related", ".link-panel" })
        {
            (await page.Locator(hidden).First.IsHiddenAsync()).ShouldBeTrue(hidden);
        }

        (await page.Locator(".key-points").IsVisibleAsync()).ShouldBeTrue();
    }

    private static async Task<IPage> NewPageAsync(BrowserSession browser, int width, ColorScheme scheme = ColorScheme.Light) =>
        await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 }, ColorScheme = scheme });

    /// <summary>Presses Tab, as a keyboard user would, until the condition holds for the focused element.</summary>
    private static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var presses = 0; presses < 200; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
        }

        throw new ShouldAssertException($"200 presses of Tab never reached an element for which {condition}");
    }

    private static async Task AssertInsideViewportAsync(IPage page, ILocator element, int width)
    {
        await page.WaitForFunctionAsync("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))");
        var box = (await element.BoundingBoxAsync()).ShouldNotBeNull();
        box.X.ShouldBeGreaterThanOrEqualTo(0);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(width);
    }

    private static async Task SaveScreenshotAsync(IPage page, string path, int width)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") != "1" || width == 768 || path is not ("/" or Article))
        {
            return;
        }

        var name = path == "/" ? "home" : "article";
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RepositoryPaths.Root, "tests", "screenshots", $"{name}-{width}.png"),
            FullPage = false,
        });
    }
}
