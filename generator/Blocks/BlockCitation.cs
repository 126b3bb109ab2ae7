using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks;

/// <summary>A source a structured block cites, with the row or card text it supports (shown where the source is "cited in").</summary>
/// <param name="LabelKey">The key in i18n/ of the label that heads the text where it is quoted (a session part's), or null.</param>
public sealed record BlockCitation(Located<string> Ref, string SupportedText, string? LabelKey = null);
