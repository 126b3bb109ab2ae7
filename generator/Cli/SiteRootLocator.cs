using KnowledgeBase.Load;

namespace KnowledgeBase.Cli;

/// <summary>Finds the site root: the given folder or the current one, which must hold site.yml.</summary>
public static class SiteRootLocator
{
    public static string? Find(string? requested)
    {
        var root = Path.GetFullPath(requested ?? Directory.GetCurrentDirectory());
        return File.Exists(Path.Combine(root, SiteLoader.SettingsFile)) ? root : null;
    }
}
