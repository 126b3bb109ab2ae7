namespace KnowledgeBase.Content;

/// <summary>The names editors write in reference front matter for types, verification levels and citation statuses.</summary>
public static class ReferenceNames
{
    public static readonly IReadOnlyDictionary<string, ReferenceType> Types = new Dictionary<string, ReferenceType>(StringComparer.Ordinal)
    {
        ["journal-article"] = ReferenceType.JournalArticle,
        ["web-page"] = ReferenceType.WebPage,
        ["news"] = ReferenceType.News,
        ["press-release"] = ReferenceType.PressRelease,
        ["statement"] = ReferenceType.Statement,
        ["statistics"] = ReferenceType.Statistics,
        ["drug-label"] = ReferenceType.DrugLabel,
    };

    public static readonly IReadOnlyDictionary<string, VerificationLevel> Verifications = new Dictionary<string, VerificationLevel>(StringComparer.Ordinal)
    {
        ["full"] = VerificationLevel.Full,
        ["partial"] = VerificationLevel.Partial,
    };

    public static readonly IReadOnlyDictionary<string, CitationStatus> Statuses = new Dictionary<string, CitationStatus>(StringComparer.Ordinal)
    {
        ["cite"] = CitationStatus.Cite,
        ["cite-with-caution"] = CitationStatus.CiteWithCaution,
        ["do-not-cite"] = CitationStatus.DoNotCite,
    };
}
