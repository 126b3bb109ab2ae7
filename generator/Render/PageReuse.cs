using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Render;

/// <summary>
/// Decides, page by page, whether the previous build's file can be kept: a page is rendered again only when one of
/// its own sources (the files it declares), what it shows of other content (the text it declares, such as the titles
/// of the articles it links to) or anything site-wide (settings, templates, assets, other content, base URL, today's
/// date) changed. A full build has no previous memo and renders every page. When only articles' bodies changed (see
/// <see cref="ContentInputs"/>), a page of a per-item pipeline made from none of them is kept without being stamped,
/// and a pipeline that shows of the bodies only what is as it was is not run at all (<see cref="KeepOrRenderPipeline"/>).
/// </summary>
public sealed class PageReuse(RenderMemo? previous, ContentInputs inputs, IReadOnlyDictionary<string, string> sourceFingerprints)
{
    private readonly IReadOnlySet<string>? _changedArticles = previous?.Inputs is { } before ? inputs.ChangedBodiesSince(before) : null;
    private int _stamps;

    /// <summary>What the records of a group of files made together are named after, before its renderer.</summary>
    private const string GroupPrefix = "group ";

    /// <summary>The previous build's records of groups of files made together, by group, read in one pass over its pages.</summary>
    private readonly Lazy<ILookup<string, RenderedPage>> _previousGroups =
        new(() => (previous?.Pages ?? []).Where(IsGroupRecord)
            .ToLookup(page => page.Page.Renderer, StringComparer.Ordinal));

    /// <summary>The files kept with their whole pipeline, whose own records <see cref="RecordPagesKeptWithTheirPipelines"/> carries over.</summary>
    private readonly HashSet<string> _keptWithTheirPipelines = new(StringComparer.Ordinal);

    /// <summary>What this build rendered each page from, for the next build.</summary>
    public RenderMemo Next { get; } = new() { Inputs = inputs };

    /// <summary>How many stamps this build worked out: the pages it looked at, kept or not.</summary>
    public int Stamps => _stamps;

    /// <summary>
    /// The previous build's file of a page of a per-item pipeline, kept without working out its stamp, when only
    /// articles' bodies changed since that build and the page was made from none of them; null otherwise. Only for a
    /// page whose declared sources and own item (its file, when it is keyed by one) are all it shows of an article
    /// beyond what <see cref="ContentInputs.ArticleListings"/> covers.
    /// </summary>
    public OutputFile? Untouched(PageKey page)
    {
        if (_changedArticles is null || previous?.Recorded(page) is not { } before || before.Inputs.Any(_changedArticles.Contains))
        {
            return null;
        }

        Next.Record(page, before.Stamp, before.OutputPath, before.Inputs);
        return OutputFile.KeptFromPreviousBuild(before.OutputPath);
    }

    public OutputFile RenderOrKeep(PageKey page, IEnumerable<string> sources, string shown, Func<OutputFile> render)
    {
        var declared = sources as IReadOnlyList<string> ?? sources.ToList();
        var stamp = Stamp(declared, shown);
        var madeFrom = InputsOf(page, declared);
        if (previous?.Unchanged(page, stamp) is { } outputPath)
        {
            Next.Record(page, stamp, outputPath, madeFrom);
            return OutputFile.KeptFromPreviousBuild(outputPath);
        }

        var file = render();
        Next.Record(page, stamp, file.RelativePath, madeFrom);
        return file;
    }

