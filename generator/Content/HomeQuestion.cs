using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>A question patients ask, shown on the home page, and the site path of the section that answers it (site.yml).</summary>
/// <param name="Answer">A site path with the section's anchor, such as "/articles/mesotherapy-for-fat/#what-the-studies-found".</param>
public sealed record HomeQuestion(string Question, Located<string> Answer);
