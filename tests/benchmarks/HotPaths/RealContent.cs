using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Benchmarks;

/// <summary>The repository's own content, which the benchmarks measure: what editors actually write.</summary>
public static class RealContent
{
    public static string Root { get; } = FindRoot();

    /// <summary>The longest article, so that per-page figures are the worst case of the real site.</summary>
    public static SourceText LongestArticle()
    {
        var path = Directory.EnumerateFiles(Path.Combine(Root, "content", "articles"), "*.md").MaxBy(file => new FileInfo(file).Length)!;
        return new SourceText(Path.GetRelativePath(Root, path), File.ReadAllText(path));
    }

    public static SiteContent Load()
    {
        var diagnostics = new DiagnosticBag();
        var content = new SiteLoader(Root).Load(diagnostics);
        return diagnostics.HasErrors
            ? throw new InvalidOperationException("The real content has errors: " + string.Join(Environment.NewLine, diagnostics.Sorted()))
            : content;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MesotherapyEvidence.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks inside the repository (MesotherapyEvidence.slnx not found).");
    }
}
