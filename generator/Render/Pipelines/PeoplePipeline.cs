using KnowledgeBase.Content;
using KnowledgeBase.Render.StructuredData;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render.Pipelines;

/// <summary>
/// /people/: everyone in content/people.yml, in the order written, each at their id with credentials, role and
/// declared interests. Every author and reviewer an article names links to their entry here. Each translation
/// language has its own at /&lt;lang&gt;/&lt;people_slug&gt;/, with each entry's text in that language (names:, roles:,
/// interests_in:), or the English text marked as English where people.yml has none. A site without people.yml has
/// no people page.
/// </summary>
public sealed class PeoplePipeline : IOutputPipeline
{
    public string? BodiesShown(RenderContext context) => "";

    public IEnumerable<OutputFile> Render(RenderContext context) =>
        context.Graph.Content.People.All.Count == 0 ? [] : context.Languages.Select(language => Page(context, language));

    private static OutputFile Page(RenderContext context, PageLanguage language)
    {
        var people = context.Graph.Content.People.All;
        var title = language.Text("people_title");
        var description = language.Text("people_description", ("site", context.Settings.Title));
        var sitePath = language.Folder is null ? SiteUrls.PeoplePath : RenderContext.TranslatedPeoplePath(language);
        var path = context.Urls.Public(sitePath);
        var jsonLd = WebPageStructuredData.AboutPage(title, context.Urls.Absolute(path));
        return context.Page(SiteUrls.OutputPathOf(sitePath),
            new PageMeta(title, description, path, "website", jsonLd)
            {
                Breadcrumbs = [context.HomeCrumbIn(language)],
                Language = language.Folder is null ? null : language,
                ReferencePath = language.Folder is null ? null : context.Urls.People,
            },
            "people", new PeoplePageView(title, people.Any(person => person.Clinician), people.Select(person => Entry(person, language, context)).ToList()));
    }

    /// <summary>One entry in <paramref name="language"/>: a text people.yml does not give in it is the English one, marked as English.</summary>
    private static PersonView Entry(Person person, PageLanguage language, RenderContext context)
    {
        var english = language.Folder is null ? null : context.ReferenceLanguage.Code;
        var untranslated = english is null ? [] : person.UntranslatedFieldsIn(language.Code).ToHashSet(StringComparer.Ordinal);
        return new PersonView(
            person.Id,
            person.NameIn(language.Code),
            person.Credentials,
            person.Roles.GetValueOrDefault(language.Code) ?? person.Role,
            person.TranslatedInterests.GetValueOrDefault(language.Code) ?? person.Interests,
            person.Clinician)
        {
            NameLang = untranslated.Contains(Person.NamesField) ? english : null,
            RoleLang = untranslated.Contains(Person.RolesField) ? english : null,
            InterestsLang = untranslated.Contains(Person.InterestsField) ? english : null,
        };
    }
}
