namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A site large enough for the search box's word lists (at least 50 pages): every article says "side effects",
/// one has the words in its title and one in a section heading; of the synonyms "bruising" and "bruises", one
/// article uses the first in its text and another the second in a heading; "swelling" is on one page only; "studies"
/// is on two thirds of the pages, in the text, and in one heading.
/// As a class fixture it is built once for the tests of a class.
/// </summary>
public sealed class LargeSearchSite : IDisposable
{
    public const int Articles = 60;

    private readonly TestSite _site = Create();

    public LargeSearchSite()
    {
        _site.Build().ShouldHaveBuilt("The large search site");
    }

    public string Output => _site.Output;

    public void Dispose() => _site.Dispose();

    public static TestSite Create()
    {
        var site = new TestSite(withSampleArticle: false);
        site.Write("content/synonyms.yml", "- [bruising, bruises]\n");
        for (var number = 1; number <= Articles; number++)
        {
            var title = number switch
            {
                7 => "Side effects of the treatment",
                _ => $"Treatment note {number}",
            };
            var heading = number switch
            {
                23 => "Side effects people report",
                12 => "What studies found",
                30 => "Bruises after a session",
                _ => "What happens",
            };
            var rare = number == 41 ? " It mentions swelling once, and bruising." : "";
            var common = number % 3 == 0 ? "" : " Results varied between studies.";
            site.Write($"content/articles/note-{number:00}.md", $"""
                ---
                title: {title}
                summary: Note {number} on how the treatment is given.
                tags: [notes]
                authors: [editorial-team]
                reviewed_by: []
                last_reviewed: 2026-11-01
                next_review: 2027-11-01
                published: 2026-10-01
                updated: 2026-11-01
                sources_searched: 2026-10-15
                ---
                Every treatment has side effects, and this note lists the effects seen.{rare}{common}

                ## {heading}

                Most side effects pass within days.
                """);
        }

        return site;
    }
}
