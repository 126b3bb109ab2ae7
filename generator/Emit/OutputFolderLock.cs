using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Emit;

/// <summary>
/// Keeps a second process from writing an output folder while one is: a `build` into the folder `serve` previews,
/// or two builds into one folder, would each swap or update the folder under the other and stage the other's pages
/// as its own, leaving a site that neither built. The claim is an exclusive lock on a file named by a hash of the
/// output's full path in the system's temporary folder, so it binds builds from any checkout, leaves nothing in the
/// site's folders, and ends with its process however that ends.
/// </summary>
public sealed class OutputFolderLock : IDisposable
{
    private readonly FileStream _lock;

    private OutputFolderLock(FileStream @lock) => _lock = @lock;

    /// <summary>
    /// Claims <paramref name="outputFolder"/> for <paramref name="command"/> until disposed, or throws
    /// <see cref="OutputFolderBusyException"/>, naming the process that holds it, without waiting: serve holds its
    /// folder for as long as it runs, so waiting could be for ever.
    /// </summary>
    public static OutputFolderLock Take(string outputFolder, string command)
    {
        var lockFile = LockFileFor(outputFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
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

        // The holder is told in a file of its own: the locked file cannot be read by the process it keeps out.
        File.WriteAllText(HolderFile(lockFile), string.Create(CultureInfo.InvariantCulture, $"`{command}` (process {Environment.ProcessId})"));
        return new OutputFolderLock(held);
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>
    /// Whether opening the lock file failed because another process holds it: .NET reports that as Windows'
    /// ERROR_SHARING_VIOLATION there, and with flock's EWOULDBLOCK as the code on Unix.
    /// </summary>
    private static bool IsHeldElsewhere(IOException failure) => failure.HResult == (OperatingSystem.IsWindows() ? unchecked((int)0x80070020) : OperatingSystem.IsMacOS() ? 35 : 11);

    private static string LockFileFor(string outputFolder)
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
