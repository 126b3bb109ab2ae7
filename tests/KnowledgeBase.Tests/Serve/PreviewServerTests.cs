using System.Net;
using System.Net.Sockets;
using KnowledgeBase.Building;
using KnowledgeBase.Serve;
using KnowledgeBase.Tests.Support;
using Shouldly;
using Spectre.Console;

namespace KnowledgeBase.Tests.Serve;

public sealed class PreviewServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Editing_an_article_while_serving_rebuilds_the_page()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);

        site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("Small injections into the skin.", "Edited while serving."));

        await Eventually(async () => (await preview.Http.GetStringAsync("/articles/sample/", TestContext.Current.CancellationToken)).Contains("Edited while serving."));
    }

    [Fact]
    public async Task A_broken_edit_is_announced_to_open_pages_and_the_last_good_site_stays_served()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);
        using var events = new StreamReader(await preview.Http.GetStreamAsync(PreviewServer.LiveReloadPath, TestContext.Current.CancellationToken));

        site.Write("content/articles/sample.md", "---\ntitle: Broken\nsumary: typo\n---\n");

        var problems = await ReadUntilAsync(events, line => line.StartsWith("data: [\"content", StringComparison.Ordinal));
        problems.ShouldContain("content/articles/sample.md:3:1: error KB003");
        (await preview.Http.GetStringAsync("/articles/sample/", TestContext.Current.CancellationToken)).ShouldContain("What is a sample?");
    }

    [Fact]
    public async Task Served_pages_load_the_live_reload_script_from_the_server()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);

        var html = await preview.Http.GetStringAsync("/", TestContext.Current.CancellationToken);

        html.ShouldContain($"<script src=\"{PreviewServer.LiveReloadScriptPath}\" defer></script>");
        (await preview.Http.GetStringAsync(PreviewServer.LiveReloadScriptPath, TestContext.Current.CancellationToken)).ShouldContain("EventSource");
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/articles/%2E%2E/%2E%2E/%2E%2E/site.yml")]
    [InlineData("/..%2fsite.yml")]
    public async Task Path_traversal_outside_the_output_folder_is_not_found(string path)
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);

        using var request = new HttpRequestMessage(HttpMethod.Get, preview.Http.BaseAddress + path.TrimStart('/'));
        var response = await preview.Http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("base_url");
    }

    private static async Task<string> ReadUntilAsync(StreamReader reader, Func<string, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (match(line))
            {
                return line;
            }
        }

        throw new TimeoutException("the event never arrived");
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the preview did not rebuild in time");
            await Task.Delay(50);
        }
    }

    private sealed class Preview : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task<int> _running = Task.FromResult(0);

        public HttpClient Http { get; private set; } = new();

        public static async Task<Preview> StartAsync(TestSite site)
        {
            var port = FreePort();
            var preview = new Preview { Http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/") } };
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
            var server = new PreviewServer(new BuildOptions(site.Root, site.Output, IncludeDrafts: true), port, console, TestSite.Clock);
            preview._running = server.RunAsync(preview._stop.Token);
            await Eventually(async () =>
            {
                try
                {
                    return (await preview.Http.GetAsync("/")).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            });
            return preview;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _running;
            Http.Dispose();
            _stop.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
