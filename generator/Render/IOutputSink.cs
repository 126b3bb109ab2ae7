namespace KnowledgeBase.Render;

/// <summary>
/// Where the render stage hands each file as soon as it is rendered (the emit stage's staging folder, or nowhere
/// for `check`), so that a large site is never held in memory whole. Called from one thread at a time.
/// </summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
