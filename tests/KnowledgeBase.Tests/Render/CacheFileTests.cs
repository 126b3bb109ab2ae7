using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

public sealed class CacheFileTests
{
    [Fact]
    public void A_file_of_records_the_disk_cannot_hold_leaves_the_one_before_readable_and_no_partial_file()
    {
        using var disk = TemporaryDisk.Mount(sizeKilobytes: 1024);
        var store = Path.Combine(disk.Folder, CacheFile.FolderName, "files", "facts.bin");
        CacheFile.Write(store, writer => writer.Write("the facts of the last build"));

        // Written as it is made, so the disk fills up part way through the file.
        Should.Throw<IOException>(() => CacheFile.Write(store, writer =>
        {
            for (var block = 0; block < 64; block++)
            {
                writer.Write(new byte[32 * 1024]);
            }
        }));

        using (var reader = CacheFile.Open(store))
        {
            reader.ShouldNotBeNull("The store of the last build");
            reader.ReadString().ShouldBe("the facts of the last build");
        }

        Directory.GetFiles(Path.GetDirectoryName(store)!).ShouldBe([store], "A file cut short by the full disk was left beside the store");
    }
}
