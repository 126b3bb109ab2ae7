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
            var questions = Words(node, "questions", SynonymsReader.Normalize);
            var sections = Words(node, "sections", section => section.Trim().ToLowerInvariant());
            if (questions is not { Count: > 0 } || sections is not { Count: > 0 }
                || ((YamlMappingNode)node).Children.Count != 2)
            {
                diagnostics.Error(DiagnosticCode.InvalidSearchIntents, location,
                    $"each rule needs a list of questions and a list of sections, and nothing else, such as {Example}");
                continue;
            }

            foreach (var empty in ((YamlMappingNode)node).Children.Values.OfType<YamlSequenceNode>().SelectMany(list => list)
                .Where(item => SynonymsReader.Normalize(((YamlScalarNode)item).Value ?? "").Length == 0))
            {
                diagnostics.Error(DiagnosticCode.InvalidSearchIntents, YamlFields.Locate(source.Path, 1, empty.Start),
                    "this question or section is empty; write it, or remove it");
            }

            result.Add(new SearchIntent(questions, sections, location));
        }

        return result;
    }

    /// <summary>The non-empty words of a rule's list, in the form search compares them in, or null when the rule has no such list.</summary>
    private static List<string>? Words(YamlNode rule, string key, Func<string, string> normalize) =>
        rule is YamlMappingNode fields && fields.Children.TryGetValue(key, out var value) && value is YamlSequenceNode list
            && list.All(item => item is YamlScalarNode)
            ? list.Cast<YamlScalarNode>().Select(item => normalize(item.Value ?? "")).Where(word => word.Length > 0).Distinct(StringComparer.Ordinal).ToList()
            : null;
}
