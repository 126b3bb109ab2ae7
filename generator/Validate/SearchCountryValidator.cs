using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks that each section a country of search_countries names is a heading id of an article, or whole hyphenated words
/// of one ("in-europe" in "approval-in-europe"), as the search box compares them: any other leads a query to nothing. A
/// warning, not an error: the site still builds right, and a site whose articles lack the countries (a new site, the
/// benchmarks' generated ones) still builds.
/// </summary>
public static class SearchCountryValidator
{
    public static void Validate(SiteContent site, DiagnosticBag diagnostics)
    {
        var headingIds = site.Articles.SelectMany(article => article.BodyFacts.Headings.Select(heading => heading.Id)
                .Concat(article.Meta.Blocks.SelectMany(block => block.AnchorIds)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var section in site.Strings.Countries.Values.SelectMany(countries => countries).SelectMany(country => country.Sections))
        {
            if (!headingIds.Any(id => $"-{id}-".Contains($"-{section.Value}-", StringComparison.Ordinal)))
            {
                diagnostics.Warning(DiagnosticCode.UnknownCountrySection, section.Location,
                    $"no article has a section '{section.Value}', or one whose id holds it between hyphens; write the heading id of a section about this country{Suggestions.DidYouMean(section.Value, headingIds)}");
            }
        }
    }
}
