using System.Diagnostics;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Link;
using KnowledgeBase.Load;
using KnowledgeBase.Render;
using KnowledgeBase.Validate;

namespace KnowledgeBase.Building;

/// <summary>Runs the pipeline: load -> validate -> link -> render -> emit. Any error stops it before emit.</summary>
public sealed class SiteBuilder(TimeProvider clock)
{
    /// <summary>Loads and validates only: what `check` runs. Nothing is written.</summary>
    public BuildResult Check(string siteRoot)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var content = LoadAndValidate(siteRoot, diagnostics);
        TemplateSet.Parse(content.Templates, diagnostics);
        return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed);
    }

    /// <summary>Builds the site into the output folder, or leaves the previous output untouched on any error.</summary>
    public BuildResult Build(BuildOptions options, IProgress<BuildStage>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        OutputWriter.RecoverFromInterruptedBuild(options.OutputFolder);
        var diagnostics = new DiagnosticBag();
        var content = LoadAndValidate(options.SiteRoot, diagnostics, progress);
        var templates = TemplateSet.Parse(content.Templates, diagnostics);
        if (templates is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed);
        }

        progress?.Report(BuildStage.Link);
        var graph = SiteLinker.Link(content, options.BaseUrlOverride ?? content.Settings.BaseUrl, options.IncludeDrafts);
        progress?.Report(BuildStage.Render);
        var rendered = new SiteRenderer(templates, clock).Render(graph);
        var files = options.Precompress ? Precompression.AddCompressedCopies(rendered) : rendered;
        progress?.Report(BuildStage.Emit);
        OutputWriter.Write(options.OutputFolder, files);
        var pages = files.Count(file => file.RelativePath.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.Sorted(), pages, stopwatch.Elapsed);
    }

    private SiteContent LoadAndValidate(string siteRoot, DiagnosticBag diagnostics, IProgress<BuildStage>? progress = null)
    {
        progress?.Report(BuildStage.Load);
        var content = new SiteLoader(siteRoot).Load(diagnostics);
        progress?.Report(BuildStage.Validate);
        new SiteValidator(clock).Validate(content, diagnostics);
        return content;
    }
}
