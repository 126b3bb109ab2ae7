using KnowledgeBase.Render;

namespace KnowledgeBase.Emit;

/// <summary>
/// Writes each rendered file into a folder (the build's staging folder) as soon as it is rendered, so that memory
/// holds a few pages at a time rather than the whole site. Given the previous build's output, a file that has the
/// same bytes there is linked to it instead of written, and so are the files the build kept without rendering them.
/// </summary>
public sealed class FolderSink(string folder, PreviousOutput? previous = null) : IOutputSink
{
    private readonly HashSet<string> _createdFolders = new(StringComparer.Ordinal);
    private readonly List<string> _written = [];

    /// <summary>The files written with new bytes, not linked to the previous output's.</summary>
    public IReadOnlyList<string> Written => _written;

    public void Add(OutputFile file)
    {
        if (previous?.HasBytes(file.RelativePath, file.Bytes) == true)
        {
            Keep(file.RelativePath);
            return;
        }

        File.WriteAllBytes(PathFor(file.RelativePath), file.Bytes);
        _written.Add(file.RelativePath);
    }

    /// <summary>Stages the previous output's file under the same name; only for files the previous output holds.</summary>
    public void Keep(string relativePath) =>
        HardLink.LinkOrCopy((previous ?? throw new InvalidOperationException("there is no previous output to keep files from")).PathOf(relativePath), PathFor(relativePath));

    private string PathFor(string relativePath)
    {
        var path = Path.Combine(folder, relativePath);
        var parent = Path.GetDirectoryName(path)!;
        if (_createdFolders.Add(parent))
        {
            Directory.CreateDirectory(parent);
        }

        return path;
    }
}
