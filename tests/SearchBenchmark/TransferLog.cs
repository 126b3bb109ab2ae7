using Microsoft.Playwright;

namespace KnowledgeBase.SearchBenchmark;

/// <summary>The requests one page finished, with the bytes each transferred (headers and body as sent), taken query by query.</summary>
public sealed class TransferLog
{
    private readonly List<IRequest> _finished = [];

    public TransferLog(IPage page) => page.RequestFinished += (_, request) =>
    {
        lock (_finished)
        {
            _finished.Add(request);
        }
    };

    /// <summary>The requests finished since the last call, with their sizes. Sizes are read here: awaiting them inside Playwright's event handler would deadlock.</summary>
    public async Task<IReadOnlyList<(string Url, long Bytes)>> TakeAsync()
    {
        List<IRequest> requests;
        lock (_finished)
        {
            requests = [.. _finished];
            _finished.Clear();
        }

        var taken = new List<(string Url, long Bytes)>();
        foreach (var request in requests)
        {
            var sizes = await request.SizesAsync();
            taken.Add((request.Url, sizes.ResponseBodySize + sizes.ResponseHeadersSize));
            if (Environment.GetEnvironmentVariable("BENCHMARK_VERBOSE") == "1")
            {
                Console.WriteLine($"  {taken[^1].Bytes,8} {request.Url}");
            }
        }

        return taken;
    }
}
