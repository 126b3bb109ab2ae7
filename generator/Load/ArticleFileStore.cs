using KnowledgeBase.Render;

namespace KnowledgeBase.Load;

/// <summary>
/// What the last build read from each article file, kept in .cache/files/article-files.bin and keyed on the file's
/// path and fingerprint, which the loader works out as it reads the file: the keys its front matter record and its
/// Markdown facts are kept under, and where its body starts. An unchanged article is made from those stored records
/// without decoding, splitting or hashing its text again (docs/performance.md). Its records are kept only when their
/// parse reported nothing, so a file whose records are not both there is read in full, and reports its mistakes.
/// </summary>
public sealed class ArticleFileStore
{
    private readonly FileFactStore<ArticleFile> _files;

    private ArticleFileStore(FileFactStore<ArticleFile> files) => _files = files;

    /// <summary>No store: every article file is read in full, nothing is kept.</summary>
    public static ArticleFileStore None => new(FileFactStore<ArticleFile>.None);

    /// <summary>What the last build of the site at <paramref name="siteRoot"/> kept.</summary>
    public static ArticleFileStore Of(string siteRoot) =>
        new(FileFactStore<ArticleFile>.Of(siteRoot, "article-files.bin", "kb-article-files 1", Read, Write));

    /// <summary>What was kept for the file at <paramref name="path"/> with these bytes (<see cref="ContentFileReader.FingerprintOf"/>); null when nothing was.</summary>
    public ArticleFile? Of(string path, string fingerprint) => _files.TryGet(KeyOf(path, fingerprint), out var file) ? file : null;

    /// <summary>Keeps what this build read from the file at <paramref name="path"/> with these bytes.</summary>
    public void Keep(string path, string fingerprint, ArticleFile file) => _files.Keep(KeyOf(path, fingerprint), file);

    /// <summary>Keeps this build's entries for the next; a store that cannot be written is simply not there next time.</summary>
    public void Save() => _files.Save();

    private static string KeyOf(string path, string fingerprint) => $"{path}\0{fingerprint}";

    private static void Write(BinaryWriter writer, ArticleFile file)
    {
        writer.Write(file.FrontMatterKey);
        writer.Write(file.MarkdownKey);
        writer.Write7BitEncodedInt(file.BodyFirstLine);
        writer.Write7BitEncodedInt(file.BodyStart);
    }

    private static ArticleFile Read(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadString(), reader.ReadNonNegative(), reader.ReadNonNegative());
}
