namespace KnowledgeBase.Tests.Support;

/// <summary>Locates the repository the tests run from, so tests use the real templates and content.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string GoldenFolder => Path.Combine(Root, "tests", "KnowledgeBase.Tests", "Golden");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MesotherapyEvidence.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository (MesotherapyEvidence.slnx not found).");
    }
}
