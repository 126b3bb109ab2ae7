namespace KnowledgeBase.Building;

/// <summary>
/// Reports progress on the calling thread. <see cref="Progress{T}"/> posts to the thread pool, which would let
/// a progress bar show a stage after the build has already moved past it.
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
