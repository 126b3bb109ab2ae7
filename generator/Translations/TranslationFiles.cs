using System.Text.RegularExpressions;

namespace KnowledgeBase.Translations;

/// <summary>
/// Hugo's naming of translations: <c>what-is-mesotherapy.es.md</c> translates <c>what-is-mesotherapy.md</c> into the
/// language whose code comes before the extension.
/// </summary>
public static partial class TranslationFiles
{
    /// <summary>The language code of a translation's file name, or null for a file in the reference language.</summary>
    public static string? LanguageOf(string path) =>
        LanguageSuffix().Match(Path.GetFileNameWithoutExtension(path)) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The path of the file a translation translates: the same name without the language code.</summary>
    public static string SourceOf(string path)
    {
        var extension = Path.GetExtension(path);
        var name = Path.GetFileNameWithoutExtension(path);
        return Path.Combine(Path.GetDirectoryName(path) ?? "", name[..name.LastIndexOf('.')] + extension).Replace('\\', '/');
    }

    /// <summary>The translation of a file into a language: <c>glossary.yml</c> into <c>es</c> is <c>glossary.es.yml</c>.</summary>
    public static string Named(string fileName, string language) =>
        $"{Path.GetFileNameWithoutExtension(fileName)}.{language}{Path.GetExtension(fileName)}";

    [GeneratedRegex(@"\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?)$")]
    private static partial Regex LanguageSuffix();
}
