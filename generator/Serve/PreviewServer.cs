using System.Diagnostics;
using System.Threading.Channels;
using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Index;
using KnowledgeBase.Render;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace KnowledgeBase.Serve;

/// <summary>
/// The `serve` command: builds the site, serves it on localhost only, watches content/, templates/ and
/// site.yml, rebuilds on change and tells open pages to reload. A failed rebuild keeps the last good site
/// served and shows the problems both in the terminal and over the page, until a rebuild clears them.
/// </summary>
public sealed class PreviewServer(BuildOptions options, int port, IAnsiConsole console, TimeProvider clock)
{
    public const string LiveReloadPath = "/_preview/live-reload";
    public const string LiveReloadScriptPath = "/_preview/live-reload.js";

    private readonly LiveReloadHub _hub = new();
    // Holds at most one request to rebuild: saves noticed while a rebuild runs become one rebuild after it.
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly SiteBuilder _builder = new(clock);
    private readonly PreviewTerminal _terminal = new(console, $"http://localhost:{port}/", options.OutputFolder);
    private (Task Task, CancellationTokenSource Stop)? _indexing;
    // Set when pages changed since the search index was last refreshed, cleared when a refresh finishes unstopped.
    private bool _searchIndexOutOfDate;
    private readonly Lock _indexGate = new();

    /// <summary>
    /// How long a failed rebuild waits for another save before it is shown: an editor that writes a file in place in
    /// several steps lets a rebuild read it half-written, and the rest of the save arrives well within this.
    /// </summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// How long the pages stay unchanged before the search index is refreshed: Pagefind takes both cores for a while,
    /// which would slow the browser's reload, and an editor saving again within this time would stop it anyway.
    /// </summary>
    private static readonly TimeSpan IndexAfterIdle = TimeSpan.FromSeconds(1);

