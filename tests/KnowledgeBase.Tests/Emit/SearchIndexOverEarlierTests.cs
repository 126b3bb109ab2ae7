using System.Buffers;
using System.IO.Compression;
using System.Text.Json.Nodes;
using KnowledgeBase.Building;
using KnowledgeBase.Emit;
using KnowledgeBase.Index;
using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>
/// A build that indexes the site again starts from the index of the output it keeps (Pagefind does not write again a
/// file named by its content that is there), and still publishes the index a clean build makes: nothing stale, cut
/// short or changed by hand survives, and no file of the live output is written into.
/// </summary>
public sealed class SearchIndexOverEarlierTests : IDisposable
{
    private readonly IncrementalBuildSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_index_made_again_over_the_kept_one_keeps_files_of_it_and_is_the_index_a_clean_build_makes()
    {
        BuildTwice();
        // A time no file Pagefind writes has, to tell the kept index's files in the new output.
        var keptTime = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in IndexFiles(KeptOutput))
        {
            File.SetLastWriteTimeUtc(file, keptTime);
        }

        _site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 9));

        _site.Build().CacheUse.ShouldNotBeNull().ShouldEndWith("search index rebuilt");

        IndexFiles(_site.Output).Count(file => File.GetLastWriteTimeUtc(file) == keptTime).ShouldBeGreaterThan(0, "files of the kept index were kept");
        _site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_kept_fragment_holding_another_page_s_words_under_a_name_the_new_index_uses_is_not_published()
    {
        BuildTwice();
        var fragments = Directory.GetFiles(Path.Combine(_site.Output, "pagefind/fragment"));
        var people = fragments.Single(file => UrlOf(file).Contains("people", StringComparison.Ordinal));
        var planted = Path.Combine(KeptOutput, "pagefind/fragment", Path.GetFileName(people));
        File.Delete(planted);
        File.Copy(fragments.First(file => file != people), planted);
        DeleteALiveIndexFileOtherThan(Path.GetFileName(people));

        _site.Build().CacheUse.ShouldNotBeNull().ShouldEndWith("search index rebuilt");

        _site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_kept_index_part_without_its_last_word_under_a_name_the_new_index_uses_is_not_published()
    {
        BuildTwice();
        var part = Directory.GetFiles(Path.Combine(_site.Output, "pagefind/index")).Order(StringComparer.Ordinal).First();
        var words = IndexPartSplitter.ReadWords(IndexPartSplitter.Read(part));
        words.Count.ShouldBeGreaterThan(1);
        var shorter = new ArrayBufferWriter<byte>();
        CborItems.WriteList(shorter, 1);
        CborItems.WriteList(shorter, words.Count - 1);
        foreach (var word in words[..^1])
        {
            shorter.Write(word.Encoded.Span);
        }

        var planted = Path.Combine(KeptOutput, "pagefind/index", Path.GetFileName(part));
        File.Delete(planted);
        WriteIndexFile(planted, shorter.WrittenSpan);
        DeleteALiveIndexFileOtherThan(Path.GetFileName(part));

        _site.Build().CacheUse.ShouldNotBeNull().ShouldEndWith("search index rebuilt");

        _site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_live_index_file_changed_by_hand_is_not_kept_for_a_later_index()
    {
        BuildTwice();
        var people = Directory.GetFiles(Path.Combine(_site.Output, "pagefind/fragment")).Single(file => UrlOf(file).Contains("people", StringComparison.Ordinal));
        // Same page, same word count: only what it says differs, which nothing but its build's record can tell.
        var fragment = JsonNode.Parse(IndexPartSplitter.Read(people))!;
        fragment["content"] = fragment["content"]!.GetValue<string>() + " Changed by hand";
        File.Delete(people);
        WriteIndexFile(people, System.Text.Encoding.UTF8.GetBytes(fragment.ToJsonString()));
        _site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 9));
        _site.Build().CacheUse.ShouldNotBeNull().ShouldEndWith("search index rebuilt");
        DeleteALiveIndexFileOtherThan(Path.GetFileName(people));

        _site.Build().CacheUse.ShouldNotBeNull().ShouldEndWith("search index rebuilt");

        _site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_file_Pagefind_writes_into_is_not_left_for_it_though_it_is_another_name_of_a_live_file()
    {
        _site.Build();
        _site.Apply(new SiteEdit(EditKind.Nothing, Pick: 0, Word: 0));
        _site.Build().CacheUse.ShouldNotBeNull().ShouldEndWith("search index reused");
        var script = Path.Combine(_site.Output, "pagefind/pagefind.js");
        File.AppendAllText(script, "\n// changed in place, so in the kept output too, which shares the file\n");
        var witness = Path.Combine(_site.Root, "witness.js");
        HardLink.LinkOrCopy(script, witness);
        var before = File.ReadAllText(witness);
        _site.Apply(new SiteEdit(EditKind.Body, Pick: 1, Word: 9));

        _site.Build().CacheUse.ShouldNotBeNull().ShouldEndWith("search index rebuilt");

        File.ReadAllText(witness).ShouldBe(before, "no file of the live output was written into");
        _site.DifferenceFromACleanBuild().ShouldBeNull();
    }

    [Fact]
    public void A_failed_build_does_not_keep_the_index_files_it_wrote()
    {
        var kept = Path.Combine(_site.Root, ".cache", "kept");

        Should.Throw<IOException>(() => OutputWriter.Write(_site.Output, kept, previous: null, liveBuilt: null, new SetAsideFolder(_site.Output, DateTime.UtcNow), sink =>
        {
            sink.Add(new OutputFile("index.html", "the home page"u8.ToArray()));
            sink.RemoveUnstaged(leaveEarlierIndex: true);
            Directory.CreateDirectory(Path.Combine(sink.Folder, "pagefind/fragment"));
            File.WriteAllText(Path.Combine(sink.Folder, "pagefind/fragment/en_1234567.pf_fragment"), "cut short");
            throw new IOException("the disk is full");
        }));

        File.Exists(Path.Combine(kept, "index.html")).ShouldBeTrue("the failed build's staging folder is kept for the next build");
        File.Exists(Path.Combine(kept, "pagefind/fragment/en_1234567.pf_fragment")).ShouldBeFalse();
    }

    [Fact]
    public void The_index_files_of_what_a_killed_build_was_staging_are_not_kept()
    {
        var leftover = OutputFolderGuard.StagingFolder(_site.Output, int.MaxValue - 1);
        Directory.CreateDirectory(Path.Combine(leftover, "pagefind/index"));
        OutputFolderGuard.Mark(leftover);
        File.WriteAllText(Path.Combine(leftover, "index.html"), "staged before the kill");
        File.WriteAllText(Path.Combine(leftover, "pagefind/index/en_1234567.pf_index"), "cut short by the kill");
        var kept = Path.Combine(_site.Root, ".cache", "kept");

        OutputWriter.RecoverFromInterruptedBuild(_site.Output, kept, new SetAsideFolder(_site.Output, DateTime.UtcNow));

        File.ReadAllText(Path.Combine(kept, "index.html")).ShouldBe("staged before the kill");
        File.Exists(Path.Combine(kept, "pagefind/index/en_1234567.pf_index")).ShouldBeFalse();
    }

    /// <summary>Builds, edits and builds again, so that the first build's output, index and all, is kept for the next build to start from.</summary>
    private void BuildTwice()
    {
        _site.Build();
        _site.Apply(new SiteEdit(EditKind.Title, Pick: 0, Word: 4));
        _site.Build().CacheUse.ShouldNotBeNull().ShouldEndWith("search index rebuilt");
        Directory.Exists(Path.Combine(KeptOutput, "pagefind/fragment")).ShouldBeTrue();
    }

    /// <summary>Makes the next build index the site again though no page changed: its index names the files the last one did.</summary>
    private void DeleteALiveIndexFileOtherThan(string name) =>
        File.Delete(IndexFiles(_site.Output).Where(file => file.EndsWith(".pf_fragment", StringComparison.Ordinal) && Path.GetFileName(file) != name).Order(StringComparer.Ordinal).First());

    private string KeptOutput => new BuildCache(new BuildOptions(_site.Root, _site.Output), indexerIdentity: "").KeptOutputFolder;

    private static string[] IndexFiles(string output) => Directory.GetFiles(Path.Combine(output, "pagefind"), "*", SearchOption.AllDirectories);

    private static string UrlOf(string fragment) => JsonNode.Parse(IndexPartSplitter.Read(fragment))!["url"]!.GetValue<string>();

    /// <summary>Writes a file of the index as Pagefind compresses them, after its signature.</summary>
    private static void WriteIndexFile(string path, ReadOnlySpan<byte> content)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        gzip.Write("pagefind_dcd"u8);
        gzip.Write(content);
    }
}
