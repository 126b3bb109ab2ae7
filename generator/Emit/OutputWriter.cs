using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// The emit stage: writes the whole site into a staging folder beside the output, then swaps it into place,
/// so a failed or interrupted build never leaves a half-written site and readers see the old site or the new.
/// </summary>
public static class OutputWriter
{
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
        DeleteIfPresent(staging);
        DeleteIfPresent(retired);
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }

            Directory.CreateDirectory(staging);
            completeStaging?.Invoke(staging);
            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }

            Directory.Move(staging, output);
        }
        catch
        {
            if (!Directory.Exists(output) && Directory.Exists(retired))
            {
                Directory.Move(retired, output);
            }

            DeleteIfPresent(staging);
            throw;
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
