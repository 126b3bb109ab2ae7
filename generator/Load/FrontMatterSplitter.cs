using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Load;

/// <summary>Splits <c>---</c>-fenced YAML front matter from the Markdown body that follows it.</summary>
public static class FrontMatterSplitter
{
    /// <summary>The split document, or null after reporting a missing or unclosed fence.</summary>
    public static FrontMatterDocument? Split(SourceText source, DiagnosticBag diagnostics)
    {
        var lines = source.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != "---")
        {
            diagnostics.Error(DiagnosticCode.MissingFrontMatter, SourceLocation.StartOf(source.Path),
                "the file must start with front matter: a line '---', the fields (title: ..., summary: ...), then another '---'");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatterDocument(source.Path, yaml, YamlFirstLine: 2, body, BodyFirstLine: i + 2);
            }
        }

        diagnostics.Error(DiagnosticCode.MissingFrontMatter, SourceLocation.StartOf(source.Path),
            "the front matter that starts here is never closed: add a line '---' after the last field");
        return null;
    }
}
