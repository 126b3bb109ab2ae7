using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Shouldly;

namespace KnowledgeBase.Tests.Quality;

/// <summary>
/// The real site in Chromium as patients meet it: every kind of page in light and dark colours, by keyboard
/// alone, with reduced motion, with text at 200% and on paper.
/// </summary>
public sealed class AccessibilityBrowserTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public async Task Every_kind_of_page_has_no_axe_violations()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();

        var violations = await ViolationsOnEveryKindOfPageAsync(browser, page, Axe.ViolationsAsync);

        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_kind_of_page_keeps_AA_contrast_in_the_dark_scheme()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        (await page.EvaluateAsync<bool>("matchMedia('(prefers-color-scheme: dark)').matches")).ShouldBeTrue();

        var violations = await ViolationsOnEveryKindOfPageAsync(browser, page, Axe.ContrastViolationsAsync);

        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Keyboard_alone_reaches_the_skip_link_navigation_and_search_and_every_stop_shows_its_focus()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var article = browser.Url("/articles/mesotherapy-for-cellulite/");
        await page.GotoAsync(article);
        var stops = new List<FocusStop>();

        for (var press = 0; press < 400; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await page.EvaluateAsync<FocusStop?>(FocusedElementScript);
            if (stop is null || stops.Count > 0 && stop.Path == stops[0].Path)
            {
                break;
            }

            stops.Add(stop);
        }

        stops[0].Text.ShouldBe("Skip to main content");
        stops.ShouldContain(stop => stop.Region == "nav", "the site navigation is reachable");
        stops.ShouldContain(stop => stop.Region == "search", "the search box is reachable");
        stops.ShouldContain(stop => stop.Region == "main", "the article's own links are reachable");
        stops.Where(stop => !stop.ShowsFocus || !stop.Visible).Select(stop => stop.Path).ShouldBeEmpty("every focused element must be visible and outlined");

        await page.Keyboard.PressAsync("/");
        (await page.EvaluateAsync<string>("document.activeElement.type")).ShouldBe("search");
        await page.Keyboard.TypeAsync("cellulite");
        await page.Locator(".search-popup a").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).Not.ToHaveURLAsync(article);
    }

    [Fact]
    public async Task With_reduced_motion_nothing_animates()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        await page.GotoAsync(browser.Url("/articles/mesotherapy-for-cellulite/"));

        var moving = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('*')].filter(element => {
              const style = getComputedStyle(element);
              const seconds = value => Math.max(...value.split(',').map(part => parseFloat(part)));
              return seconds(style.transitionDuration) > 0 || seconds(style.animationDuration) > 0 || style.scrollBehavior === 'smooth';
            }).map(element => element.tagName + '.' + element.className)
            """);

        moving.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/cost-and-liposuction/")]
    [InlineData("/articles/mesotherapy-for-fat/")]
    public async Task Text_at_200_percent_loses_nothing_and_needs_no_sideways_scrolling(string path)
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(browser.Url(path));

        await page.EvaluateAsync("document.documentElement.style.fontSize = '200%'");

        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the page must not scroll sideways");
        var clipped = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('body *')].filter(element => {
              const style = getComputedStyle(element);
              const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
              return clips && element.offsetParent !== null && element.getClientRects().length > 0 && element.clientWidth > 1
                && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
            }).map(element => element.tagName + '.' + element.className)
            """);
        clipped.ShouldBeEmpty("no text may be cut off");
    }

    [Fact]
    public async Task Printing_hides_navigation_and_shows_where_links_go()
    {
        await using var browser = await BrowserSession.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/articles/what-is-mesotherapy/"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var shownNavigation = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('nav, [role=search], .skip-link')]
              .filter(element => element.closest('main') === null && getComputedStyle(element).display !== 'none')
              .map(element => element.outerHTML.slice(0, 80))
            """);
        shownNavigation.ShouldBeEmpty();
        var unlabelledLinks = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('main p a[href]:not(.glossary-term)')]
              .filter(link => !link.getAttribute('href').startsWith('#'))
              .filter(link => !getComputedStyle(link, '::after').content.includes(link.getAttribute('href')))
              .map(link => link.outerHTML)
            """);
        (await page.Locator("main p a[href]").CountAsync()).ShouldBeGreaterThan(0);
        unlabelledLinks.ShouldBeEmpty("a printed link must show its address (a glossary term shows its definition instead)");
    }

    /// <summary>
    /// What <paramref name="audit"/> finds on one page of each kind, on the search page showing results and on the
    /// 404 page, each prefixed with the page's path.
    /// </summary>
    private async Task<List<string>> ViolationsOnEveryKindOfPageAsync(BrowserSession browser, IPage page, Func<IPage, Task<IReadOnlyList<string>>> audit)
    {
        var paths = site.OnePagePerKind();
        paths.ShouldContain("/", "the home page is a kind of page");
        paths.ShouldContain(path => path.StartsWith("/articles/", StringComparison.Ordinal));
        var violations = new List<string>();
        foreach (var path in paths.Append("/404.html").Append("/search/?q=cellulite").Append("/es/search/?q=celulitis"))
        {
            await page.GotoAsync(browser.Url(path));
            if (path.Contains('?', StringComparison.Ordinal))
            {
                await page.Locator("main [data-search-results] a").First.WaitForAsync();
            }

            violations.AddRange((await audit(page)).Select(violation => $"{path}: {violation}"));
        }

        return violations;
    }

    private const string FocusedElementScript = """
        (() => {
          const element = document.activeElement;
          if (!element || element === document.body) return null;
          const path = [];
          for (let node = element; node && node !== document.body; node = node.parentElement) {
            path.unshift(node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + ':' + [...node.parentElement.children].indexOf(node));
          }
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          const region = element.closest('[role=search], search') ? 'search' : element.closest('nav') ? 'nav' : element.closest('main') ? 'main' : 'other';
          return {
            path: path.join('>'),
            text: (element.textContent || '').trim(),
            region,
            visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
            showsFocus: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
          };
        })()
        """;

    private sealed class FocusStop
    {
        public string Path { get; init; } = "";

        public string Text { get; init; } = "";

        public string Region { get; init; } = "";

        public bool Visible { get; init; }

        public bool ShowsFocus { get; init; }
    }
}
