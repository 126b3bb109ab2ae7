using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;
using Markdig;
using Markdig.Syntax;

namespace KnowledgeBase.Load;

/// <summary>
/// Each source's record as the last build read it from its front matter (<see cref="ReferenceRecord"/> without its
/// summary), kept in .cache/files/reference-records.bin and keyed on the file's path and fingerprint, which the loader
/// has already worked out, so an unchanged source's YAML is not turned into a record again (docs/performance.md).
/// Only a record whose YAML and fields reported nothing is kept, so every mistake in a source's front matter is found
/// and reported on every build. The summary is parsed on every build (its mistakes reported with it), since a
/// Markdown tree has no stored form and costs little.
/// </summary>
public sealed class ReferenceRecordStore
{
    private readonly FileFactStore<ReferenceRecord> _records;

    private ReferenceRecordStore(FileFactStore<ReferenceRecord> records) => _records = records;

    /// <summary>No store: every source's front matter is parsed, nothing is kept.</summary>
    public static ReferenceRecordStore None => new(FileFactStore<ReferenceRecord>.None);

    /// <summary>The records the last build of the site at <paramref name="siteRoot"/> kept.</summary>
    public static ReferenceRecordStore Of(string siteRoot) =>
        new(FileFactStore<ReferenceRecord>.Of(siteRoot, "reference-records.bin", "kb-reference-records 1", Read, Write));

    /// <summary>
    /// The source's record: the stored one when the file is as it was, otherwise read from the YAML (its events from
    /// <paramref name="events"/> when kept), reporting every mistake; null when the YAML cannot be read.
    /// <paramref name="fingerprint"/> is the file's (<see cref="ContentFileReader.FingerprintOf"/>); without one nothing is stored.
    /// </summary>
    public ReferenceRecord? RecordOf(
        FrontMatterDocument document, string? fingerprint, YamlEventCache events, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var summary = ReferenceReader.ReadSummary(document, pipeline, diagnostics);
        var key = fingerprint is null ? null : $"{document.Path}\0{fingerprint}";
        if (key is not null && _records.TryGet(key, out var stored))
        {
            return stored with { Summary = summary };
        }

        var problems = new DiagnosticBag();
        var root = YamlMappingParser.Parse(document.Path, document.Yaml, document.YamlFirstLine, problems, events);
        var fields = root is null ? null : YamlFields.FromRoot(root, document.Path, document.YamlFirstLine, problems);
        var reference = fields is null ? null : ReferenceReader.Read(document, fields, summary);
        var reported = problems.Sorted();
        foreach (var problem in reported)
        {
            diagnostics.Add(problem);
        }

        if (key is not null && reference is not null && reported.Count == 0)
        {
            _records.Keep(key, reference);
        }

        return reference;
    }

    /// <summary>Keeps this build's records for the next; a store that cannot be written is simply not there next time.</summary>
    public void Save() => _records.Save();

    /// <summary>
    /// Every value of the record but its summary, in the order of its constructor, which <see cref="Read"/> reads back
    /// in the same order; a new field is written and read in both. Positions in the source's own file are written without its path.
    /// </summary>
    private static void Write(BinaryWriter writer, ReferenceRecord reference)
    {
        var path = reference.SourcePath;
        writer.Write(reference.Key);
        writer.Write(path);
        writer.Write7BitEncodedInt((int)reference.Type);
        writer.Write7BitEncodedInt(reference.Authors.Count);
        foreach (var author in reference.Authors)
        {
            writer.Write(author);
        }

        writer.Write(reference.EtAl);
        OptionalText(reference.Organization);
        OptionalText(reference.Title);
        OptionalText(reference.Container);
        OptionalNumber(reference.Year);
        OptionalNumber(reference.Date?.DayNumber);
        OptionalText(reference.Volume);
        OptionalText(reference.Issue);
        OptionalText(reference.Pages);
        OptionalLocated(reference.Doi);
        OptionalLocated(reference.Pmid);
        OptionalLocated(reference.Pmcid);
        OptionalText(reference.Url);
        OptionalNumber(reference.Accessed?.DayNumber);
        OptionalText(reference.Study.Design);
        OptionalText(reference.Study.Participants);
        OptionalText(reference.Study.Duration);
        OptionalText(reference.Study.Intervention);
        OptionalText(reference.Study.Outcome);
        OptionalText(reference.Study.KeyFinding);
        writer.Write7BitEncodedInt((int)reference.Verification);
        OptionalText(reference.Unverified);
        writer.Write7BitEncodedInt((int)reference.Status.Value);
        Location(reference.Status.Location);

        void OptionalText(string? text)
        {
            writer.Write(text is not null);
            if (text is not null)
            {
                writer.Write(text);
            }
        }

        void OptionalNumber(int? number)
        {
            writer.Write(number.HasValue);
            if (number is { } value)
            {
                writer.Write7BitEncodedInt(value);
            }
        }

        void OptionalLocated(Located<string>? located)
        {
            writer.Write(located is not null);
            if (located is not null)
            {
                writer.Write(located.Value);
                Location(located.Location);
            }
        }

        void Location(SourceLocation location)
        {
            writer.Write(location.Path == path ? "" : location.Path);
            writer.Write7BitEncodedInt(location.Line);
            writer.Write7BitEncodedInt(location.Column);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote, with an empty summary for <see cref="RecordOf"/> to replace; throws <see cref="FormatException"/> at anything else.</summary>
    private static ReferenceRecord Read(BinaryReader reader)
    {
        var key = reader.ReadString();
        var path = reader.ReadString();
        return new ReferenceRecord(
            key,
            path,
            Defined<ReferenceType>(reader.ReadNonNegative()),
            reader.ReadList(reader.ReadString),
            reader.ReadBoolean(),
            OptionalText(),
            OptionalText(),
            OptionalText(),
            OptionalNumber(),
            OptionalNumber() is { } date ? DateOnly.FromDayNumber(date) : null,
            OptionalText(),
            OptionalText(),
            OptionalText(),
            OptionalLocated(),
            OptionalLocated(),
            OptionalLocated(),
            OptionalText(),
            OptionalNumber() is { } accessed ? DateOnly.FromDayNumber(accessed) : null,
            new StudyDetails(OptionalText(), OptionalText(), OptionalText(), OptionalText(), OptionalText(), OptionalText()),
            Defined<VerificationLevel>(reader.ReadNonNegative()),
            OptionalText(),
            new Located<CitationStatus>(Defined<CitationStatus>(reader.ReadNonNegative()), Location()),
            new MarkdownDocument());

        string? OptionalText() => reader.ReadBoolean() ? reader.ReadString() : null;

        int? OptionalNumber() => reader.ReadBoolean() ? reader.Read7BitEncodedInt() : null;

        Located<string>? OptionalLocated() => reader.ReadBoolean() ? new Located<string>(reader.ReadString(), Location()) : null;

        SourceLocation Location() => new(reader.ReadString() is { Length: > 0 } other ? other : path, reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
    }

    private static T Defined<T>(int value)
        where T : struct, Enum =>
        Enum.IsDefined((T)(object)value) ? (T)(object)value : throw new FormatException($"{value} is no {typeof(T).Name}");
}
