using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Load;

/// <summary>Reads site.yml into <see cref="SiteSettings"/>.</summary>
public static class SiteSettingsReader
{
    public static SiteSettings Read(YamlFields fields)
    {
        var baseUrlText = fields.RequiredString("base_url") ?? "http://localhost/";
        if (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            fields.Diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf("base_url"),
                $"'base_url' is '{baseUrlText}'; write a full address such as https://example.org/");
            baseUrl = new Uri("http://localhost/");
        }

        var settings = new SiteSettings(
            fields.RequiredString("title") ?? "",
            fields.RequiredString("description") ?? "",
            SiteUrls.WithTrailingSlash(baseUrl),
            fields.OptionalString("language") ?? "en",
            fields.ObjectList("navigation", link => new NavigationLink(
                link.RequiredString("title") ?? "", link.RequiredString("url") ?? "/", link.OptionalTextsByLanguage("titles"), link.Location)));
        settings = WithLanguages(settings, fields);
        ReportUntranslatedMenu(settings, fields.Diagnostics);
        if (fields.OptionalString("subject") is { } subject)
        {
            settings = settings with { Subject = subject };
        }

        if (fields.OptionalString("introduction") is { } introduction)
        {
            settings = settings with { Introduction = introduction };
        }

        if (fields.OptionalString("repository") is { } repositoryText)
        {
            if (RepositoryAddress(repositoryText) is { } repository)
            {
                settings = settings with { Repository = repository };
            }
            else
            {
                fields.Diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf("repository"),
                    $"'repository' is '{repositoryText}'; write the full address of the repository, such as https://github.com/owner/name");
            }
        }

        var languages = settings.TranslationLanguages.ToList();
        settings = settings with
        {
            Introductions = InEachLanguage(fields, languages, text => text.RequiredString("introduction") ?? ""),
            Questions = fields.ObjectList("questions", question => new HomeQuestion(
                question.RequiredString("question") ?? "",
                new Located<string>(question.RequiredString("answer") ?? "", question.LocationOf("answer")),
                InEachLanguage(question, languages, text => text.RequiredString("question") ?? ""))),
            Topics = fields.ObjectList("topics", topic => new TopicSettings(
                topic.RequiredString("tag") ?? "",
                topic.RequiredString("title") ?? "",
                topic.OptionalString("description") ?? "",
                InEachLanguage(topic, languages, text => new TopicText(text.RequiredString("title") ?? "", text.OptionalString("description") ?? "")))),
        };

        if (fields.OptionalDecimal("max_reading_grade") is { } maxGrade)
        {
            if (maxGrade > 0)
            {
                settings = settings with { MaxReadingGrade = maxGrade };
            }
            else
            {
                fields.Diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf("max_reading_grade"),
                    $"'max_reading_grade' is {maxGrade}; write a school grade above 0, such as 8");
            }
        }

        if (fields.OptionalDecimal("min_inflesz") is { } minInflesz)
        {
            settings = settings with { MinInflesz = minInflesz };
        }

        fields.ReportUnknownKeys();
        return settings;
    }

    /// <summary>A menu entry is an interface string: every translation language needs its title (KB097).</summary>
    private static void ReportUntranslatedMenu(SiteSettings settings, DiagnosticBag diagnostics)
    {
        foreach (var link in settings.Navigation)
        {
            foreach (var language in settings.TranslationLanguages.Where(language => !link.Titles.ContainsKey(language.Code)))
            {
                diagnostics.Error(DiagnosticCode.MissingInterfaceString, link.Location,
                    $"the menu entry '{link.Title}' has no title in '{language.Code}'; add 'titles: {{{language.Code}: ...}}' with the translation of \"{link.Title}\"");
            }
        }
    }

    /// <summary>
    /// <c>languages:</c>, the reference language first, replaces the single <c>language:</c> of a site in one language;
    /// a site writes one or the other.
    /// </summary>
    private static SiteSettings WithLanguages(SiteSettings settings, YamlFields fields)
    {
        if (!fields.Contains("languages"))
        {
            return settings;
        }

        var languages = fields.ObjectList("languages", language => new Language(language.RequiredString("code") ?? "", language.RequiredString("name") ?? ""));
        if (fields.Contains("language"))
        {
            fields.Diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf("language"),
                "write either 'language:' (a site in one language) or 'languages:' (the reference language first), not both");
        }

        foreach (var repeated in languages.GroupBy(language => language.Code).Where(group => group.Count() > 1))
        {
            fields.Diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf("languages"), $"'languages' lists '{repeated.Key}' more than once");
        }

        return languages.Count == 0 ? settings : settings with { Language = languages[0].Code, Languages = languages };
    }

    /// <summary>
    /// What a mapping says in each translation language, under the language's code: a topic's
    /// <c>es: {title: ..., description: ...}</c>, a question's <c>es: {question: ...}</c>, the site's <c>es: {introduction: ...}</c>.
    /// </summary>
    private static Dictionary<string, T> InEachLanguage<T>(YamlFields fields, IEnumerable<Language> languages, Func<YamlFields, T> read)
    {
        var translations = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            if (fields.OptionalObject(language.Code) is { } text)
            {
                translations[language.Code] = read(text);
                text.ReportUnknownKeys();
            }
        }

        return translations;
    }

    /// <summary>A repository address: an absolute http(s) address; null when the text is not one.</summary>
    public static Uri? RepositoryAddress(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var address) && address.Scheme is "http" or "https" ? address : null;
}
