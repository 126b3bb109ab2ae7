namespace KnowledgeBase.Blocks;

/// <summary>What a block's rules check its content against: the sources that exist and the day of the build.</summary>
public sealed record BlockRulesContext(IReadOnlySet<string> ReferenceKeys, DateOnly Today);
