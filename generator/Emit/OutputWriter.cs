using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// The emit stage: writes the whole site into a staging folder beside the output, then swaps it into place,
/// so a failed or interrupted build never leaves a half-written site and readers see the old site or the new.
/// </summary>
public static class OutputWriter
{
    /// <summary>Clears up after an earlier build that was killed while emitting; runs before every build.</summary>
    public static void RecoverFromInterruptedBuild(string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        if (Directory.Exists(parent))
        {
            AtomicFolderSwap.RepairAfterInterruptedBuild(parent, Path.GetFileName(output), output);
        }
    }

    /// <summary>
    /// Writes <paramref name="files"/> and runs <paramref name="completeStaging"/> on the staging folder (the index
    /// stage adds the search index there) before the swap; if it throws, the previous output stays in place.
    /// </summary>
    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files, Action<string>? completeStaging = null)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }

            completeStaging?.Invoke(staging);
            AtomicFolderSwap.Swap(staging, output, retired);
        }
        finally
        {
            DeleteIfPresent(staging);
        }

        DeleteIfPresent(retired);
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
