using System.Text;
using KnowledgeBase.Content;

namespace KnowledgeBase.Emit;

/// <summary>
/// Records a build's URLs in published-urls.txt: new paths are added, nothing is removed, lines are sorted,
/// and a retired path that is published again loses its "retired" mark. The file is rewritten only when it
/// changes, so a build of unchanged content leaves it (and its timestamp) alone.
/// </summary>
public static class PublishedUrlManifestWriter
{
    private const string Header = """
        # Every URL this site has published, one site path per line. `build` adds new ones; commit this file.
        # `check` fails (KB040) when a URL listed here is no longer produced as a page or as an alias.
        # Renamed a page? Add the old path to the article's `aliases` instead of deleting its line here.
        # To retire a URL on purpose, keep its line and add the reason after it, for example:
        #   /articles/old-name/ retired: merged into /articles/new-name/
        """;

    public static void Write(string siteRoot, PublishedUrlManifest manifest, IEnumerable<string> publishedPaths)
    {
        var merged = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var url in manifest.Urls)
        {
            merged[url.Path] = url.Retired;
        }

        foreach (var path in publishedPaths)
        {
            merged[path] = null;
        }

        var text = new StringBuilder(Header.Replace("\r\n", "\n")).Append('\n');
        foreach (var (path, retired) in merged)
        {
            text.Append(path);
            if (retired is not null)
            {
                text.Append(' ').Append(PublishedUrlManifest.RetiredMarker).Append(retired.Length > 0 ? ": " + retired : "");
            }

            text.Append('\n');
        }

        FileReplacement.WriteIfChanged(Path.Combine(siteRoot, PublishedUrlManifest.FileName), Encoding.UTF8.GetBytes(text.ToString()));
    }
}
