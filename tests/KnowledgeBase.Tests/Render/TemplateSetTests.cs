using System.Text;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

public sealed class TemplateSetTests
{
    /// <summary>A view model whose text a template may write escaped, or as it is under the name *_html.</summary>
    public sealed record Note(string Text)
    {
        public string TextHtml => Text;
    }

    /// <summary>A note whose text cannot be read, as a view model whose property fails while its page renders.</summary>
    public sealed record Unreadable
    {
        public string TextHtml => throw new InvalidOperationException("the text cannot be read");
    }

    private static TemplateSet Templates(string page, string card, string layout = "")
    {
        var sources = TemplateSet.RequiredNames
            .Select(name => new TemplateSource(name, $"templates/{name}.html", name switch
            {
                "page" => page,
                "card-snippet" => card,
                "layout" => layout,
                _ => "",
            }))
            .ToList();
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Parse(sources, diagnostics);
        diagnostics.Sorted().ShouldBeEmpty();
        return templates!;
    }

    [Fact]
    public void A_template_with_many_syntax_errors_lists_the_first_twenty_and_says_how_many_more_there_are()
    {
        var broken = new string('{', 32);
        var sources = TemplateSet.RequiredNames.Select(name => new TemplateSource(name, $"templates/{name}.html", name == "page" ? broken : "")).ToList();
        var diagnostics = new DiagnosticBag();

        TemplateSet.Parse(sources, diagnostics).ShouldBeNull();

        var errors = diagnostics.Sorted().Where(error => error.Location.Path == "templates/page.html").ToList();
        errors.Count.ShouldBe(21);
        errors.ShouldContain(error => error.Message == "and 10 more errors from here on, not listed; fix the ones above and check again");
    }

    [Fact]
    public void A_file_rendered_as_UTF_8_has_the_bytes_of_the_text_rendered_with_accents_symbols_and_emoji()
    {
        var templates = Templates("<p>{{ model.text | html.escape }}</p><p>{{ model.text_html }}</p>{{ include \"card-snippet\" model }}", "<b>{{ $1.text_html }}</b>");
        var note = new Note("Crème brûlée — 5 € & <more> 😀");

        var bytes = templates.RenderFile("page", note);

        bytes.ShouldBe(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(templates.Render("page", note)));
        Encoding.UTF8.GetString(bytes).ShouldBe("<p>Cr&#232;me br&#251;l&#233;e — 5 € &amp; &lt;more&gt; &#128512;</p><p>Crème brûlée — 5 € & <more> 😀</p><b>Crème brûlée — 5 € & <more> 😀</b>");
    }

    [Fact]
    public void Each_file_holds_only_its_own_page_when_one_thread_renders_several()
    {
        var templates = Templates("<p>{{ model.text_html }}</p>", "");

        var first = templates.RenderFile("page", new Note("first, and longer than the second"));
        var second = templates.RenderFile("page", new Note("second"));

        Encoding.UTF8.GetString(first).ShouldBe("<p>first, and longer than the second</p>");
        Encoding.UTF8.GetString(second).ShouldBe("<p>second</p>");
        templates.Render("page", new Note("as text")).ShouldBe("<p>as text</p>");
    }

    [Fact]
    public void A_page_and_a_value_of_several_megabytes_are_written_whole_not_cut_short()
    {
        var templates = Templates("<main>{{ model.text_html }}{{ model.text_html }}</main>", "");
        var text = new string('x', 3 * 1024 * 1024);

        Encoding.UTF8.GetString(templates.RenderFile("page", new Note(text))).ShouldBe($"<main>{text}{text}</main>");
        templates.Render("page", new Note(text)).ShouldEndWith("x</main>");
    }

    [Fact]
    public void A_page_in_its_layout_has_the_bytes_of_the_layout_rendered_with_the_page_s_text_wherever_it_is_written()
    {
        var templates = Templates("<p>{{ model.text | html.escape }}</p>", "", "<html>{{ model.text_html }}<footer>{{ model.text_html }}</footer> 😀</html>");
        var note = new Note("Crème brûlée — 5 € & <more> 😀");

        var bytes = templates.RenderInLayout("page", note, contentHtml => new Note(contentHtml));

        var page = templates.Render("page", note);
        Encoding.UTF8.GetString(bytes).ShouldBe(templates.Render("layout", new Note(page)));
        Encoding.UTF8.GetString(bytes).ShouldBe($"<html>{page}<footer>{page}</footer> 😀</html>");
    }

    [Fact]
    public void A_page_whose_template_fails_leaves_nothing_of_itself_in_the_next_page()
    {
        var templates = Templates("<p>{{ model.text_html }}</p>", "", "<html>{{ model.text_html }}</html>");
        Should.Throw<Exception>(() => templates.RenderInLayout("page", new Unreadable(), contentHtml => new Note(contentHtml)));

        var bytes = templates.RenderInLayout("page", new Note("next"), contentHtml => new Note(contentHtml));

        Encoding.UTF8.GetString(bytes).ShouldBe("<html><p>next</p></html>");
    }
}
