using KnowledgeBase.Load;

namespace KnowledgeBase.Cli;

/// <summary>
/// Finds the site root: the given folder or the current one, which must hold site.yml. Anything named site.yml will
/// do (a folder, a broken link): the build then reports what is wrong with it at its path.
/// </summary>
public static class SiteRootLocator
{
    public static string? Find(string? requested)
    {
        var root = Path.GetFullPath(requested ?? Directory.GetCurrentDirectory());
        return ContentFileReader.IsThere(Path.Combine(root, SiteLoader.SettingsFile)) ? root : null;
    }
}
