using System.IO.Compression;
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
            taken.Add((request.Url, sizes.ResponseHeadersSize + (sizes.ResponseBodySize > 0 ? sizes.ResponseBodySize : await UnreportedBodySizeAsync(request))));
            if (Environment.GetEnvironmentVariable("BENCHMARK_VERBOSE") == "1")
            {
                Console.WriteLine($"  {taken[^1].Bytes,8} {request.Url}");
            }
        }

        return taken;
    }

    /// <summary>
    /// Chromium reports neither the body size nor the headers' content encoding of a worker's script (Pagefind's worker),
    /// though the server sent it: for a response with a body and no size, the body gzipped as the server gzips text (its
    /// fastest level; text is all it sends without a size).
    /// </summary>
    private static async Task<long> UnreportedBodySizeAsync(IRequest request)
    {
        var response = await request.ResponseAsync();
        if (response is not { Status: 200 })
        {
            return 0;
        }

        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(await response.BodyAsync());
        }

        return compressed.Length;
    }
}
