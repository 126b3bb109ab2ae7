using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using KnowledgeBase.Markdown.Glossary;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks the glossary against the content: a definition's sources must exist, a definition without one is a
/// warning (each states facts a reader may rely on), and a term that no published
/// article, standing page or source summary uses is probably misspelt or left over (a warning). A link written to
/// a term that does not exist is a link to a missing section, which <see cref="InternalLinkValidator"/> reports.
/// </summary>
public static class GlossaryValidator
{
    /// <summary>How a link written to a term starts; such a link counts as a use of the term.</summary>
    private const string GlossaryLinkStart = SiteUrls.GlossaryPath + "#";

    /// <param name="stored">The terms each article used first when its text and the glossary were the same, read instead of its Markdown.</param>
    public static void Validate(SiteContent site, DiagnosticBag diagnostics, MarkdownFactStore stored)
    {
        var matcher = new GlossaryMatcher(site.Glossary);
        var published = site.Articles.Where(article => !article.Meta.Draft).ToList();
        var articleUses = published.Select(article =>
            stored.TryGetGlossaryUses(article.MarkdownKey, site.Glossary, out var terms) ? terms : GlossaryFirstUses.Find(article.Documents, matcher).Terms);
        var otherUses = site.Pages.Select(page => page.Body)
            .Concat(site.References.All.Select(reference => reference.Summary))
            .SelectMany(GlossaryMatcher.RunningText)
            .Select(literal => literal.Content.ToString())
            .Concat(published.SelectMany(article => article.Meta.BlockTexts))
            .Concat(site.References.All.SelectMany(reference => StudyTexts(reference.Study)))
            .Select(text => matcher.Matches(text).Select(match => match.Term));
        // Only the terms nobody uses are reported, so reading stops once every term has been seen: on a large site
        // that is within the first few articles, where matching every word of every article took most of this check (docs/performance.md).
        var unused = site.Glossary.Select(term => term.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var term in articleUses.Concat(otherUses).TakeWhile(_ => unused.Count > 0).SelectMany(terms => terms))
        {
            unused.Remove(term.Id);
        }

        if (unused.Count > 0)
        {
            unused.ExceptWith(published.SelectMany(article => article.DocumentFacts).Concat(site.Pages.Select(page => page.BodyFacts))
                .SelectMany(facts => facts.Links)
                .Select(link => link.Url)
                .Where(url => url.StartsWith(GlossaryLinkStart, StringComparison.Ordinal))
                .Select(url => url[GlossaryLinkStart.Length..]));
        }

        foreach (var reference in site.Glossary.SelectMany(term => term.Refs).Where(reference => !site.References.KeySet.Contains(reference.Value)))
        {
            diagnostics.Error(DiagnosticCode.UnknownCitationKey, reference.Location,
                $"the glossary cites '{reference.Value}', which has no file in content/references/{Suggestions.DidYouMean(reference.Value, site.References.Keys)}");
        }

        foreach (var term in site.Glossary.Where(term => term.Refs.Count == 0))
        {
            diagnostics.Warning(DiagnosticCode.UncitedGlossaryDefinition, term.Location,
                $"the definition of '{term.Term}' names no source; add 'refs: [key]' with a source that supports it, or reword it to what a source says");
        }

        foreach (var term in site.Glossary.Where(term => unused.Contains(term.Id)))
        {
            diagnostics.Warning(DiagnosticCode.UnusedGlossaryTerm, term.Location,
                $"no published article, page or source uses '{term.Term}'{(term.Synonyms.Count > 0 ? " or its synonyms" : "")}; add the words articles use for it as synonyms, or remove the term");
        }
    }

    private static IEnumerable<string> StudyTexts(StudyDetails study) =>
        new[] { study.Design, study.Participants, study.Duration, study.Intervention, study.Outcome, study.KeyFinding }.OfType<string>();
}
