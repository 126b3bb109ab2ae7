namespace KnowledgeBase.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop the build, warnings do not (unless --strict).</summary>
public enum Severity
{
    Warning,
    Error,
}
