using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks;

/// <summary>A source a structured block cites, with the row or card text it supports (shown where the source is "cited in").</summary>
public sealed record BlockCitation(Located<string> Ref, string SupportedText);
