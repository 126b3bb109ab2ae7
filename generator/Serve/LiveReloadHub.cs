using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Serve;

/// <summary>
/// Tells every open preview page what the last build did, as server-sent events: "reload" after a good
/// build, "problems" (with the diagnostics) after a failed one. A page that connects gets the current state.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<SseItem<string>>> _listeners = [];
    private string _problemsJson = "[]";

    /// <summary>Publishes the outcome of a rebuild to all connected pages.</summary>
    public void Publish(IReadOnlyList<Diagnostic> diagnostics, bool succeeded)
    {
        var problems = JsonSerializer.Serialize(diagnostics
            .Where(d => d.Severity == Severity.Error)
            .Select(d => d.ToString()));
        lock (_gate)
        {
            _problemsJson = succeeded ? "[]" : problems;
            var message = succeeded ? new SseItem<string>("ok", "reload") : Problems(problems);
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>The events for one page, from the current state on, until it disconnects.</summary>
    public async IAsyncEnumerable<SseItem<string>> ListenAsync([EnumeratorCancellation] CancellationToken cancellation)
    {
        var channel = Channel.CreateUnbounded<SseItem<string>>();
        lock (_gate)
        {
            _listeners.Add(channel);
            channel.Writer.TryWrite(Problems(_problemsJson));
        }

        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancellation))
            {
                yield return message;
            }
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }

    private static SseItem<string> Problems(string json) => new(json, "problems");
}
