using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Load;

/// <summary>
/// Reads content/synonyms.yml: a list of lists, each inner list the words patients use for one thing.
/// Terms are lower-cased with single spaces, the form the search box compares them in.
/// </summary>
public static partial class SynonymsReader
{
    public const string FileName = "synonyms.yml";

    public static IReadOnlyList<SynonymGroup> Read(SourceText source, DiagnosticBag diagnostics)
    {
        var groups = YamlMappingParser.ParseList(source, diagnostics, DiagnosticCode.InvalidSynonyms,
            "expected a list of word lists, one per line, such as '- [hair loss, alopecia, balding]'");
        var result = new List<SynonymGroup>();
        var groupOfTerm = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var node in groups)
        {
            var location = Locate(source, node);
            if (node is not YamlSequenceNode words || words.Any(word => word is not YamlScalarNode))
            {
                diagnostics.Error(DiagnosticCode.InvalidSynonyms, location,
                    "each entry must be a list of words or phrases, such as '- [hair loss, alopecia, balding]'");
                continue;
            }

            var terms = new List<string>();
            foreach (var word in words.Cast<YamlScalarNode>())
            {
                var term = Normalize(word.Value ?? "");
                if (term.Length == 0)
                {
                    diagnostics.Error(DiagnosticCode.InvalidSynonyms, Locate(source, word), "this word of the group is empty; write a word or phrase, or remove it");
                    continue;
                }

                if (terms.Contains(term))
                {
                    continue;
                }

                if (groupOfTerm.TryGetValue(term, out var first))
                {
                    diagnostics.Error(DiagnosticCode.SynonymInTwoGroups, Locate(source, word),
                        $"'{term}' is already in the group on line {first.Line}; merge the two groups or remove it from one of them");
                    continue;
                }

                groupOfTerm[term] = location;
                terms.Add(term);
            }

            if (terms.Count < 2)
            {
                diagnostics.Warning(DiagnosticCode.SynonymGroupTooSmall, location,
                    "this group has fewer than two different words, so it changes nothing; add words that mean the same, or remove it");
                continue;
            }

            result.Add(new SynonymGroup(terms, location));
        }

        return result;
    }

    /// <summary>Lower case with single spaces: "Hair  Loss" and "hair loss" are the same term.</summary>
    public static string Normalize(string term) => Whitespace().Replace(term.Trim().ToLowerInvariant(), " ");

    private static SourceLocation Locate(SourceText source, YamlNode node) => YamlFields.Locate(source.Path, 1, node.Start);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
