using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Load;

/// <summary>
/// Reads content/search-intents.yml: a list of rules, each with the question shapes it recognises (lower case, single
/// spaces, "*" for any words) and the section kinds that answer them (heading ids or hyphenated parts of them).
/// </summary>
public static class SearchIntentsReader
{
    public const string FileName = "search-intents.yml";

    private const string Example = "'- questions: [is * safe, safety]' and, under it, '  sections: [is-it-safe, about-safety]'";

    public static IReadOnlyList<SearchIntent> Read(SourceText source, DiagnosticBag diagnostics)
    {
        var rules = YamlMappingParser.ParseList(source, diagnostics, DiagnosticCode.InvalidSearchIntents,
            $"expected a list of rules, each written as {Example}");
        var result = new List<SearchIntent>();
        foreach (var node in rules)
        {
            var location = YamlFields.Locate(source.Path, 1, node.Start);
            var questions = Words(source, node, "questions", SynonymsReader.Normalize, diagnostics);
            var sections = Words(source, node, "sections", section => section.Trim().ToLowerInvariant(), diagnostics);
            if (questions is not { Count: > 0 } || sections is not { Count: > 0 }
                || ((YamlMappingNode)node).Children.Count != 2)
            {
                diagnostics.Error(DiagnosticCode.InvalidSearchIntents, location,
                    $"each rule needs a list of questions and a list of sections, and nothing else, such as {Example}");
                continue;
            }

            result.Add(new SearchIntent(questions, sections, location));
        }

        return result;
    }

    /// <summary>
    /// The words of a rule's list, in the form search compares them in, or null when the rule has no such list; an empty
    /// one is reported where it stands and left out.
    /// </summary>
    private static List<string>? Words(SourceText source, YamlNode rule, string key, Func<string, string> normalize, DiagnosticBag diagnostics)
    {
        if (rule is not YamlMappingNode fields || !fields.Children.TryGetValue(key, out var value)
            || value is not YamlSequenceNode list || !list.All(item => item is YamlScalarNode))
        {
            return null;
        }

        var words = new List<string>();
        foreach (var item in list.Cast<YamlScalarNode>())
        {
            var word = normalize(item.Value ?? "");
            if (word.Length == 0)
            {
                diagnostics.Error(DiagnosticCode.InvalidSearchIntents, YamlFields.Locate(source.Path, 1, item.Start),
                    "this question or section is empty; write it, or remove it");
            }
            else if (!words.Contains(word, StringComparer.Ordinal))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
