using System.Text.Json;

namespace KnowledgeBase.Index;

/// <summary>
/// The files an earlier search index left where Pagefind writes the new one, kept so that Pagefind need not make them
/// again: it does not write a file named by its content (a page's fragment, a part of the word index) that is already
/// there, which after a small edit spares it compressing and creating nearly the whole index. Once Pagefind has run, the
/// earlier files its index does not name are deleted, and those it names are checked against what it named them for: a
/// name is only the first seven hex digits of the content's hash, so another content may have it.
/// </summary>
internal sealed class EarlierIndexFiles
{
    private readonly string _folder;

    /// <summary>The earlier files, relative to the index folder with '/' between names.</summary>
    private readonly HashSet<string> _files;

    private EarlierIndexFiles(string folder, HashSet<string> files)
    {
        _folder = folder;
        _files = files;
    }

    /// <summary>How many earlier files are left for Pagefind.</summary>
    public int Count => _files.Count;

    /// <summary>
    /// Deletes every file of the index folder but the pages' fragments and the parts of the word index, and keeps track of
    /// those. Pagefind writes its other files whether or not they are there, into the file it finds (which may be another
    /// name of a file of the live output), and the index's metadata, which names all the rest, must be the new one's.
    /// </summary>
    public static EarlierIndexFiles Prepare(string indexFolder)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(indexFolder))
        {
            foreach (var file in Directory.EnumerateFiles(indexFolder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            {
                var relativePath = Path.GetRelativePath(indexFolder, file).Replace('\\', '/');
                if (IsNamedByContent(relativePath) && !new FileInfo(file).Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    files.Add(relativePath);
                }
                else
                {
                    File.Delete(file);
                }
            }
        }

        return new EarlierIndexFiles(indexFolder, files);
    }

    /// <summary>
    /// Once Pagefind has written its index: deletes the earlier files it does not name, and the folders they leave empty;
    /// returns whether each one it names (and so did not write) holds what it named: a part whose words lie between the
    /// bounds the metadata gives it, a fragment of as many words as the metadata says, of a page of the site that no
    /// other fragment is of. A part or fragment of another content under the same name fails this (short of the same
    /// page's or the same words' earlier content under the same seven digits), and then the index must be made afresh.
    /// </summary>
    public bool FitNewIndex(string siteFolder)
    {
        var named = NewIndex();
        foreach (var stale in _files.Where(file => !named.Parts.ContainsKey(file) && !named.Fragments.ContainsKey(file)))
        {
            File.Delete(Path.Combine(_folder, stale));
        }

        foreach (var folder in Directory.EnumerateDirectories(_folder).Where(folder => !Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            Directory.Delete(folder);
        }

        return named.Parts.Where(part => _files.Contains(part.Key)).All(part => PartFits(part.Key, part.Value))
            && FragmentsFit(named.Fragments, siteFolder);
    }

    private static bool IsNamedByContent(string relativePath) =>
        (relativePath.StartsWith("fragment/", StringComparison.Ordinal) && relativePath.EndsWith(".pf_fragment", StringComparison.Ordinal))
        || (relativePath.StartsWith("index/", StringComparison.Ordinal) && relativePath.EndsWith(".pf_index", StringComparison.Ordinal));

    /// <summary>The parts and fragments the new index's metadata names (as Pagefind wrote it, before its parts are split), each with what it says of them.</summary>
    private (Dictionary<string, (string From, string To)> Parts, Dictionary<string, ulong> Fragments) NewIndex()
    {
        var parts = new Dictionary<string, (string From, string To)>(StringComparer.Ordinal);
        var fragments = new Dictionary<string, ulong>(StringComparer.Ordinal);
        using var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_folder, "pagefind-entry.json")));
        foreach (var language in entry.RootElement.GetProperty("languages").EnumerateObject())
        {
            var meta = IndexPartSplitter.Read(Path.Combine(_folder, $"pagefind.{language.Value.GetProperty("hash").GetString()}.pf_meta"));
            var reader = new CborItems(meta);
            reader.ReadList();
            reader.Skip(); // the version
            var pages = reader.ReadList();
            for (var page = 0; page < pages; page++)
            {
                var fields = reader.ReadList();
                var hash = reader.ReadText();
                fragments[$"fragment/{hash}.pf_fragment"] = reader.ReadNumber();
                reader.Skip(fields - 2);
            }

            var count = reader.ReadList();
            for (var part = 0; part < count; part++)
            {
                var fields = reader.ReadList();
                var bounds = (From: reader.ReadText(), To: reader.ReadText());
                parts[$"index/{reader.ReadText()}.pf_index"] = bounds;
                reader.Skip(fields - 3);
            }
        }

        return (parts, fragments);
    }

    private bool PartFits(string relativePath, (string From, string To) bounds)
    {
        var words = IndexPartSplitter.ReadWords(IndexPartSplitter.Read(Path.Combine(_folder, relativePath)));
        return words.Count > 0 && words[0].Word.StartsWith(bounds.From, StringComparison.Ordinal) && words[^1].Word.StartsWith(bounds.To, StringComparison.Ordinal);
    }

    /// <summary>Reads every fragment the new index names, to find two of the same page; checks the earlier ones.</summary>
    private bool FragmentsFit(Dictionary<string, ulong> fragments, string siteFolder)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relativePath, wordCount) in fragments)
        {
            var (url, words) = PageOf(IndexPartSplitter.Read(Path.Combine(_folder, relativePath)));
            if (!pages.Add(url) || (_files.Contains(relativePath) && (words != wordCount || !IsPageOf(siteFolder, url))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A fragment's page address and word count.</summary>
    private static (string Url, ulong Words) PageOf(byte[] fragment)
    {
        using var document = JsonDocument.Parse(fragment);
        return (document.RootElement.GetProperty("url").GetString()!, document.RootElement.GetProperty("word_count").GetUInt64());
    }

    /// <summary>Whether the site has the page Pagefind gives this address (it drops a folder's index.html).</summary>
    private static bool IsPageOf(string siteFolder, string url)
    {
        var path = Uri.UnescapeDataString(url).TrimStart('/');
        return File.Exists(Path.Combine(siteFolder, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path));
    }
}
