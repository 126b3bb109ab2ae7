using KnowledgeBase.Content;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /people/: everyone in content/people.yml, in the order written, each at their id with credentials, role and
/// declared interests. Every author and reviewer an article names links to their entry here. A site without
/// people.yml has no people page.
/// </summary>
public sealed class PeoplePipeline : IOutputPipeline
{
    public const string Title = "Who writes and checks this site";

    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var people = context.Graph.Content.People.All;
        if (people.Count == 0)
        {
            yield break;
        }

        var description = $"Who writes and checks the articles on {context.Settings.Title}: their credentials, what they do and their declared interests.";
        var jsonLd = WebPageStructuredData.AboutPage(Title, context.Urls.Absolute(context.Urls.People));
        yield return context.Page(SiteUrls.OutputPathOf(SiteUrls.PeoplePath),
            new PageMeta(Title, description, context.Urls.People, "website", jsonLd) { Breadcrumbs = [context.HomeCrumb] },
            "people", new PeoplePageView(
                Title,
                people.Any(person => person.Clinician),
                people.Select(person => new PersonView(person.Id, person.Name, person.Credentials, person.Role, person.Interests, person.Clinician)).ToList()));
    }
}
