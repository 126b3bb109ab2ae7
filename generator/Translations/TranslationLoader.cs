using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using Markdig;

namespace KnowledgeBase.Translations;

/// <summary>
/// Reads the translations written beside the English files of one content folder (<c>&lt;name&gt;.&lt;lang&gt;.md</c>):
/// which English version each translates, who translated it, and the translated fields; every problem a diagnostic.
/// </summary>
public sealed class TranslationLoader(
    string siteRoot, ContentFileReader files, DiagnosticBag diagnostics, IReadOnlyList<Language> languages, MarkdownPipeline pipeline, YamlEventCache frontMatterEvents)
{
    public List<Translation<T>> Load<T>(string folder, IReadOnlyList<T> english, Func<T, string> sourcePathOf, ITranslationReader<T> reader)
        where T : class
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var englishByPath = english.ToDictionary(sourcePathOf, StringComparer.Ordinal);
        return SiteLoader.SourceFiles(folder, "*.md")
            .Where(path => TranslationFiles.LanguageOf(path) is not null)
            .Order(StringComparer.Ordinal)
            .Select(path => Read(folder, path, englishByPath, reader))
            .OfType<Translation<T>>()
            .ToList();
    }

    private Translation<T>? Read<T>(string folder, string fullPath, Dictionary<string, T> englishByPath, ITranslationReader<T> reader)
        where T : class
    {
        var path = files.Relative(fullPath);
        var language = TranslationFiles.LanguageOf(path)!;
        var sourcePath = TranslationFiles.SourceOf(path);
        if (!IsTranslationLanguage(path, language))
        {
            return null;
        }

        if (!englishByPath.TryGetValue(sourcePath, out var english))
        {
            diagnostics.Error(DiagnosticCode.TranslationWithoutSource, SourceLocation.StartOf(path),
                $"this translates '{sourcePath}', which does not exist; name the file after the English file it translates, such as '{Path.GetFileName(sourcePath)}' becoming '{TranslationFiles.Named("name.md", language)}' for 'name.md'");
            return null;
        }

        if (files.Read(fullPath, folder) is not { } source || SiteLoader.ParseFrontMatter(source, diagnostics, frontMatterEvents) is not var (document, fields))
        {
            return null;
        }

        var englishFullPath = Path.Combine(Path.GetDirectoryName(fullPath)!, Path.GetFileName(sourcePath));
        var englishBytes = ContentFileReader.BytesOf(englishFullPath);
        foreach (var key in reader.InheritedKeys.Where(fields.Contains))
        {
            diagnostics.Error(DiagnosticCode.RepeatedInheritedField, fields.LocationOf(key),
                $"'{key}' is inherited from the English file '{sourcePath}'; remove it here (a translation repeats only what it translates)");
        }

        var of = ReadTranslationOf(fields);
        var translatedBy = fields.StringList("translated_by");
        if (translatedBy.Count == 0)
        {
            diagnostics.Error(DiagnosticCode.MissingField, fields.LocationOf("translated_by"),
                "required field 'translated_by' is missing or empty; list the ids from content/people.yml of who translated it, such as [editorial-team]");
        }

        var current = RevisionStamp.Of(englishBytes);
        var stale = of is not null && of.Revision != current;
        var translated = reader.Read(document, fields, english, stale ? null : EnglishFields(sourcePath, englishBytes));
        fields.ReportUnknownKeys();
        if (of is null)
        {
            return null;
        }

        return new Translation<T>(language, path, english, translated, of, translatedBy, current)
        {
            EnglishChanges = !stale || !RevisionStamp.IsWellFormed(of.Revision)
                ? null
                : EnglishChanges.Describe(siteRoot, of.Revision, System.Text.Encoding.UTF8.GetString(englishBytes), pipeline),
        };
    }

    private bool IsTranslationLanguage(string path, string language)
    {
        if (languages.Skip(1).Any(known => known.Code == language))
        {
            return true;
        }

        var listed = string.Join(", ", languages.Select(known => known.Code));
        diagnostics.Error(DiagnosticCode.UnknownLanguage, SourceLocation.StartOf(path), language == languages[0].Code
            ? $"'{language}' is the reference language, written in the file without a language code; rename or remove this file"
            : $"'{language}' is not one of the site's languages ({listed}); add it to 'languages:' in site.yml, or correct the file name{Suggestions.DidYouMean(language, languages.Select(known => known.Code))}");
        return false;
    }

    private TranslationOf? ReadTranslationOf(YamlFields fields)
    {
        if (fields.OptionalObject("translation_of") is not { } of)
        {
            if (!fields.Contains("translation_of"))
            {
                fields.ReportMissing("translation_of");
            }

            return null;
        }

        var revision = of.RequiredString("revision") ?? "";
        if (revision.Length > 0 && !RevisionStamp.IsWellFormed(revision))
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, of.LocationOf("revision"),
                $"'revision' is '{revision}'; write the English file's stamp that check --translations prints: 12 characters 0-9 and a-f");
        }

        var date = of.RequiredDate("date");
        of.ReportUnknownKeys();
        return date is { } known ? new TranslationOf(revision, known, of.LocationOf("revision")) : null;
    }

    /// <summary>The English file's front matter again, its problems reported when the English file was loaded.</summary>
    private YamlFields EnglishFields(string sourcePath, byte[] bytes)
    {
        var quiet = new DiagnosticBag();
        var text = new SourceText(sourcePath, System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
        return SiteLoader.ParseFrontMatter(text, quiet, frontMatterEvents)?.Fields
            ?? YamlFields.FromRoot(new YamlDotNet.RepresentationModel.YamlMappingNode(), sourcePath, 1, quiet)!;
    }
}
