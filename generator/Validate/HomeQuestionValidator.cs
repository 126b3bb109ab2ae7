using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate;

/// <summary>Checks that each question on the home page (site.yml) leads to a published article's section that exists.</summary>
public static class HomeQuestionValidator
{
    public static void Validate(SiteContent site, DiagnosticBag diagnostics)
    {
        var published = site.Articles.Where(article => !article.Meta.Draft)
            .DistinctBy(article => article.Slug, StringComparer.Ordinal)
            .ToDictionary(article => article.Slug, StringComparer.Ordinal);
        foreach (var question in site.Settings.Questions)
        {
            var answer = question.Answer;
            var address = SectionAddress.Parse(answer.Value);
            if (address is null)
            {
                diagnostics.Error(DiagnosticCode.UnknownQuestionAnswer, answer.Location,
                    $"the answer to '{question.Question}' is '{answer.Value}'; write the address of an article's section, such as /articles/mesotherapy-for-fat/#what-the-studies-found");
            }
            else if (!published.TryGetValue(address.Slug, out var article))
            {
                diagnostics.Error(DiagnosticCode.UnknownQuestionAnswer, answer.Location,
                    $"the answer to '{question.Question}' links to /articles/{address.Slug}/, which is not a published article{Suggestions.DidYouMean(address.Slug, published.Keys)}");
            }
            else if (address.HeadingId is { } id && article.BodyFacts.Headings.All(heading => heading.Id != id))
            {
                var headingIds = article.BodyFacts.Headings.Select(heading => heading.Id);
                diagnostics.Error(DiagnosticCode.UnknownQuestionAnswer, answer.Location,
                    $"the answer to '{question.Question}' links to the section #{id}, which {article.SourcePath} does not have{Suggestions.DidYouMean(id, headingIds)}");
            }
        }
    }
}
