using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using KnowledgeBase.Translations;
using Markdig;

namespace KnowledgeBase.Load;

/// <summary>
/// The load stage: reads site.yml, content/ and templates/ from the site root into typed, immutable
/// content, keeping source positions. Problems become diagnostics; loading carries on to find them all.
/// </summary>
/// <param name="frontMatterEvents">The parsed front matter kept from the last build, reused for unchanged YAML; none when null.</param>
/// <param name="markdownFacts">The facts of Markdown kept from the last build, read instead of parsing unchanged text; none when null.</param>
/// <param name="articleFrontMatter">The articles' front matter kept from the last build, read instead of parsing unchanged YAML; none when null.</param>
/// <param name="referenceRecords">The sources' records kept from the last build, read instead of parsing unchanged files' YAML; none when null.</param>
public sealed class SiteLoader(
    string siteRoot,
    YamlEventCache? frontMatterEvents = null,
    MarkdownFactStore? markdownFacts = null,
    ArticleFrontMatterStore? articleFrontMatter = null,
    ReferenceRecordStore? referenceRecords = null)
{
    public const string SettingsFile = "site.yml";

    private readonly string _root = Path.GetFullPath(siteRoot);

    private readonly YamlEventCache _frontMatterEvents = frontMatterEvents ?? YamlEventCache.None;

    private readonly MarkdownFactStore _markdownFacts = markdownFacts ?? MarkdownFactStore.None;

    private readonly ArticleFrontMatterStore _articleFrontMatter = articleFrontMatter ?? ArticleFrontMatterStore.None;

    private readonly ReferenceRecordStore _referenceRecords = referenceRecords ?? ReferenceRecordStore.None;

    public string ContentFolder => Path.Combine(_root, "content");

    public string TemplatesFolder => Path.Combine(_root, "templates");

    public SiteContent Load(DiagnosticBag diagnostics)
    {
        var files = new ContentFileReader(_root, diagnostics);
        var settings = LoadSettings(files, diagnostics);
        var pipeline = MarkdownPipelineFactory.Create();
        var articles = LoadMarkdownFolder(files, diagnostics, ArticlesFolder(_root), source => ReadArticle(source, pipeline, diagnostics));
        var pages = LoadMarkdownFolder(files, diagnostics, Path.Combine(ContentFolder, "pages"),
            FromFields((document, fields) => ReadPage(document, fields, pipeline, _markdownFacts, diagnostics), diagnostics));
        var references = LoadMarkdownFolder(files, diagnostics, ReferencesFolder(_root), source => ReadReference(source, files, pipeline, diagnostics));
        var translations = new TranslationLoader(_root, files, diagnostics, settings.Languages, pipeline, _frontMatterEvents);
        var content = new SiteContent(settings, articles, pages, LoadTemplates(files), LoadAssets(files), LoadSynonyms(files, diagnostics, SynonymsReader.FileName))
        {
            SearchIntents = LoadSearchIntents(files, diagnostics, SearchIntentsReader.FileName),
            Glossary = LoadGlossary(files, diagnostics, GlossaryReader.FileName),
            People = new PeopleDirectory(LoadPeople(files, diagnostics)),
            References = new ReferenceLibrary(references),
            SourceFingerprints = FingerprintSources(files),
            Strings = InterfaceStringsReader.Read(_root, settings, files, diagnostics),
            ArticleTranslations = translations.Load(ArticlesFolder(_root), articles, article => article.SourcePath,
                new ArticleTranslationReader(pipeline, _markdownFacts, diagnostics)),
            PageTranslations = translations.Load(Path.Combine(ContentFolder, "pages"), pages, page => page.SourcePath,
                new PageTranslationReader(pipeline, _markdownFacts, diagnostics)),
            ReferenceTranslations = translations.Load(ReferencesFolder(_root), references, reference => reference.SourcePath,
                new ReferenceTranslationReader(pipeline, diagnostics)),
            TranslatedGlossaries = settings.TranslationLanguages.ToDictionary(language => language.Code,
                language => LoadGlossary(files, diagnostics, TranslationFiles.Named(GlossaryReader.FileName, language.Code))),
            TranslatedSynonyms = settings.TranslationLanguages.ToDictionary(language => language.Code,
                language => LoadSynonyms(files, diagnostics, TranslationFiles.Named(SynonymsReader.FileName, language.Code))),
            TranslatedSearchIntents = settings.TranslationLanguages.ToDictionary(language => language.Code,
                language => LoadSearchIntents(files, diagnostics, TranslationFiles.Named(SearchIntentsReader.FileName, language.Code))),
        };
        string StampOf(string path)
        {
            var fullPath = Path.Combine(_root, path);
            return files.HashesOf(fullPath)?.Stamp ?? RevisionStamp.Of(ContentFileReader.BytesOf(fullPath));
        }

        return content with { TranslationStatus = TranslationStatus.Of(content, StampOf) };
    }

    /// <summary>
    /// Hashes every source file (content/, templates/, i18n/ and site.yml), read or not, so that no kind of content can
    /// change without the render stage seeing it. Editors' own files are left out: they change on every keystroke.
    /// </summary>
    private Dictionary<string, string> FingerprintSources(ContentFileReader files) =>
        SourceFilesOf(_root)
            .AsParallel()
            .Select(path => (Path: files.Relative(path), Hash: files.HashesOf(path)?.Fingerprint ?? Fingerprint(path)))
            .Where(file => file.Hash is not null)
            .ToDictionary(file => file.Path, file => file.Hash!, StringComparer.Ordinal);

    /// <summary>Every source file of the site at <paramref name="root"/> (content/, templates/, i18n/ and site.yml), by full path.</summary>
    public static IEnumerable<string> SourceFilesOf(string root) =>
        new[] { Path.Combine(root, "content"), Path.Combine(root, "templates"), Path.Combine(root, InterfaceStringsReader.FolderName) }
            .Where(Directory.Exists)
            .SelectMany(SourceFilesBelow)
            .Append(Path.Combine(root, SettingsFile));

    /// <summary>
    /// Whether a file is one of the site's articles or sources (not a translation): the files pages name as their own,
    /// which the loader reads from the *.md files of content/articles/ and content/references/.
    /// </summary>
    public static bool IsArticleOrReference(string root, string path) =>
        Path.GetExtension(path) == ".md" && TranslationFiles.LanguageOf(path) is null
        && Path.GetDirectoryName(path) is { } folder && (folder == ArticlesFolder(root) || folder == ReferencesFolder(root));

    private static string ArticlesFolder(string root) => Path.Combine(root, "content", "articles");

    private static string ReferencesFolder(string root) => Path.Combine(root, "content", "references");

    /// <summary>
    /// The entries of a folder the loader reads that match the pattern, except editors' own files. Folders and links
    /// named like a file are listed too, so that they are reported rather than skipped.
    /// </summary>
    public static IEnumerable<string> SourceFiles(string folder, string pattern) =>
        Directory.EnumerateFileSystemEntries(folder, pattern).Where(path => !EditorFiles.IsEditorFile(path));

    /// <summary>Every file below a folder (<see cref="ContentFileReader.FilesUnder"/>), except editors' own files.</summary>
    private static IEnumerable<string> SourceFilesBelow(string folder) =>
        ContentFileReader.FilesUnder(folder).Where(path => !EditorFiles.IsEditorFile(path));

    /// <summary>A file not loaded, read to be fingerprinted; one deleted between listing and reading (an editor saving) is simply not there.</summary>
    private static string? Fingerprint(string path)
    {
        try
        {
            return ContentFileReader.FingerprintOf(ContentFileReader.BytesOf(path));
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private SiteSettings LoadSettings(ContentFileReader files, DiagnosticBag diagnostics)
    {
        var fallback = new SiteSettings("", "", new Uri("http://localhost/"), "en", []);
        var path = Path.Combine(_root, SettingsFile);
        var source = files.Read(path, _root);
        if (source is null)
        {
            if (!File.Exists(path))
            {
                // Only while serving: an editor saving it by renaming it away and writing it anew.
                diagnostics.Error(DiagnosticCode.UnreadableFile, SourceLocation.StartOf(SettingsFile),
                    $"{SettingsFile} is missing; the site cannot be built without its settings");
            }

            return fallback;
        }

        var root = YamlMappingParser.Parse(source.Path, source.Text, firstLine: 1, diagnostics);
        var fields = root is null ? null : YamlFields.FromRoot(root, source.Path, 1, diagnostics);
        return fields is null ? fallback : SiteSettingsReader.Read(fields);
    }

    private static List<T> LoadMarkdownFolder<T>(ContentFileReader files, DiagnosticBag diagnostics, string folder, Func<SourceText, T?> read)
        where T : class
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // Files are independent until validation, so they are read and parsed on every core; the order stays
        // that of the file names, and diagnostics are sorted when reported, so the result does not depend on timing.
        return SourceFiles(folder, "*.md")
            .Where(path => TranslationFiles.LanguageOf(path) is null)
            .Order(StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(path => files.Read(path, folder) is { } source ? read(source) : null)
            .OfType<T>()
            .ToList();
    }

    /// <summary>Reads a file from its front matter's fields, parsed on every build; null when they cannot be parsed.</summary>
    private Func<SourceText, T?> FromFields<T>(Func<FrontMatterDocument, YamlFields, T?> read, DiagnosticBag diagnostics)
        where T : class =>
        source => ParseFrontMatter(source, diagnostics, _frontMatterEvents) is var (document, fields) ? read(document, fields) : null;

    /// <summary>
    /// Splits a Markdown file's front matter from its body and parses the YAML (its events read from
    /// <paramref name="cache"/> when the same YAML was parsed before); null after reporting why it cannot.
    /// </summary>
    public static (FrontMatterDocument Document, YamlFields Fields)? ParseFrontMatter(SourceText source, DiagnosticBag diagnostics, YamlEventCache? cache = null)
    {
        var document = FrontMatterSplitter.Split(source, diagnostics);
        if (document is null)
        {
            return null;
        }

        var root = YamlMappingParser.Parse(document.Path, document.Yaml, document.YamlFirstLine, diagnostics, cache);
        var fields = root is null ? null : YamlFields.FromRoot(root, document.Path, document.YamlFirstLine, diagnostics);
        return fields is null ? null : (document, fields);
    }

    private Article? ReadArticle(SourceText source, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        if (FrontMatterSplitter.Split(source, diagnostics) is not { } document
            || _articleFrontMatter.FrontMatterOf(document, _frontMatterEvents, diagnostics, out var frontMatterKey) is not { } meta)
        {
            return null;
        }

        var slug = meta.Slug?.Value ?? Slugs.FromFileName(document.Path);
        var slugLocation = meta.Slug?.Location ?? SourceLocation.StartOf(document.Path);
        return ArticleMarkdown.Read(document, slug, slugLocation, meta, pipeline, _markdownFacts, diagnostics) with { FrontMatterKey = frontMatterKey };
    }

    private ReferenceRecord? ReadReference(SourceText source, ContentFileReader files, MarkdownPipeline pipeline, DiagnosticBag diagnostics) =>
        FrontMatterSplitter.Split(source, diagnostics) is { } document
            ? _referenceRecords.RecordOf(document, files.HashesOf(Path.Combine(_root, source.Path))?.Fingerprint, _frontMatterEvents, pipeline, diagnostics)
            : null;

    private static ContentPage ReadPage(FrontMatterDocument document, YamlFields fields, MarkdownPipeline pipeline, MarkdownFactStore stored, DiagnosticBag diagnostics)
    {
        var page = ArticleMarkdown.ReadPage(
            document, Slugs.FromFileName(document.Path), writtenSlug: null, fields.RequiredString("title") ?? "", fields.RequiredString("summary") ?? "", pipeline, stored, diagnostics);
        fields.ReportUnknownKeys();
        return page;
    }

    private IReadOnlyList<SynonymGroup> LoadSynonyms(ContentFileReader files, DiagnosticBag diagnostics, string fileName)
    {
        var path = Path.Combine(ContentFolder, fileName);
        return ContentFileReader.IsThere(path) && files.Read(path, ContentFolder) is { } source ? SynonymsReader.Read(source, diagnostics) : [];
    }

    private IReadOnlyList<SearchIntent> LoadSearchIntents(ContentFileReader files, DiagnosticBag diagnostics, string fileName)
    {
        var path = Path.Combine(ContentFolder, fileName);
        return ContentFileReader.IsThere(path) && files.Read(path, ContentFolder) is { } source ? SearchIntentsReader.Read(source, diagnostics) : [];
    }

    private IReadOnlyList<GlossaryTerm> LoadGlossary(ContentFileReader files, DiagnosticBag diagnostics, string fileName)
    {
        var path = Path.Combine(ContentFolder, fileName);
        return ContentFileReader.IsThere(path) && files.Read(path, ContentFolder) is { } source ? GlossaryReader.Read(source, diagnostics) : [];
    }

    private IReadOnlyList<Person> LoadPeople(ContentFileReader files, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(ContentFolder, PeopleReader.FileName);
        return File.Exists(path) && files.Read(path, ContentFolder) is { } source ? PeopleReader.Read(source, diagnostics) : [];
    }

    private List<TemplateSource> LoadTemplates(ContentFileReader files) =>
        Directory.Exists(TemplatesFolder)
            ? SourceFiles(TemplatesFolder, "*.html")
                .Order(StringComparer.Ordinal)
                .Select(path => files.Read(path, TemplatesFolder))
                .OfType<SourceText>()
                .Select(source => new TemplateSource(Path.GetFileNameWithoutExtension(source.Path), source.Path, source.Text))
                .ToList()
            : [];

    private List<AssetFile> LoadAssets(ContentFileReader files)
    {
        var assetsFolder = Path.Combine(TemplatesFolder, "assets");
        return Directory.Exists(assetsFolder)
            ? SourceFilesBelow(assetsFolder)
                .Order(StringComparer.Ordinal)
                .Select(path => (Path: path, Bytes: files.ReadBytes(path, assetsFolder)))
                .Where(asset => asset.Bytes is not null)
                .Select(asset => new AssetFile(Path.GetRelativePath(assetsFolder, asset.Path).Replace('\\', '/'), asset.Bytes!))
                .ToList()
            : [];
    }
}
