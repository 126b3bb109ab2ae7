using KnowledgeBase.Building;
using Shouldly;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// What every store of parsed records in .cache/files/ must give: the pages a build from scratch gives, whether the
/// store is read or found damaged and ignored.
/// </summary>
public static class StoredRecordChecks
{
    /// <summary>The output of the site as it is now, built by a copy of it without .cache/ or output.</summary>
    public static IReadOnlyDictionary<string, string> FromScratch(TestSite site)
    {
        using var fresh = site.Copy();
        Directory.Delete(Path.Combine(fresh.Root, ".cache"), recursive: true);
        Directory.Delete(fresh.Output, recursive: true);
        fresh.Build().ShouldHaveBuilt("The copy built from scratch");
        return OutputTree.Hashes(fresh.Output);
    }

    /// <summary>Builds the site, damages its store as named ("damaged", "cut short" or "empty") and builds again into a
    /// new folder: same diagnostics, same files as the first build.</summary>
    public static void DamagedStoreIsIgnored(TestSite site, string store, string damage)
    {
        var first = site.Build();
        first.ShouldHaveBuilt("The first build");
        var fresh = OutputTree.Hashes(site.Output);
        var bytes = File.ReadAllBytes(store);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(store, damage switch
        {
            "damaged" => bytes,
            "cut short" => bytes[..(bytes.Length / 2)],
            "empty" => [],
            _ => throw new ArgumentOutOfRangeException(nameof(damage), damage, "no such damage"),
        });
        var again = Path.Combine(site.Root, "_again");

        var result = new SiteBuilder(TestSite.Clock).Build(new BuildOptions(site.Root, again, null, false));

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Select(diagnostic => diagnostic.ToString()).ShouldBe(first.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        OutputTree.Hashes(again).ShouldBe(fresh);
    }
}
