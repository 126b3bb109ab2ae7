using System.Runtime.InteropServices;

namespace KnowledgeBase.Emit;

/// <summary>
/// Gives a file a second name. An incremental build stages the files it did not change this way: a link costs one
/// directory entry, where a copy writes the bytes again.
/// </summary>
internal static partial class HardLink
{
    /// <summary>
    /// Links <paramref name="newPath"/> to <paramref name="existing"/>, or copies it where a link is impossible (another
    /// file system or disk, a system or file system without hard links, a file at its limit of links).
    /// </summary>
    public static void LinkOrCopy(string existing, string newPath)
    {
        if (!TryLink(existing, newPath))
        {
            File.Copy(existing, newPath);
        }
    }

    /// <summary>Links <paramref name="newPath"/> to <paramref name="existing"/>; false where that is impossible, or <paramref name="existing"/> is gone.</summary>
    public static bool TryLink(string existing, string newPath) => !OperatingSystem.IsWindows() && Link(existing, newPath) == 0;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string newPath);
}
