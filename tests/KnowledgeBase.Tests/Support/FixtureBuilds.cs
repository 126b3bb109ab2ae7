using KnowledgeBase.Building;

namespace KnowledgeBase.Tests.Support;

/// <summary>For class fixtures that build a site once for all their tests.</summary>
public static class FixtureBuilds
{
    /// <summary>
    /// Stops the fixture with every diagnostic when its site does not build, so the reason shows once instead of as
    /// each test's missing page. <paramref name="site"/> names the site in the message ("The real content").
    /// </summary>
    public static void ShouldHaveBuilt(this BuildResult result, string site)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{site} does not build: " + string.Join(Environment.NewLine, result.Diagnostics));
        }
    }
}
