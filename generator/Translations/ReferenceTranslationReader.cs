using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Markdown;
using Markdig;

namespace KnowledgeBase.Translations;

/// <summary>
/// A source's translation: the plain summary and what the study did and found. The bibliographic record (titles
/// included: references keep their original titles) is the English file's.
/// </summary>
public sealed class ReferenceTranslationReader(MarkdownPipeline pipeline, DiagnosticBag diagnostics) : ITranslationReader<ReferenceRecord>
{
    private static readonly string[] TextKeys = ["study_design", "participants", "duration", "intervention", "outcome", "key_finding", "unverified"];

    public IReadOnlySet<string> InheritedKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "type", "authors", "et_al", "organization", "title", "container", "year", "date", "volume", "issue", "pages",
        "doi", "pmid", "pmcid", "url", "accessed", "verification", "citation_status",
    };

    public ReferenceRecord Read(FrontMatterDocument document, YamlFields fields, ReferenceRecord english, YamlFields? englishFields)
    {
        var texts = TextKeys.ToDictionary(key => key, key => Text(key, fields, englishFields));
        return english with
        {
            SourcePath = document.Path,
            Study = new StudyDetails(texts["study_design"], texts["participants"], texts["duration"], texts["intervention"], texts["outcome"], texts["key_finding"]),
            Unverified = texts["unverified"],
            Summary = MarkdownSource.Parse(document.Body, new SourceLocation(document.Path, document.BodyFirstLine, 1), pipeline, diagnostics),
        };
    }

    /// <summary>A text field the English file has must be translated, and one it lacks must not appear.</summary>
    private string? Text(string key, YamlFields fields, YamlFields? englishFields)
    {
        var translated = fields.OptionalString(key);
        if (englishFields is null)
        {
            return translated;
        }

        var english = englishFields.OptionalString(key);
        if (english is not null && translated is null)
        {
            diagnostics.Error(DiagnosticCode.MissingField, fields.Location, $"the English file has '{key}'; translate it here");
        }
        else if (english is null && translated is not null)
        {
            diagnostics.Error(DiagnosticCode.TranslatedBlockDiffers, fields.LocationOf(key), $"the English file has no '{key}'; a translation says what the English says, no more");
        }

        return translated;
    }
}
