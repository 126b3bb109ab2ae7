using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// Writes each rendered file into a folder (the build's staging folder) as soon as it is rendered, so that memory
/// holds a few pages at a time rather than the whole site.
/// </summary>
public sealed class FolderSink(string folder) : IOutputSink
{
    private readonly HashSet<string> _createdFolders = new(StringComparer.Ordinal);

    public void Add(OutputFile file)
    {
        var path = Path.Combine(folder, file.RelativePath);
        var parent = Path.GetDirectoryName(path)!;
        if (_createdFolders.Add(parent))
        {
            Directory.CreateDirectory(parent);
        }

        File.WriteAllBytes(path, file.Bytes);
    }
}
