namespace KnowledgeBase.Building;

/// <summary>The pipeline stages in order, reported as a build progresses so long builds can show where they are.</summary>
public enum BuildStage
{
    Load,
    Validate,
    Link,
    Render,
    Emit,
    Index,
}
