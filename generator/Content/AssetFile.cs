namespace KnowledgeBase.Content;

/// <summary>A static asset (CSS, JS, icon) copied from templates/assets into the site.</summary>
public sealed record AssetFile(string RelativePath, byte[] Bytes);
