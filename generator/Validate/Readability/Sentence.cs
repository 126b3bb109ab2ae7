namespace KnowledgeBase.Validate.Readability;

/// <summary>One sentence of an article's prose: the line it starts on, and its words and syllables.</summary>
public sealed record Sentence(int Line, int Words, int Syllables);
