using System.IO.Compression;

namespace KnowledgeBase.Emit;

/// <summary>
/// Adds .br and .gz copies of text files (build --precompress) for servers that send them as they are,
/// saving the CPU of compressing each request. Both encoders are deterministic for the same input.
/// </summary>
public static class Precompression
{
    private static readonly HashSet<string> TextExtensions =
        new([".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".bib", ".ris", ".map"], StringComparer.Ordinal);

    /// <summary>Files too small to gain from compression are left alone, as servers do.</summary>
    private const int MinimumBytes = 256;

    /// <summary>
    /// Writes the .br and .gz copies of the text files among <paramref name="outputPaths"/> beside them in
    /// <paramref name="folder"/>, on every core, reading each file back from the folder the build wrote it to. Returns
    /// the copies written, relative to the folder.
    /// </summary>
    public static IReadOnlyList<string> AddCompressedCopies(string folder, IEnumerable<string> outputPaths) =>
        outputPaths
            .Where(path => TextExtensions.Contains(Path.GetExtension(path)))
            .AsParallel()
            .SelectMany(relativePath =>
            {
                var path = Path.Combine(folder, relativePath);
                var bytes = File.ReadAllBytes(path);
                if (bytes.Length < MinimumBytes)
                {
                    return (string[])[];
                }

                File.WriteAllBytes(path + ".br", Compress(bytes, output => new BrotliStream(output, CompressionLevel.SmallestSize)));
                File.WriteAllBytes(path + ".gz", Compress(bytes, output => new GZipStream(output, CompressionLevel.SmallestSize)));
                return [relativePath + ".br", relativePath + ".gz"];
            })
            .ToList();

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream();
        using (var compressor = encoder(output))
        {
            compressor.Write(bytes);
        }

        return output.ToArray();
    }
}
