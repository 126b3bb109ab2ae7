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
    /// <summary>A group's name in each translation language, by language code (<c>names: {es: Equipo editorial}</c>); a person's own name is never translated.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>The name as a page in <paramref name="language"/> gives it.</summary>
    public string NameIn(string language) => Names.GetValueOrDefault(language) ?? Name;
}

/// <summary>Whether an entry of people.yml is one person or a group, as structured data tells them apart.</summary>
public enum PersonKind
{
    Person,
    Organization,
}
