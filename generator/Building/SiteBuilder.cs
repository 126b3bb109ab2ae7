using System.Diagnostics;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Index;
using KnowledgeBase.Link;
using KnowledgeBase.Load;
using KnowledgeBase.Markdown;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Images;
using KnowledgeBase.Search;
using KnowledgeBase.Validate;
using KnowledgeBase.Validate.Readability;
using Scriban.Syntax;

namespace KnowledgeBase.Building;

/// <summary>
/// Runs the pipeline: load -> validate -> link -> render (streamed into a staging folder) -> validate what would be
/// published -> index -> emit (swap into place). Any error stops it before the swap. A build without drafts also
/// records its URLs in published-urls.txt. One builder kept across builds (serve) remembers what each page was
/// rendered from, so that <see cref="Rebuild"/> renders and writes only the pages an edit touched.
/// </summary>
public sealed class SiteBuilder(TimeProvider clock)
{
    private LastBuild? _last;
    private (string Key, TemplateSet Set)? _templates;

    /// <summary>
    /// Loads, validates and renders without writing: what `check` runs. Rendering is needed to know every URL the
    /// site would publish, which published-urls.txt and internal links are checked against.
    /// </summary>
    public BuildResult Check(string siteRoot)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var stages = new StageClock(display: null);
        var (content, readability, prepared) = Prepare(siteRoot, baseUrlOverride: null, repositoryOverride: null, includeDrafts: false, diagnostics, stages);
        if (prepared is not null)
        {
            stages.Report(BuildStage.Render);
            RenderAndValidate(prepared, new DiscardingSink(), previous: null, diagnostics);
        }

