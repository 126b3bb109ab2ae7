using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>Drops every file: `check` renders the whole site only to learn which URLs it would publish.</summary>
public sealed class DiscardingSink : IOutputSink
{
    public void Add(OutputFile file)
    {
    }
}