    /// <summary>The output folder as problems name it: relative to the site's folder.</summary>
    private string OutputPlace => Path.GetRelativePath(options.SiteRoot, options.OutputFolder).Replace('\\', '/');

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        // Refused before anything starts: a rebuild's failures are shown and survived, but this one must end serve.
        OutputFolderGuard.ThrowIfRefused(options.SiteRoot, options.OutputFolder);
        // Held until serve ends: every rebuild and index refresh writes into the folder in place.
        using var claim = OutputFolderLock.Take(options.OutputFolder, "serve");
        await RebuildAsync(afterASave: false);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port));
        await using var app = builder.Build();
        using var files = new PreviewFileProvider(options.OutputFolder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ServeUnknownFileTypes = true,
            OnPrepareResponse = file => SetHeaders(file.Context.Response, file.Context.Request.Path),
        });
        app.UseRouting();
        app.MapGet(LiveReloadPath, (CancellationToken disconnected) => TypedResults.ServerSentEvents(_hub.ListenAsync(disconnected)));
        app.MapGet(LiveReloadScriptPath, () => TypedResults.Text(LiveReloadScript.Source, "text/javascript; charset=utf-8"));
        app.MapFallback("{*path}", context => NotFoundAsync(context, files));

        ContentWatcher? watcher = null;
        try
        {
            watcher = new ContentWatcher(options.SiteRoot, () => _changes.Writer.TryWrite(true));
            await app.StartAsync(cancellation);
        }
        catch (IOException failure)
        {
            // The system will not watch more folders, or the port is taken: nothing is served, and serve ends.
            watcher?.Dispose();
            // Told as every other problem is: at the folder it concerns (what is watched, or what would be served).
            var (place, attempted, remedy) = watcher is null
                ? ("content", "could not watch the site's files for changes", "raise the system's limit on watched folders (fs.inotify.max_user_instances), or close another watching program")
                : (OutputPlace, $"could not serve the preview at http://localhost:{port}/", "use another port with --port, or stop what uses this one");
            _terminal.OutputFailed(place, $"{attempted}: {failure.Message}");
            console.MarkupLine($"Nothing is served, and {Markup.Escape(options.OutputFolder)} is left as the build above left it: {Markup.Escape(remedy)}.");
            return ExitCodes.InternalError;
        }

        using var watching = watcher;
        var rebuilding = RebuildOnChangesAsync(cancellation);
        _terminal.Serving();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop serving.
        }

        await app.StopAsync(CancellationToken.None);
        await rebuilding;
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Rebuilds one at a time, as changes are noticed. A rebuild reads all the content, so one rebuild after the running
    /// one catches up with every save made meanwhile, and a burst of saves costs two rebuilds, not one per save. The search
    /// index is refreshed once the reloaded pages have been live for a moment, and a save stops it without waiting for
    /// it to end: the rebuild for that save starts at once, and the index is refreshed after it. When serve stops, the running rebuild finishes, a
    /// queued one is dropped and the index refresh is stopped, so nothing is left touching the output.
    /// </summary>
    private async Task RebuildOnChangesAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var change in _changes.Reader.ReadAllAsync(stop))
            {
                if (_indexing is var (_, refresh))
                {
                    // Not awaited: stopping Pagefind takes a few hundred milliseconds on a busy machine, and the rebuild need not wait.
                    _ = refresh.CancelAsync();
                }

                await RebuildAsync(afterASave: true);
                if (_searchIndexOutOfDate)
                {
                    // A failure here is said in the terminal; it must never end the loop, or no save would be rebuilt again.
                    await ReportingFailuresAsync(StartIndexingAsync);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: no more rebuilds.
        }
        finally
        {
            await StopIndexingAsync();
        }
    }

    private Task RebuildAsync(bool afterASave) => ReportingFailuresAsync(async () =>
    {
        var result = await Task.Run(() => _builder.Rebuild(options));
        if (!result.Succeeded)
        {
            if (afterASave && await ChangedAgainWithinAsync(SettleTime))
            {
                // Read while it was being written: the rebuild for the rest of the save is queued and will say.
                return;
            }

            _terminal.Failed(result);
            _hub.Publish(result.Diagnostics, succeeded: false);
            return;
        }

        // Pages first, then the terminal: the reload does not wait for the diagnostics to be printed.
        _hub.Publish(result.Diagnostics, succeeded: true);
        _terminal.Rebuilt(result);
        lock (_indexGate)
        {
            _searchIndexOutOfDate = !result.Indexed;
        }
    });

    private async Task StartIndexingAsync()
    {
        // A stopped refresh may still be ending: it must be gone before the next one uses its folders.
        await StopIndexingAsync();
        var stop = new CancellationTokenSource();
        _indexing = (Task.Run(() => ReportingFailuresAsync(async () =>
        {
            await Task.Delay(IndexAfterIdle, stop.Token);
            var indexing = Stopwatch.StartNew();
            new PagefindIndexer(options.SiteRoot).Reindex(options.OutputFolder, stop.Token);
            lock (_indexGate)
            {
                // Stopped too late to stop Pagefind: a rebuild has begun since, so the index is out of date again.
                if (!stop.IsCancellationRequested)
                {
                    _searchIndexOutOfDate = false;
                }
            }

            _terminal.Indexed(indexing.Elapsed);
        })), stop);
    }

    private async Task StopIndexingAsync()
    {
        if (_indexing is not var (task, stop))
        {
            return;
        }

        _indexing = null;
        await stop.CancelAsync();
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
            // Stopped before it finished: the old index stays until the next refresh.
        }

        stop.Dispose();
    }

    /// <summary>Says in the terminal why a rebuild or an index refresh failed; serve keeps the last good site and keeps watching.</summary>
    private async Task ReportingFailuresAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            _terminal.OutputFailed(OutputPlace, $"could not write the site: {failure.Message}");
        }
        catch (SearchIndexException failure)
        {
            _terminal.OutputFailed(OutputPlace, $"could not build the search index: {failure.Message}");
        }
        catch (Exception fault) when (fault is not OperationCanceledException)
        {
            // A fault of the generator itself.
            _terminal.Problem("the rebuild failed", fault.ToString());
        }
    }

    /// <summary>Whether a change is noticed within the time; it stays queued for the next rebuild.</summary>
    private async Task<bool> ChangedAgainWithinAsync(TimeSpan time)
    {
        using var timeout = new CancellationTokenSource(time);
        try
        {
            return await _changes.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Anything else is answered with the site's own 404 page, as the published site is.</summary>
    private static async Task NotFoundAsync(HttpContext context, PreviewFileProvider files)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = files.GetFileInfo("/404.html");
        if (page.Exists)
        {
            context.Response.ContentType = "text/html";
            SetHeaders(context.Response, "/404.html");
            await context.Response.SendFileAsync(page, context.RequestAborted);
        }
    }

    /// <summary>The site's security headers (Render/SecurityHeaders) on every file and page, and how long each may be cached.</summary>
    private static void SetHeaders(HttpResponse response, PathString path)
    {
        var relativePath = path.Value?.TrimStart('/') ?? "";
        // Fingerprinted assets never change under their name, so a reloading page reuses them and only fetches the page.
        response.Headers.CacheControl = relativePath.StartsWith("assets/", StringComparison.Ordinal) ? HostHeadersFile.Immutable : "no-cache";
        response.Headers.ContentSecurityPolicy = SecurityHeaders.PolicyFor(SecurityHeaders.IsFrameable(relativePath));
        foreach (var (name, value) in SecurityHeaders.Common)
        {
            response.Headers[name] = value;
        }
    }
}
