using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>
/// A medical term from content/glossary.yml with its plain definition. Its first use in each article links to
/// the definition on the glossary page, where <see cref="Id"/> is the anchor.
/// </summary>
/// <param name="Synonyms">Other words for the same thing; the first use of any of them counts as the term's first use.</param>
/// <param name="Refs">The citation keys of the sources that support the definition.</param>
public sealed record GlossaryTerm(string Term, string Definition, IReadOnlyList<string> Synonyms, IReadOnlyList<Located<string>> Refs, SourceLocation Location)
{
    /// <summary>
    /// The anchor of the term on the glossary page, from its own words: "Deoxycholic acid" is "deoxycholic-acid". A
    /// translated glossary gives each term the English term's id, so the same anchor leads to it in every language.
    /// </summary>
    public string Id { get; init; } = Slugs.Slugify(Term);

    /// <summary>The term followed by its synonyms: every way an article may write it.</summary>
    public IEnumerable<string> Names => Synonyms.Prepend(Term);
}
