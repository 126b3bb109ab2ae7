using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Load;

/// <summary>
/// Reads <c>i18n/&lt;code&gt;.yml</c> for each language of site.yml: one <c>key: text</c> line per interface string.
/// Every other language must have every key of the reference language's file (KB097). Each language's search_countries
/// are read into countries here, where their positions are known (<see cref="SearchCountriesReader"/>).
/// </summary>
public static class InterfaceStringsReader
{
    public const string FolderName = "i18n";

    /// <summary>The end of the keys whose text is part of an address (<c>people_slug</c>), which must be a slug.</summary>
    private const string SlugSuffix = "_slug";

    public static InterfaceStrings Read(string siteRoot, SiteSettings settings, ContentFileReader files, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(siteRoot, FolderName);
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var countries = new Dictionary<string, IReadOnlyList<SearchCountry>>(StringComparer.Ordinal);
        var referencePath = Path.Combine(folder, $"{settings.Language}.yml");
        if (!File.Exists(referencePath))
        {
            diagnostics.Error(DiagnosticCode.MissingInterfaceString, SourceLocation.StartOf($"{FolderName}/{settings.Language}.yml"),
                $"{FolderName}/{settings.Language}.yml does not exist; it holds the words the templates add to every page (menu, headings, footer)");
            return InterfaceStrings.Empty;
        }

        if (ReadFile(referencePath, folder, files, diagnostics, expected: null) is not (var reference, var referenceCountries))
        {
            return InterfaceStrings.Empty;
        }

        byLanguage[settings.Language] = reference;
        if (referenceCountries is not null)
        {
            countries[settings.Language] = referenceCountries;
        }

        foreach (var language in settings.TranslationLanguages)
        {
            var path = Path.Combine(folder, $"{language.Code}.yml");
            if (!File.Exists(path))
            {
                diagnostics.Error(DiagnosticCode.MissingInterfaceString, SourceLocation.StartOf($"{FolderName}/{language.Code}.yml"),
                    $"site.yml lists the language '{language.Code}' but {FolderName}/{language.Code}.yml does not exist; copy {FolderName}/{settings.Language}.yml and translate each text");
                continue;
            }

            var (strings, languageCountries) = ReadFile(path, folder, files, diagnostics, reference) ?? (new Dictionary<string, string>(), null);
            byLanguage[language.Code] = strings;
            if (languageCountries is not null)
            {
                countries[language.Code] = languageCountries;
            }
        }

        return new InterfaceStrings(byLanguage) { Countries = countries };
    }

    private static (Dictionary<string, string> Strings, IReadOnlyList<SearchCountry>? Countries)? ReadFile(string path, string folder, ContentFileReader files, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? expected)
    {
        if (!File.Exists(path) || files.Read(path, folder) is not { } source)
        {
            return null;
        }

        var root = YamlMappingParser.Parse(source.Path, source.Text, firstLine: 1, diagnostics);
        if (root is null || YamlFields.FromRoot(root, source.Path, 1, diagnostics) is not { } fields)
        {
            return null;
        }

        var keys = expected?.Keys ?? (root as YamlMappingNode)?.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value ?? "") ?? [];
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (fields.OptionalString(key) is { } text)
            {
                strings[key] = text;
            }
            else if (expected is not null)
            {
                diagnostics.Error(DiagnosticCode.MissingInterfaceString, fields.Location,
                    $"the interface string '{key}' is missing; add '{key}:' with the translation of \"{expected[key]}\"");
            }
        }

        foreach (var (key, slug) in strings.Where(pair => pair.Key.EndsWith(SlugSuffix, StringComparison.Ordinal) && !Slugs.IsValid(pair.Value)))
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf(key),
                $"'{key}' is part of a page's address and may contain only lowercase letters, digits and hyphens (for example '{Slugs.Slugify(slug)}')");
        }

        var countries = fields.Node(SearchCountriesReader.Key) is YamlScalarNode countriesText
            ? SearchCountriesReader.Read(source, countriesText, diagnostics)
            : null;
        fields.ReportUnknownKeys();
        return (strings, countries);
    }
}
