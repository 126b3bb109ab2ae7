using System.Text;
using CsCheck;

namespace KnowledgeBase.Tests.Support.BadInputs;

/// <summary>
/// Generates bad inputs for the small site of <see cref="FuzzSite"/>: every kind of file the loader reads, spoiled
/// in the ways editors, tools and disks spoil files. Case <c>n</c> of seed <c>s</c> is always the same bad input,
/// so a failing case can be replayed from its two numbers.
/// </summary>
public static class GeneratedBadInputs
{
    /// <summary>The bad input numbered <paramref name="caseNumber"/> of the run with <paramref name="seed"/>.</summary>
    public static BadInput Case(ulong seed, int caseNumber) => Any.Generate(new PCG((uint)caseNumber, seed), null, out _);

    private static readonly string[] MarkdownFiles =
    [
        "content/articles/sample.md", "content/articles/cited.md", "content/references/park2008.md",
        "content/references/amin2006.md", "content/pages/about.md",
    ];

    private static readonly string[] YamlFiles = ["site.yml", "content/synonyms.yml", "content/glossary.yml", "content/people.yml"];

    private static readonly string[] TemplateFiles =
        ["templates/layout.html", "templates/article.html", "templates/page.html", "templates/reference.html", "templates/assets/copy-link.js"];

    private static readonly string[] AllFiles = [.. MarkdownFiles, .. YamlFiles, .. TemplateFiles, "published-urls.txt"];

    /// <summary>Files that do not exist in the site yet, in every folder the loader lists.</summary>
    private static readonly string[] NewFiles =
    [
        "content/articles/new.md", "content/references/new.md", "content/pages/new.md", "templates/new.html", "templates/assets/new.js",
    ];

