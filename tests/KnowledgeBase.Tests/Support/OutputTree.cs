using System.Security.Cryptography;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Fingerprints a built site: every file's relative path and SHA-256, in path order (so that two folders' listings
/// compare alike whatever order the file system lists them in), to compare builds byte for byte.
/// </summary>
public static class OutputTree
{
    public static IReadOnlyDictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                file => Path.GetRelativePath(folder, file).Replace('\\', '/'),
                file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));
}
