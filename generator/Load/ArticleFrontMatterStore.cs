using System.Runtime.InteropServices;
using System.Security.Cryptography;
using KnowledgeBase.Blocks;
using KnowledgeBase.Blocks.ApprovalStatus;
using KnowledgeBase.Blocks.EvidenceByUse;
using KnowledgeBase.Blocks.KeyStudies;
using KnowledgeBase.Blocks.Prices;
using KnowledgeBase.Blocks.Session;
using KnowledgeBase.Blocks.SideBySide;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;

namespace KnowledgeBase.Load;

/// <summary>
/// Each article's front matter as the last build read it (<see cref="ArticleFrontMatter"/>, structured blocks and source
/// positions included), kept in .cache/files/article-front-matter.bin and keyed on the file's path, where its YAML
/// starts and the YAML text; the store is the generator's own, so a generator with other record types drops it. A stored
/// record is read instead of parsing the YAML and making the record from its fields, which was most of what loading an
/// unchanged article cost. Only a record whose YAML and fields reported nothing is kept, so every mistake in front
/// matter is found and reported on every build. Records are written field by field: JSON generated from the record
/// types was as slow to read back as the YAML (docs/performance.md).
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
    /// <paramref name="key"/> is what the record is kept under, which tells one front matter from another.
    /// </summary>
    public ArticleFrontMatter? FrontMatterOf(FrontMatterDocument document, YamlEventCache events, DiagnosticBag diagnostics, out string key)
    {
        key = KeyOf(document);
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

    private static void Write(BinaryWriter writer, FileFrontMatter file)
    {
        writer.Write(file.Path);
        new RecordWriter(writer, file.Path).Write(file.FrontMatter);
    }

    private static FileFrontMatter Read(BinaryReader reader)
    {
        var path = reader.ReadString();
        return new FileFrontMatter(path, new RecordReader(reader, path).ReadFrontMatter());
    }

    /// <summary>
    /// Writes every value a record is made from, in the order of its constructor and then its init properties, which
    /// <see cref="RecordReader"/> reads back in the same order; a new field or block is written and read in both.
    /// </summary>
    private sealed class RecordWriter(BinaryWriter writer, string path)
    {
        public void Write(ArticleFrontMatter meta)
        {
            Text(meta.Title);
            Text(meta.Summary);
            Optional(meta.Slug, Located);
            List(meta.Aliases, Located);
            List(meta.Tags, Text);
            List(meta.Authors, Located);
            List(meta.ReviewedBy, Located);
            foreach (var date in new[] { meta.Published, meta.Updated, meta.LastReviewed, meta.NextReview, meta.SourcesSearched })
            {
                Date(date);
            }

            writer.Write(meta.Draft);
            List(meta.Changes, change =>
            {
                Date(change.Date);
                Text(change.Change);
                Location(change.Location);
            });
            List(meta.KeyPoints, Located);
            List(meta.Blocks, Block);
            List(meta.TagLocations, Location);
            Optional(meta.NextReviewLocation, Location);
            Optional(meta.UpdatedLocation, Location);
        }

        private void Block(ArticleBlock block)
        {
            Text(block.Kind.Key);
            switch (block)
            {
                case ApprovalStatusTable table:
                    List(table.Decisions, decision =>
                    {
                        Text(decision.Region);
                        Text(decision.Regulator);
                        Text(decision.Treatment);
                        Number((int)decision.Status);
                        Optional(decision.Date, date =>
                        {
                            Number(date.Value.Year);
                            Optional(date.Value.Month, Number);
                            Optional(date.Value.Day, Number);
                            Location(date.Location);
                        });
                        Text(decision.Summary);
                        List(decision.Refs, Located);
                        Optional(decision.RefsLocation, Location);
                    });
                    break;
                case EvidenceByUseTable table:
                    List(table.Uses, use =>
                    {
                        Text(use.Name);
                        Location(use.NameLocation);
                        Number((int)use.Evidence);
                        Text(use.Verdict);
                        List(use.Refs, Located);
                    });
                    break;
                case PriceList prices:
                    List(prices.Items, cost =>
                    {
                        Text(cost.Item);
                        Text(cost.Currency);
                        writer.Write(cost.Min);
                        writer.Write(cost.Max);
                        Text(cost.Per);
                        Number(cost.Year.Value);
                        Location(cost.Year.Location);
                        Located(cost.Ref);
                        Optional(cost.MinLocation, Location);
                        Optional(cost.MaxLocation, Location);
                    });
                    break;
                case TreatmentComparison comparison:
                    Text(comparison.With);
                    List(comparison.Rows, row =>
                    {
                        Text(row.Aspect);
                        Text(row.This);
                        Text(row.Other);
                        List(row.Refs, Located);
                    });
                    break;
                case StudyCards cards:
                    List(cards.Studies, study =>
                    {
                        Located(study.Ref);
                        Text(study.Question);
                        Text(study.Design);
                        Text(study.Participants);
                        Text(study.Duration);
                        Text(study.Finding);
                    });
                    break;
                case SessionDescription session:
                    List(session.Parts, part =>
                    {
                        Text(part.Key);
                        List(part.Statements, statement =>
                        {
                            Text(statement.Text);
                            writer.Write(statement.Known);
                            List(statement.Refs, Located);
                            Optional(statement.RefsLocation, Location);
                        });
                    });
                    break;
                default:
                    throw new InvalidOperationException($"a {block.GetType().Name} block has no stored form; write it here and read it in {nameof(RecordReader)}");
            }
        }

        private void Text(string text) => writer.Write(text);

        private void Number(int number) => writer.Write7BitEncodedInt(number);

        private void Date(DateOnly date) => writer.Write7BitEncodedInt(date.DayNumber);

        private void Location(SourceLocation location)
        {
            writer.Write(location.Path == path ? "" : location.Path);
            writer.Write7BitEncodedInt(location.Line);
            writer.Write7BitEncodedInt(location.Column);
        }

        private void Located(Located<string> located)
        {
            Text(located.Value);
            Location(located.Location);
        }

        private void Optional<T>(T? value, Action<T> write)
            where T : class
        {
            writer.Write(value is not null);
            if (value is not null)
            {
                write(value);
            }
        }

        private void Optional(int? value, Action<int> write)
        {
            writer.Write(value.HasValue);
            if (value is { } number)
            {
                write(number);
            }
        }

        private void List<T>(IReadOnlyList<T> items, Action<T> write)
        {
            writer.Write7BitEncodedInt(items.Count);
            foreach (var item in items)
            {
                write(item);
            }
        }
    }

    /// <summary>Reads what <see cref="RecordWriter"/> wrote; throws <see cref="FormatException"/> at anything else.</summary>
    private sealed class RecordReader(BinaryReader reader, string path)
    {
        public ArticleFrontMatter ReadFrontMatter() => new(
            Text(),
            Text(),
            Optional(Located),
            List(Located),
            List(Text),
            List(Located),
            List(Located),
            Date(),
            Date(),
            Date(),
            Date(),
            Date(),
            reader.ReadBoolean(),
            List(() => new ArticleChange(Date(), Text(), Location())),
            List(Located),
            List(Block))
        {
            TagLocations = List(Location),
            NextReviewLocation = Optional(Location),
            UpdatedLocation = Optional(Location),
        };

        private ArticleBlock Block()
        {
            var key = Text();
            var kind = EvidenceBlockRegistry.All.FirstOrDefault(block => block.Key == key) ?? throw new FormatException($"no kind of block is written under '{key}'");
            return kind switch
            {
                ApprovalStatusBlock => new ApprovalStatusTable(kind, List(() => new RegulatoryDecision(
                    Text(),
                    Text(),
                    Text(),
                    (RegulatoryStatusKind)Number(),
                    Optional(() => new Located<PartialDate>(new PartialDate(Number(), OptionalNumber(), OptionalNumber()), Location())),
                    Text(),
                    List(Located))
                {
                    RefsLocation = Optional(Location),
                })),
                EvidenceByUseBlock => new EvidenceByUseTable(kind, List(() => new EvidenceUse(Text(), Location(), (EvidenceLevel)Number(), Text(), List(Located)))),
                PricesBlock => new PriceList(kind, List(() => new CostItem(
                    Text(),
                    Text(),
                    reader.ReadDecimal(),
                    reader.ReadDecimal(),
                    Text(),
                    new Located<int>(Number(), Location()),
                    Located())
                {
                    MinLocation = Optional(Location),
                    MaxLocation = Optional(Location),
                })),
                SideBySideBlock => new TreatmentComparison(kind, Text(), List(() => new ComparisonRow(Text(), Text(), Text(), List(Located)))),
                KeyStudiesBlock => new StudyCards(kind, List(() => new StudySummary(Located(), Text(), Text(), Text(), Text(), Text()))),
                SessionBlock => new SessionDescription(kind, List(() => new SessionPart(Text(), List(() => new SessionStatement(Text(), reader.ReadBoolean(), List(Located))
                {
                    RefsLocation = Optional(Location),
                })))),
                _ => throw new FormatException($"the {key} block has no stored form"),
            };
        }

        private string Text() => reader.ReadString();

        private int Number() => reader.Read7BitEncodedInt();

        private int? OptionalNumber() => reader.ReadBoolean() ? Number() : null;

        private DateOnly Date() => DateOnly.FromDayNumber(Number());

        private SourceLocation Location() => new(Text() is { Length: > 0 } other ? other : path, Number(), Number());

        private Located<string> Located() => new(Text(), Location());

        private T? Optional<T>(Func<T> read)
            where T : class => reader.ReadBoolean() ? read() : null;

        private List<T> List<T>(Func<T> read) => reader.ReadList(read);
    }
}
