namespace KnowledgeBase.Diagnostics;

/// <summary>A value read from content together with where it was written, for precise diagnostics later.</summary>
public sealed record Located<T>(T Value, SourceLocation Location);
