using System.IO.Compression;
using KnowledgeBase.Render;

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

    public static IReadOnlyList<OutputFile> AddCompressedCopies(IReadOnlyList<OutputFile> files) =>
        files.Concat(files
                .Where(file => TextExtensions.Contains(Path.GetExtension(file.RelativePath)) && file.Bytes.Length >= MinimumBytes)
                .AsParallel()
                .AsOrdered()
                .SelectMany(file => new[]
                {
                    new OutputFile(file.RelativePath + ".br", Compress(file.Bytes, output => new BrotliStream(output, CompressionLevel.SmallestSize))),
                    new OutputFile(file.RelativePath + ".gz", Compress(file.Bytes, output => new GZipStream(output, CompressionLevel.SmallestSize))),
                }))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
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
