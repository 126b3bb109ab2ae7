using KnowledgeBase.Emit;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

public sealed class AtomicFolderSwapTests
{
    [Fact]
    public void A_swap_refused_after_the_live_site_was_renamed_aside_puts_the_live_site_back()
    {
        using var disk = TemporaryDisk.Mount(sizeKilobytes: 1024);
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = OutputTree.Hashes(site.Output);
        // A new site on another file system: the two folders cannot be exchanged in one call, so the swap falls back to
        // two renames, and the second (the new site into place) is refused across file systems.
        var staging = Path.Combine(disk.Folder, "staging");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "the new site");
        var retired = OutputFolderGuard.RetiredFolder(site.Output, Environment.ProcessId);

        Should.Throw<IOException>(() => AtomicFolderSwap.Swap(staging, site.Output, retired));

        OutputTree.Hashes(site.Output).ShouldBe(before);
        Directory.Exists(retired).ShouldBeFalse("the retired name is given back to the live site");
        File.ReadAllText(Path.Combine(staging, "index.html")).ShouldBe("the new site");
    }
}
