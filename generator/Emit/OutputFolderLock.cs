using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Emit;

/// <summary>
/// Keeps a second process from writing an output folder while one is: a `build` into the folder `serve` previews,
/// or two builds into one folder, would each swap or update the folder under the other and stage the other's pages
/// as its own, leaving a site that neither built. The claim is an exclusive lock on a file named by a hash of the
/// output's full path in the system's temporary folder, so it binds builds from any checkout, leaves nothing in the
/// site's folders, and ends with its process however that ends. Where the system can tell a removed lock file from a
/// live one (Linux), the holder removes its files on release, so test runs and many output folders do not fill the
/// temporary folder with them.
/// </summary>
public sealed class OutputFolderLock : IDisposable
{
    /// <summary>More than enough: each retry needs another holder to have released the folder in between.</summary>
    private const int Attempts = 20;

    private readonly FileStream _lock;

    private readonly string _lockFile;

    private OutputFolderLock(FileStream @lock, string lockFile)
    {
        _lock = @lock;
        _lockFile = lockFile;
    }

    /// <summary>
    /// Claims <paramref name="outputFolder"/> for <paramref name="command"/> until disposed, or throws
    /// <see cref="OutputFolderBusyException"/>, naming the process that holds it, without waiting: serve holds its
    /// folder for as long as it runs, so waiting could be for ever.
    /// </summary>
    public static OutputFolderLock Take(string outputFolder, string command)
    {
        var lockFile = LockFileFor(outputFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            FileStream held;
            try
            {
                // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows; either ends with the process.
                held = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException failure) when (IsHeldElsewhere(failure))
            {
                throw new OutputFolderBusyException(outputFolder, HolderOf(lockFile));
            }

            // A holder releasing the folder removes the file it locked; one opened just before that is locked by us
            // now but named by no path, while a newcomer could create and lock a new file under the same name.
            if (IsRemoved(held))
            {
                held.Dispose();
                continue;
            }

            // The holder is told in a file of its own: the locked file cannot be read by the process it keeps out.
            File.WriteAllText(HolderFile(lockFile), string.Create(CultureInfo.InvariantCulture, $"`{command}` (process {Environment.ProcessId})"));
            return new OutputFolderLock(held, lockFile);
        }

        throw new OutputFolderBusyException(outputFolder, HolderOf(lockFile));
    }

    /// <summary>Removes the lock's files while still holding the lock (so no other process can hold that file), then releases it.</summary>
    public void Dispose()
    {
        try
        {
            if (RemovalIsSafe)
            {
                File.Delete(HolderFile(_lockFile));
                File.Delete(_lockFile);
            }
        }
        catch (Exception tidying) when (tidying is IOException or UnauthorizedAccessException)
        {
            // Removal only tidies: files left behind are what every release left before it, and do no harm.
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>
    /// Whether opening the lock file failed because another process holds it: .NET reports that as Windows'
    /// ERROR_SHARING_VIOLATION there, and with flock's EWOULDBLOCK as the code on Unix.
    /// </summary>
    private static bool IsHeldElsewhere(IOException failure) => failure.HResult == (OperatingSystem.IsWindows() ? unchecked((int)0x80070020) : OperatingSystem.IsMacOS() ? 35 : 11);

    /// <summary>The lock file of <paramref name="outputFolder"/>, in the system's temporary folder.</summary>
    internal static string LockFileFor(string outputFolder)
    {
        string output;
        try
        {
            output = OutputFolderGuard.ResolvedPath(outputFolder);
        }
        catch (Exception unusable) when (unusable is IOException or ArgumentException)
        {
            // Not a path (empty, a zero byte) or a link on it that cannot be followed: the build refuses the folder and
            // says why (OutputFolderGuard); the lock it takes meanwhile need only be its own.
            output = outputFolder;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(output)))[..16];
        // A folder per user: one user's folder of locks would refuse another's lock files on a shared machine.
        return Path.Combine(Path.GetTempPath(), $"kb-output-locks-{Environment.UserName}", hash + ".lock");
    }

    /// <summary>
    /// Linux names every open file under /proc/self/fd, with " (deleted)" after the name once its last link is
    /// removed; elsewhere nothing as cheap says so, so there the lock files stay and <see cref="IsRemoved"/> is false.
    /// </summary>
    private static bool RemovalIsSafe => OperatingSystem.IsLinux() && Directory.Exists("/proc/self/fd");

    private static bool IsRemoved(FileStream held) =>
        RemovalIsSafe && new FileInfo($"/proc/self/fd/{held.SafeFileHandle.DangerousGetHandle()}").LinkTarget is { } name
        && name.EndsWith(" (deleted)", StringComparison.Ordinal);

    private static string HolderFile(string lockFile) => Path.ChangeExtension(lockFile, ".holder");

    private static string HolderOf(string lockFile)
    {
        try
        {
            return File.ReadAllText(HolderFile(lockFile));
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return "another `build` or `serve`";
        }
    }
}
