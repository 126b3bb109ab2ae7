using System.Text.RegularExpressions;
using Shouldly;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Compares rendered output with a snapshot checked into tests/KnowledgeBase.Tests/Golden. Snapshots change
/// only on purpose: run the tests with UPDATE_GOLDEN=1 to rewrite them, then review the diff. Content hashes in
/// asset names are scrubbed on both sides, so editing a stylesheet or script leaves the snapshots of markup alone.
/// </summary>
public static partial class Golden
{
    public const string HashPlaceholder = "HASH";

    public static void ShouldMatch(string actual, string name)
    {
        var path = Path.Combine(RepositoryPaths.GoldenFolder, name);
        var scrubbed = ScrubAssetHashes(actual);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, scrubbed);
            return;
        }

        File.Exists(path).ShouldBeTrue($"no golden file {name}; run the tests once with UPDATE_GOLDEN=1 and review it");
        scrubbed.ShouldBe(Snapshot(name), $"rendered output differs from Golden/{name}; if the change is intended, run with UPDATE_GOLDEN=1");
    }

    /// <summary>Whether output matches a snapshot as <see cref="ShouldMatch"/> compares them, without ever rewriting it.</summary>
    public static bool Matches(string actual, string name) => ScrubAssetHashes(actual) == Snapshot(name);

    private static string Snapshot(string name) => ScrubAssetHashes(File.ReadAllText(Path.Combine(RepositoryPaths.GoldenFolder, name)));

    /// <summary>Replaces the content hash in fingerprinted asset names (site.94273c7243.css) with a fixed word.</summary>
    public static string ScrubAssetHashes(string html) => FingerprintedName().Replace(html, "${name}." + HashPlaceholder + "${extension}");

    // The generator's fingerprint is the first ten hex digits of SHA-256 (Render/ContentFingerprint), before the extension.
    [GeneratedRegex(@"(?<name>/[\w.-]+)\.[0-9a-f]{10}(?<extension>\.[a-z0-9]+)\b")]
    private static partial Regex FingerprintedName();
}
