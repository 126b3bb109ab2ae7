using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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
    private readonly FileFactStore<FileFrontMatter> _records;

    private ArticleFrontMatterStore(FileFactStore<FileFrontMatter> records) => _records = records;

    /// <summary>No store: every front matter is parsed, nothing is kept.</summary>
    public static ArticleFrontMatterStore None => new(FileFactStore<FileFrontMatter>.None);

    /// <summary>The records the last build of the site at <paramref name="siteRoot"/> kept.</summary>
    public static ArticleFrontMatterStore Of(string siteRoot) =>
        new(FileFactStore<FileFrontMatter>.Of(siteRoot, "article-front-matter.bin", "kb-article-front-matter 1", Read, Write));

    /// <summary>
    /// The article's front matter: the stored record when there is one for this YAML, otherwise read from the YAML (its
    /// events from <paramref name="events"/> when kept), reporting every mistake; null when the YAML cannot be read.
    /// </summary>
    public ArticleFrontMatter? FrontMatterOf(FrontMatterDocument document, YamlEventCache events, DiagnosticBag diagnostics)
    {
        var key = KeyOf(document);
        if (_records.TryGet(key, out var stored))
        {
            return stored.FrontMatter;
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
            _records.Keep(key, new FileFrontMatter(document.Path, frontMatter));
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

    /// <summary>A file's front matter; its positions in the file itself are written without its path.</summary>
    private sealed record FileFrontMatter(string Path, ArticleFrontMatter FrontMatter);

    /// <summary>
    /// The records' JSON contract: the source-generated one without what a record works out from its fields (get-only
    /// properties, such as a block's citations), which a record is never made from.
    /// </summary>
    private static readonly JsonTypeInfo<ArticleFrontMatter> Contract = (JsonTypeInfo<ArticleFrontMatter>)new JsonSerializerOptions(StoredRecords.Default.Options)
    {
        TypeInfoResolver = StoredRecords.Default.WithAddedModifier(type =>
        {
            foreach (var property in type.Properties.Where(property => property.Set is null).ToList())
            {
                type.Properties.Remove(property);
            }
        }),
    }.GetTypeInfo(typeof(ArticleFrontMatter));

    private static void Write(BinaryWriter writer, FileFrontMatter file)
    {
        writer.Write(file.Path);
        SourceLocationConverter.FilePath = file.Path;
        writer.Write(JsonSerializer.SerializeToUtf8Bytes(file.FrontMatter, Contract));
    }

    private static FileFrontMatter Read(BinaryReader reader)
    {
        var path = reader.ReadString();
        var json = reader.ReadBytes(checked((int)(reader.BaseStream.Length - reader.BaseStream.Position)));
        SourceLocationConverter.FilePath = path;
        try
        {
            return new FileFrontMatter(path, JsonSerializer.Deserialize(json, Contract) ?? throw new FormatException("a stored record that is null"));
        }
        catch (JsonException damaged)
        {
            throw new FormatException("a stored record that cannot be read", damaged);
        }
    }
}

/// <summary>
/// The records' JSON, made at compile time from their types, so that a new field or block is stored without code of its
/// own. A block's kind is written as its key, a position as its line and column.
/// </summary>
[JsonSourceGenerationOptions(
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(EvidenceBlockKindConverter), typeof(SourceLocationConverter)])]
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

/// <summary>
/// A position as [line, column], followed by its file only when that is not the file whose record is written: the same
/// path in every position was most of a record's bytes, and a string to make for each when read.
/// </summary>
internal sealed class SourceLocationConverter : JsonConverter<SourceLocation>
{
    /// <summary>The file whose record this thread writes or reads (a converter is shared, and told nothing of the record).</summary>
    [ThreadStatic]
    public static string? FilePath;

    public override SourceLocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        int Number(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : throw new JsonException("a position without its line or column");

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("a position that is not a list");
        }

        var (line, column) = (Number(ref reader), Number(ref reader));
        var path = FilePath;
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            path = reader.GetString();
            reader.Read();
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("a position with more than its line, column and file");
        }

        return new SourceLocation(path ?? throw new JsonException("a position without its file"), line, column);
    }

    public override void Write(Utf8JsonWriter writer, SourceLocation value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Line);
        writer.WriteNumberValue(value.Column);
        if (value.Path != FilePath)
        {
            writer.WriteStringValue(value.Path);
        }

        writer.WriteEndArray();
    }
}
