using KnowledgeBase.Load;

namespace KnowledgeBase.Serve;

/// <summary>
/// Watches content/, templates/, i18n/ and site.yml and calls back once per burst of changes: editors' tools
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
        foreach (var folder in new[] { "content", "templates", InterfaceStringsReader.FolderName }.Select(name => Path.Combine(siteRoot, name)).Where(Directory.Exists))
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
        watcher.Changed += (_, change) => ScheduleUnlessEditorFile(change.FullPath);
        watcher.Created += (_, change) => ScheduleUnlessEditorFile(change.FullPath);
        watcher.Deleted += (_, change) => ScheduleUnlessEditorFile(change.FullPath);
        // A save by rename moves an editor's file over a source file, or a source file away to a backup: either name counts.
        watcher.Renamed += (_, rename) =>
        {
            ScheduleUnlessEditorFile(rename.OldFullPath);
            ScheduleUnlessEditorFile(rename.FullPath);
        };
        // Too many changes at once overflow the watcher and some are lost: rebuild, which reads everything again.
        watcher.Error += (_, _) => Schedule();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>Editors' own files (swap, backup, probe files) are never read, so their changes change nothing.</summary>
    private void ScheduleUnlessEditorFile(string path)
    {
        if (!EditorFiles.IsEditorFile(path))
        {
            Schedule();
        }
    }

    private void Schedule() => _debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
}
