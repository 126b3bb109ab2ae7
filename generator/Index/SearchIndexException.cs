namespace KnowledgeBase.Index;

/// <summary>The search index could not be built: Node.js or Pagefind is missing, or Pagefind failed. Not a content problem.</summary>
public sealed class SearchIndexException(string message) : Exception(message);