    /// <summary>
    /// The articles a page is made from: those among its declared sources, and its item when that is one (an embed card
    /// is keyed by its article's file, though it declares no source, since it shows only that article). Sources are left
    /// out: a changed source has every page stamped (<see cref="ContentInputs.ChangedBodiesSince"/>).
    /// </summary>
    private string[] InputsOf(PageKey page, IReadOnlyList<string> sources) =>
        sources.Append(page.Item).Where(inputs.ArticleListings.ContainsKey).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// <see cref="RenderOrKeep"/> for a page made from files of which it shows a part only (a source's page shows the
    /// sentences citing it, not the rest of the citing articles): when one of <paramref name="sources"/> changed, the
    /// page is still kept while its <paramref name="ownSources"/> and what it <paramref name="shows"/> of the others are
    /// as they were. Both stamps are recorded, the one of the files checked first, since working out what the page shows
    /// costs more than hashing the files' fingerprints.
    /// </summary>
    public OutputFile RenderOrKeepShown(PageKey page, IEnumerable<string> sources, IEnumerable<string> ownSources, Func<string> shows, Func<OutputFile> render)
    {
        var declared = sources as IReadOnlyList<string> ?? sources.ToList();
        var filesStamp = Stamp(declared, "");
        var madeFrom = InputsOf(page, declared);
        var before = previous?.Recorded(page);
        if (before is { } unchangedFiles && StampsOf(unchangedFiles.Stamp).Files == filesStamp)
        {
            Next.Record(page, unchangedFiles.Stamp, unchangedFiles.OutputPath, madeFrom);
            return OutputFile.KeptFromPreviousBuild(unchangedFiles.OutputPath);
        }

        var shownStamp = Stamp(ownSources, shows());
        var stamps = $"{filesStamp} {shownStamp}";
        if (before is { } unchangedShown && StampsOf(unchangedShown.Stamp).Shown == shownStamp)
        {
            Next.Record(page, stamps, unchangedShown.OutputPath, madeFrom);
            return OutputFile.KeptFromPreviousBuild(unchangedShown.OutputPath);
        }

        var file = render();
        Next.Record(page, stamps, file.RelativePath, madeFrom);
        return file;
    }

    /// <summary>The two stamps <see cref="RenderOrKeepShown"/> records, apart; a stamp of another kind matches neither.</summary>
    private static (string Files, string Shown) StampsOf(string stamps) =>
        stamps.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? (stamps[..space], stamps[(space + 1)..]) : ("", "");

    /// <summary>
    /// For files made together from one set of inputs, how many depending on them (the search vocabulary and its word
    /// lists): the previous build's files of <paramref name="renderer"/> when it made them from the same inputs and the
    /// previous output still holds every one, otherwise <paramref name="render"/>'s. Each file is recorded with its number
    /// and the count, so a group the output no longer holds whole is made again.
    /// </summary>
    public IReadOnlyList<OutputFile> RenderOrKeepAll(string renderer, string shown, Func<IEnumerable<OutputFile>> render)
    {
        var stamp = Stamp([], shown);
        var files = WholeGroup(renderer, stamp)?.Select(page => OutputFile.KeptFromPreviousBuild(page.OutputPath)).ToList() ?? render().ToList();
        RecordGroup(renderer, stamp, files.Select(file => file.RelativePath).ToList());
        return files;
    }

    /// <summary>
    /// The files of a whole pipeline that shows of articles' bodies only <paramref name="bodiesShown"/>: the previous
    /// build's, without running the pipeline, when only articles' bodies changed since that build (so its front matter,
    /// sources and site-wide files are as they were), what it shows of the bodies is what it was, and the previous
    /// output still holds every file it made; otherwise <paramref name="render"/>'s, each page of which is still kept or
    /// rendered on its own. A kept file's own record is carried over, so a later build can still keep that page alone.
    /// </summary>
    public IEnumerable<OutputFile> KeepOrRenderPipeline(string pipeline, string bodiesShown, Func<IEnumerable<OutputFile>> render)
    {
        var renderer = $"pipeline {pipeline}";
        var stamp = Stamp([], bodiesShown);
        if (_changedArticles is not null && WholeGroup(renderer, stamp) is { } kept)
        {
            var paths = kept.Select(page => page.OutputPath).ToList();
            _keptWithTheirPipelines.UnionWith(paths);
            RecordGroup(renderer, stamp, paths);
            return paths.Select(OutputFile.KeptFromPreviousBuild);
        }

        return RenderedWhole(renderer, stamp, render());
    }

