namespace KnowledgeBase.Render;

/// <summary>One file of the built site: its path relative to the output folder and its exact bytes.</summary>
public sealed record OutputFile(string RelativePath, byte[] Bytes);
