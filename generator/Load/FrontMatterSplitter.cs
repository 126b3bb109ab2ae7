using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Load;

/// <summary>Splits <c>---</c>-fenced YAML front matter from the Markdown body that follows it.</summary>
public static class FrontMatterSplitter
{
    /// <summary>The split document, or null after reporting a missing or unclosed fence.</summary>
    public static FrontMatterDocument? Split(SourceText source, DiagnosticBag diagnostics)
    {
        // The fences are found in place: splitting every file into lines and joining them again allocated each file twice over.
        var text = source.Text;
        var firstEnd = LineEnd(text, 0);
        if (Line(text, 0, firstEnd) is not "---")
        {
            diagnostics.Error(DiagnosticCode.MissingFrontMatter, SourceLocation.StartOf(source.Path),
                "the file must start with front matter: a line '---', the fields (title: ..., summary: ...), then another '---'");
            return null;
        }

        var yamlStart = firstEnd + 1;
        // lineEnd is the line feed before each following line: while there is one, another line follows it.
        for (int lineEnd = firstEnd, lineNumber = 1; lineEnd < text.Length; lineNumber++)
        {
            var start = lineEnd + 1;
            lineEnd = LineEnd(text, start);
            if (Line(text, start, lineEnd) is "---" or "...")
            {
                var yaml = start == yamlStart ? "" : text[yamlStart..(start - 1)];
                var body = lineEnd == text.Length ? "" : text[(lineEnd + 1)..];
                return new FrontMatterDocument(source.Path, yaml, YamlFirstLine: 2, body, BodyFirstLine: lineNumber + 2);
            }
        }

        diagnostics.Error(DiagnosticCode.MissingFrontMatter, SourceLocation.StartOf(source.Path),
            "the front matter that starts here is never closed: add a line '---' after the last field");
        return null;
    }

    /// <summary>The index of the line feed that ends the line starting at <paramref name="start"/>, or the text's length.</summary>
    private static int LineEnd(string text, int start) => text.IndexOf('\n', start) is var end and >= 0 ? end : text.Length;

    /// <summary>A line without the carriage returns before its line feed, compared without allocating.</summary>
    private static ReadOnlySpan<char> Line(string text, int start, int end) => text.AsSpan(start, end - start).TrimEnd('\r');
}
