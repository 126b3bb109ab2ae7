namespace KnowledgeBase.Building;

/// <summary>What to build and where: the site root, the output folder and the switches from the command line.</summary>
/// <param name="RepositoryOverride">The repository address to use instead of site.yml's <c>repository</c>, as the publish workflow passes it.</param>
public sealed record BuildOptions(
    string SiteRoot, string OutputFolder, Uri? BaseUrlOverride = null, bool IncludeDrafts = false, bool Precompress = false, Uri? RepositoryOverride = null);
