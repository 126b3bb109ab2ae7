using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace KnowledgeBase.Render;

/// <summary>
/// The places where a template writes a value into the page without escaping it, found by walking the parsed
/// template, so that a forgotten <c>| html.escape</c> is reported at its line instead of letting a title with a
/// <c>&lt;</c> in it break the page. A <c>{{ }}</c> may write a value as it is only when the value is provably safe:
/// <list type="bullet">
/// <item>its last filter is <c>html.escape</c> (<c>{{ m.title | html.escape }}</c>, or <c>html.escape(m.title)</c>);</item>
/// <item>it is named <c>*_html</c>: HTML that C# built and escaped (<c>{{ m.body_html }}</c>), or an element of a list so named
/// (<c>{{ for block in m.evidence_blocks_html }}{{ block }}</c>);</item>
/// <item>it is text written in the template itself (<c>{{ "&amp;nbsp;" }}</c>), or the output of another template
/// (<c>{{ include "section-heading" m.section }}</c>), which is checked in its own file.</item>
/// </list>
/// </summary>
public sealed class UnescapedValueFinder : ScriptVisitor
{
    private const string HtmlSuffix = "_html";

    private readonly List<(string Value, SourceSpan Span)> _found = [];
    private readonly HashSet<string> _htmlLoopVariables = new(StringComparer.Ordinal);

    /// <summary>Each value <paramref name="template"/> writes without escaping, as written in the template, with its place.</summary>
    public static IReadOnlyList<(string Value, SourceSpan Span)> In(Template template)
    {
        var finder = new UnescapedValueFinder();
        finder.Visit(template.Page);
        return finder._found;
    }

    public override void Visit(ScriptExpressionStatement node)
    {
        if (node.Expression is { } expression and not ScriptAssignExpression && !IsSafe(expression))
        {
            _found.Add((expression.ToString(), expression.Span));
        }

        base.Visit(node);
    }

    public override void Visit(ScriptForStatement node)
    {
        if (node.Variable is not ScriptVariable { Name: var name })
        {
            base.Visit(node);
            return;
        }

        var wasHtml = _htmlLoopVariables.Contains(name);
        if (IsNamedHtml(node.Iterator))
        {
            _htmlLoopVariables.Add(name);
        }
        else
        {
            _htmlLoopVariables.Remove(name);
        }

        base.Visit(node);
        if (wasHtml)
        {
            _htmlLoopVariables.Add(name);
        }
        else
        {
            _htmlLoopVariables.Remove(name);
        }
    }

    private bool IsSafe(ScriptExpression? expression) => expression switch
    {
        ScriptNestedExpression nested => IsSafe(nested.Expression),
        ScriptLiteral => true,
        ScriptPipeCall pipe => IsEscapeFilter(LastFilter(pipe)),
        ScriptFunctionCall call => IsEscapeFilter(call.Target) || call.Target is ScriptVariable { Name: "include" },
        _ => IsNamedHtml(expression),
    };

    private bool IsNamedHtml(ScriptExpression? expression) => expression switch
    {
        ScriptMemberExpression { Member.Name: { } name } => name.EndsWith(HtmlSuffix, StringComparison.Ordinal),
        ScriptVariable { Name: { } name } => name.EndsWith(HtmlSuffix, StringComparison.Ordinal) || _htmlLoopVariables.Contains(name),
        _ => false,
    };

    /// <summary>Pipes nest to the right: <c>a | b | c</c> is <c>a | (b | c)</c>.</summary>
    private static ScriptExpression? LastFilter(ScriptPipeCall pipe) => pipe.To is ScriptPipeCall next ? LastFilter(next) : pipe.To;

    private static bool IsEscapeFilter(ScriptExpression? filter) => filter switch
    {
        ScriptFunctionCall call => IsEscapeFilter(call.Target),
        ScriptMemberExpression { Target: ScriptVariable { Name: "html" }, Member.Name: "escape" } => true,
        _ => false,
    };
}
