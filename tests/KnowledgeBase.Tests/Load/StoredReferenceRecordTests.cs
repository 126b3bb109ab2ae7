using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Tests.Support;
using Markdig.Syntax;
using Shouldly;

namespace KnowledgeBase.Tests.Load;

/// <summary>
/// Sources made from the records a previous build kept in .cache/files/reference-records.bin instead of from their
/// YAML: what a reader sees and what a check reports are those of a build from scratch.
/// </summary>
public sealed class StoredReferenceRecordTests
{
    private const string Source = "content/references/abdallah2009.md";

    private static string Store(TestSite site) => Path.Combine(site.Root, ".cache", "files", "reference-records.bin");

    /// <summary>Every value of a record but its summary's tree, which is parsed on every build, with every position.</summary>
    private static readonly JsonSerializerOptions WithoutSummary = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                type =>
                {
                    foreach (var summary in type.Properties.Where(property => property.PropertyType == typeof(MarkdownDocument)).ToList())
                    {
                        type.Properties.Remove(summary);
                    }
                },
            },
        },
    };

    private static TestSite SiteWithASource()
    {
        var site = new TestSite();
        site.AddRepositoryReferences("abdallah2009");
        return site;
    }

    [Fact]
    public void Every_field_of_the_real_sources_is_read_back_as_their_yaml_gives_it()
    {
        using var site = TestSite.WithRepositoryContent();
        site.Check();
        File.Exists(Store(site)).ShouldBeTrue("the check keeps the sources' records");

        var stored = new SiteLoader(site.Root, referenceRecords: ReferenceRecordStore.Of(site.Root)).Load(new DiagnosticBag()).References.All;
        var parsed = new SiteLoader(site.Root).Load(new DiagnosticBag()).References.All;

        stored.Count.ShouldBe(parsed.Count);
        stored.Count.ShouldBeGreaterThan(100);
        for (var index = 0; index < parsed.Count; index++)
        {
            JsonSerializer.Serialize(stored[index], WithoutSummary).ShouldBe(JsonSerializer.Serialize(parsed[index], WithoutSummary));
            stored[index].Summary.Count.ShouldBe(parsed[index].Summary.Count);
        }
    }

    [Theory]
    [InlineData("a choice that is not one", "type: journal-article", "type: journal-articel")]
    [InlineData("a url that is not a web address", "year: 2009", "year: 2009\nurl: ftp://example.org/paper")]
    [InlineData("a key nobody reads", "year: 2009", "year: 2009\nyera: 2010")]
    [InlineData("Markdown nested too deeply in the summary", "it was very small.", "it was very small.\n\n" + ">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> deep")]
    public void A_mistake_in_an_unchanged_source_is_reported_on_every_check_as_from_scratch(string mistake, string written, string mistaken)
    {
        using var site = SiteWithASource();
        var text = site.ReadSource(Source).ReplaceLineEndings("\n");
        text.ShouldContain(written);
        site.Write(Source, text.Replace(written, mistaken));

        var first = site.Run("check");
        var second = site.Run("check");
        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);
        var fromScratch = site.Run("check");

        first.ExitCode.ShouldBe(1, mistake);
        first.Output.ShouldContain($"{Source}:");
        second.ShouldBe(first, mistake);
        fromScratch.ShouldBe(first, mistake);
    }

    [Fact]
    public void An_edit_to_a_sources_front_matter_shows_as_a_build_from_scratch_shows_it()
    {
        using var site = SiteWithASource();
        site.Build().ShouldHaveBuilt("The first build");

        site.Write(Source, site.ReadSource(Source).Replace("participants: 28 men (14 vs 14)", "participants: 29 men (15 vs 14)"));
        site.Build().ShouldHaveBuilt("The build after the edit");

        site.ReadOutput("references/abdallah2009/index.html").ShouldContain("29 men (15 vs 14)");
        OutputTree.Hashes(site.Output).ShouldBe(StoredRecordChecks.FromScratch(site));
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("cut short")]
    [InlineData("empty")]
    public void A_damaged_store_is_ignored_and_the_site_built_as_from_scratch(string damage)
    {
        using var site = SiteWithASource();
        StoredRecordChecks.DamagedStoreIsIgnored(site, Store(site), damage);
    }

    [Fact]
    public void A_store_written_in_another_format_is_not_read()
    {
        using var site = SiteWithASource();
        site.Check();
        var bytes = File.ReadAllBytes(Store(site));
        var participants = Encoding.UTF8.GetBytes("28 men (14 vs 14)");
        var at = bytes.AsSpan().IndexOf(participants);
        at.ShouldBeGreaterThan(0, "the store holds the source's record");
        Encoding.UTF8.GetBytes("99 men (14 vs 14)").CopyTo(bytes, at);
        string? Participants() =>
            new SiteLoader(site.Root, referenceRecords: ReferenceRecordStore.Of(site.Root)).Load(new DiagnosticBag()).References["abdallah2009"].Study.Participants;

        // The store's file starts with the SHA-256 of the rest, which an altered store must match to be read.
        void WriteStore()
        {
            SHA256.HashData(bytes.AsSpan(SHA256.HashSizeInBytes)).CopyTo(bytes, 0);
            File.WriteAllBytes(Store(site), bytes);
        }

        // In the same format, the altered record is what is loaded: the store is read.
        WriteStore();
        Participants().ShouldBe("99 men (14 vs 14)");

        var format = SHA256.HashSizeInBytes + 1;
        bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("kb-reference-records 1")).ShouldBe(format, "the store starts with its format");
        Encoding.UTF8.GetBytes("kb-reference-records 0").CopyTo(bytes, format);
        WriteStore();

        Participants().ShouldBe("28 men (14 vs 14)");
    }
}
