using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using KnowledgeBase.Blocks;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace KnowledgeBase.Render;

/// <summary>
/// The site's Scriban templates, each parsed once per build. Templates only lay out view models, so the
/// renaming of C# members to snake_case is the only convention they rely on. A template may lay out a part
/// that several pages share with another template: <c>{{ include "article-list" m.related }}</c>, where the
/// included template reads its argument as <c>$1</c>.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The templates of the pages and of each structured evidence block (the evidence page shares the evidence table's).</summary>
    public static readonly IReadOnlyList<string> RequiredNames = new[]
        {
            "layout", "home", "article", "page", "link-panel", "card-snippet", "embed-snippet", "embed", "redirect", "not-found", "reference", "bibliography",
            "section-heading", "evidence-matrix", "evidence", "topic", "topics", "glossary", "article-list", "people", "pagination",
            "translations",
        }
        .Concat(EvidenceBlockRegistry.All.Select(block => block.Template))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The site's templates are a few KB each; the template engine takes seconds to parse a file of a megabyte (a
    /// pasted or corrupted one), and would report an error for every one of its characters.
    /// </summary>
    private const int MaxTemplateCharacters = 128 * 1024;

    /// <summary>The first errors of a template show where it went wrong; the rest follow from them.</summary>
    private const int MaxMessagesPerTemplate = 20;

    private readonly Dictionary<string, Template> _templates;
    private readonly ThreadLocal<TemplateContext> _contexts;
    private readonly ThreadLocal<Utf8Output> _fileOutputs = new(() => new Utf8Output());
    private readonly ThreadLocal<Utf8Output> _contentOutputs = new(() => new Utf8Output());

    private TemplateSet(Dictionary<string, Template> templates)
    {
        _templates = templates;
        var accessors = new ConcurrentDictionary<Type, IObjectAccessor>();
        _contexts = new ThreadLocal<TemplateContext>(() => new SiteTemplateContext(accessors));
    }

    /// <summary>
    /// Parses every template, reporting syntax errors, values written without escaping (<see cref="UnescapedValueFinder"/>), missing
    /// templates and includes of templates that do not exist as diagnostics.
    /// </summary>
    public static TemplateSet? Parse(IReadOnlyList<TemplateSource> sources, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (source.Text.Length > MaxTemplateCharacters)
            {
                diagnostics.Error(DiagnosticCode.FileTooLarge, SourceLocation.StartOf(source.Path),
                    $"the template is {source.Text.Length / 1024} KB; templates are limited to {MaxTemplateCharacters / 1024} KB (move what is repeated into a template of its own and include it)");
                templates[source.Name] = Template.Parse("", source.Path);
                continue;
            }

            var template = Template.Parse(source.Text, source.Path);
            foreach (var message in template.Messages.Take(MaxMessagesPerTemplate))
            {
                diagnostics.Error(DiagnosticCode.InvalidTemplate,
                    new SourceLocation(source.Path, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
            }

            if (template.Messages.Count > MaxMessagesPerTemplate)
            {
                var last = template.Messages[MaxMessagesPerTemplate].Span.Start;
                diagnostics.Error(DiagnosticCode.InvalidTemplate, new SourceLocation(source.Path, last.Line + 1, last.Column + 1),
                    $"and {template.Messages.Count - MaxMessagesPerTemplate} more errors from here on, not listed; fix the ones above and check again");
            }

            if (!template.HasErrors)
            {
                foreach (var (value, span) in UnescapedValueFinder.In(template))
                {
                    diagnostics.Error(DiagnosticCode.UnescapedTemplateValue, new SourceLocation(source.Path, span.Start.Line + 1, span.Start.Column + 1),
                        $"'{value}' is written into the page as it is: add '| html.escape', or, if it is HTML the generator built and escaped, name it '*_html'");
                }
            }

            templates[source.Name] = template;
        }

        foreach (var name in RequiredNames.Where(name => !templates.ContainsKey(name)))
        {
            diagnostics.Error(DiagnosticCode.InvalidTemplate, SourceLocation.StartOf($"templates/{name}.html"), $"the template '{name}.html' is missing");
        }

        foreach (var source in sources)
        {
            foreach (var (name, span) in IncludeFinder.NamesIncludedBy(templates[source.Name]).Where(include => !templates.ContainsKey(include.Name)))
            {
                diagnostics.Error(DiagnosticCode.InvalidTemplate, new SourceLocation(source.Path, span.Start.Line + 1, span.Start.Column + 1),
                    $"there is no template '{name}.html' to include{Suggestions.DidYouMean(name, templates.Keys)}");
            }
        }

        return diagnostics.HasErrors ? null : new TemplateSet(templates);
    }

    /// <summary>
    /// Renders the named template with <paramref name="model"/> exposed as <c>model</c> and the page language's interface
    /// strings (i18n/) as <c>strings</c>, which the template and those it includes read. Safe to call from several threads.
    /// </summary>
    public string Render(string name, object model, IReadOnlyDictionary<string, string>? strings = null) => RenderWith(name, model, strings, output: null);

    /// <summary>
    /// Renders the named template as a whole file, in UTF-8. The page is written into a buffer the thread reuses rather
    /// than built as a string first: a page as a string is large enough for the large object heap, which only full
    /// collections free (docs/performance.md). Safe to call from several threads.
    /// </summary>
    public byte[] RenderFile(string name, object model, IReadOnlyDictionary<string, string>? strings = null)
    {
        var output = _fileOutputs.Value!;
        RenderWith(name, model, strings, output);
        return output.TakeBytes();
    }

    /// <summary>
    /// Renders the named page template and the layout around it as a whole file, in UTF-8. The layout is given
    /// <see cref="ContentPlaceholder"/> for the page's HTML (<paramref name="layoutModel"/>), and the page's bytes go
    /// where it writes that string: the page is never built as a string, nor encoded twice. Safe to call from several threads.
    /// </summary>
    public byte[] RenderInLayout(string name, object model, Func<string, object> layoutModel, IReadOnlyDictionary<string, string>? strings = null)
    {
        var content = _contentOutputs.Value!;
        var output = _fileOutputs.Value!;
        try
        {
            RenderWith(name, model, strings, content);
            RenderWith("layout", layoutModel(ContentPlaceholder), strings, output);
            return output.BytesWith(content);
        }
        finally
        {
            // After a failure too: neither buffer may carry a page's bytes into the next.
            content.Clear();
            output.Clear();
        }
    }

    /// <summary>
    /// What the layout is given for the page's HTML in <see cref="RenderInLayout"/>: known by reference, so no text a
    /// page shows can be taken for it.
    /// </summary>
    private static readonly string ContentPlaceholder = new('\u2063', 1);

    /// <summary>Renders into <paramref name="output"/>, or into a string that is returned when it is null.</summary>
    private string RenderWith(string name, object model, IReadOnlyDictionary<string, string>? strings, Utf8Output? output)
    {
        var context = _contexts.Value!;
        var globals = new ScriptObject();
        globals.SetValue("model", model, readOnly: true);
        if (strings is not null)
        {
            globals.SetValue("strings", strings, readOnly: true);
        }

        context.PushGlobal(globals);
        ShareParsedIncludes(context);
        if (output is not null)
        {
            context.PushOutput(output);
        }

        try
        {
            // With an output of ours, the string Render returns is only that output's name; the bytes are in the output.
            return _templates[name].Render(context);
        }
        finally
        {
            // Also takes off the output pushed above.
            context.Reset();
        }
    }

    /// <summary>
    /// Template output encoded to UTF-8 as it is written, into a buffer kept for the next page. Where the layout writes
    /// <see cref="ContentPlaceholder"/>, nothing is written and the place is noted for the page's bytes.
    /// </summary>
    private sealed class Utf8Output : IScriptOutput
    {
        private readonly ArrayBufferWriter<byte> _bytes = new(64 * 1024);
        private readonly List<int> _contentPlaces = [];

        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        // An encoder keeps the first half of a surrogate pair split between two writes, so no character is mangled.
        private readonly Encoder _encoder = Utf8.GetEncoder();

        // The room asked for is the most the characters can take (a held half pair included), so they are read once.
        public void Write(string text, int offset, int count)
        {
            if (ReferenceEquals(text, ContentPlaceholder))
            {
                _contentPlaces.Add(_bytes.WrittenCount);
                return;
            }

            _bytes.Advance(_encoder.GetBytes(text.AsSpan(offset, count), _bytes.GetSpan(Utf8.GetMaxByteCount(count)), flush: false));
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        /// <summary>The bytes written since the last call, and a fresh start for the next page.</summary>
        public byte[] TakeBytes()
        {
            var bytes = Flushed().ToArray();
            Clear();
            return bytes;
        }

        /// <summary>The bytes written, with <paramref name="content"/>'s in each place noted for them; the caller clears both.</summary>
        public byte[] BytesWith(Utf8Output content)
        {
            var written = Flushed();
            var inserted = content.Flushed();
            var bytes = new byte[written.Length + _contentPlaces.Count * inserted.Length];
            var from = 0;
            var to = 0;
            foreach (var place in _contentPlaces)
            {
                written[from..place].CopyTo(bytes.AsSpan(to));
                to += place - from;
                inserted.CopyTo(bytes.AsSpan(to));
                to += inserted.Length;
                from = place;
            }

            written[from..].CopyTo(bytes.AsSpan(to));
            return bytes;
        }

        /// <summary>Forgets what was written, for the next page.</summary>
        public void Clear()
        {
            _encoder.Reset();
            _bytes.ResetWrittenCount();
            _contentPlaces.Clear();
        }

        private ReadOnlySpan<byte> Flushed()
        {
            _bytes.Advance(_encoder.GetBytes([], _bytes.GetSpan(Utf8.GetMaxByteCount(0)), flush: true));
            return _bytes.WrittenSpan;
        }
    }

    /// <summary>
    /// A context for one thread, reused for every page that thread renders. Scriban's <see cref="TemplateContext.Reset"/>
    /// after each page forgets how to read each view model type, and building that again reflects over the type and
    /// emits a property reader per member, for every page. So every context of the set shares one cache of those
    /// readers, which hold no per-page state (docs/performance.md).
    /// </summary>
    private sealed class SiteTemplateContext : TemplateContext
    {
        private readonly ConcurrentDictionary<Type, IObjectAccessor> _accessors;

        public SiteTemplateContext(ConcurrentDictionary<Type, IObjectAccessor> accessors)
        {
            _accessors = accessors;
            MemberRenamer = StandardMemberRenamer.Default;
            StrictVariables = true;
            LoopLimit = 0;
            // Scriban would cut a longer output short with "..." and carry on; a page over its limit is reported instead (KB019).
            LimitToString = 0;
            TemplateLoader = MissingInclude.Instance;
        }

        protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
            _accessors.GetOrAdd(target.GetType(), static (_, state) => state.Context.BaseAccessor(state.Target), (Context: this, Target: target));

        private IObjectAccessor BaseAccessor(object target) => base.GetMemberAccessorImpl(target) ?? NullAccessor.Default;
    }

    /// <summary>
    /// Hands <c>include</c> the templates parsed once for the build. Scriban keeps included templates in the context's
    /// cache, but resetting the context after each page empties that cache, so without this every include on every
    /// page would parse its template again (30,000 parses for a site of 5,000 articles).
    /// </summary>
    private void ShareParsedIncludes(TemplateContext context)
    {
        foreach (var (name, template) in _templates)
        {
            context.CachedTemplates[name] = template;
        }
    }

    /// <summary>
    /// The names a template includes as written text (<c>include "article-list"</c>), so that a misspelt name is
    /// reported at its line when the templates are parsed rather than failing the build half-way through rendering.
    /// </summary>
    private sealed class IncludeFinder : ScriptVisitor
    {
        private readonly List<(string Name, SourceSpan Span)> _found = [];

        public static IReadOnlyList<(string Name, SourceSpan Span)> NamesIncludedBy(Template template)
        {
            var finder = new IncludeFinder();
            finder.Visit(template.Page);
            return finder._found;
        }

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariable { Name: "include" } && node.Arguments is [ScriptLiteral { Value: string name }, ..])
            {
                _found.Add((name, node.Span));
            }

            base.Visit(node);
        }
    }

    /// <summary>
    /// Reached only by an include whose name is computed while rendering, since every site template is already in
    /// the context's cache and every name written as text was checked when the templates were parsed.
    /// </summary>
    private sealed class MissingInclude : ITemplateLoader
    {
        public static readonly MissingInclude Instance = new();

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new InvalidOperationException($"{callerSpan}: there is no template '{templatePath}.html' to include");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
