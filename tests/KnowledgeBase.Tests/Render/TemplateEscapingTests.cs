using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>A template that writes a value without escaping it is a template error (KB018), reported where the value is written.</summary>
public sealed class TemplateEscapingTests
{
    private static List<Diagnostic> Problems(string page)
    {
        var sources = TemplateSet.RequiredNames
            .Select(name => new TemplateSource(name, $"templates/{name}.html", name == "page" ? page : ""))
            .ToList();
        var diagnostics = new DiagnosticBag();
        TemplateSet.Parse(sources, diagnostics);
        return diagnostics.Sorted().ToList();
    }

    [Fact]
    public void A_value_written_without_escaping_is_an_error_at_its_line_and_column()
    {
        var problems = Problems("<h1>{{ model.title | html.escape }}</h1>\n<p>\n  {{ model.summary }}\n</p>\n");

        var problem = problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCode.UnescapedTemplateValue);
        problem.Severity.ShouldBe(Severity.Error);
        problem.Location.ShouldBe(new SourceLocation("templates/page.html", 3, 6));
        problem.Message.ShouldContain("'model.summary'");
    }

    [Fact]
    public void A_value_piped_through_another_filter_after_escaping_is_still_reported()
    {
        Problems("{{ model.title | html.escape | string.replace \"&amp;\" \"&\" }}").ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCode.UnescapedTemplateValue);
    }

    [Fact]
    public void A_loop_variable_takes_its_safety_from_the_list_it_runs_over()
    {
        var problems = Problems("{{ for block in model.blocks_html }}{{ block }}{{ end }}\n{{ for block in model.titles }}{{ block }}{{ end }}");

        problems.ShouldHaveSingleItem().Location.ShouldBe(new SourceLocation("templates/page.html", 2, 35));
    }

    [Fact]
    public void Escaped_values_values_named_html_literals_and_includes_are_not_reported()
    {
        Problems("""
            {{- m = model -}}
            <a href="{{ m.url | html.escape }}">{{ html.escape(m.title) }}</a>
            {{ m.tags | array.join ", " | html.escape }}
            {{ m.body_html }}{{ ( m.summary_html ) }}
            {{ "&nbsp;" }}
            {{ include "card-snippet" m }}
            """).ShouldBeEmpty();
    }

    [Fact]
    public void Build_fails_with_exit_code_1_when_a_template_forgets_to_escape_a_value()
    {
        using var site = new TestSite();
        var template = Path.Combine(site.Root, "templates", "article.html");
        var text = File.ReadAllText(template);
        const string escaped = "{{ m.title | html.escape }}";
        text.ShouldContain(escaped);
        var index = text.IndexOf(escaped, StringComparison.Ordinal);
        var line = text.AsSpan(0, index).Count('\n') + 1;
        var column = index - text.LastIndexOf('\n', index) + "{{ ".Length;
        File.WriteAllText(template, text.Replace(escaped, "{{ m.title }}", StringComparison.Ordinal));

        var (exitCode, output) = site.Run("build");

        exitCode.ShouldBe(ExitCodes.ContentErrors, output);
        output.ShouldContain($"templates/article.html:{line}:{column}: error KB018: 'm.title' is written into the page as it is");
    }
}
