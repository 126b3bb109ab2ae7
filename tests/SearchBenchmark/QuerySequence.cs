namespace KnowledgeBase.SearchBenchmark;

/// <summary>
/// Queries typed one after another into one search box, the header's on an article page or the search page's, on a
/// page of its own with an empty cache.
/// </summary>
public sealed record QuerySequence(string Path, bool HeaderBox, IReadOnlyList<string> Queries);
