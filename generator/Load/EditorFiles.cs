namespace KnowledgeBase.Load;

/// <summary>
/// Files editors' tools keep beside the file being edited. They are never content: the loader skips them in every
/// folder, so they are neither built, published as assets nor reported, and serve does not rebuild when they change.
/// </summary>
public static class EditorFiles
{
    /// <summary>
    /// Hidden files (vim's swap files ".name.swp"/".name.swx", Emacs's locks ".#name"), backups ("name~", vim and
    /// Emacs), Emacs's auto-saves ("#name#"), VS Code's atomic-save file ("name.vsctmp", renamed over the file) and
    /// the file of digits vim writes to test that it may write a folder ("4913", then 5036, ...).
    /// </summary>
    public static bool IsEditorFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.')
            || name.EndsWith('~')
            || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))
            || name.EndsWith(".vsctmp", StringComparison.Ordinal)
            || (name.Length > 0 && name.All(char.IsAsciiDigit));
    }
}
