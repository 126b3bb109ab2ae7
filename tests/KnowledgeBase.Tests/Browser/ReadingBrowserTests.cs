using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// The reading experience of the real content in Chromium, on a phone (320 px), a tablet (768 px), a
/// laptop (1280 px) and a wide desktop screen (1440 px, layout and axe only): layout, accessibility, "On this page", glossary tooltips and loading stability. (The dark
/// scheme, the keyboard walk and print of every kind of page are checked in Quality/AccessibilityBrowserTests.)
/// With UPDATE_SCREENSHOTS=1 the layout test also rewrites the screenshots in tests/screenshots/.
/// </summary>
public sealed class ReadingBrowserTests(RealSiteInBrowser site) : IClassFixture<RealSiteInBrowser>
{
    private const string Article = "/articles/mesotherapy-for-fat/";

    private static readonly string[] Pages = ["/", Article, "/glossary/", "/topics/fat/"];

    public static TheoryData<int> Widths => [320, 768, 1280, 1440];

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Pages_fit_the_screen_width_without_scrolling_sideways(int width)
    {
        var browser = site.Browser;
        var page = await NewPageAsync(browser, width);

        foreach (var path in Pages)
        {
            await page.GotoAsync(browser.Url(path));
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{path} at {width} px scrolls sideways");
            await SaveScreenshotAsync(page, path, width);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Pages_have_no_axe_violations(int width)
    {
        var browser = site.Browser;
        var page = await NewPageAsync(browser, width);
        var violations = new List<string>();

        foreach (var path in Pages)
        {
            await page.GotoAsync(browser.Url(path));
            violations.AddRange((await Axe.ViolationsAsync(page)).Select(violation => $"{path}: {violation}"));
        }

        violations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Each_on_this_page_link_lands_on_its_heading(int width)
    {
        var browser = site.Browser;
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
        var browser = site.Browser;
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
        var browser = site.Browser;
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
        var browser = site.Browser;
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
        var browser = site.Browser;
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
        var browser = site.Browser;
        var page = await NewPageAsync(browser, width);
        await page.GotoAsync(browser.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var paint = await page.EvaluateAsync<PaintReport>(
            """
            () => new Promise(resolve => {
              let largest = null;
              let shift = 0;
              new PerformanceObserver(list => { largest = list.getEntries().at(-1); }).observe({ type: 'largest-contentful-paint', buffered: true });
              const moved = [];
              new PerformanceObserver(list => {
                for (const entry of list.getEntries()) {
                  shift += entry.value;
                  moved.push(...entry.sources.map(source => (source.node?.outerHTML?.slice(0, 60) ?? '?') + ' from ' + JSON.stringify(source.previousRect) + ' to ' + JSON.stringify(source.currentRect)));
                }
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve({ largest: largest?.element?.tagName ?? '', shift, moved }), 500);
            })
            """);
        var (largest, shift) = (paint.Largest, paint.Shift);

        largest.ShouldNotBeEmpty();
        largest.ShouldNotBeOneOf("IMG", "VIDEO", "IMAGE", "SVG");
        shift.ShouldBe(0, "moved: " + string.Join(", ", paint.Moved));
        (await page.Locator("img:not([width]), img:not([height])").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Printing_an_article_leaves_out_navigation_keeps_the_key_points_and_explains_terms_in_brackets()
    {
        var browser = site.Browser;
        var page = await NewPageAsync(browser, 1280);
        await page.GotoAsync(browser.Url(Article));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { ".site-header nav", "nav.contents", "nav.breadcrumbs", "nav.topic-pager", ".related", ".link-panel" })
        {
            (await page.Locator(hidden).First.IsHiddenAsync()).ShouldBeTrue(hidden);
        }

        (await page.Locator(".key-points").IsVisibleAsync()).ShouldBeTrue();
        var definition = page.Locator(".glossary-tip").First;
        (await definition.IsVisibleAsync()).ShouldBeTrue();
        (await definition.EvaluateAsync<string>("tip => getComputedStyle(tip, '::before').content + tip.textContent + getComputedStyle(tip, '::after').content"))
            .ShouldMatch("^\" \\(\".+: .+\"\\)\"$");
    }

    private sealed class PaintReport
    {
        /// <summary>The tag name of the largest contentful paint's element.</summary>
        public string Largest { get; init; } = "";

        /// <summary>The sum of every layout shift while the page loaded.</summary>
        public double Shift { get; init; }

        /// <summary>The elements that moved, with where from and to.</summary>
        public string[] Moved { get; init; } = [];
    }

    private static async Task<IPage> NewPageAsync(BrowserSession browser, int width) =>
        await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });

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
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") != "1" || width is not (320 or 1280) || path is not ("/" or Article))
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
