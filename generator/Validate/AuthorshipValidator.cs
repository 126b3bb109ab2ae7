using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks that an article's authors and reviewers are entries of content/people.yml, and that every reviewer is a
/// clinician: the editorial team's check against the sources is what <c>last_reviewed</c> records, and a page may
/// say it was reviewed only when a clinician reviewed it.
/// </summary>
public static class AuthorshipValidator
{
    private const string PeopleFile = "content/people.yml";

    public static void Validate(Article article, PeopleDirectory people, DiagnosticBag diagnostics)
    {
        foreach (var id in article.Meta.Authors)
        {
            Find(id.Value, id.Location, "authors", people, diagnostics);
        }

        foreach (var id in article.Meta.ReviewedBy)
        {
            if (Find(id.Value, id.Location, "reviewed_by", people, diagnostics) is { Clinician: false } reviewer)
            {
                diagnostics.Error(DiagnosticCode.ReviewerNotClinician, id.Location,
                    $"'{reviewer.Id}' ({reviewer.Name}) is not marked 'clinician: true' in {PeopleFile}, and reviewed_by lists only the clinicians who reviewed the article; " +
                    "the editorial team's check against the sources is recorded by last_reviewed, so write 'reviewed_by: []' until a clinician reviews it");
            }
        }
    }

    /// <summary>Checks that whoever translated a page is an entry of content/people.yml, as the page names them.</summary>
    public static void ValidateTranslators(IReadOnlyList<Located<string>> translatedBy, PeopleDirectory people, DiagnosticBag diagnostics)
    {
        foreach (var id in translatedBy)
        {
            Find(id.Value, id.Location, "translated_by", people, diagnostics);
        }
    }

    private static Person? Find(string id, SourceLocation location, string field, PeopleDirectory people, DiagnosticBag diagnostics)
    {
        if (people.Find(id) is { } person)
        {
            return person;
        }

        diagnostics.Error(DiagnosticCode.UnknownPerson, location,
            $"'{id}' in '{field}' is not an id in {PeopleFile}{Suggestions.DidYouMean(id, people.Ids)}; use the id of an entry there, or add the person with their credentials, role and declared interests");
        return null;
    }
}