        return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed, stages.Stop())
        {
            Rendered = prepared is not null,
            Readability = readability,
            Translations = content.TranslationStatus,
        };
    }

    /// <summary>
    /// Builds the whole site into the output folder, or leaves the previous output untouched on any error. Pages are
    /// written to a staging folder as they are rendered, and the search index is built there before the swap, so
    /// the site never goes live half-written or without its index. With the build cache of the previous build into
    /// the same folder (<see cref="BuildCache"/>), only pages whose sources changed are rendered, and files whose bytes
    /// did not change are staged as links to the previous output's, search index included when no indexed page
    /// changed. Throws <see cref="OutputFolderRefusedException"/>, before touching anything, when the output folder is
    /// not one a build may replace.
    /// </summary>
    public BuildResult Build(BuildOptions options, IProgress<BuildStage>? display = null)
    {
        OutputFolderGuard.ThrowIfRefused(options.SiteRoot, options.OutputFolder);
        var stopwatch = Stopwatch.StartNew();
        var stages = new StageClock(display);
        var diagnostics = new DiagnosticBag();
        var indexer = new PagefindIndexer(options.SiteRoot);
        var cache = new BuildCache(options, indexer.Identity());
        var setAside = new SetAsideFolder(options.OutputFolder, DateTime.UtcNow);
        _last = null;
        var recovered = WroteOutput(options, diagnostics, "could not clear up what an earlier build left beside the output", () =>
        {
            OutputWriter.RecoverFromInterruptedBuild(options.OutputFolder, cache.KeptOutputFolder, setAside);
            return true;
        });
        WarnOfSetAsideFiles(options, setAside, diagnostics);
        if (!recovered)
        {
            return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed, stages.Stop());
        }

        // Reading the previous build's cache and checking its files against the output only read .cache/builds/ and the
        // output folder, which loading, validating and linking do not touch, so it runs on the other core meanwhile; first,
        // the stamps of the files every page is made from, for the next build, as loading starts to read them.
        var previousBuild = Task.Run(() => (SiteWideSources: BuildCache.SiteWideSources(options.SiteRoot), Cache: cache.Load()));
        var (_, readability, prepared) = Prepare(options.SiteRoot, options.BaseUrlOverride, options.RepositoryOverride, options.IncludeDrafts, diagnostics, stages);
        if (prepared is null)
        {
            return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed, stages.Stop()) { Readability = readability };
        }

        RenderedSite? site = null;
        OutputManifest? manifest = null;
        stages.Report(BuildStage.Render);
        var (siteWideSources, (previous, cacheUse)) = previousBuild.GetAwaiter().GetResult();
        var written = WroteOutput(options, diagnostics, "could not write the site; the site of the last good build is left as it was", () => OutputWriter.Write(
            options.OutputFolder, cache.KeptOutputFolder, previous?.Output, previous?.Output.Built ?? cache.LastBuiltFiles(), setAside, sink =>
        {
            site = RenderAndValidate(prepared, sink, previous?.Memo, diagnostics, options.OutputFolder);
            if (site is null || diagnostics.HasErrors)
            {
                return false;
            }

            var unchanged = site.Paths.Except(sink.Written, StringComparer.Ordinal).ToList();
            foreach (var kept in site.Paths.Except(site.Rendered, StringComparer.Ordinal))
            {
                sink.Keep(kept);
            }

            var toCompress = options.Precompress ? sink.Written.Concat(unchanged.Where(path => !KeepCompressedCopies(sink, previous!.Output, path))).ToList() : [];
            var index = previous?.Output.IntactFolder(SiteUrls.PagefindFolder);
            var indexKept = index is not null && SearchIndexStillRight(previous!, site, sink, sink.Folder);
            if (indexKept)
            {
                foreach (var file in index!)
                {
                    sink.Keep(file);
                }
            }

            // Only now may new files go into the folder: before, a name could still be shared with the live output.
            sink.RemoveUnstaged(leaveEarlierIndex: !indexKept);
            sink.Record(Precompression.AddCompressedCopies(sink.Folder, toCompress));
            stages.Report(BuildStage.Index);
            if (indexKept)
            {
                cacheUse += $"; stamped {site.Stamps}, rendered {site.Rendered.Count} of {site.Paths.Count} files, wrote {sink.Written.Count}; search index reused";
            }
            else
            {
                indexer.Index(sink.Folder);
                sink.RecordFolder(SiteUrls.PagefindFolder);
                cacheUse += previous is null ? "" : $"; stamped {site.Stamps}, rendered {site.Rendered.Count} of {site.Paths.Count} files, wrote {sink.Written.Count}; search index rebuilt";
            }

            manifest = sink.Manifest();
            stages.Report(BuildStage.Emit);
            return true;
        }));
        WarnOfSetAsideFiles(options, setAside, diagnostics);
        if (!written || site is null || manifest is null)
        {
            return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed, stages.Stop()) { Rendered = true, Readability = readability };
        }

        cache.Save(site, manifest, ContentInputs.Today(clock), siteWideSources);
        _last = new LastBuild(options, site);
        WroteOutput(options, diagnostics, $"the new site is live in {RelativeOutput(options)}, but {PublishedUrlManifest.FileName}, the record of every URL the site has " +
            "published, could not be updated; the next build that can write it records the URLs it publishes, and until then `check` warns of each one " +
            "(KB045)", () =>
        {
            RecordPublishedUrls(options, site);
            return true;
        }, failedFile: PublishedUrlManifest.FileName);
        return Result(diagnostics, site, readability, stopwatch, stages) with { CacheUse = cacheUse };
    }

    /// <summary>
    /// Runs a step that writes the output, and turns the disk refusing it (full, read-only, a name too long, a file in
    /// the way) or the search indexer failing into an error naming the output folder, the path and the system's reason.
    /// Pages are written as they are rendered, possibly on another thread, which wraps the failure. The error is at the
    /// output folder, or at <paramref name="failedFile"/> when the step writes a file of the site's sources.
    /// </summary>
    private static bool WroteOutput(BuildOptions options, DiagnosticBag diagnostics, string failed, Func<bool> write, string? failedFile = null)
    {
        try
        {
            return write();
        }
        catch (Exception thrown) when ((Innermost<IOException>(thrown) ?? Innermost<UnauthorizedAccessException>(thrown) ?? (Exception?)Innermost<SearchIndexException>(thrown)) is { } failure)
        {
            diagnostics.Error(DiagnosticCode.SiteNotWritten, SourceLocation.StartOf(failedFile ?? RelativeOutput(options)), $"{failed}: {failure.Message}");
            return false;
        }
    }

    /// <summary>
    /// Names each file an earlier output held that no build wrote, which this build set aside instead of deleting, and
    /// where it went (once: the list is emptied).
    /// </summary>
    private static void WarnOfSetAsideFiles(BuildOptions options, SetAsideFolder setAside, DiagnosticBag diagnostics)
    {
        foreach (var (relativePath, destination) in setAside.TakeMoved())
        {
            var where = Path.GetRelativePath(Path.GetFullPath(options.SiteRoot), destination).Replace('\\', '/');
            var what = relativePath.Length == 0
                ? $"an earlier output of this folder, kept for the next build, has no record of which of its files a build wrote, so it was set aside whole in {where}"
                : $"this file was in the output, but no build wrote it (it was put there by hand or by another program), so the build does not publish it; it was set aside, not deleted, in {where}";
            diagnostics.Warning(DiagnosticCode.UnbuiltFileSetAside,
                SourceLocation.StartOf(relativePath.Length == 0 ? RelativeOutput(options) : $"{RelativeOutput(options)}/{relativePath}"),
                $"{what}. Each build replaces the output whole with what it makes from content/, templates/ and site.yml: a page belongs in " +
                "content/pages/, a file the pages use in templates/assets/ (published under /assets/), and a file a host needs at a fixed path (a " +
                "verification file, .well-known/) must be copied into the output after each build by the deploy step");
        }
    }

    /// <summary>The output folder as messages name it: relative to the site's folder.</summary>
    private static string RelativeOutput(BuildOptions options) =>
        Path.GetRelativePath(Path.GetFullPath(options.SiteRoot), Path.GetFullPath(options.OutputFolder)).Replace('\\', '/');

    /// <summary>Stages the previous output's .br and .gz copies of an unchanged file, when it has both.</summary>
    private static bool KeepCompressedCopies(FolderSink sink, PreviousOutput previous, string path)
    {
        string[] copies = [path + ".br", path + ".gz"];
        if (!copies.All(previous.Holds))
        {
            return false;
        }

        foreach (var copy in copies)
        {
            sink.Keep(copy);
        }

        return true;
    }

    /// <summary>
    /// Whether the previous search index is the one Pagefind would make of the staged site: it is whole as it was
    /// written, and no page Pagefind indexes (now or before) was added, changed or removed. A previous page that is no
    /// longer as it was built counts as indexed, since what it held is unknown.
    /// </summary>
    private static bool SearchIndexStillRight(PreviousBuild previous, RenderedSite site, FolderSink sink, string staging)
    {
        var removed = previous.Paths.Except(site.Paths, StringComparer.Ordinal);
        return !sink.Written.Concat(removed).Where(path => path.EndsWith(".html", StringComparison.Ordinal)).Any(path =>
            (File.Exists(Path.Combine(staging, path)) && PagefindIndexer.Indexes(File.ReadAllBytes(Path.Combine(staging, path))))
            || (previous.Output.Recorded(path) && (!previous.Output.Holds(path) || PagefindIndexer.Indexes(File.ReadAllBytes(previous.Output.PathOf(path))))));
    }

    /// <summary>
    /// Brings the output of the last <see cref="Build"/> or <see cref="Rebuild"/> with the same options up to date
    /// with the content: only pages whose sources changed are rendered, and only they (and the files made from every article) are
    /// written, in place. On any error nothing is written. The search index is not refreshed here, so that pages go
    /// live without waiting for it: call <see cref="PagefindIndexer.Reindex"/> afterwards. Without a last build, this
    /// is a full build.
    /// </summary>
    public BuildResult Rebuild(BuildOptions options)
    {
        if (_last is not { } last || last.Options != options || !Directory.Exists(options.OutputFolder))
        {
            return Build(options);
        }

        var stopwatch = Stopwatch.StartNew();
        var stages = new StageClock(display: null);
        var diagnostics = new DiagnosticBag();
        var (_, readability, prepared) = Prepare(options.SiteRoot, options.BaseUrlOverride, options.RepositoryOverride, options.IncludeDrafts, diagnostics, stages);
        if (prepared is null)
        {
            return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed, stages.Stop()) { Readability = readability };
        }

        stages.Report(BuildStage.Render);
        var changed = new MemorySink();
        var site = RenderAndValidate(prepared, changed, last.Site.Memo, diagnostics, options.OutputFolder);
        if (site is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed, stages.Stop()) { Rendered = true, Readability = readability };
        }

        stages.Report(BuildStage.Emit);
        // If writing fails part-way, the output no longer matches any memo: the next build starts afresh.
        _last = null;
        if (!WroteOutput(options, diagnostics, "could not bring the preview up to date; it still shows the last good build", () =>
            {
                OutputWriter.Update(options.OutputFolder, changed.Files, last.Site.Paths.Except(site.Paths, StringComparer.Ordinal));
                return true;
            }))
        {
            return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed, stages.Stop()) { Rendered = true, Readability = readability };
        }

        RecordPublishedUrls(options, site);
        _last = new LastBuild(options, site);
        return Result(diagnostics, site, readability, stopwatch, stages);
    }

    private static BuildResult Result(DiagnosticBag diagnostics, RenderedSite site, ReadabilityReport readability, Stopwatch stopwatch, StageClock stages)
    {
        var pages = site.Paths.Count(path => path.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.Sorted(), pages, stopwatch.Elapsed, stages.Stop())
        {
            RenderedFiles = site.Rendered,
            Rendered = true,
            Readability = readability,
        };
    }

    /// <summary>
    /// Drafts are never published, so only a build without them adds to the record of published URLs. Compressed
    /// copies are left out: they are the same URLs, served by content negotiation.
    /// </summary>
    private static void RecordPublishedUrls(BuildOptions options, RenderedSite site)
    {
        if (!options.IncludeDrafts)
        {
            PublishedUrlManifestWriter.Write(options.SiteRoot, PublishedUrlValidator.PublishedPaths(site.Paths));
        }
    }

    /// <summary>
    /// Load, validate and link: everything before rendering. The site is null when the content has errors; the
    /// readability report needs only the content, so it is always there.
    /// </summary>
    private (SiteContent Content, ReadabilityReport Readability, PreparedSite? Site) Prepare(
        string siteRoot, Uri? baseUrlOverride, Uri? repositoryOverride, bool includeDrafts, DiagnosticBag diagnostics, IProgress<BuildStage> stages)
    {
        stages.Report(BuildStage.Load);
        var frontMatterEvents = YamlEventCache.Of(siteRoot);
        var markdownFacts = MarkdownFactStore.Of(siteRoot);
        var articleFrontMatter = ArticleFrontMatterStore.Of(siteRoot);
        var referenceRecords = ReferenceRecordStore.Of(siteRoot);
        var content = new SiteLoader(siteRoot, frontMatterEvents, markdownFacts, articleFrontMatter, referenceRecords).Load(diagnostics);
        frontMatterEvents.Save();
        articleFrontMatter.Save();
        referenceRecords.Save();
        markdownFacts.SaveFacts();
        if (repositoryOverride is not null)
        {
            content = content with { Settings = content.Settings with { Repository = repositoryOverride } };
        }

        stages.Report(BuildStage.Validate);
        // Linking only reads the loaded content, so it runs on the other core while validation does; its graph is used,
        // and what it keeps for the next build saved, only when validation finds no error.
        var relatedArticles = RelatedArticleStore.Of(siteRoot);
        var linking = Task.Run(() => SiteLinker.Link(content, baseUrlOverride ?? content.Settings.BaseUrl, includeDrafts, markdownFacts, relatedArticles));
        new SiteValidator(clock, markdownFacts).Validate(content, diagnostics);
        if (CacheFile.WhyUnusable(siteRoot) is { } reason)
        {
            diagnostics.Warning(DiagnosticCode.CacheNotUsable, SourceLocation.StartOf(CacheFile.FolderName),
                $"{CacheFile.FolderName}/ cannot be used ({reason}); the content is checked and built all the same, but what builds keep there for the " +
                "next one (preview images, reading levels, search words, what each page was rendered from) cannot all be kept or read, so a build may " +
                $"do again what an earlier one did: make {CacheFile.FolderName}/ writable, or delete it");
        }

        var levels = ReadingLevelCache.Of(siteRoot);
        var readability = ReadabilityValidator.Validate(content, diagnostics, levels);
        levels.Save();
        var links = InternalLinkValidator.Collect(content);
        var manifest = PublishedUrlManifestReader.Read(siteRoot, diagnostics);
        var templates = ParsedTemplates(content, diagnostics);
        if (templates is null || diagnostics.HasErrors)
        {
            return (content, readability, null);
        }

        stages.Report(BuildStage.Link);
        var graph = linking.GetAwaiter().GetResult();
        markdownFacts.SaveGlossaryUses();
        relatedArticles.Save();
        return (content, readability, new PreparedSite(siteRoot, graph, templates, manifest, links));
    }

    /// <summary>The templates, parsed again only when one of them changed since the last build of this builder.</summary>
    private TemplateSet? ParsedTemplates(SiteContent content, DiagnosticBag diagnostics)
    {
        var key = string.Join('\n', content.Templates.Select(template => template.Path + "=" + content.SourceFingerprints.GetValueOrDefault(template.Path)));
        if (_templates is var (cachedKey, cached) && cachedKey == key)
        {
            return cached;
        }

        var parsed = TemplateSet.Parse(content.Templates, diagnostics);
        _templates = parsed is null ? null : (key, parsed);
        return parsed;
    }

    /// <summary>
    /// Renders into <paramref name="sink"/>, then checks what would be published and the content's internal links
    /// against it. Pages a rebuild kept are read from <paramref name="liveOutput"/>, where the last build wrote them.
    /// </summary>
    private RenderedSite? RenderAndValidate(PreparedSite prepared, IOutputSink sink, RenderMemo? previous, DiagnosticBag diagnostics, string? liveOutput = null)
    {
        var retaining = new RetainingSink(sink, InternalLinkValidator.SectionTargets(prepared.Links));
        RenderedSite site;
        try
        {
            site = new SiteRenderer(prepared.Templates, new SocialImageCache(prepared.SiteRoot), clock, new SearchWordCache(prepared.SiteRoot)).Render(prepared.Graph, retaining, previous);
        }
        catch (Exception failure) when (Innermost<PageTooLargeException>(failure) is { } page)
        {
            diagnostics.Error(DiagnosticCode.PageTooLarge, SourceLocation.StartOf($"templates/{page.Template}.html"),
                $"the page {page.OutputPath} is {page.Bytes / 1024} KB; a page may be at most {RenderContext.MaxPageBytes / 1024} KB: "
                + "a list that grows with the site must be split into pages (see \"Long lists are split into pages\" in CONTRIBUTING.md), or the template repeats more than it should");
            return null;
        }
        catch (Exception failure) when (Innermost<OutputPathOutsideFolderException>(failure) is { } escape)
        {
            var source = SiteValidator.WhereChosen(prepared.Graph.Content, escape.RelativePath);
            diagnostics.Error(DiagnosticCode.SiteNotWritten, source ?? SourceLocation.StartOf(Path.GetRelativePath(prepared.SiteRoot, liveOutput ?? prepared.SiteRoot).Replace('\\', '/')),
                $"{escape.Message}; the site of the last good build is left as it was. {(source is null ? "No page or alias chose this address" : "Its address is chosen here")}: " +
                "an address must be a path inside the site, without '..'");
            return null;
        }
        catch (Exception failure) when (Innermost<ScriptRuntimeException>(failure) is { } error)
        {
            diagnostics.Error(DiagnosticCode.InvalidTemplate,
                new SourceLocation(error.Span.FileName, error.Span.Start.Line + 1, error.Span.Start.Column + 1), error.OriginalMessage);
            return null;
        }

        PublishedUrlValidator.Validate(prepared.Graph.Content, prepared.Graph.Redirects, site.Paths, prepared.Manifest, diagnostics);
        InternalLinkValidator.Validate(prepared.Links, prepared.Graph.Content, site.Paths,
            path => retaining.Text(path) ?? File.ReadAllText(Path.Combine(liveOutput ?? throw new InvalidOperationException($"{path} was not rendered"), path)),
            diagnostics);
        return site;
    }

    /// <summary>
    /// A template mistake that parsing cannot see (a misspelt variable, a call on nothing) or a page over the size
    /// limit fails only when a page is rendered, possibly on another thread, which wraps it.
    /// </summary>
    private static T? Innermost<T>(Exception failure) where T : Exception => failure switch
    {
        T error => error,
        AggregateException { InnerExceptions: [var inner, ..] } => Innermost<T>(inner),
        _ => null,
    };

    private sealed record PreparedSite(string SiteRoot, SiteGraph Graph, TemplateSet Templates, PublishedUrlManifest Manifest, IReadOnlyList<ContentLink> Links);

    private sealed record LastBuild(BuildOptions Options, RenderedSite Site);
}
