namespace KnowledgeBase.Content;

/// <summary>
/// The words templates and views add around content (menu, headings, evidence levels, "Report a mistake"), per
/// language, from <c>i18n/&lt;code&gt;.yml</c>. The reference language's file names every string; a string another
/// language lacks is reported by check and shown in the reference language.
/// </summary>
public sealed record InterfaceStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage)
{
    public static readonly InterfaceStrings Empty = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>The countries each language's search_countries names, read with where each is written.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SearchCountry>> Countries { get; init; } = new Dictionary<string, IReadOnlyList<SearchCountry>>();

    /// <summary>The countries of one language, or of <paramref name="reference"/> when its file does not list them, as its strings fall back.</summary>
    public IReadOnlyList<SearchCountry> CountriesFor(string language, string reference) =>
        Countries.GetValueOrDefault(language) ?? Countries.GetValueOrDefault(reference) ?? [];

    /// <summary>The strings of one language, each missing one taken from <paramref name="reference"/>.</summary>
    public IReadOnlyDictionary<string, string> For(string language, string reference)
    {
        var own = ByLanguage.GetValueOrDefault(language) ?? new Dictionary<string, string>();
        var fallback = ByLanguage.GetValueOrDefault(reference) ?? new Dictionary<string, string>();
        return fallback.Keys.Concat(own.Keys).Distinct().ToDictionary(key => key, key => own.GetValueOrDefault(key) ?? fallback[key], StringComparer.Ordinal);
    }
}
