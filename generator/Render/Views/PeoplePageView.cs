namespace KnowledgeBase.Render.Views;

/// <summary>The people page: everyone who writes or reviews articles, and whether any clinician reviews them yet.</summary>
public sealed record PeoplePageView(string Title, bool AnyClinician, IReadOnlyList<PersonView> People);

/// <summary>One entry of the people page, at its id: name, credentials, role, declared interests, and whether a clinician.</summary>
public sealed record PersonView(string Id, string Name, string Credentials, string Role, string Interests, bool Clinician);
