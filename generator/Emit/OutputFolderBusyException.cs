namespace KnowledgeBase.Emit;

/// <summary>Another process is writing the output folder (<see cref="OutputFolderLock"/>); nothing was changed.</summary>
public sealed class OutputFolderBusyException(string folder, string holder)
    : Exception($"will not build the site into {folder}: {holder} is writing into it, and two builds into one folder would each replace it " +
                $"under the other. Nothing was changed. Wait for it to finish (stop `serve` with Ctrl+C), or build into another folder with --output.")
{
    public string Folder { get; } = folder;
}
