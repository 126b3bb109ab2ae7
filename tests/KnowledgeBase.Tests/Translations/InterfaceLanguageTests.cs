using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>
/// Every page of the real site's Spanish edition speaks Spanish (WCAG 3.1.2): none of the English interface words
/// of i18n/en.yml or English topic titles, no English month and no English quotation marks, outside an element marked
/// lang="en"; and every link to an English page says so with hreflang="en".
/// </summary>
public sealed partial class InterfaceLanguageTests(RealSite site) : IClassFixture<RealSite>
{
    private const string Spanish = "es";

    [Fact]
    public void Spanish_pages_show_no_English_interface_words_outside_an_element_marked_as_English() =>
        EnglishOutsideEnglish(RepositoryPaths.Root, site.Output).ShouldBeEmpty();

    [Fact]
    public void Spanish_pages_of_a_split_list_and_of_a_topic_without_a_Spanish_title_show_no_English_words_outside_an_element_marked_as_English()
    {
        using var small = SpanishSiteWithASplitBibliography();

        small.ReadOutput("es/references/page/2/index.html").ShouldContain("P&#225;gina anterior");
        small.ReadOutput("es/topics/index.html").ShouldContain("lang=\"en\">The basics</a>");
        EnglishOutsideEnglish(small.Root, small.Output).ShouldBeEmpty();
    }

    /// <summary>A built site in English and Spanish whose bibliography is one source too long for a page, so that it splits in both languages, with a topic site.yml gives no Spanish title.</summary>
    internal static TestSite SpanishSiteWithASplitBibliography()
    {
        var small = new TestSite();
        var keys = Enumerable.Range(1, ListPages.PageSize + 1).Select(number => $"source{number:000}").ToList();
        foreach (var key in keys)
        {
            small.Write($"content/references/{key}.md",
                $"---\ntype: journal-article\nauthors: [Author A]\ntitle: Trial {key}\ncontainer: A Journal\nyear: 2020\nverification: full\ncitation_status: cite\n---\nA small trial.\n");
        }

        var citations = $"[{string.Join("; ", keys.Select(key => "@" + key))}]";
        small.Write("content/articles/sample.md", TestSite.SampleArticle + $"\n\nMany trials {citations}.\n");
        small.AddSpanish(TestSite.SpanishSampleArticle + $"\n\nMuchos ensayos {citations}.\n");
        small.Write("site.yml", small.ReadSource("site.yml") + "\ntopics:\n  - tag: basics\n    title: The basics\n    description: Where to start.\n");
        small.Build().ShouldHaveBuilt("The Spanish site with a split bibliography");
        return small;
    }

    /// <summary>Each text of a Spanish page of the site built from <paramref name="root"/> into <paramref name="output"/> that is English outside lang="en".</summary>
    private static List<string> EnglishOutsideEnglish(string root, string output)
    {
        var english = EnglishWordsOf(root);
        var problems = new List<string>();
        foreach (var (path, page) in SpanishPages(output))
        {
            foreach (var text in TextOutsideEnglish(page))
            {
                problems.AddRange(english.Where(words => words.IsIn(text)).Select(words => $"{path}: \"{text}\" holds the English \"{words.Text}\" ({words.Key})"));
                if (EnglishMonth().Match(text) is { Success: true } month)
                {
                    problems.Add($"{path}: \"{text}\" names the English month {month.Value}");
                }

                if (text.IndexOfAny(['“', '”']) >= 0)
                {
                    problems.Add($"{path}: \"{text}\" quotes with “ ”, where Spanish quotes with « »");
                }
            }
        }

        return problems;
    }

    [Fact]
    public void Every_link_from_a_Spanish_page_to_an_English_page_has_hreflang_en()
    {
        var problems = SpanishPages(site.Output)
            .SelectMany(page => page.Document.QuerySelectorAll("a[href^='/']")
                .Where(link => !link.GetAttribute("href")!.StartsWith($"/{Spanish}/", StringComparison.Ordinal) && link.GetAttribute("hreflang") != "en")
                .Select(link => $"{page.Path}: <a href=\"{link.GetAttribute("href")}\"> {link.TextContent.Trim()}"))
            .ToList();

        problems.ShouldBeEmpty();
    }

