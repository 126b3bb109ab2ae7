using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Translations;

/// <summary>
/// A translated structured block must be the English block with only its text translated: the same items in the same
/// order, the same fields, and the same sources, numbers, dates, currencies and levels. A value may differ only where
/// the English value is text readers see (<see cref="Blocks.ArticleBlock.Texts"/>).
/// </summary>
public static class BlockComparison
{
    public static void Compare(string key, YamlFields english, YamlFields translation, IReadOnlySet<string> englishTexts, DiagnosticBag diagnostics)
    {
        var englishNode = english.Node(key);
        var translatedNode = translation.Node(key);
        if (englishNode is null && translatedNode is null)
        {
            return;
        }

        if (englishNode is null || translatedNode is null)
        {
            diagnostics.Error(DiagnosticCode.TranslatedBlockDiffers, translatedNode is null ? translation.Location : translation.LocationOf(translatedNode),
                englishNode is null
                    ? $"the English file has no '{key}' block; a translation has the English file's blocks only"
                    : $"the English file has a '{key}' block; repeat it here with its text translated");
            return;
        }

        new Walk(translation, englishTexts, diagnostics).Compare(key, englishNode, translatedNode);
    }

    private sealed class Walk(YamlFields translation, IReadOnlySet<string> englishTexts, DiagnosticBag diagnostics)
    {
        public void Compare(string path, YamlNode english, YamlNode translated)
        {
            switch (english, translated)
            {
                case (YamlMappingNode englishMap, YamlMappingNode translatedMap):
                    CompareMappings(path, englishMap, translatedMap);
                    break;
                case (YamlSequenceNode englishList, YamlSequenceNode translatedList):
                    if (englishList.Children.Count != translatedList.Children.Count)
                    {
                        Report(translated, $"'{path}' has {translatedList.Children.Count} entries here and {englishList.Children.Count} in the English file; keep the same entries in the same order");
                        return;
                    }

                    for (var i = 0; i < englishList.Children.Count; i++)
                    {
                        Compare($"{path}[{i + 1}]", englishList.Children[i], translatedList.Children[i]);
                    }

                    break;
                case (YamlScalarNode englishValue, YamlScalarNode translatedValue):
                    if (englishValue.Value != translatedValue.Value && !englishTexts.Contains(englishValue.Value ?? ""))
                    {
                        Report(translated, $"'{path}' is '{translatedValue.Value}' here but '{englishValue.Value}' in the English file; only the text readers see is translated (sources, numbers, dates, currencies and levels stay as in English)");
                    }

                    break;
                default:
                    Report(translated, $"'{path}' is written differently from the English file; keep the block's shape and translate only its text");
                    break;
            }
        }

        private void CompareMappings(string path, YamlMappingNode english, YamlMappingNode translated)
        {
            var englishKeys = english.Children.Keys.Select(Name).ToList();
            var translatedKeys = translated.Children.Keys.Select(Name).ToList();
            if (!englishKeys.SequenceEqual(translatedKeys))
            {
                Report(translated, $"'{path}' has the fields {string.Join(", ", translatedKeys)} here and {string.Join(", ", englishKeys)} in the English file; keep the same fields in the same order");
                return;
            }

            foreach (var (englishField, translatedField) in english.Children.Zip(translated.Children))
            {
                Compare($"{path}.{Name(englishField.Key)}", englishField.Value, translatedField.Value);
            }
        }

        private void Report(YamlNode node, string message) => diagnostics.Error(DiagnosticCode.TranslatedBlockDiffers, translation.LocationOf(node), message);

        private static string Name(YamlNode key) => (key as YamlScalarNode)?.Value ?? "";
    }
}