    /// <summary>
    /// Carries the previous build's record of each page kept with its whole pipeline over to <see cref="Next"/>, so that
    /// a later build that runs the pipeline can still keep that page alone; called once, after the last file is made.
    /// </summary>
    public void RecordPagesKeptWithTheirPipelines()
    {
        if (_keptWithTheirPipelines.Count == 0)
        {
            return;
        }

        foreach (var page in previous!.Pages.Where(page => _keptWithTheirPipelines.Contains(page.OutputPath) && !IsGroupRecord(page)))
        {
            Next.Record(page.Page, page.Stamp, page.OutputPath, page.Inputs);
        }
    }

    private static bool IsGroupRecord(RenderedPage page) => page.Page.Renderer.StartsWith(GroupPrefix, StringComparison.Ordinal);

    /// <summary>The files of <paramref name="files"/> as they are made, recorded as a group once the last is made.</summary>
    private IEnumerable<OutputFile> RenderedWhole(string renderer, string stamp, IEnumerable<OutputFile> files)
    {
        var paths = new List<string>();
        foreach (var file in files)
        {
            paths.Add(file.RelativePath);
            yield return file;
        }

        RecordGroup(renderer, stamp, paths);
    }

    /// <summary>The previous build's pages of a group made with <paramref name="stamp"/>, in order, when it recorded them whole; null otherwise.</summary>
    private List<RenderedPage>? WholeGroup(string renderer, string stamp)
    {
        var kept = _previousGroups.Value[GroupPrefix + renderer].ToList();
        var whole = kept.Count > 0 && kept.All(page => page.Stamp == stamp)
            && kept.Select(page => page.Page.Item).ToHashSet(StringComparer.Ordinal).SetEquals(Enumerable.Range(0, kept.Count).Select(index => Numbered(index, kept.Count)));
        return whole
            ? kept.OrderBy(page => int.Parse(page.Page.Item[..page.Page.Item.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).ToList()
            : null;
    }

    /// <summary>Records each file of a group with its number and the count.</summary>
    private void RecordGroup(string renderer, string stamp, IReadOnlyList<string> paths)
    {
        for (var index = 0; index < paths.Count; index++)
        {
            Next.Record(new PageKey(GroupPrefix + renderer, Numbered(index, paths.Count)), stamp, paths[index], []);
        }
    }

    private static string Numbered(int index, int count) => string.Create(CultureInfo.InvariantCulture, $"{index} of {count}");

    /// <summary>A hash of the site-wide inputs, of what the page shows of other content and of each source file's fingerprint (a missing file has none).</summary>
    /// <remarks>
    /// Every page is stamped, kept or not (about 30,000 on 5,000 articles), so the text is gathered as UTF-8 in one
    /// pooled buffer and hashed in one call, instead of a hash object per page fed piece by piece (docs/performance.md).
    /// </remarks>
    private string Stamp(IEnumerable<string> sources, string shown)
    {
        Interlocked.Increment(ref _stamps);
        var text = new PooledUtf8();
        try
        {
            text.Append(inputs.SiteStamp);
            text.Append($"\n{shown.Length}:");
            text.Append(shown);
            foreach (var source in sources)
            {
                text.Append("\n");
                text.Append(source);
                text.Append("=");
                text.Append(sourceFingerprints.GetValueOrDefault(source, "missing"));
            }

            return Convert.ToHexStringLower(SHA256.HashData(text.Written));
        }
        finally
        {
            text.Return();
        }
    }

    /// <summary>UTF-8 text gathered in a buffer rented from the shared pool, which grows as needed.</summary>
    private struct PooledUtf8()
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
        private int _length;

        public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void Append(ReadOnlySpan<char> text)
        {
            var needed = _length + Encoding.UTF8.GetMaxByteCount(text.Length);
            if (needed > _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
                Written.CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
        }

        public readonly void Return() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