    private static IEnumerable<(string Path, IDocument Document)> SpanishPages(string output)
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(Path.Combine(output, Spanish), "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        pages.ShouldNotBeEmpty();
        return pages.Select(file => (Path.GetRelativePath(output, file), (IDocument)parser.ParseDocument(File.ReadAllText(file))));
    }

    /// <summary>
    /// The text readers meet (each element's own text, and the labels screen readers read out) outside lang="en", and
    /// the words the page gives its scripts to show (layout.html's JSON blocks). A citation's label names its source,
    /// which may be a reference's original title, and an attribute cannot mark it.
    /// </summary>
    private static IEnumerable<string> TextOutsideEnglish(IDocument page) =>
        page.Body!.QuerySelectorAll("*")
            .Where(element => element.LocalName is not ("script" or "style") && element.Closest("[lang]")?.GetAttribute("lang") != "en")
            .SelectMany(element => element.ChildNodes.OfType<IText>().Select(text => text.Data)
                .Concat(new[] { "aria-label", "title", "alt", "placeholder" }
                    .Where(attribute => !(attribute == "aria-label" && element.ClassList.Contains("citation-link")))
                    .Select(element.GetAttribute).OfType<string>()))
            .Concat(page.QuerySelectorAll("script[type='application/json'][id$='-words']")
                .SelectMany(words => JsonSerializer.Deserialize<Dictionary<string, string>>(words.TextContent)!.Values))
            .Select(text => WhiteSpace().Replace(text, " ").Trim())
            .Where(text => text.Length > 0);

    /// <summary>
    /// The strings of i18n/en.yml that Spanish writes otherwise, as the fixed words a page would show of each, and the
    /// English title of each topic that site.yml does not give the same Spanish title.
    /// </summary>
    /// <summary>
    /// The search's list of ordinary English words (i18n/en.yml): data the search script reads, never shown on a page, and
    /// so long (thousands of words in one string) that matching it against every text took most of this test's time.
    /// </summary>
    private const string OrdinaryWordsKey = "search_ordinary_words";

    private static List<EnglishWords> EnglishWordsOf(string root)
    {
        var content = new SiteLoader(root).Load(new DiagnosticBag());
        var english = content.Strings.For(content.Settings.Language, content.Settings.Language);
        var spanish = content.Strings.For(Spanish, content.Settings.Language);
        var words = english
            .Where(pair => !pair.Key.StartsWith("date_format", StringComparison.Ordinal) && !pair.Key.StartsWith("number_", StringComparison.Ordinal)
                && pair.Key != OrdinaryWordsKey && pair.Value != spanish[pair.Key])
            .SelectMany(pair => Placeholder().Split(pair.Value).Select(part => new EnglishWords(pair.Key, part.Trim().TrimEnd(':'))))
            .Where(part => part.Text.Length > 0 && (part.Text.Contains(' ', StringComparison.Ordinal) || !Placeholder().IsMatch(english[part.Key])))
            .ToList();
        words.ShouldContain(part => part.Text == "Link to the section");
        return words.Concat(content.Settings.Topics
                .Where(topic => topic.Translations.GetValueOrDefault(Spanish)?.Title != topic.Title)
                .Select(topic => new EnglishWords($"the topic {topic.Tag}", topic.Title)))
            .ToList();
    }

    /// <summary>
    /// Fixed words of an English interface string. A single word is English when it is the whole text (a label such
    /// as "Status:"); several words when the text holds them, as a label before a heading does.
    /// </summary>
    private sealed record EnglishWords(string Key, string Text)
    {
        // Made once: the static Regex methods cache only the last 15 patterns, and every page's texts meet them all.
        private readonly Regex? _phrase = Text.Contains(' ', StringComparison.Ordinal)
            ? new Regex($@"(^|\W){Regex.Escape(Text)}(\W|$)", RegexOptions.IgnoreCase)
            : null;

        public bool IsIn(string text) => _phrase?.IsMatch(text)
            ?? string.Equals(text.TrimEnd(':'), Text, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex EnglishMonth();
}
