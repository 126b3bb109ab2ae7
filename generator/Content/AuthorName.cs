using System.Text.RegularExpressions;

namespace KnowledgeBase.Content;

/// <summary>
/// An author as references write them, Vancouver style: family name then initials ("Park SH", "Da Mata Jardín O").
/// A name that does not end in initials is kept whole as the family name, never split by guesswork.
/// </summary>
public sealed partial record AuthorName(string Family, string? Initials)
{
    public static AuthorName Parse(string written)
    {
        var match = VancouverName().Match(written.Trim());
        return match.Success ? new AuthorName(match.Groups["family"].Value, match.Groups["initials"].Value) : new AuthorName(written.Trim(), null);
    }

    /// <summary>The initials as given names for reference managers: "SH" becomes "S. H.".</summary>
    public string? GivenInitials => Initials is null ? null : string.Join(' ', Initials.Select(initial => $"{initial}."));

    [GeneratedRegex(@"^(?<family>.+?)\s+(?<initials>\p{Lu}{1,4})$")]
    private static partial Regex VancouverName();
}
