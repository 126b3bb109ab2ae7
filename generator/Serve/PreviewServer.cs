using System.Diagnostics;
using System.Threading.Channels;
using KnowledgeBase.Building;
using KnowledgeBase.Cli;
using KnowledgeBase.Emit;
using KnowledgeBase.Index;
using KnowledgeBase.Render;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
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

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly LiveReloadHub _hub = new();
    // Holds at most one request to rebuild: saves noticed while a rebuild runs become one rebuild after it.
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly SiteBuilder _builder = new(clock);
    private readonly PreviewTerminal _terminal = new(console, $"http://localhost:{port}/", options.OutputFolder);

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        // Refused before anything starts: a rebuild's failures are shown and survived, but this one must end serve.
        OutputFolderGuard.ThrowIfRefused(options.SiteRoot, options.OutputFolder);
        await RebuildAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port));
        await using var app = builder.Build();
        var files = new OutputFileResolver(options.OutputFolder);
        app.Run(context => HandleAsync(context, files));

        using var watcher = new ContentWatcher(options.SiteRoot, () => _changes.Writer.TryWrite(true));
        await app.StartAsync(cancellation);
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
    /// one catches up with every save made meanwhile, and a burst of saves costs two rebuilds, not one per save. When
    /// serve stops, the running rebuild finishes and a queued one is dropped, so no build is left touching the output.
    /// </summary>
    private async Task RebuildOnChangesAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var _ in _changes.Reader.ReadAllAsync(stop))
            {
                await RebuildAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: no more rebuilds.
        }
    }

    private async Task RebuildAsync()
    {
        try
        {
            var result = await Task.Run(() => _builder.Rebuild(options));
            if (!result.Succeeded)
            {
                _terminal.Failed(result);
                _hub.Publish(result.Diagnostics, succeeded: false);
                return;
            }

            _terminal.Rebuilt(result);
            _hub.Publish(result.Diagnostics, succeeded: true);
            if (!result.Indexed)
            {
                // An incremental rebuild leaves the search index to be refreshed after the pages are live, so the
                // reload does not wait for it; the next rebuild waits for it, as rebuilds run one at a time.
                var indexing = Stopwatch.StartNew();
                await Task.Run(() => new PagefindIndexer(options.SiteRoot).Reindex(options.OutputFolder));
                _terminal.Indexed(indexing.Elapsed);
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            _terminal.Problem("could not write the site", failure.Message);
        }
        catch (SearchIndexException failure)
        {
            _terminal.Problem("could not build the search index", failure.Message);
        }
        catch (Exception fault) when (fault is not OperationCanceledException)
        {
            // A fault of the generator itself: said in the terminal, and serve keeps the last good site and keeps watching.
            _terminal.Problem("the rebuild failed", fault.ToString());
        }
    }

    private async Task HandleAsync(HttpContext context, OutputFileResolver files)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == LiveReloadPath)
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            await _hub.StreamAsync(context.Response.Body, () => context.Response.Body.FlushAsync(context.RequestAborted), context.RequestAborted);
            return;
        }

        if (path == LiveReloadScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.WriteAsync(LiveReloadScript.Source);
            return;
        }

        var file = files.Resolve(path);
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = files.Resolve("/404.html");
            if (notFound is not null)
            {
                await WriteFileAsync(context, notFound, "404.html");
            }

            return;
        }

        if (Directory.Exists(Path.Combine(Path.GetFullPath(options.OutputFolder), path.Trim('/'))) && !path.EndsWith('/'))
        {
            context.Response.Redirect(path + "/");
            return;
        }

        await WriteFileAsync(context, file, path.TrimStart('/'));
    }

    private static async Task WriteFileAsync(HttpContext context, string file, string relativePath)
    {
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        // Fingerprinted assets never change under their name, so a reloading page reuses them and only fetches the page.
        context.Response.Headers.CacheControl = relativePath.StartsWith("assets/", StringComparison.Ordinal) ? HostHeadersFile.Immutable : "no-cache";
        context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.PolicyFor(SecurityHeaders.IsFrameable(relativePath));
        foreach (var (name, value) in SecurityHeaders.Common)
        {
            context.Response.Headers[name] = value;
        }

        var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            bytes = LiveReloadScript.InjectInto(bytes);
        }

        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