    private static readonly string[] BrokenCitations =
    [
        "[@", "[@park2008", "[@ ]", "[@park2008;;@amin2006]", "[@park2008, p.", "[@]", "[@@]", "[@park2008;", "[-@park2008",
        "[@park2008]]", "[[@park2008]", "[@park2008\n]", "[@park2008, p. 5", "[@nosuchkey]", "[see @park2008, pp. 3-]", "@park2008]",
        "[@park2008 @amin2006]", "[@PARK2008]", "[@park2008, p. 9999999999999999999999]", "[@park2008](/articles/sample/)",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0xC3], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
    ];

    private static Gen<string> FileOf(string[] files) => Gen.OneOf(files);

    private static readonly Gen<Position> APosition =
        Gen.Select(Gen.Enum<PositionClass>(), Gen.UInt, (kind, pick) => new Position(kind, pick));

    private static Gen<BadInput> Edit(Gen<string> files, string name, Func<byte[], byte[]> change) =>
        files.Select(file => BadInput.Rewrite(file, name, change));

    private static Gen<BadInput> EditAt(Gen<string> files, string name, Func<byte[], int, byte[]> change) =>
        Gen.Select(files, APosition, (file, at) => BadInput.Rewrite(file, $"{name} {at}", bytes => change(bytes, at.In(bytes))));

    private static Gen<BadInput> InsertAt(Gen<string> files, string name, Gen<byte[]> payloads) =>
        Gen.Select(files, APosition, payloads, (file, at, payload) =>
            BadInput.Rewrite(file, $"{name} ({Shown(payload)}) {at}", bytes => Splice(bytes, at.In(bytes), payload)));

    /// <summary>YAML is inserted at the start of a line of the front matter (or of a YAML file), where a field would go.</summary>
    private static Gen<BadInput> InsertYamlLine(string name, Gen<string> yaml) =>
        Gen.Select(FileOf([.. MarkdownFiles, .. YamlFiles]), Gen.UInt, yaml, (file, pick, text) =>
            BadInput.Rewrite(file, $"{name} ({Shown(Encoding.UTF8.GetBytes(text))}) at YAML line pick {pick}", bytes =>
            {
                var starts = YamlLineStarts(bytes);
                return Splice(bytes, starts[(int)(pick % (uint)starts.Count)], Encoding.UTF8.GetBytes(text.TrimEnd('\n') + "\n"));
            }));

    private static readonly Gen<BadInput> ByteFlips =
        Gen.Select(FileOf(AllFiles), Gen.UInt.Array[1, 8], Gen.Byte[1, 255], (file, picks, mask) =>
            BadInput.Rewrite(file, $"{picks.Length} byte(s) XOR 0x{mask:X2} at picks [{string.Join(", ", picks)}]", bytes =>
            {
                var copy = (byte[])bytes.Clone();
                foreach (var pick in picks.Where(_ => copy.Length > 0))
                {
                    copy[pick % (uint)copy.Length] ^= mask;
                }

                return copy;
            }));

    private static readonly Gen<BadInput> Truncation =
        EditAt(FileOf(AllFiles), "truncated", (bytes, at) => bytes[..at]);

    private static readonly Gen<BadInput> InvalidBytes =
        InsertAt(FileOf(AllFiles), "invalid UTF-8", Gen.OneOf(InvalidUtf8));

    private static readonly Gen<BadInput> NulBytes =
        InsertAt(FileOf(AllFiles), "NUL", Gen.Int[1, 3].Select(count => new byte[count]));

    private static readonly Gen<BadInput> ByteOrderMark = Gen.OneOf(
        Edit(FileOf(AllFiles), "BOM first", bytes => [0xEF, 0xBB, 0xBF, .. bytes]),
        Edit(FileOf(AllFiles), "two BOMs first", bytes => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. bytes]),
        InsertAt(FileOf(AllFiles), "BOM inside", Gen.Const(new byte[] { 0xEF, 0xBB, 0xBF })));

    private static readonly Gen<BadInput> LineEndings = Gen.OneOf(
        Edit(FileOf(AllFiles), "CRLF line endings", bytes => Replace(bytes, "\n", "\r\n")),
        Edit(FileOf(AllFiles), "lone CR line endings", bytes => Replace(bytes, "\n", "\r")),
        InsertAt(FileOf(AllFiles), "lone CR", Gen.Const("\r"u8.ToArray())),
        EditAt(FileOf(AllFiles), "CRLF from here on", (bytes, at) => [.. bytes[..at], .. Replace(bytes[at..], "\n", "\r\n")]));

    private static readonly Gen<BadInput> TabIndentation =
        Edit(FileOf([.. MarkdownFiles, .. YamlFiles]), "tabs in YAML indentation", bytes =>
            Encoding.UTF8.GetBytes(string.Join('\n', Encoding.UTF8.GetString(bytes).Split('\n')
                .Select(line => line.StartsWith("  ", StringComparison.Ordinal) ? "\t" + line[2..] : line))));

    private static readonly Gen<BadInput> DuplicateKey =
        Gen.Select(FileOf([.. MarkdownFiles, .. YamlFiles]), Gen.UInt, (file, pick) => BadInput.Rewrite(file, $"a key line written twice, pick {pick}", bytes =>
        {
            var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
            var keyLines = Enumerable.Range(0, lines.Count).Where(index => lines[index].Contains(": ", StringComparison.Ordinal)).ToList();
            if (keyLines.Count > 0)
            {
                var index = keyLines[(int)(pick % (uint)keyLines.Count)];
                lines.Insert(index + 1, lines[index]);
            }

            return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }));

    private static readonly Gen<BadInput> AnchorsAndAliases = InsertYamlLine("YAML anchors", Gen.OneOf(
        "title: &t Anchored",
        "extra: &a [x, x]\nmore: *a",
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
        "base: &base {title: x}\nmerged:\n  <<: *base",
        "tags: *undefined",
        "&anchor key: value",
        "? [complex, key]\n: value",
        "!!binary data: R0lGODlh",
        "title: !custom tagged"));

    private static readonly Gen<BadInput> DeepNesting = Gen.OneOf(
        Gen.Select(Gen.Int[1_000, 20_000], Gen.OneOf('[', '{'), Gen.Bool, (depth, open, closed) => (depth, open, closed))
            .SelectMany(nesting => InsertYamlLine($"{nesting.depth} levels of {nesting.open}{(nesting.closed ? " closed" : "")}", Gen.Const(
                "deep: " + new string(nesting.open, nesting.depth) + (nesting.closed ? new string(nesting.open == '[' ? ']' : '}', nesting.depth) : "")))),
        Gen.Int[1_000, 5_000].SelectMany(depth => InsertYamlLine($"{depth} levels of block lists", Gen.Const(
            "deep:\n" + string.Concat(Enumerable.Range(1, depth).Select(level => new string(' ', level) + "-\n")) + new string(' ', depth + 1) + "- x"))),
        Gen.Int[1_000, 20_000].SelectMany(depth =>
            InsertAt(FileOf(AllFiles), $"{depth} open brackets", Gen.Const(Encoding.UTF8.GetBytes(new string('[', depth) + new string('{', depth))))),
        Gen.Int[1_000, 10_000].SelectMany(depth =>
            InsertAt(FileOf(TemplateFiles), $"template expression nested {depth} deep",
                Gen.Const(Encoding.UTF8.GetBytes("{{ " + new string('(', depth) + "1" + new string(')', depth) + " }}")))));

    private static readonly Gen<BadInput> LongLine =
        Gen.Select(Gen.Int[900_000, 1_100_000], Gen.OneOf("a", "*", "[", "`", "<", "|", "\\", "_", "#", " ", "é", "[@park2008]", "{{", "- "),
            (length, unit) => (length, unit))
            .SelectMany(line => InsertAt(FileOf(AllFiles), $"a line of {line.length:N0} characters of '{line.unit}'",
                Gen.Const(Encoding.UTF8.GetBytes("\n" + string.Concat(Enumerable.Repeat(line.unit, line.length / line.unit.Length)) + "\n"))));

    private static readonly Gen<BadInput> HugeFile =
        Edit(FileOf(AllFiles), "grown to 10 MB", bytes =>
        {
            var grown = new byte[10 * 1024 * 1024];
            for (var offset = 0; offset < grown.Length; offset += Math.Max(1, bytes.Length))
            {
                bytes.AsSpan(0, Math.Min(bytes.Length, grown.Length - offset)).CopyTo(grown.AsSpan(offset));
            }

            return grown;
        });

    private static readonly Gen<BadInput> MarkdownEdges = InsertAt(FileOf(MarkdownFiles), "Markdown", Gen.OneOf(
        Gen.OneOf("\n```\n", "\n~~~~\n", "\n```python\nunclosed", "\n<div>\n", "\n<!--\n", "\n<script>\n", "\n$$\n"),
        Gen.Int[1_000, 10_000].Select(depth => "\n" + new string('>', depth) + " quoted\n"),
        Gen.Int[1_000, 10_000].Select(depth => "\n" + string.Concat(Enumerable.Repeat("- ", depth)) + "item\n"),
        Gen.Int[1_000, 10_000].Select(depth => "\n" + string.Concat(Enumerable.Repeat("1. ", depth)) + "item\n"),
        Gen.Int[1_000, 10_000].Select(depth => "\n" + string.Concat(Enumerable.Repeat("> - ", depth)) + "item\n"),
        Gen.Int[1_000, 10_000].Select(depth => new string('[', depth) + "link" + new string(']', depth) + "(/articles/sample/)"),
        Gen.Int[1_000, 10_000].Select(depth => string.Concat(Enumerable.Repeat("*_", depth)) + "x"),
        Gen.OneOf(BrokenCitations)).Select(Encoding.UTF8.GetBytes));

    private static readonly Gen<BadInput> BinaryContent =
        Gen.Select(FileOf([.. AllFiles, .. NewFiles]), Gen.Byte.Array[16, 4096], (file, noise) =>
            BadInput.Rewrite(file, $"binary data ({noise.Length} bytes)", _ => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. noise]));

    private static readonly Gen<BadInput> OddFileKinds =
        Gen.Select(FileOf([.. AllFiles, .. NewFiles]), Gen.Enum<FileKind>(), BadInput.Replace);

    private static readonly Gen<BadInput> OneBadInput = Gen.Frequency(
        (6, ByteFlips), (6, Truncation), (3, InvalidBytes), (2, NulBytes), (2, ByteOrderMark), (3, LineEndings), (2, TabIndentation),
        (2, DuplicateKey), (2, AnchorsAndAliases), (2, DeepNesting), (1, LongLine), (1, HugeFile), (4, MarkdownEdges), (2, BinaryContent),
        (3, OddFileKinds));

    private static readonly Gen<BadInput> Any = Gen.Frequency(
        (4, OneBadInput),
        (1, Gen.Select(OneBadInput, OneBadInput).Where((first, second) => first.File != second.File).Select((first, second) => first.Then(second))));

    private static byte[] Splice(byte[] bytes, int at, byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];

    private static byte[] Replace(byte[] bytes, string from, string to) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(from, to, StringComparison.Ordinal));

    /// <summary>Byte offsets of the lines a YAML field could start: those of the front matter, or every line of a YAML file.</summary>
    private static List<int> YamlLineStarts(byte[] bytes)
    {
        var starts = new List<int>();
        var frontMatter = bytes.AsSpan().StartsWith("---\n"u8);
        for (var index = 0; index < bytes.Length; index++)
        {
            if (index == 0 || bytes[index - 1] == '\n')
            {
                if (frontMatter && index > 0 && bytes.AsSpan(index).StartsWith("---"u8))
                {
                    starts.Add(index);
                    break;
                }

                if (!frontMatter || index > 0)
                {
                    starts.Add(index);
                }
            }
        }

        return starts.Count == 0 ? [0] : starts;
    }

    private static string Shown(byte[] payload)
    {
        var text = Encoding.UTF8.GetString(payload.AsSpan(0, Math.Min(payload.Length, 24)));
        var shown = string.Concat(text.Select(c => char.IsControl(c) || c == '\uFFFD' ? $"\\x{(int)c:X2}" : c.ToString()));
        return payload.Length > 24 ? $"{shown}... {payload.Length:N0} bytes" : shown;
    }
}
