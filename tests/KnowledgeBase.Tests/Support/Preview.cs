using System.Net;
using System.Net.Sockets;
using KnowledgeBase.Building;
using KnowledgeBase.Serve;
using Shouldly;
using Spectre.Console;

namespace KnowledgeBase.Tests.Support;

/// <summary>Runs the real preview server (`serve`) for a test site on a free loopback port.</summary>
public sealed class Preview : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private readonly CancellationTokenSource _stop = new();
    private Task<int> _running = Task.FromResult(0);

    private Preview(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    /// <summary>Starts serve; what it prints goes to <paramref name="terminal"/> when given, as if to a log.</summary>
    public static async Task<Preview> StartAsync(TestSite site, int maxConnections = 10, TextWriter? terminal = null)
    {
        var port = FreePort();
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections };
        var preview = new Preview(new HttpClient(handler) { BaseAddress = new Uri($"http://localhost:{port}/") });
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(terminal is null ? TextWriter.Null : TextWriter.Synchronized(terminal)),
        });
        console.Profile.Width = 4096;
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

    /// <summary>Reads live-reload events until a line matches, failing the test after <see cref="Patience"/>.</summary>
    public static async Task<string> ReadUntilAsync(StreamReader reader, Func<string, bool> match)
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

    /// <summary>Polls until <paramref name="condition"/> holds, failing the test after <see cref="Patience"/>.</summary>
    public static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the preview did not reach the expected state in time");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        Http.Dispose();
        _stop.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
