using KnowledgeBase.Load;

namespace KnowledgeBase.Serve;

/// <summary>
/// Watches content/, templates/ and site.yml and calls back once per burst of changes: editors' tools
/// write a file in several steps, and one rebuild per save is what they expect.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;

    public ContentWatcher(string siteRoot, Action changed)
    {
        _debounce = new Timer(_ => changed());
        foreach (var folder in new[] { "content", "templates" }.Select(name => Path.Combine(siteRoot, name)).Where(Directory.Exists))
        {
            _watchers.Add(Watch(folder, "*", includeSubdirectories: true));
        }

        _watchers.Add(Watch(siteRoot, SiteLoader.SettingsFile, includeSubdirectories: false));
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
    }

    private FileSystemWatcher Watch(string folder, string filter, bool includeSubdirectories)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = includeSubdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Deleted += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Schedule() => _debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
}
