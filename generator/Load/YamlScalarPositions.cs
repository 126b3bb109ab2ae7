using KnowledgeBase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Load;

/// <summary>
/// Where a character of a scalar's value stands in the file. Folding and indentation change only the white space of a
/// value, so the n-th character that is not white space is the n-th such character of the scalar's text.
/// </summary>
public sealed class YamlScalarPositions(SourceText source, YamlScalarNode scalar)
{
    /// <summary>The file position of the value's character at <paramref name="offset"/> (the next one that is not white space).</summary>
    public SourceLocation Of(int offset)
    {
        var wanted = (scalar.Value ?? "").Take(offset).Count(character => !char.IsWhiteSpace(character));
        var text = source.Text;
        var index = ContentStart(text);
        var end = (int)Math.Min(scalar.End.Index, text.Length);
        for (var seen = 0; index < end; index++)
        {
            if (!char.IsWhiteSpace(text[index]) && seen++ == wanted)
            {
                break;
            }
        }

        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new SourceLocation(source.Path, text.AsSpan(0, lineStart).Count('\n') + 1, index - lineStart + 1);
    }

    /// <summary>Where the value's first character may stand: after a block scalar's indicator line, or inside a quote.</summary>
    private int ContentStart(string text)
    {
        var start = (int)Math.Min(scalar.Start.Index, text.Length);
        return scalar.Style switch
        {
            ScalarStyle.Literal or ScalarStyle.Folded => text.IndexOf('\n', start) is var lineEnd and >= 0 ? lineEnd + 1 : text.Length,
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => start + 1,
            _ => start,
        };
    }
}
