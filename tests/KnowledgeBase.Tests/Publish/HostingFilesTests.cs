using System.IO.Compression;
using KnowledgeBase.Building;
using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Publish;

public sealed class HostingFilesTests
{
    private static string HeadersFor(params string[] paths) =>
        System.Text.Encoding.UTF8.GetString(
            HostHeadersFile.Create(paths, "/meso/").Bytes);

    private static string RuleFor(string headers, string pattern)
    {
        var start = headers.IndexOf("\n" + pattern + "\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no rule for {pattern}");
        var end = headers.IndexOf("\n/", start + 1, StringComparison.Ordinal);
        return end < 0 ? headers[start..] : headers[start..end];
    }

    [Fact]
    public void Headers_file_forbids_framing_of_pages_but_allows_it_for_embed_cards()
    {
        var headers = HeadersFor("index.html", "articles/a/index.html", "embed/a/index.html", "assets/site.0123456789.css");

        RuleFor(headers, "/meso/articles/*").ShouldContain("frame-ancestors 'none'");
        RuleFor(headers, "/meso/articles/*").ShouldContain("X-Frame-Options: DENY");
        RuleFor(headers, "/meso/embed/*").ShouldContain("frame-ancestors *");
        RuleFor(headers, "/meso/embed/*").ShouldNotContain("X-Frame-Options");
        RuleFor(headers, "/meso/").ShouldContain("Content-Security-Policy: " + SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_and_pages_are_revalidated()
    {
        var headers = HeadersFor("index.html", "articles/a/index.html", "assets/site.0123456789.css");

        RuleFor(headers, "/meso/assets/*").ShouldContain("Cache-Control: public, max-age=31536000, immutable");
        RuleFor(headers, "/meso/articles/*").ShouldContain("Cache-Control: public, max-age=0, must-revalidate");
    }

    [Fact]
    public void Every_page_rule_carries_the_security_headers()
    {
        var headers = HeadersFor("index.html", "404.html", "articles/a/index.html");

        foreach (var pattern in new[] { "/meso/", "/meso/404.html", "/meso/articles/*" })
        {
            var rule = RuleFor(headers, pattern);
            rule.ShouldContain("Referrer-Policy: strict-origin-when-cross-origin");
            rule.ShouldContain("X-Content-Type-Options: nosniff");
        }
    }

    [Fact]
    public void Precompress_writes_brotli_and_gzip_copies_that_decompress_to_the_original()
    {
        using var site = new TestSite();

        new SiteBuilder(TestSite.Clock).Build(new BuildOptions(site.Root, site.Output, Precompress: true)).Succeeded.ShouldBeTrue();

        var page = File.ReadAllBytes(Path.Combine(site.Output, "articles/sample/index.html"));
        Decompress(Path.Combine(site.Output, "articles/sample/index.html.br"), s => new BrotliStream(s, CompressionMode.Decompress)).ShouldBe(page);
        Decompress(Path.Combine(site.Output, "articles/sample/index.html.gz"), s => new GZipStream(s, CompressionMode.Decompress)).ShouldBe(page);
    }

    [Fact]
    public void Precompressed_builds_are_byte_identical()
    {
        using var site = new TestSite();
        var options = new BuildOptions(site.Root, site.Output, Precompress: true);
        new SiteBuilder(TestSite.Clock).Build(options).Succeeded.ShouldBeTrue();
        var first = OutputTree.Hashes(site.Output);

        new SiteBuilder(TestSite.Clock).Build(options).Succeeded.ShouldBeTrue();

        OutputTree.Hashes(site.Output).ShouldBe(first);
    }

    [Fact]
    public void Without_precompress_no_compressed_copies_are_written()
    {
        using var site = new TestSite();

        site.Build().Succeeded.ShouldBeTrue();

        Directory.EnumerateFiles(site.Output, "*.br", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    private static byte[] Decompress(string path, Func<Stream, Stream> decoder)
    {
        using var input = File.OpenRead(path);
        using var decompressor = decoder(input);
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }
}
