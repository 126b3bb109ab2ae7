using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// Holds the files of an incremental rebuild (serve) until the build is known to be good: those are the few pages
/// an edit touched, and writing them only then keeps the last good site served when the edit has an error.
/// </summary>
public sealed class MemorySink : IOutputSink
{
    private readonly List<OutputFile> _files = [];

    public IReadOnlyList<OutputFile> Files => _files;

    public void Add(OutputFile file) => _files.Add(file);
}
