using Shouldly;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Compares rendered output with a snapshot checked into tests/KnowledgeBase.Tests/Golden. Snapshots change
/// only on purpose: run the tests with UPDATE_GOLDEN=1 to rewrite them, then review the diff.
/// </summary>
public static class Golden
{
    public static void ShouldMatch(string actual, string name)
    {
        var path = Path.Combine(RepositoryPaths.GoldenFolder, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"no golden file {name}; run the tests once with UPDATE_GOLDEN=1 and review it");
        actual.ShouldBe(File.ReadAllText(path), $"rendered output differs from Golden/{name}; if the change is intended, run with UPDATE_GOLDEN=1");
    }
}
