namespace KnowledgeBase.Building;

/// <summary>What to build and where: the site root, the output folder and the switches from the command line.</summary>
public sealed record BuildOptions(string SiteRoot, string OutputFolder, Uri? BaseUrlOverride = null, bool IncludeDrafts = false, bool Precompress = false);
