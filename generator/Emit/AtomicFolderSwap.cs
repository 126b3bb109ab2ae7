using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KnowledgeBase.Emit;

/// <summary>
/// Puts a freshly written folder in place of the live one. On Linux both names are exchanged in one
/// atomic renameat2(RENAME_EXCHANGE) call, so there is no instant at which the site is missing; elsewhere
/// (or on file systems without it) two renames are used and an interrupted swap is repaired on the next build.
/// </summary>
public static partial class AtomicFolderSwap
{
    private const int CurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>
    /// Makes <paramref name="staging"/> the new <paramref name="output"/>, and returns where the old output is now (the
    /// staging or the retired name), or null when there was none. A failed swap leaves the old output in place.
    /// </summary>
    public static string? Swap(string staging, string output, string retired)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return null;
        }

        if (OperatingSystem.IsLinux() && TryExchange(staging, output))
        {
            return staging;
        }

        Directory.Move(output, retired);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(retired, output);
            throw;
        }

        return retired;
    }

    /// <summary>
    /// Hands what an earlier, killed or failed build left beside the output (its staging or retired folder) to
    /// <paramref name="setAside"/>, and puts a retired site back when the kill came between the two renames of the
    /// fallback swap. A folder that only looks like a leftover (a link, or one without the build's marker) is left alone.
    /// </summary>
    public static void RepairAfterInterruptedBuild(string output, Action<string> setAside)
    {
        foreach (var leftover in OutputFolderGuard.BuildLeftovers(output))
        {
            if (IsOwnedByRunningProcess(leftover) || new DirectoryInfo(leftover).LinkTarget is not null || !OutputFolderGuard.IsOwned(leftover))
            {
                continue;
            }

            if (!Directory.Exists(output) && OutputFolderGuard.IsRetiredFolder(output, leftover))
            {
                Directory.Move(leftover, output);
            }
            else
            {
                setAside(leftover);
            }
        }
    }

    private static bool IsOwnedByRunningProcess(string folder)
    {
        if (!int.TryParse(folder[(folder.LastIndexOf('-') + 1)..], out var processId) || processId == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryExchange(string first, string second) =>
        RenameAt2(CurrentDirectory, first, CurrentDirectory, second, RenameExchange) == 0;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
