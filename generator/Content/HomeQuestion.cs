using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>A question patients ask, shown on the home page, and the site path of the section that answers it (site.yml).</summary>
/// <param name="Answer">A site path with the section's anchor, such as "/articles/mesotherapy-for-fat/#what-the-studies-found".</param>
/// <param name="Translations">The question in each translation language that has it, by language code.</param>
public sealed record HomeQuestion(string Question, Located<string> Answer, IReadOnlyDictionary<string, string> Translations)
{
    /// <summary>The question in <paramref name="language"/>: itself in the reference language; null when not translated.</summary>
    public string? QuestionIn(string language, string referenceLanguage) =>
        language == referenceLanguage ? Question : Translations.GetValueOrDefault(language);
}
