using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeBase.Blocks;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;

namespace KnowledgeBase.Load;

/// <summary>
/// Each article's front matter as the last build read it (<see cref="ArticleFrontMatter"/>, structured blocks and source
/// positions included), kept in .cache/files/article-front-matter.bin and keyed on the file's path, where its YAML
/// starts and the YAML text; the store is the generator's own, so a generator with other record types drops it. A stored
/// record is read instead of parsing the YAML and making the record from its fields, which was most of what loading
/// an unchanged article cost. Only a record whose YAML and fields reported nothing is kept, so every mistake in front
/// matter is found and reported on every build.
/// </summary>
public sealed class ArticleFrontMatterStore
{
    private readonly FileFactStore<ArticleFrontMatter> _records;

    private ArticleFrontMatterStore(FileFactStore<ArticleFrontMatter> records) => _records = records;

    /// <summary>No store: every front matter is parsed, nothing is kept.</summary>
    public static ArticleFrontMatterStore None => new(FileFactStore<ArticleFrontMatter>.None);

    /// <summary>The records the last build of the site at <paramref name="siteRoot"/> kept.</summary>
    public static ArticleFrontMatterStore Of(string siteRoot) =>
        new(FileFactStore<ArticleFrontMatter>.Of(siteRoot, "article-front-matter.bin", "kb-article-front-matter 1", Read, Write));

    /// <summary>
    /// The article's front matter: the stored record when there is one for this YAML, otherwise read from the YAML (its
    /// events from <paramref name="events"/> when kept), reporting every mistake; null when the YAML cannot be read.
    /// </summary>
    public ArticleFrontMatter? FrontMatterOf(FrontMatterDocument document, YamlEventCache events, DiagnosticBag diagnostics)
    {
        var key = KeyOf(document);
        if (_records.TryGet(key, out var stored))
        {
            return stored;
        }

        var problems = new DiagnosticBag();
        var root = YamlMappingParser.Parse(document.Path, document.Yaml, document.YamlFirstLine, problems, events);
        var fields = root is null ? null : YamlFields.FromRoot(root, document.Path, document.YamlFirstLine, problems);
        var frontMatter = fields is null ? null : ArticleFrontMatterReader.Read(fields);
        var reported = problems.Sorted();
        foreach (var problem in reported)
        {
            diagnostics.Add(problem);
        }

        if (frontMatter is not null && reported.Count == 0)
        {
            _records.Keep(key, frontMatter);
        }

        return frontMatter;
    }

    /// <summary>Keeps this build's records for the next; a store that cannot be written is simply not there next time.</summary>
    public void Save() => _records.Save();

    /// <summary>Everything a record is made from: the YAML, and the file and line its positions are counted from.</summary>
    private static string KeyOf(FrontMatterDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var start = $"{document.Path}\0{document.YamlFirstLine}\0";
        hash.AppendData(MemoryMarshal.AsBytes(start.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(document.Yaml.AsSpan()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Write(BinaryWriter writer, ArticleFrontMatter frontMatter) =>
        writer.Write(JsonSerializer.SerializeToUtf8Bytes(frontMatter, StoredRecords.Default.ArticleFrontMatter));

    private static ArticleFrontMatter Read(BinaryReader reader)
    {
        var json = reader.ReadBytes(checked((int)(reader.BaseStream.Length - reader.BaseStream.Position)));
        try
        {
            return JsonSerializer.Deserialize(json, StoredRecords.Default.ArticleFrontMatter) ?? throw new FormatException("a stored record that is null");
        }
        catch (JsonException damaged)
        {
            throw new FormatException("a stored record that cannot be read", damaged);
        }
    }
}

/// <summary>
/// The records' JSON, made at compile time from their types, so that a new field or block is stored without code of its
/// own. What a record works out from its fields (get-only properties) is left out; a block's kind is written as its key.
/// </summary>
[JsonSourceGenerationOptions(
    IgnoreReadOnlyProperties = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(EvidenceBlockKindConverter)])]
[JsonSerializable(typeof(ArticleFrontMatter))]
internal sealed partial class StoredRecords : JsonSerializerContext;

/// <summary>A kind of block as its front-matter key, read back as the one kind of <see cref="EvidenceBlockRegistry"/>.</summary>
internal sealed class EvidenceBlockKindConverter : JsonConverter<IEvidenceBlock>
{
    public override IEvidenceBlock Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var key = reader.GetString();
        return EvidenceBlockRegistry.All.FirstOrDefault(kind => kind.Key == key) ?? throw new JsonException($"no kind of block is written under '{key}'");
    }

    public override void Write(Utf8JsonWriter writer, IEvidenceBlock value, JsonSerializerOptions options) => writer.WriteStringValue(value.Key);
}
