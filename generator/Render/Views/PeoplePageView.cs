namespace KnowledgeBase.Render.Views;

/// <summary>The people page: everyone who writes or reviews articles, and whether any clinician reviews them yet.</summary>
public sealed record PeoplePageView(string Title, bool AnyClinician, IReadOnlyList<PersonView> People);

/// <summary>One entry of the people page, at its id: name, credentials, role, declared interests, and whether a clinician.</summary>
public sealed record PersonView(string Id, string Name, string Credentials, string Role, string Interests, bool Clinician)
{
    /// <summary>The language of <see cref="Name"/> when it is not the page's (a group's name not given in it); null otherwise.</summary>
    public string? NameLang { get; init; }

    /// <summary>The language of <see cref="Role"/> when it is not the page's; null otherwise.</summary>
    public string? RoleLang { get; init; }

    /// <summary>The language of <see cref="Interests"/> when it is not the page's; null otherwise.</summary>
    public string? InterestsLang { get; init; }
}
