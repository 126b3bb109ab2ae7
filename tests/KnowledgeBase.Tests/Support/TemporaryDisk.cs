using System.Diagnostics;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A small tmpfs mounted at a fresh folder, to make a disk fill up or turn read-only under a build (root ignores
/// file permissions, so only a real file system refuses root's writes). Mounting needs root, or sudo without a
/// password as on hosted CI runners: without either the tests that use a disk skip with the reason, except in CI.
/// </summary>
public sealed class TemporaryDisk : IDisposable
{
    private TemporaryDisk(string folder) => Folder = folder;

    public string Folder { get; }

    public static TemporaryDisk Mount(int sizeKilobytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kb-disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var (exitCode, errors) = Run("mount", "-t", "tmpfs", "-o", $"size={sizeKilobytes}k", "tmpfs", folder);
        if (exitCode != 0)
        {
            Directory.Delete(folder);
            var reason = $"could not mount a temporary disk ({errors.Trim()}): these tests need root or sudo";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException(reason + "; CI must run them");
            }

            Assert.Skip(reason);
        }

        return new TemporaryDisk(folder);
    }

    public void MakeReadOnly() => Check(Run("mount", "-o", "remount,ro", Folder));

    public void Dispose()
    {
        Check(Run("umount", Folder));
        Directory.Delete(Folder);
    }

    private static void Check((int ExitCode, string Errors) result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Errors);
        }
    }

    private static (int ExitCode, string Errors) Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.IsPrivilegedProcess ? command : "sudo")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        if (!Environment.IsPrivilegedProcess)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add(command);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors);
    }
}
