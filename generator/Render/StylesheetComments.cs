using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Render;

/// <summary>
/// Removes comments from a stylesheet before it is published: the comments explain the CSS to the engineers who
/// edit templates/assets, and every reader would otherwise download them with each page (about a quarter of
/// site.css once compressed). Quoted strings are kept as written, so a "/*" inside one is not taken for a comment.
/// </summary>
public static partial class StylesheetComments
{
    public static byte[] Strip(byte[] stylesheet) =>
        Encoding.UTF8.GetBytes(CommentOrString().Replace(Encoding.UTF8.GetString(stylesheet), match => match.Value.StartsWith('/') ? "" : match.Value));

    [GeneratedRegex("""/\*.*?\*/|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'""", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();
}
