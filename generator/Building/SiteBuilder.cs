using System.Diagnostics;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Index;
using KnowledgeBase.Link;
using KnowledgeBase.Load;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Images;
using KnowledgeBase.Validate;
using KnowledgeBase.Validate.Readability;

namespace KnowledgeBase.Building;

/// <summary>
/// Runs the pipeline: load -> validate -> link -> render -> validate what would be published -> emit -> index.
/// Any error stops it before emit. A build without drafts also records its URLs in published-urls.txt.
/// </summary>
public sealed class SiteBuilder(TimeProvider clock)
{
    /// <summary>
    /// Loads, validates and renders in memory: what `check` runs. Rendering is needed to know every URL the site
    /// would publish, which published-urls.txt is checked against. Nothing is written.
    /// </summary>
    public BuildResult Check(string siteRoot)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var stages = new StageClock(display: null);
        var site = RenderAndValidate(siteRoot, baseUrlOverride: null, includeDrafts: false, diagnostics, stages);
        return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed, stages.Stop()) { Rendered = site.Files is not null, Readability = site.Readability };
    }

    /// <summary>
    /// Builds the site into the output folder, or leaves the previous output untouched on any error. The search
    /// index is built in the staging folder, so the site never goes live without it.
    /// </summary>
    public BuildResult Build(BuildOptions options, IProgress<BuildStage>? display = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var progress = new StageClock(display);
        OutputWriter.RecoverFromInterruptedBuild(options.OutputFolder);
        var diagnostics = new DiagnosticBag();
        var (readability, rendered, manifest) = RenderAndValidate(options.SiteRoot, options.BaseUrlOverride, options.IncludeDrafts, diagnostics, progress);
        if (rendered is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed, progress.Stop());
        }

        var files = options.Precompress ? Precompression.AddCompressedCopies(rendered) : rendered;
        progress.Report(BuildStage.Emit);
        var indexer = new PagefindIndexer(options.SiteRoot);
        OutputWriter.Write(options.OutputFolder, files, staging =>
        {
            progress.Report(BuildStage.Index);
            indexer.Index(staging);
        });
        if (!options.IncludeDrafts)
        {
            // Drafts are never published, so only a build without them adds to the record of published URLs.
            // Compressed copies are left out: they are the same URLs, served by content negotiation.
            PublishedUrlManifestWriter.Write(options.SiteRoot, manifest, PublishedUrlValidator.PublishedPaths(rendered));
        }

        var pages = files.Count(file => file.RelativePath.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.Sorted(), pages, stopwatch.Elapsed, progress.Stop()) { Rendered = true, Readability = readability };
    }

    /// <summary>
    /// Loads, validates and renders in memory. <see cref="ValidatedSite.Files"/> is null when errors stopped the
    /// pipeline before rendering; the readability report needs only the content, so it is always there.
    /// </summary>
    private ValidatedSite RenderAndValidate(
        string siteRoot, Uri? baseUrlOverride, bool includeDrafts, DiagnosticBag diagnostics, IProgress<BuildStage> progress)
    {
        progress.Report(BuildStage.Load);
        var content = new SiteLoader(siteRoot).Load(diagnostics);
        progress.Report(BuildStage.Validate);
        new SiteValidator(clock).Validate(content, diagnostics);
        var readability = ReadabilityValidator.Validate(content, diagnostics);
        var links = InternalLinkValidator.Collect(content);
        var manifest = PublishedUrlManifestReader.Read(siteRoot, diagnostics);
        var templates = TemplateSet.Parse(content.Templates, diagnostics);
        if (templates is null || diagnostics.HasErrors)
        {
            return new ValidatedSite(readability, null, manifest);
        }

        progress.Report(BuildStage.Link);
        var graph = SiteLinker.Link(content, baseUrlOverride ?? content.Settings.BaseUrl, includeDrafts);
        progress.Report(BuildStage.Render);
        var files = new SiteRenderer(templates, new SocialImageCache(siteRoot), clock).Render(graph);
        PublishedUrlValidator.Validate(graph, files, manifest, diagnostics);
        InternalLinkValidator.Validate(links, content, files, diagnostics);
        return new ValidatedSite(readability, files, manifest);
    }

    private sealed record ValidatedSite(ReadabilityReport Readability, IReadOnlyList<OutputFile>? Files, PublishedUrlManifest Manifest);
}
