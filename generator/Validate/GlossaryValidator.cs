using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Markdown;
using KnowledgeBase.Markdown.Glossary;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks the glossary against the content: a link written to a glossary entry must name a term that exists,
/// a term's reference must be a source, and a term that no published article, standing page or source summary
/// uses is probably misspelt or left over (a warning).
/// </summary>
public static class GlossaryValidator
{
    private const string GlossaryLinkStart = SiteUrls.GlossaryPath + "#";

    public static void Validate(SiteContent site, DiagnosticBag diagnostics)
    {
        var ids = site.Glossary.Select(term => term.Id).ToHashSet(StringComparer.Ordinal);
        var matcher = new GlossaryMatcher(site.Glossary);
        var published = site.Articles.Where(article => !article.Meta.Draft).ToList();
        var texts = published
            .SelectMany(article => article.Documents)
            .Concat(site.Pages.Select(page => page.Body))
            .Concat(site.References.All.Select(reference => reference.Summary))
            .SelectMany(GlossaryMatcher.RunningText)
            .Select(literal => literal.Content.ToString())
            .Concat(published.SelectMany(article => article.Meta.BlockTexts))
            .Concat(site.References.All.SelectMany(reference => StudyTexts(reference.Study)));
        var used = texts.SelectMany(matcher.Matches).Select(match => match.Term.Id).ToHashSet(StringComparer.Ordinal);

        var documents = site.Articles
            .SelectMany(article => article.KeyPointDocuments
                .Zip(article.Meta.KeyPoints, (document, point) => (document, origin: point.Location))
                .Append((article.Body, BodyOrigin(article.SourcePath, article.BodyFirstLine))))
            .Concat(site.Pages.Select(page => (page.Body, BodyOrigin(page.SourcePath, page.BodyFirstLine))));
        foreach (var (document, origin) in documents)
        {
            foreach (var link in document.Descendants<LinkInline>().Where(link => link.Url?.StartsWith(GlossaryLinkStart, StringComparison.Ordinal) == true))
            {
                var id = link.Url![GlossaryLinkStart.Length..];
                if (ids.Contains(id))
                {
                    used.Add(id);
                    continue;
                }

                diagnostics.Error(DiagnosticCode.UnknownGlossaryTerm, MarkdownSource.Locate(origin, link.Line, link.Column),
                    $"the glossary has no term with the id '{id}'{Suggestions.DidYouMean(id, ids)}; add the term to content/glossary.yml or fix the link");
            }
        }

        foreach (var reference in site.Glossary.Select(term => term.Reference).OfType<Located<string>>().Where(reference => !site.References.KeySet.Contains(reference.Value)))
        {
            diagnostics.Error(DiagnosticCode.UnknownCitationKey, reference.Location,
                $"the glossary cites '{reference.Value}', which has no file in content/references/{Suggestions.DidYouMean(reference.Value, site.References.Keys)}");
        }

        foreach (var term in site.Glossary.Where(term => !used.Contains(term.Id)))
        {
            diagnostics.Warning(DiagnosticCode.UnusedGlossaryTerm, term.Location,
                $"no published article, page or source uses '{term.Term}'{(term.Synonyms.Count > 0 ? " or its synonyms" : "")}; add the words articles use for it as synonyms, or remove the term");
        }
    }

    private static IEnumerable<string> StudyTexts(StudyDetails study) =>
        new[] { study.Design, study.Participants, study.Duration, study.Intervention, study.Outcome, study.KeyFinding }.OfType<string>();

    private static SourceLocation BodyOrigin(string path, int bodyFirstLine) => new(path, bodyFirstLine, 1);
}
