using System.Globalization;
using System.Text;

namespace KnowledgeBase.Content;

/// <summary>Turns file names and titles into URL slugs: lowercase ASCII letters, digits and hyphens.</summary>
public static class Slugs
{
    public static string FromFileName(string path) => Slugify(Path.GetFileNameWithoutExtension(path));

    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && !slug.StartsWith('-') && !slug.EndsWith('-');

    /// <summary>"Fat-dissolving Injections (Kybella)" becomes "fat-dissolving-injections-kybella"; accents are dropped.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
