using System.Diagnostics;
using System.Security.Cryptography;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A clone of this repository in a workspace folder of its own, laid out as CI lays out a checkout: beside the clone,
/// the workspace holds a link to a shared folder elsewhere. Deleted when disposed.
/// </summary>
public sealed class ScratchRepository : IDisposable
{
    public ScratchRepository()
    {
        Workspace = Path.Combine(Path.GetTempPath(), "kb-scratch-" + Guid.NewGuid().ToString("N"));
        Shared = Workspace + "-shared";
        Root = Path.Combine(Workspace, "checkout");
        Directory.CreateDirectory(Workspace);
        Git("clone", "--quiet", "--no-hardlinks", RepositoryPaths.Root, Root);
        Directory.CreateDirectory(Path.Combine(Shared, "tools"));
        File.WriteAllText(Path.Combine(Shared, "tools", "settings.txt"), "shared between checkouts\n");
        File.WriteAllText(Path.Combine(Shared, "notes.txt"), "not the build's to delete\n");
        Directory.CreateSymbolicLink(Path.Combine(Workspace, "shared"), Shared);
    }

    /// <summary>The folder holding the clone and the link to the shared folder.</summary>
    public string Workspace { get; }

    /// <summary>The clone: the site root, with .git, content/, generator/ and the rest.</summary>
    public string Root { get; }

    /// <summary>The folder outside the workspace that the workspace links to.</summary>
    public string Shared { get; }

    /// <summary>
    /// Every entry under the workspace and the shared folder: each file's SHA-256, each link's target, each folder,
    /// without following links, so a test can require that nothing at all changed.
    /// </summary>
    public IReadOnlyList<string> Snapshot() => [.. Entries(Workspace, "workspace"), .. Entries(Shared, "shared")];

    public void Dispose()
    {
        foreach (var folder in new[] { Workspace, Shared }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> Entries(string folder, string label)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            var name = $"{label}/{entry.Name}";
            if (entry.LinkTarget is { } target)
            {
                yield return $"{name} -> {target}";
            }
            else if (entry is DirectoryInfo)
            {
                yield return $"{name}/";
                foreach (var inner in Entries(entry.FullName, name))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return $"{name} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)))}";
            }
        }
    }

    private static void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {errors}");
        }
    }
}
