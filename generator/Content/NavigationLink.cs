using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>A link in the site header navigation, from site.yml.</summary>
/// <param name="Titles">The title in each translation language, by language code (<c>titles: {es: Temas}</c>).</param>
public sealed record NavigationLink(string Title, string Url, IReadOnlyDictionary<string, string> Titles, SourceLocation Location)
{
    /// <summary>The title in <paramref name="language"/>; the reference title when the entry has none in it.</summary>
    public string TitleIn(string language) => Titles.GetValueOrDefault(language) ?? Title;
}
