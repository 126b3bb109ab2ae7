using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using KnowledgeBase.Render;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KnowledgeBase.Load;

/// <summary>
/// The parsing events of each front matter as the last build read them, with their positions, kept in
/// .cache/files/yaml-events.bin and keyed on the SHA-256 of the YAML text: scanning YAML is most of what reading front
/// matter costs, and the same text always gives the same events. Positions are counted within the YAML text, so where
/// it starts in its file is not part of the key. Only a parse that reported nothing is kept, so every YAML mistake is
/// found and reported, with its line and column, on every build. The nodes, the fields and every check on them are
/// still made from the events each time.
/// </summary>
public sealed class YamlEventCache
{
    private readonly FileFactStore<ParsingEvent[]> _events;

    private YamlEventCache(FileFactStore<ParsingEvent[]> events) => _events = events;

    /// <summary>No cache: every YAML text is parsed, nothing is kept.</summary>
    public static YamlEventCache None => new(FileFactStore<ParsingEvent[]>.None);

    /// <summary>The events the last build of the site at <paramref name="siteRoot"/> kept.</summary>
    public static YamlEventCache Of(string siteRoot) =>
        new(FileFactStore<ParsingEvent[]>.Of(siteRoot, "yaml-events.bin", "kb-yaml-events 1", Read, Write));

    /// <summary>The events kept for this YAML text, kept again for the next build; false when none are.</summary>
    public bool TryGet(string yaml, [MaybeNullWhen(false)] out ParsingEvent[] events) => _events.TryGet(KeyOf(yaml), out events);

    /// <summary>Keeps the events of a YAML text that was parsed without a problem.</summary>
    public void Keep(string yaml, IReadOnlyList<ParsingEvent> events) => _events.Keep(KeyOf(yaml), [.. events]);

    /// <summary>Keeps the events of this build's YAML for the next; a cache that cannot be written is simply not there next time.</summary>
    public void Save() => _events.Save();

    private static string KeyOf(string yaml) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(yaml.AsSpan())));

    private enum Kind : byte
    {
        StreamStart,
        StreamEnd,
        DocumentStart,
        DocumentEnd,
        MappingStart,
        MappingEnd,
        SequenceStart,
        SequenceEnd,
        Scalar,
    }

    /// <summary>
    /// Writes what building nodes reads from each event. Anchors are never there (the parser refuses them), and a
    /// document's directives are left out: the parser has already applied them to the tags.
    /// </summary>
    private static void Write(BinaryWriter writer, ParsingEvent[] events)
    {
        writer.Write(events.Length);
        foreach (var parsingEvent in events)
        {
            writer.Write((byte)KindOf(parsingEvent));
            WriteMark(writer, parsingEvent.Start);
            WriteMark(writer, parsingEvent.End);
            switch (parsingEvent)
            {
                case DocumentStart start:
                    writer.Write(start.IsImplicit);
                    break;
                case DocumentEnd end:
                    writer.Write(end.IsImplicit);
                    break;
                case MappingStart mapping:
                    WriteTag(writer, mapping.Tag);
                    writer.Write(mapping.IsImplicit);
                    writer.Write((byte)mapping.Style);
                    break;
                case SequenceStart sequence:
                    WriteTag(writer, sequence.Tag);
                    writer.Write(sequence.IsImplicit);
                    writer.Write((byte)sequence.Style);
                    break;
                case Scalar scalar:
                    WriteTag(writer, scalar.Tag);
                    writer.Write(scalar.Value);
                    writer.Write((byte)scalar.Style);
                    writer.Write(scalar.IsPlainImplicit);
                    writer.Write(scalar.IsQuotedImplicit);
                    writer.Write(scalar.IsKey);
                    break;
            }
        }
    }

    private static Kind KindOf(ParsingEvent parsingEvent) => parsingEvent switch
    {
        StreamStart => Kind.StreamStart,
        StreamEnd => Kind.StreamEnd,
        DocumentStart => Kind.DocumentStart,
        DocumentEnd => Kind.DocumentEnd,
        MappingStart => Kind.MappingStart,
        MappingEnd => Kind.MappingEnd,
        SequenceStart => Kind.SequenceStart,
        SequenceEnd => Kind.SequenceEnd,
        Scalar => Kind.Scalar,
        _ => throw new InvalidOperationException($"the YAML parser gave a {parsingEvent.GetType().Name} event, which it never gives with comments skipped and anchors refused"),
    };

    private static ParsingEvent[] Read(BinaryReader reader)
    {
        var events = new ParsingEvent[reader.ReadInt32()];
        for (var i = 0; i < events.Length; i++)
        {
            var kind = (Kind)reader.ReadByte();
            var (start, end) = (ReadMark(reader), ReadMark(reader));
            events[i] = kind switch
            {
                Kind.StreamStart => new StreamStart(start, end),
                Kind.StreamEnd => new StreamEnd(start, end),
                Kind.DocumentStart => new DocumentStart(null, null, reader.ReadBoolean(), start, end),
                Kind.DocumentEnd => new DocumentEnd(reader.ReadBoolean(), start, end),
                Kind.MappingStart => new MappingStart(AnchorName.Empty, ReadTag(reader), reader.ReadBoolean(), (MappingStyle)reader.ReadByte(), start, end),
                Kind.MappingEnd => new MappingEnd(start, end),
                Kind.SequenceStart => new SequenceStart(AnchorName.Empty, ReadTag(reader), reader.ReadBoolean(), (SequenceStyle)reader.ReadByte(), start, end),
                Kind.SequenceEnd => new SequenceEnd(start, end),
                Kind.Scalar => ReadScalar(reader, start, end),
                _ => throw new FormatException("an unknown kind of YAML event"),
            };
        }

        return events;
    }

    private static Scalar ReadScalar(BinaryReader reader, Mark start, Mark end)
    {
        var (tag, value, style) = (ReadTag(reader), reader.ReadString(), (ScalarStyle)reader.ReadByte());
        var (plainImplicit, quotedImplicit, isKey) = (reader.ReadBoolean(), reader.ReadBoolean(), reader.ReadBoolean());
        return new Scalar(AnchorName.Empty, tag, value, style, plainImplicit, quotedImplicit, start, end, isKey);
    }

    private static void WriteTag(BinaryWriter writer, TagName tag) => writer.Write(tag.IsEmpty ? "" : tag.Value);

    private static TagName ReadTag(BinaryReader reader) => reader.ReadString() is { Length: > 0 } tag ? new TagName(tag) : TagName.Empty;

    private static void WriteMark(BinaryWriter writer, Mark mark)
    {
        writer.Write7BitEncodedInt64(mark.Index);
        writer.Write7BitEncodedInt64(mark.Line);
        writer.Write7BitEncodedInt64(mark.Column);
    }

    private static Mark ReadMark(BinaryReader reader) => new(reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64());
}
