using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace KnowledgeBase.Render.Images;

/// <summary>
/// Writes a PNG of at most 256 colours: one byte per pixel naming an entry of a palette. A preview image is flat
/// colour and text in two colours, so a palette holds it, and a byte per pixel instead of Skia's four (it has no palette
/// mode) compresses faster into smaller files (docs/performance.md).
/// </summary>
public static class IndexedPng
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// zlib's level 2 instead of its default 6: a preview image is mostly long runs of one index (background, accent
    /// bar, the inside of letters), which the faster levels find as well, in less than half the time; files a little
    /// larger cost little, as a cold build paints one per article and a link preview fetches it once (docs/performance.md).
    /// </summary>
    private static readonly ZLibCompressionOptions CompressionOptions = new() { CompressionLevel = 2 };

    /// <summary>
    /// <paramref name="palette"/> holds one red, green, blue triple per colour; <paramref name="rows"/> holds each
    /// row's filter byte (0: none, the usual choice for a palette) followed by its <paramref name="width"/> indices.
    /// </summary>
    public static byte[] Encode(int width, int height, ReadOnlySpan<byte> palette, ReadOnlySpan<byte> rows)
    {
        if (palette.Length % 3 != 0 || palette.Length / 3 is < 1 or > 256)
        {
            throw new ArgumentException("a palette holds 1 to 256 red, green, blue triples", nameof(palette));
        }

        if (rows.Length != (width + 1) * height)
        {
            throw new ArgumentException($"expected {height} rows of a filter byte and {width} indices", nameof(rows));
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per index
        header[9] = 3; // colour type: palette

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionOptions, leaveOpen: true))
        {
            zlib.Write(rows);
        }

        var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "PLTE", palette);
        WriteChunk(png, "IDAT", compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = new Crc32();
        crc.Append(typeBytes);
        crc.Append(data);
        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, crc.GetCurrentHashAsUInt32());
        png.Write(checksum);
    }
}
