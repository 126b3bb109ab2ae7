namespace KnowledgeBase.Building;

/// <summary>
/// The pipeline stages in order, reported as a build progresses so long builds can show where they are. Render writes
/// each page to the staging folder as it goes; emit swaps that folder into place once the index stage has indexed it.
/// </summary>
public enum BuildStage
{
    Load,
    Validate,
    Link,
    Render,
    Index,
    Emit,
}
