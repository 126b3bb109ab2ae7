using KnowledgeBase.Content;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// <see cref="LargeSearchSite"/> with a Spanish translation of every article, each saying "efectos secundarios" (the
/// seventh in its title, as the English one says "side effects"), so that each language has its word lists. As a class fixture it is built once for the tests of a class.
/// </summary>
public sealed class LargeBilingualSearchSite : IDisposable
{
    private readonly TestSite _site = Create();

    public LargeBilingualSearchSite()
    {
        _site.Build().ShouldHaveBuilt("The large bilingual search site");
    }

    public string Output => _site.Output;

    public void Dispose() => _site.Dispose();

    private static TestSite Create()
    {
        var site = LargeSearchSite.Create();
        for (var number = 1; number <= LargeSearchSite.Articles; number++)
        {
            var englishFile = $"note-{number:00}";
            var headingId = Slugs.Slugify(site.ReadSource($"content/articles/{englishFile}.md").Split("\n## ")[1].Split('\n')[0]);
            site.AddSpanish($$"""
                ---
                title: {{(number == 7 ? "Efectos secundarios del tratamiento" : $"Nota de tratamiento {number}")}}
                slug: nota-{{number:00}}
                summary: Nota {{number}} sobre cómo se aplica el tratamiento.
                translation_of:
                  revision: {revision}
                  date: 2026-11-01
                translated_by: [editorial-team]
                ---
                Todo tratamiento tiene efectos secundarios, y esta nota enumera los efectos vistos.

                ## Lo que pasa {#{{headingId}}}

                La mayoría de los efectos secundarios pasan en días.
                """, englishFile);
        }

        return site;
    }
}
