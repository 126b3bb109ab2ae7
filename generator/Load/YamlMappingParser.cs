using System.Text.RegularExpressions;
using KnowledgeBase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Load;

/// <summary>
/// Parses front matter or a data file into a YAML mapping. Anchors and aliases are refused and nesting
/// is bounded, so a hostile file (the "billion laughs" alias bomb) cannot exhaust memory.
/// </summary>
public static partial class YamlMappingParser
{
    private const int MaxDepth = 16;

    /// <summary>
    /// The top-level list of a whole YAML content file (glossary.yml, synonyms.yml). Empty for an empty file,
    /// and empty after reporting why when the YAML cannot be read or holds something other than a list
    /// (<paramref name="code"/>, saying what was <paramref name="expected"/>).
    /// </summary>
    public static YamlSequenceNode ParseList(SourceText source, DiagnosticBag diagnostics, DiagnosticCode code, string expected)
    {
        var root = Parse(source.Path, source.Text, firstLine: 1, diagnostics);
        if (root is YamlSequenceNode list)
        {
            return list;
        }

        if (root is not (null or YamlScalarNode { Value: null or "" }))
        {
            diagnostics.Error(code, YamlFields.Locate(source.Path, 1, root.Start), expected);
        }

        return new YamlSequenceNode();
    }

    /// <summary>
    /// The root mapping, or null after reporting why the YAML cannot be used. With <paramref name="cache"/>, the events
    /// of a text parsed before are read from it, and those of a text parsed without a problem are kept in it.
    /// </summary>
    public static YamlNode? Parse(string path, string yaml, int firstLine, DiagnosticBag diagnostics, YamlEventCache? cache = null)
    {
        try
        {
            var stored = cache is not null && cache.TryGet(yaml, out var known) ? known : null;
            if ((stored ?? EventsFreeOfAliasesAndDeepNesting(path, yaml, firstLine, diagnostics)) is not { } events)
            {
                return null;
            }

            // The checked events are built into nodes as they are, instead of reading the text a second time.
            var stream = new YamlStream();
            stream.Load(new ReplayedEvents(events));
            if (stored is null)
            {
                cache?.Keep(yaml, events);
            }

            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException invalid)
        {
            diagnostics.Error(DiagnosticCode.InvalidYaml, YamlFields.Locate(path, firstLine, invalid.Start),
                $"{PositionPrefix().Replace(invalid.InnerException?.Message ?? invalid.Message, "")} (check indentation, and quote values that contain ': ')");
            return null;
        }
    }

    /// <summary>Every parsing event of the YAML, or null after reporting an anchor, an alias or nesting too deep.</summary>
    private static IReadOnlyList<ParsingEvent>? EventsFreeOfAliasesAndDeepNesting(string path, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        var events = new List<ParsingEvent>();
        var depth = 0;
        ParsingEvent? last = null;
        while (MoveNext(parser, last) is { } current)
        {
            last = current;
            events.Add(current);
            var anchored = current is NodeEvent node && !node.Anchor.IsEmpty;
            if (current is AnchorAlias || anchored)
            {
                diagnostics.Error(DiagnosticCode.YamlAliasNotAllowed, YamlFields.Locate(path, firstLine, current.Start),
                    "YAML anchors (&name) and aliases (*name) are not allowed in content; write the value out in full");
                return null;
            }

            depth += current.NestingIncrease;
            if (depth > MaxDepth)
            {
                diagnostics.Error(DiagnosticCode.InvalidYaml, YamlFields.Locate(path, firstLine, current.Start),
                    $"the YAML is nested more than {MaxDepth} levels deep; content never needs that");
                return null;
            }
        }

        return events;
    }

    /// <summary>
    /// The next parsing event, or null at the end. YamlDotNet's scanner throws InvalidOperationException instead of
    /// a YamlException on some unterminated flow collections (a '[' never closed); that is reported at the last
    /// event read, the nearest position known, and ends the parse like any other broken YAML.
    /// </summary>
    private static ParsingEvent? MoveNext(Parser parser, ParsingEvent? last)
    {
        try
        {
            return parser.MoveNext() ? parser.Current : null;
        }
        catch (InvalidOperationException)
        {
            throw new YamlException(last?.Start ?? Mark.Empty, last?.End ?? Mark.Empty,
                "the YAML cannot be read from here on: look for a '[' or '{' that is never closed, or a quote that is never ended");
        }
    }

    /// <summary>Parsing events already read, handed out again in order.</summary>
    private sealed class ReplayedEvents(IReadOnlyList<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
