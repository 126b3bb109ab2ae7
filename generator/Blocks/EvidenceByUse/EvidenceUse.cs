using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.EvidenceByUse;

/// <summary>One use of the treatment and how strong the evidence for it is (a row of the evidence matrix).</summary>
/// <param name="NameLocation">Where the name is written, for the diagnostics about two uses with one name.</param>
public sealed record EvidenceUse(string Name, SourceLocation NameLocation, EvidenceLevel Evidence, string Verdict, IReadOnlyList<Located<string>> Refs)
{
    /// <summary>The id of the use's row in the evidence matrix, which the site-wide evidence page links to.</summary>
    public string RowId => "use-" + Slugs.Slugify(Name);
}
