using System.Text;
using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// Passes every file on and keeps the text of a chosen few (the pages that links into sections point at), so that
/// validation after rendering can read them although the site itself was streamed to disk or discarded.
/// </summary>
public sealed class RetainingSink(IOutputSink inner, IReadOnlySet<string> retain) : IOutputSink
{
    private readonly Dictionary<string, string> _retained = new(StringComparer.Ordinal);

    public void Add(OutputFile file)
    {
        if (retain.Contains(file.RelativePath))
        {
            _retained[file.RelativePath] = Encoding.UTF8.GetString(file.Bytes);
        }

        inner.Add(file);
    }

    /// <summary>The text of a retained file rendered by this build, or null when it was not rendered (or not retained).</summary>
    public string? Text(string relativePath) => _retained.GetValueOrDefault(relativePath);
}
