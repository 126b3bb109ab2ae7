using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Load;

/// <summary>
/// Reads an i18n file's search_countries: countries separated by semicolons, each written as its sections' heading ids,
/// a colon, and the names a query may give it separated by commas
/// ("united-kingdom in-the-uk: united kingdom, uk, british; france: france, french"). Every entry that cannot be read
/// is reported where it stands (KB064).
/// </summary>
public static class SearchCountriesReader
{
    public const string Key = "search_countries";

    private const string Example = "'united-kingdom in-the-uk: united kingdom, uk, british'";

    public static IReadOnlyList<SearchCountry> Read(SourceText source, YamlScalarNode text, DiagnosticBag diagnostics)
    {
        var positions = new YamlScalarPositions(source, text);
        var value = text.Value ?? "";
        var countries = new List<SearchCountry>();
        for (var start = 0; start <= value.Length;)
        {
            var end = value.IndexOf(';', start) is var semicolon and >= 0 ? semicolon : value.Length;
            if (Read(value, FirstWritten(value, start, end), end, positions, diagnostics) is { } country)
            {
                countries.Add(country);
            }

            start = end + 1;
        }

        return countries;
    }

    /// <summary>The country written from <paramref name="start"/> to <paramref name="end"/>, or null when there is none or it cannot be read.</summary>
    private static SearchCountry? Read(string value, int start, int end, YamlScalarPositions positions, DiagnosticBag diagnostics)
    {
        if (start == end)
        {
            return null;
        }

        var location = positions.Of(start);
        var colon = value.IndexOf(':', start, end - start);
        if (colon < 0)
        {
            diagnostics.Error(DiagnosticCode.InvalidSearchCountries, location,
                $"'{value[start..end].Trim()}' has no colon; write a country as its sections' heading ids, a colon and its names, such as {Example}, and end it with a semicolon");
            return null;
        }

        var sections = Parts(value, start, colon, char.IsWhiteSpace).Where(section => section.Text.Length > 0).ToList();
        if (sections.Count == 0)
        {
            diagnostics.Error(DiagnosticCode.InvalidSearchCountries, location,
                $"this country names no section before its colon; write the heading ids of its sections first, such as {Example}");
            return null;
        }

        var names = Parts(value, colon + 1, end, character => character == ',');
        var problems = sections.Where(section => !Slugs.IsValid(section.Text)).Select(section => (section.Start,
                $"'{section.Text}' is not a heading id, which has only lowercase letters, digits and hyphens (for example '{Slugs.Slugify(section.Text)}')"))
            .Concat(names.All(name => name.Text.Length == 0)
                ? [(colon, $"this country has no names after its colon; write the names a query may give it, such as {Example}")]
                : names.Where(name => name.Text.Length == 0).Select(name => (name.Start,
                    "a name of this country is empty; write a name between each two commas, or remove the extra comma")))
            .Concat(names.Where(name => name.Text.Contains(':', StringComparison.Ordinal)).Select(name => (name.Start + name.Text.IndexOf(':', StringComparison.Ordinal),
                $"the name '{name.Text}' holds a colon; end the country before it with a semicolon")))
            .ToList();
        foreach (var (at, message) in problems)
        {
            diagnostics.Error(DiagnosticCode.InvalidSearchCountries, positions.Of(at), message);
        }

        return problems.Count > 0 ? null : new SearchCountry(
            [.. sections.Select(section => new Located<string>(section.Text, positions.Of(section.Start)))], [.. names.Select(name => name.Text)], location);
    }

    /// <summary>
    /// The parts of the value from <paramref name="start"/> to <paramref name="end"/> between separators, trimmed, each
    /// with where it starts (an empty one, at the separator after it, or before it at the end).
    /// </summary>
    private static List<(string Text, int Start)> Parts(string value, int start, int end, Func<char, bool> isSeparator)
    {
        var parts = new List<(string Text, int Start)>();
        for (var from = start; from <= end;)
        {
            var to = from;
            while (to < end && !isSeparator(value[to]))
            {
                to++;
            }

            var first = FirstWritten(value, from, to);
            parts.Add((value[first..to].TrimEnd(), first < to ? first : to < end ? to : from - 1));
            from = to + 1;
        }

        return parts;
    }

    /// <summary>The first character from <paramref name="start"/> that is not white space, or <paramref name="end"/>.</summary>
    private static int FirstWritten(string value, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        return start;
    }
}
