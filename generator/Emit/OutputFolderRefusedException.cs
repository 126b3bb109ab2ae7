namespace KnowledgeBase.Emit;

/// <summary>
/// A build was asked to write into a folder it must not replace (<see cref="OutputFolderGuard"/>); nothing was touched.
/// The default folder is named relative to the current folder, so when it is the one refused, the advice is to move.
/// </summary>
public sealed class OutputFolderRefusedException(string folder, string reason)
    : Exception($"will not build the site into {folder}: {reason}. Nothing was changed. " + (folder == OutputFolderGuard.DefaultOutputFolder
        ? $"{OutputFolderGuard.DefaultOutputFolder}, the default, is made in the current folder: run from the site's own folder, or pass --output with a new or empty folder."
        : $"Build into a new or empty folder, such as the default {OutputFolderGuard.DefaultOutputFolder} in the site's own folder."))
{
    public string Folder { get; } = folder;
}
