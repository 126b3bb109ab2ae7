namespace KnowledgeBase.Diagnostics;

/// <summary>One problem found in the content, reported as a value, never thrown.</summary>
public sealed record Diagnostic(DiagnosticCode Code, Severity Severity, SourceLocation Location, string Message)
{
    /// <summary>The one-line form editors and CI read: <c>path:line:col: error KB001: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code.Id}: {Message}";
}
