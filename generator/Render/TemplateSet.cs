using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using Scriban;
using Scriban.Runtime;

namespace KnowledgeBase.Render;

/// <summary>
/// The site's Scriban templates, each parsed once per build. Templates only lay out view models, so the
/// renaming of C# members to snake_case is the only convention they rely on.
/// </summary>
public sealed class TemplateSet
{
    public static readonly IReadOnlyList<string> RequiredNames =
        ["layout", "home", "article", "page", "link-panel", "card-snippet", "embed-snippet", "embed", "redirect", "not-found", "reference", "bibliography",
         "section-heading", "regulatory-box", "evidence-matrix", "price-list", "comparison-table", "study-cards", "evidence"];

    private readonly Dictionary<string, Template> _templates;
    private readonly ThreadLocal<TemplateContext> _contexts = new(NewContext);

    private TemplateSet(Dictionary<string, Template> templates) => _templates = templates;

    /// <summary>Parses every template, reporting syntax errors and missing templates as diagnostics.</summary>
    public static TemplateSet? Parse(IReadOnlyList<TemplateSource> sources, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var template = Template.Parse(source.Text, source.Path);
            foreach (var message in template.Messages)
            {
                diagnostics.Error(DiagnosticCode.InvalidTemplate,
                    new SourceLocation(source.Path, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
            }

            templates[source.Name] = template;
        }

        foreach (var name in RequiredNames.Where(name => !templates.ContainsKey(name)))
        {
            diagnostics.Error(DiagnosticCode.InvalidTemplate, SourceLocation.StartOf($"templates/{name}.html"), $"the template '{name}.html' is missing");
        }

        return diagnostics.HasErrors ? null : new TemplateSet(templates);
    }

    /// <summary>Renders the named template with <paramref name="model"/> exposed as <c>model</c>. Safe to call from several threads.</summary>
    public string Render(string name, object model)
    {
        var context = _contexts.Value!;
        var globals = new ScriptObject();
        globals.SetValue("model", model, readOnly: true);
        context.PushGlobal(globals);
        try
        {
            return _templates[name].Render(context);
        }
        finally
        {
            context.Reset();
        }
    }

    /// <summary>
    /// One context per thread, reused for every page that thread renders: a context caches how to read each view
    /// model type, so a fresh context per page would reflect over the same types again for every page.
    /// </summary>
    private static TemplateContext NewContext() =>
        new() { MemberRenamer = StandardMemberRenamer.Default, StrictVariables = true, LoopLimit = 0 };
}
