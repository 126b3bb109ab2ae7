using System.Text.Json;
using System.Threading.Channels;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Serve;

/// <summary>
/// Tells every open preview page what the last build did, over server-sent events: "reload" after a good
/// build, "problems" (with the diagnostics) after a failed one. A page that connects gets the current state.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private string _problemsJson = "[]";

    /// <summary>Publishes the outcome of a rebuild to all connected pages.</summary>
    public void Publish(IReadOnlyList<Diagnostic> diagnostics, bool succeeded)
    {
        var problems = JsonSerializer.Serialize(diagnostics
            .Where(d => d.Severity == Severity.Error)
            .Select(d => d.ToString()));
        string message;
        lock (_gate)
        {
            _problemsJson = succeeded ? "[]" : problems;
            message = succeeded ? "event: reload\ndata: ok\n\n" : $"event: problems\ndata: {problems}\n\n";
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>Streams events to one page until it disconnects.</summary>
    public async Task StreamAsync(Stream body, Func<Task> flush, CancellationToken cancellation)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _listeners.Add(channel);
            channel.Writer.TryWrite($"event: problems\ndata: {_problemsJson}\n\n");
        }

        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancellation))
            {
                await body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(message), cancellation);
                await flush();
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping; nothing to clean up beyond the listener.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }
}
