namespace KnowledgeBase.Render;

/// <summary>
/// Writes a file of .cache/ beside its name and moves it into place, so a build killed mid-write or running alongside
/// another never leaves a half-written file under a valid name. A file that cannot be written only means the work is
/// done again next time.
/// </summary>
internal static class CacheFile
{
    public static void TryWrite(string path, ReadOnlySpan<byte> bytes)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = File.Create(temporary))
            {
                file.Write(bytes);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Deletes a file of the cache if it can: one another build holds is deleted next time.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // A file left behind is deleted next time, and a temporary file is never read.
        }
    }
}
