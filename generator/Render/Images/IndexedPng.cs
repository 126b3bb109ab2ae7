using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

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

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per index
        header[9] = 3; // colour type: palette
        header[10..].Clear();

        // Compressed into a pooled buffer that holds any outcome, and copied once into a file of the exact size: streams
        // that grow by doubling allocated several times each image's size (docs/performance.md).
        var compressed = ArrayPool<byte>.Shared.Rent(CompressedBound(rows.Length));
        try
        {
            int compressedLength;
            using (var stream = new MemoryStream(compressed, 0, compressed.Length, writable: true))
            {
                using (var zlib = new ZLibStream(stream, CompressionOptions, leaveOpen: true))
                {
                    zlib.Write(rows);
                }

                compressedLength = (int)stream.Position;
            }

            var png = new byte[Signature.Length + (4 * ChunkFrame) + header.Length + palette.Length + compressedLength];
            Signature.CopyTo(png, 0);
            var written = Signature.Length;
            written += WriteChunk(png.AsSpan(written), "IHDR"u8, header);
            written += WriteChunk(png.AsSpan(written), "PLTE"u8, palette);
            written += WriteChunk(png.AsSpan(written), "IDAT"u8, compressed.AsSpan(0, compressedLength));
            WriteChunk(png.AsSpan(written), "IEND"u8, []);
            return png;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
        }
    }

    /// <summary>The bytes of a chunk besides its data: length, type and checksum.</summary>
    private const int ChunkFrame = 12;

    /// <summary>
    /// More than zlib's output can take for <paramref name="length"/> bytes of input: at most nine bits a byte (fixed
    /// codes, which zlib-ng's fastest levels use), its wrapper and block headers.
    /// </summary>
    private static int CompressedBound(int length) => length + (length >> 3) + (length >> 6) + 64;

    /// <summary>Writes one chunk at the start of <paramref name="destination"/>; returns its length.</summary>
    private static int WriteChunk(Span<byte> destination, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(destination, data.Length);
        type.CopyTo(destination[4..]);
        data.CopyTo(destination[8..]);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(destination[(8 + data.Length)..], crc.GetCurrentHashAsUInt32());
        return ChunkFrame + data.Length;
    }
}
