using KnowledgeBase.Index;

namespace KnowledgeBase.Serve;

/// <summary>
/// Re-indexes the served folder for search after a preview rebuild, off the path to the reloaded page: Pagefind
/// takes longer than the rest of a one-article rebuild. Rebuilds during a run queue one more run, not one each,
/// so search catches up with the last edit.
/// </summary>
public sealed class PreviewSearchIndex(PagefindIndexer indexer, string outputFolder, Action<SearchIndexException> failed)
{
    private readonly Lock _gate = new();
    private Task _running = Task.CompletedTask;
    private bool _queued;

    public void Refresh()
    {
        lock (_gate)
        {
            if (_queued)
            {
                return;
            }

            _queued = true;
            _running = _running.ContinueWith(_ => Run(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>Completes when no run is left, so serve can stop without Pagefind still writing into the folder.</summary>
    public Task SettledAsync()
    {
        lock (_gate)
        {
            return _running;
        }
    }

    private void Run()
    {
        lock (_gate)
        {
            _queued = false;
        }

        try
        {
            indexer.Index(outputFolder);
        }
        catch (SearchIndexException failure)
        {
            failed(failure);
        }
    }
}
