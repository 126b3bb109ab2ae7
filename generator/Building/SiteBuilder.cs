using System.Diagnostics;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Index;
using KnowledgeBase.Link;
using KnowledgeBase.Load;
using KnowledgeBase.Render;
using KnowledgeBase.Validate;

namespace KnowledgeBase.Building;

/// <summary>Runs the pipeline: load -> validate -> link -> render -> emit -> index. Any error stops it before emit.</summary>
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

    /// <summary>
    /// Builds the site into the output folder, or leaves the previous output untouched on any error. The search
    /// index is built in the staging folder, so the site never goes live without it.
    /// </summary>
    public BuildResult Build(BuildOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var content = LoadAndValidate(options.SiteRoot, diagnostics);
        var templates = TemplateSet.Parse(content.Templates, diagnostics);
        if (templates is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Sorted(), 0, stopwatch.Elapsed);
        }

        var graph = SiteLinker.Link(content, options.BaseUrlOverride ?? content.Settings.BaseUrl, options.IncludeDrafts);
        var files = new SiteRenderer(templates, clock).Render(graph);
        OutputWriter.Write(options.OutputFolder, files, new PagefindIndexer(options.SiteRoot).Index);
        var pages = files.Count(file => file.RelativePath.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.Sorted(), pages, stopwatch.Elapsed);
    }

    private SiteContent LoadAndValidate(string siteRoot, DiagnosticBag diagnostics)
    {
        var content = new SiteLoader(siteRoot).Load(diagnostics);
        new SiteValidator(clock).Validate(content, diagnostics);
        return content;
    }
}
