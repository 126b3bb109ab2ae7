using System.IO.Compression;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>
/// Pages must stay light for patients on phones: measured on the real content as built, an article page with the
/// stylesheets and scripts it loads at once weighs at most 40 KB compressed (docs/performance.md, "Light pages", says why not 30).
/// The search library (Pagefind and the query module) is left out: search.js imports it only when someone searches.
/// </summary>
public sealed partial class PageWeightTests(RealSite site) : IClassFixture<RealSite>
{
    private const int BudgetBytes = 40 * 1024;

    private IEnumerable<string> HtmlPages => Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories);

    [Fact]
    public void Every_article_page_with_the_css_and_scripts_it_loads_is_at_most_40_KB_compressed()
    {
        var articles = Directory.GetFiles(Path.Combine(site.Output, "articles"), "index.html", SearchOption.AllDirectories);
        articles.ShouldNotBeEmpty();

        foreach (var page in articles)
        {
            var files = LoadedAtOnce(page).Prepend(page).ToList();
            var weight = files.Sum(Gzipped);
            weight.ShouldBeLessThanOrEqualTo(BudgetBytes,
                $"{Relative(page)} weighs {weight / 1024.0:0.0} KB compressed: " + string.Join(", ", files.Select(file => $"{Relative(file)} {Gzipped(file) / 1024.0:0.0} KB")));
        }
    }

    [Fact]
    public void No_page_loads_a_web_font()
    {
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetExtension(file) is ".woff" or ".woff2" or ".ttf" or ".otf" or ".eot")
            .ShouldBeEmpty();
        foreach (var stylesheet in Directory.EnumerateFiles(site.Output, "*.css", SearchOption.AllDirectories))
        {
            File.ReadAllText(stylesheet).ShouldNotContain("@font-face", customMessage: Relative(stylesheet));
        }

        foreach (var page in HtmlPages)
        {
            new HtmlParser().ParseDocument(File.ReadAllText(page)).QuerySelectorAll("link[as='font'], link[href*='fonts.']")
                .ShouldBeEmpty(Relative(page));
        }
    }

    [Fact]
    public void Every_image_on_every_page_states_its_width_and_height()
    {
        foreach (var page in HtmlPages)
        {
            foreach (var image in new HtmlParser().ParseDocument(File.ReadAllText(page)).QuerySelectorAll("img"))
            {
                image.HasAttribute("width").ShouldBeTrue($"{Relative(page)}: {image.OuterHtml} has no width, so the page jumps as it loads");
                image.HasAttribute("height").ShouldBeTrue($"{Relative(page)}: {image.OuterHtml} has no height, so the page jumps as it loads");
            }
        }
    }

    /// <summary>The page's stylesheets and scripts, and the modules those scripts import statically (not import()).</summary>
    private IEnumerable<string> LoadedAtOnce(string page)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
        var urls = document.QuerySelectorAll("link[rel='stylesheet'], link[rel='modulepreload']").Select(link => link.GetAttribute("href"))
            .Concat(document.QuerySelectorAll("script[src]").Select(script => script.GetAttribute("src")))
            .OfType<string>();
        var pending = new Queue<string>(urls.Select(LocalFile));
        var found = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var file))
        {
            if (!found.Add(file) || !file.EndsWith(".js", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match import in StaticImport().Matches(File.ReadAllText(file)))
            {
                pending.Enqueue(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, import.Groups["path"].Value)));
            }
        }

        return found;
    }

    /// <summary>The built file a root-relative URL of the real site points at; the real site is served from its root.</summary>
    private string LocalFile(string url)
    {
        url.ShouldStartWith("/", customMessage: $"{url} is not served by the site itself");
        var file = Path.Combine(site.Output, url.TrimStart('/'));
        File.Exists(file).ShouldBeTrue($"{url} is not in the built site");
        return file;
    }

    private string Relative(string file) => Path.GetRelativePath(site.Output, file);

    private static long Gzipped(string file)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(file));
        }

        return compressed.Length;
    }

    [GeneratedRegex("""^\s*import\s+(?:[^"'();]*?\s+from\s+)?["'](?<path>[^"']+)["']""", RegexOptions.Multiline)]
    private static partial Regex StaticImport();
}
