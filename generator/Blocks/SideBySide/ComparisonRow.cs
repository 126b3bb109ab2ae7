using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.SideBySide;

/// <summary>One aspect compared: this treatment versus the other, with its sources.</summary>
public sealed record ComparisonRow(string Aspect, string This, string Other, IReadOnlyList<Located<string>> Refs);
