using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.KeyStudies;

/// <summary>A study summary card.</summary>
public sealed record StudySummary(Located<string> Ref, string Question, string Design, string Participants, string Duration, string Finding);
