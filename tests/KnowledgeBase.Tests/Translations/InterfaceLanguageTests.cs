using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>
/// Every page of the real site's Spanish edition speaks Spanish (WCAG 3.1.2): none of the English interface words
/// of i18n/en.yml, no English month, outside an element marked lang="en"; and every link to an English page says so
/// with hreflang="en".
/// </summary>
public sealed partial class InterfaceLanguageTests(RealSite site) : IClassFixture<RealSite>
{
    private const string Spanish = "es";

    [Fact]
    public void Spanish_pages_show_no_English_interface_words_outside_an_element_marked_as_English()
    {
        var english = EnglishInterfaceWords();
        var problems = new List<string>();

        foreach (var (path, page) in SpanishPages())
        {
            foreach (var text in TextOutsideEnglish(page))
            {
                problems.AddRange(english.Where(words => words.IsIn(text)).Select(words => $"{path}: \"{text}\" holds the English \"{words.Text}\" ({words.Key})"));
                if (EnglishMonth().Match(text) is { Success: true } month)
                {
                    problems.Add($"{path}: \"{text}\" names the English month {month.Value}");
                }
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_link_from_a_Spanish_page_to_an_English_page_has_hreflang_en()
    {
        var problems = SpanishPages()
            .SelectMany(page => page.Document.QuerySelectorAll("a[href^='/']")
                .Where(link => !link.GetAttribute("href")!.StartsWith($"/{Spanish}/", StringComparison.Ordinal) && link.GetAttribute("hreflang") != "en")
                .Select(link => $"{page.Path}: <a href=\"{link.GetAttribute("href")}\"> {link.TextContent.Trim()}"))
            .ToList();

        problems.ShouldBeEmpty();
    }

    private IEnumerable<(string Path, IDocument Document)> SpanishPages()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(Path.Combine(site.Output, Spanish), "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        pages.ShouldNotBeEmpty();
        return pages.Select(file => (Path.GetRelativePath(site.Output, file), (IDocument)parser.ParseDocument(File.ReadAllText(file))));
    }

    /// <summary>
    /// The text readers meet (each element's own text, and the labels screen readers read out) outside lang="en". A
    /// citation's label names its source, which may be a reference's original title, and an attribute cannot mark it.
    /// </summary>
    private static IEnumerable<string> TextOutsideEnglish(IDocument page) =>
        page.Body!.QuerySelectorAll("*")
            .Where(element => element.LocalName is not ("script" or "style") && element.Closest("[lang]")?.GetAttribute("lang") != "en")
            .SelectMany(element => element.ChildNodes.OfType<IText>().Select(text => text.Data)
                .Concat(new[] { "aria-label", "title", "alt", "placeholder" }
                    .Where(attribute => !(attribute == "aria-label" && element.ClassList.Contains("citation-link")))
                    .Select(element.GetAttribute).OfType<string>()))
            .Select(text => WhiteSpace().Replace(text, " ").Trim())
            .Where(text => text.Length > 0);

    /// <summary>The strings of i18n/en.yml that Spanish writes otherwise, as the fixed words a page would show of each.</summary>
    private static List<EnglishWords> EnglishInterfaceWords()
    {
        var content = new SiteLoader(RepositoryPaths.Root).Load(new DiagnosticBag());
        var english = content.Strings.For(content.Settings.Language, content.Settings.Language);
        var spanish = content.Strings.For(Spanish, content.Settings.Language);
        var words = english
            .Where(pair => !pair.Key.StartsWith("date_format", StringComparison.Ordinal) && !pair.Key.StartsWith("number_", StringComparison.Ordinal)
                && pair.Value != spanish[pair.Key])
            .SelectMany(pair => Placeholder().Split(pair.Value).Select(part => new EnglishWords(pair.Key, part.Trim().TrimEnd(':'))))
            .Where(part => part.Text.Length > 0 && (part.Text.Contains(' ', StringComparison.Ordinal) || !Placeholder().IsMatch(english[part.Key])))
            .ToList();
        words.ShouldContain(part => part.Text == "Link to the section");
        return words;
    }

    /// <summary>
    /// Fixed words of an English interface string. A single word is English when it is the whole text (a label such
    /// as "Status:"); several words when the text holds them, as a label before a heading does.
    /// </summary>
    private sealed record EnglishWords(string Key, string Text)
    {
        public bool IsIn(string text) => Text.Contains(' ', StringComparison.Ordinal)
            ? Regex.IsMatch(text, $@"(^|\W){Regex.Escape(Text)}(\W|$)", RegexOptions.IgnoreCase)
            : string.Equals(text.TrimEnd(':'), Text, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex EnglishMonth();
}
