namespace KnowledgeBase.Render;

/// <summary>A page rendered larger than <see cref="RenderContext.MaxPageBytes"/>; the build reports it as KB019 at the page's template.</summary>
public sealed class PageTooLargeException(string outputPath, string template, int bytes)
    : Exception($"{outputPath} is {bytes} bytes, over the limit of {RenderContext.MaxPageBytes} bytes")
{
    /// <summary>The page's file, relative to the output folder.</summary>
    public string OutputPath { get; } = outputPath;

    /// <summary>The name of the template that lays out the page's content (its file is templates/&lt;name&gt;.html).</summary>
    public string Template { get; } = template;

    public int Bytes { get; } = bytes;
}
