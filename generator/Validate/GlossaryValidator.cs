using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Glossary;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks the glossary against the content: a link written to a glossary entry must name a term that exists,
/// and a term that no published article or standing page uses is probably misspelt or left over (a warning).
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
            .SelectMany(GlossaryMatcher.RunningText)
            .Select(literal => literal.Content.ToString())
            .Concat(published.SelectMany(article => article.Meta.BlockTexts));
        var used = texts.SelectMany(matcher.Matches).Select(match => match.Term.Id).ToHashSet(StringComparer.Ordinal);

        var documents = site.Articles
            .SelectMany(article => article.KeyPoints
                .Select(point => (document: point.Body, locate: (Func<Inline, SourceLocation>)(_ => point.Location)))
                .Append((article.Body, inline => BodyLocation(article.SourcePath, article.BodyFirstLine, inline))))
            .Concat(site.Pages.Select(page => (page.Body, (Func<Inline, SourceLocation>)(inline => BodyLocation(page.SourcePath, page.BodyFirstLine, inline)))));
        foreach (var (document, locate) in documents)
        {
            foreach (var link in document.Descendants<LinkInline>().Where(link => link.Url?.StartsWith(GlossaryLinkStart, StringComparison.Ordinal) == true))
            {
                var id = link.Url![GlossaryLinkStart.Length..];
                if (ids.Contains(id))
                {
                    used.Add(id);
                    continue;
                }

                diagnostics.Error(DiagnosticCode.UnknownGlossaryTerm, locate(link),
                    $"the glossary has no term with the id '{id}'{Suggestions.DidYouMean(id, ids)}; add the term to content/glossary.yml or fix the link");
            }
        }

        foreach (var term in site.Glossary.Where(term => !used.Contains(term.Id)))
        {
            diagnostics.Warning(DiagnosticCode.UnusedGlossaryTerm, term.Location,
                $"no published article or page uses '{term.Term}'{(term.Synonyms.Count > 0 ? " or its synonyms" : "")}; add the words articles use for it as synonyms, or remove the term");
        }
    }

    private static SourceLocation BodyLocation(string path, int bodyFirstLine, Inline inline) =>
        new(path, bodyFirstLine + inline.Line, inline.Column + 1);
}
