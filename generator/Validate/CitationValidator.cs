using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using KnowledgeBase.Markdown.Citations;

namespace KnowledgeBase.Validate;

/// <summary>
/// Checks citations against the references: every cited key exists and may be cited, every source is cited
/// somewhere, identifiers are well formed, and a citation that cannot be read is reported rather than shown as text.
/// </summary>
public static partial class CitationValidator
{
    public static void Validate(SiteContent site, DiagnosticBag diagnostics)
    {
        var library = site.References;
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in site.Articles)
        {
            foreach (var citation in ArticleCitedKeys.InPageOrder(article))
            {
                cited.Add(citation.Key);
                CheckKey(citation, library, diagnostics);
            }

            foreach (var facts in article.DocumentFacts)
            {
                CheckUnreadableCitations(facts, diagnostics);
            }
        }

        foreach (var page in site.Pages)
        {
            CheckNoCitations(page.BodyFacts, "a standing page", diagnostics);
        }

        foreach (var reference in library.All)
        {
            CheckReference(reference, cited.Contains(reference.Key), diagnostics);
            // Only the summary's citations are read, and each carries its own position, so the file's start will do as the origin.
            CheckNoCitations(MarkdownFacts.Of(reference.Summary, reference.Location), "a source's summary", diagnostics);
        }
    }

    private static void CheckKey(CitedKey citation, ReferenceLibrary library, DiagnosticBag diagnostics)
    {
        var reference = library.Find(citation.Key);
        if (reference is null)
        {
            // StructuredBlockValidator reports unknown keys in blocks' refs (KB034).
            if (citation.Part == CitingPart.StructuredBlocks)
            {
                return;
            }

            diagnostics.Error(DiagnosticCode.UnknownCitationKey, citation.Location,
                $"no source has the key '{citation.Key}' (there is no content/references/{citation.Key}.md){Suggestions.DidYouMean(citation.Key, library.Keys)}");
        }
        else if (reference.Status.Value == CitationStatus.DoNotCite)
        {
            diagnostics.Error(DiagnosticCode.DoNotCite, citation.Location,
                $"'{citation.Key}' is marked do-not-cite ({reference.SourcePath}:{reference.Status.Location.Line}); remove the citation and the claim it supports, or cite another source");
        }
    }

    private static void CheckReference(ReferenceRecord reference, bool isCited, DiagnosticBag diagnostics)
    {
        if (!ReferenceKey().IsMatch(reference.Key))
        {
            diagnostics.Error(DiagnosticCode.InvalidReferenceKey, reference.Location,
                $"the file name '{reference.Key}' is the key articles cite it by, so it may hold only letters, digits, '_' and '-' (for example '{Slugs.Slugify(reference.Key).Replace('-', '_')}.md')");
        }

        if (!isCited && reference.Status.Value != CitationStatus.DoNotCite)
        {
            diagnostics.Warning(DiagnosticCode.UncitedReference, reference.Location,
                $"no article cites '{reference.Key}'; cite it where an article uses it ([@{reference.Key}]), or remove the file");
        }

        if (reference.Doi is { } doi && !Doi().IsMatch(doi.Value))
        {
            diagnostics.Error(DiagnosticCode.InvalidDoi, doi.Location,
                $"'{doi.Value}' is not a DOI; a DOI starts with '10.', a registrant number, '/' and the item's suffix, such as 10.1097/01.prs.0000304611.71480.0a{IdentifierHint(doi.Value, DoiInText())}");
        }

        if (reference.Pmid is { } pmid && !Pmid().IsMatch(pmid.Value))
        {
            diagnostics.Error(DiagnosticCode.InvalidPubMedId, pmid.Location,
                $"'{pmid.Value}' is not a PMID; a PMID is a number of up to 9 digits, such as 18349597{IdentifierHint(pmid.Value, PmidInText())}");
        }

        if (reference.Pmcid is { } pmcid && !Pmcid().IsMatch(pmcid.Value))
        {
            diagnostics.Error(DiagnosticCode.InvalidPubMedId, pmcid.Location,
                $"'{pmcid.Value}' is not a PMCID; a PMCID is 'PMC' followed by digits, such as PMC10173235{IdentifierHint(pmcid.Value, PmcidInText())}");
        }

        var needsExplaining = reference.Verification == VerificationLevel.Partial || reference.Status.Value == CitationStatus.CiteWithCaution;
        if (needsExplaining && string.IsNullOrWhiteSpace(reference.Unverified))
        {
            diagnostics.Error(DiagnosticCode.UnexplainedVerification, reference.Location,
                "the record is partly verified or cite-with-caution, so add 'unverified:' saying what could not be checked; the citation page shows it to readers");
        }
    }

    /// <summary>" (did you mean 10.1000/x?)" when the identifier is inside the text, as in a pasted link.</summary>
    private static string IdentifierHint(string text, Regex inText) =>
        inText.Match(text) is { Success: true } match && match.Value != text ? $" (did you mean {match.Value}?)" : "";

    /// <summary>Text that opens like a citation, '[@', but did not parse as one: a typo that would otherwise show as text.</summary>
    private static void CheckUnreadableCitations(MarkdownFacts facts, DiagnosticBag diagnostics)
    {
        foreach (var location in facts.UnreadableCitations)
        {
            diagnostics.Error(DiagnosticCode.MalformedCitation, location,
                "this looks like a citation but cannot be read; write [@key], [@key1; @key2] or [@key, p. 12] (a comma before a page or other locator)");
        }
    }

    private static void CheckNoCitations(MarkdownFacts facts, string where, DiagnosticBag diagnostics)
    {
        foreach (var item in facts.Citations)
        {
            diagnostics.Error(DiagnosticCode.CitationOutsideArticle, item.Location,
                $"'[@{item.Key}]' is in {where}, which has no reference list; cite sources in articles, or link to the source's page instead");
        }
    }

    /// <summary>Whether a file name can be a citation key (what `new reference` accepts).</summary>
    public static bool IsReferenceKey(string key) => ReferenceKey().IsMatch(key);

    public static bool IsDoi(string text) => Doi().IsMatch(text);

    public static bool IsPmid(string text) => Pmid().IsMatch(text);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex ReferenceKey();

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex Doi();

    [GeneratedRegex(@"10\.\d{4,9}/[^\s""<>]+")]
    private static partial Regex DoiInText();

    [GeneratedRegex(@"^[1-9]\d{0,8}$")]
    private static partial Regex Pmid();

    [GeneratedRegex(@"(?<!\d)[1-9]\d{0,8}(?!\d)")]
    private static partial Regex PmidInText();

    [GeneratedRegex(@"^PMC\d+$")]
    private static partial Regex Pmcid();

    [GeneratedRegex(@"PMC\d+")]
    private static partial Regex PmcidInText();
}
