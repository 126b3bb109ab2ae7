using System.Globalization;
using KnowledgeBase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Load;

/// <summary>
/// Reads typed fields from one YAML mapping and remembers which keys were asked for, so that every
/// key nobody asked for is reported as unknown (with the nearest known key) instead of being ignored.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _mapping;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;
    private readonly DiagnosticCode _unknownFieldCode;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private YamlFields(YamlMappingNode mapping, string path, int firstLine, DiagnosticBag diagnostics, DiagnosticCode unknownFieldCode)
    {
        _mapping = mapping;
        Path = path;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
        _unknownFieldCode = unknownFieldCode;
        Location = Locate(path, firstLine, mapping.Start);
    }

    public string Path { get; }

    /// <summary>Where this mapping starts.</summary>
    public SourceLocation Location { get; }

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Wraps a root node, reporting an error when it is not a mapping of fields.</summary>
    public static YamlFields? FromRoot(YamlNode root, string path, int firstLine, DiagnosticBag diagnostics)
    {
        if (root is YamlMappingNode mapping)
        {
            return new YamlFields(mapping, path, firstLine, diagnostics, DiagnosticCode.UnknownField);
        }

        if (root is YamlScalarNode { Value: null or "" })
        {
            return new YamlFields(new YamlMappingNode(), path, firstLine, diagnostics, DiagnosticCode.UnknownField);
        }

        diagnostics.Error(DiagnosticCode.InvalidValue, Locate(path, firstLine, root.Start),
            "expected fields written as 'name: value', one per line");
        return null;
    }

    /// <summary>Converts a YamlDotNet position (line within the YAML text) to a position in the file.</summary>
    public static SourceLocation Locate(string path, int firstLine, Mark mark) =>
        new(path, (int)Math.Max(1, mark.Line) + firstLine - 1, (int)Math.Max(1, mark.Column));

    public SourceLocation LocationOf(YamlNode node) => Locate(Path, _firstLine, node.Start);

    /// <summary>The location of a key's value, or of the mapping when the key is absent.</summary>
    public SourceLocation LocationOf(string key) => Find(key) is { } node ? LocationOf(node) : Location;

    /// <summary>The key's value as written, for comparing it with the same key of another file; null when absent.</summary>
    public YamlNode? Node(string key) => Find(key);

    /// <summary>Whether the key is written, whatever its value.</summary>
    public bool Contains(string key) => Find(key) is not null;

    public string? RequiredString(string key)
    {
        var value = OptionalString(key);
        if (Find(key) is not { } node)
        {
            ReportMissing(key);
        }
        else if (node is YamlScalarNode && string.IsNullOrWhiteSpace(value))
        {
            // A scaffolded file ('new article') lists required fields with empty values for the editor to fill in.
            _diagnostics.Error(DiagnosticCode.MissingField, LocationOf(node), $"required field '{key}' is empty; write its value after '{key}: '");
        }

        return value;
    }

    /// <summary>The key's text with where its value is written, or null when it is absent.</summary>
    public Located<string>? OptionalLocatedString(string key) => OptionalString(key) is { } value ? new Located<string>(value, LocationOf(key)) : null;

    public string? OptionalString(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        WrongKind(key, node, "a single line of text");
        return null;
    }

    public bool OptionalBool(string key, bool defaultValue)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return defaultValue;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        WrongKind(key, Find(key)!, "true or false");
        return defaultValue;
    }

    public DateOnly? RequiredDate(string key)
    {
        if (Find(key) is null)
        {
            ReportMissing(key);
            return null;
        }

        return OptionalDate(key);
    }

    public DateOnly? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Error(DiagnosticCode.InvalidDate, LocationOf(Find(key)!),
            $"'{key}' is '{text}', which is not a real date written as YYYY-MM-DD (for example 2026-11-01)");
        return null;
    }

    public int? OptionalInteger(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongKind(key, Find(key)!, "a whole number");
        return null;
    }

    public decimal? OptionalDecimal(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongKind(key, Find(key)!, "a number such as 200 or 12.5");
        return null;
    }

    /// <summary>A required value that must be one of <paramref name="choices"/>; anything else is reported with the nearest choice.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, DiagnosticCode unknownChoice)
        where T : struct
    {
        var text = RequiredString(key);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        _diagnostics.Error(unknownChoice, LocationOf(key),
            $"'{key}' is '{text}'; use one of {string.Join(", ", choices.Keys)}{Suggestions.DidYouMean(text, choices.Keys)}");
        return null;
    }

    /// <summary>A list of short texts; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<Located<string>> StringList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return IsNull(scalar) ? [] : [new Located<string>(scalar.Value!, LocationOf(scalar))];
            case YamlSequenceNode sequence:
                var items = new List<Located<string>>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } text } itemScalar && !IsNull(itemScalar))
                    {
                        items.Add(new Located<string>(text, LocationOf(item)));
                    }
                    else
                    {
                        WrongKind(key, item, "a list of short texts");
                    }
                }

                return items;
            default:
                WrongKind(key, node, "a list such as [fat, cellulite]");
                return [];
        }
    }

    /// <summary>
    /// A list that must be written out, even as <c>[]</c>, so that an empty list is the author's decision rather
    /// than something forgotten; <paramref name="whenMissing"/> tells the author what to write.
    /// </summary>
    public IReadOnlyList<Located<string>> RequiredStringList(string key, string whenMissing)
    {
        if (Find(key) is null)
        {
            _diagnostics.Error(DiagnosticCode.MissingField, Location, $"required field '{key}' is missing; {whenMissing}");
        }

        return StringList(key);
    }

    /// <summary>
    /// A nested mapping, or null when absent or not a mapping. Its unknown keys are reported with
    /// <paramref name="unknownFieldCode"/>, or with this mapping's code when null.
    /// </summary>
    public YamlFields? OptionalObject(string key, DiagnosticCode? unknownFieldCode = null)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlFields(mapping, Path, _firstLine, _diagnostics, unknownFieldCode ?? _unknownFieldCode);
        }

        WrongKind(key, node, "a group of indented 'name: value' fields");
        return null;
    }

    /// <summary>A nested mapping of texts by language code, such as <c>titles: {es: Temas}</c>; empty when absent.</summary>
    public IReadOnlyDictionary<string, string> OptionalTextsByLanguage(string key) =>
        OptionalLocatedTextsByLanguage(key).ToDictionary(text => text.Key, text => text.Value.Value, StringComparer.Ordinal);

    /// <summary>A nested mapping of texts by language code, each with where it is written; empty when absent.</summary>
    public IReadOnlyDictionary<string, Located<string>> OptionalLocatedTextsByLanguage(string key)
    {
        var texts = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        if (OptionalObject(key) is { } nested)
        {
            foreach (var language in nested._mapping.Children.Keys.OfType<YamlScalarNode>().Select(node => node.Value ?? ""))
            {
                if (nested.OptionalString(language) is { } text)
                {
                    texts[language] = new Located<string>(text, nested.LocationOf(language));
                }
            }
        }

        return texts;
    }

    /// <summary>
    /// A list of nested mappings, each read by <paramref name="read"/> and checked for unknown keys, which are
    /// reported with <paramref name="unknownFieldCode"/>, or with this mapping's code when null.
    /// </summary>
    public IReadOnlyList<T> ObjectList<T>(string key, Func<YamlFields, T?> read, DiagnosticCode? unknownFieldCode = null)
        where T : class
    {
        var node = Find(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            WrongKind(key, node, "a list of entries, each starting with '- '");
            return [];
        }

        var items = new List<T>();
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode mapping)
            {
                WrongKind(key, item, "an entry of indented 'name: value' fields");
                continue;
            }

            var fields = new YamlFields(mapping, Path, _firstLine, _diagnostics, unknownFieldCode ?? _unknownFieldCode);
            var value = read(fields);
            fields.ReportUnknownKeys();
            if (value is not null)
            {
                items.Add(value);
            }
        }

        return items;
    }

    /// <summary>Reports every key of this mapping that no reader asked for.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (keyNode, _) in _mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!_known.Contains(key))
            {
                _diagnostics.Error(_unknownFieldCode, LocationOf(keyNode),
                    $"unknown field '{key}'{Suggestions.DidYouMean(key, _known)}");
            }
        }
    }

    public void ReportMissing(string key) =>
        _diagnostics.Error(DiagnosticCode.MissingField, Location, $"required field '{key}' is missing");

    public void WrongKind(string key, YamlNode node, string expected) =>
        _diagnostics.Error(DiagnosticCode.InvalidValue, LocationOf(node), $"'{key}' should be {expected}");

    private YamlNode? Find(string key)
    {
        _known.Add(key);
        foreach (var (keyNode, valueNode) in _mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } name } && name == key)
            {
                return valueNode;
            }
        }

        return null;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";
}
