using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Load;

/// <summary>
/// Reads content/glossary.yml: a list of entries with a term, a plain definition, the sources that support it,
/// and optional synonyms; a translated glossary (glossary.es.yml) gives each term the <c>id</c> of the English term. A word may name one entry only, whatever its case, so that its first use in an article links
/// to one definition.
/// </summary>
public static class GlossaryReader
{
    public const string FileName = "glossary.yml";

    private const string Example = "'- term: Placebo' followed by an indented 'definition: A dummy treatment...'";

    public static IReadOnlyList<GlossaryTerm> Read(SourceText source, DiagnosticBag diagnostics)
    {
        var entries = YamlMappingParser.ParseList(source, diagnostics, DiagnosticCode.InvalidGlossary, $"expected a list of terms, each like {Example}");
        var terms = new List<GlossaryTerm>();
        var entryOfName = new Dictionary<string, Located<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var location = YamlFields.Locate(source.Path, 1, entry.Start);
            if (entry is not YamlMappingNode)
            {
                diagnostics.Error(DiagnosticCode.InvalidGlossary, location, $"each entry must be a term with its definition, like {Example}");
                continue;
            }

            var fields = YamlFields.FromRoot(entry, source.Path, 1, diagnostics)!;
            var name = fields.RequiredString("term") ?? "";
            var definition = fields.RequiredString("definition") ?? "";
            var synonyms = fields.StringList("synonyms");
            var refs = fields.StringList("refs");
            var id = fields.OptionalString("id");
            fields.ReportUnknownKeys();
            var term = new Located<string>(name, fields.LocationOf("term"));
            if (name.Length == 0 || IsDefinedElsewhere(term, term, entryOfName, diagnostics))
            {
                continue;
            }

            var ownSynonyms = synonyms
                .Where(synonym => !IsDefinedElsewhere(synonym, term, entryOfName, diagnostics))
                .Select(synonym => synonym.Value)
                .Where(synonym => !synonym.Equals(name, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var glossaryTerm = new GlossaryTerm(name, definition, ownSynonyms, refs, location);
            terms.Add(id is null ? glossaryTerm : glossaryTerm with { Id = Slugs.Slugify(id) });
        }

        return terms;
    }

    /// <summary>Records that <paramref name="name"/> belongs to <paramref name="term"/>, or reports the other term that has it.</summary>
    private static bool IsDefinedElsewhere(Located<string> name, Located<string> term, Dictionary<string, Located<string>> entryOfName, DiagnosticBag diagnostics)
    {
        if (!entryOfName.TryGetValue(name.Value, out var owner))
        {
            entryOfName[name.Value] = term;
            return false;
        }

        if (ReferenceEquals(owner, term))
        {
            return false;
        }

        diagnostics.Error(DiagnosticCode.GlossaryNameInTwoTerms, name.Location,
            $"'{name.Value}' is already defined by the term '{owner.Value}' on line {owner.Location.Line}; a word can link to one definition only, so remove it from one of the two");
        return true;
    }
}
