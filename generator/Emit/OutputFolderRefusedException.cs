namespace KnowledgeBase.Emit;

/// <summary>A build was asked to write into a folder it must not replace (<see cref="OutputFolderGuard"/>); nothing was touched.</summary>
public sealed class OutputFolderRefusedException(string folder, string reason)
    : Exception($"will not build the site into {folder}: {reason}. Nothing was changed. Build into a new or empty folder, such as the default {OutputFolderGuard.DefaultOutputFolder}.")
{
    public string Folder { get; } = folder;
}
