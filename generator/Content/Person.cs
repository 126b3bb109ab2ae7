using System.Text;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>
/// Someone who writes or reviews articles, from content/people.yml: a person, or a group such as the editorial team.
/// Articles name them by <see cref="Id"/>, which is also the anchor of their entry on the people page.
/// </summary>
/// <param name="Name">A person's name, or a group's ("Editorial team").</param>
/// <param name="Credentials">Qualifications as the person gives them ("MD, dermatologist"); empty when there are none to state.</param>
/// <param name="Role">What they do for the site, in a plain sentence.</param>
/// <param name="Interests">Their declared interests (links to clinics, makers or sellers), or the group's policy on them.</param>
/// <param name="Clinician">Whether they are a clinician, whose review of an article counts as a clinical review.</param>
public sealed record Person(
    string Id, string Name, PersonKind Kind, string Credentials, string Role, string Interests, bool Clinician, SourceLocation Location)
{
    /// <summary>The fields of people.yml that give an entry's texts in other languages, each a mapping by language code.</summary>
    public const string NamesField = "names", RolesField = "roles", InterestsField = "interests_in";

    /// <summary>The field of people.yml that records, by language code, the <see cref="EnglishStamp"/> each language's texts translate.</summary>
    public const string TranslationOfField = "translation_of";

    /// <summary>A group's name in each translation language, by language code (<c>names: {es: Equipo editorial}</c>); a person's own name is never translated.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>The name as a page in <paramref name="language"/> gives it.</summary>
    public string NameIn(string language) => Names.GetValueOrDefault(language) ?? Name;

    /// <summary>The role in each translation language, by language code (<c>roles: {es: ...}</c>).</summary>
    public IReadOnlyDictionary<string, string> Roles { get; init; } = new Dictionary<string, string>();

    /// <summary>The declared interests in each translation language, by language code (<c>interests_in: {es: ...}</c>), translated faithfully.</summary>
    public IReadOnlyDictionary<string, string> TranslatedInterests { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The stamp of the English role and declared interests each language's texts translate, by language code
    /// (<c>translation_of: {es: 1a2b3c4d5e6f}</c>), where people.yml writes it.
    /// </summary>
    public IReadOnlyDictionary<string, Located<string>> TranslationOf { get; init; } = new Dictionary<string, Located<string>>();

    /// <summary>
    /// The revision stamp of the English role and declared interests (<see cref="RevisionStamp"/> of the two, one per
    /// line): what a translation records in <c>translation_of</c>, so a change to either shows its translation is stale.
    /// </summary>
    public string EnglishStamp => RevisionStamp.Of(Encoding.UTF8.GetBytes($"{Role}\n{Interests}"));

    /// <summary>
    /// Where this entry's texts stand in <paramref name="language"/> (a translation language): missing while a field has
    /// no text in it, stale when they translate other English texts than the current ones (or do not say which).
    /// </summary>
    public TranslationState StateIn(string language) =>
        UntranslatedFieldsIn(language).Any() ? TranslationState.Missing
        : TranslationOf.GetValueOrDefault(language)?.Value == EnglishStamp ? TranslationState.Translated
        : TranslationState.Stale;

    /// <summary>
    /// The fields of this entry with no text in <paramref name="language"/> (a translation language): pages in it show
    /// the English text instead, marked as English. A person's own name is never translated, so only a group's counts.
    /// </summary>
    public IEnumerable<string> UntranslatedFieldsIn(string language)
    {
        if (Kind == PersonKind.Organization && !Names.ContainsKey(language))
        {
            yield return NamesField;
        }

        if (!Roles.ContainsKey(language))
        {
            yield return RolesField;
        }

        if (!TranslatedInterests.ContainsKey(language))
        {
            yield return InterestsField;
        }
    }
}

/// <summary>Whether an entry of people.yml is one person or a group, as structured data tells them apart.</summary>
public enum PersonKind
{
    Person,
    Organization,
}
