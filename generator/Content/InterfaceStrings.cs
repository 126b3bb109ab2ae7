namespace KnowledgeBase.Content;

/// <summary>
/// The words templates and views add around content (menu, headings, evidence levels, "Report a mistake"), per
/// language, from <c>i18n/&lt;code&gt;.yml</c>. The reference language's file names every string; a string another
/// language lacks is reported by check and shown in the reference language.
/// </summary>
public sealed record InterfaceStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage)
{
    public static readonly InterfaceStrings Empty = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>The strings of one language, each missing one taken from <paramref name="reference"/>.</summary>
    public IReadOnlyDictionary<string, string> For(string language, string reference)
    {
        var own = ByLanguage.GetValueOrDefault(language) ?? new Dictionary<string, string>();
        var fallback = ByLanguage.GetValueOrDefault(reference) ?? new Dictionary<string, string>();
        return fallback.Keys.Concat(own.Keys).Distinct().ToDictionary(key => key, key => own.GetValueOrDefault(key) ?? fallback[key], StringComparer.Ordinal);
    }
}
