using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validate;

/// <summary>A link or image written in the Markdown of a published page, with the site path of the page it is on.</summary>
public sealed record ContentLink(SourceLocation Location, string PagePath, string Url, bool IsImage);
