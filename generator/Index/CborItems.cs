using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace KnowledgeBase.Index;

/// <summary>
/// Reads and writes the CBOR items of Pagefind's index files (lists, texts and numbers, of definite length, as Pagefind
/// writes them). System.Formats.Cbor's reader checks each item as it goes, and over a large site's index, which every
/// build that changes an indexed page reads, it took several times as long (docs/performance.md, "Index parts of words
/// on nearly every page").
/// </summary>
public ref struct CborItems(ReadOnlySpan<byte> bytes)
{
    private const int Array = 4;
    private const int Text = 3;

    private readonly ReadOnlySpan<byte> _bytes = bytes;

    /// <summary>Where the next item begins.</summary>
    public int Position { get; private set; }

    /// <summary>Whether the next item is a list.</summary>
    public readonly bool AtList => _bytes[Position] >> 5 == Array;

    /// <summary>Reads the start of a list; returns how many items it holds.</summary>
    public int ReadList() => checked((int)ReadHead(Array));

    /// <summary>Reads a text.</summary>
    public string ReadText()
    {
        var length = checked((int)ReadHead(Text));
        var text = Encoding.UTF8.GetString(_bytes.Slice(Position, length));
        Position += length;
        return text;
    }

    /// <summary>Reads a number (an unsigned integer).</summary>
    public ulong ReadNumber() => ReadHead(0);

    /// <summary>Skips the next <paramref name="items"/> items, lists and all they hold.</summary>
    public void Skip(int items)
    {
        for (var item = 0; item < items; item++)
        {
            Skip();
        }
    }

    /// <summary>Skips the next item, lists and all they hold.</summary>
    public void Skip()
    {
        var major = _bytes[Position] >> 5;
        var argument = ReadHead(major);
        switch (major)
        {
            case 2 or Text:
                Position += checked((int)argument);
                break;
            case Array or 5:
                for (var item = 0UL; item < (major == Array ? argument : 2 * argument); item++)
                {
                    Skip();
                }

                break;
            case 6:
                Skip();
                break;
        }
    }

    /// <summary>Writes the start of a list of this many items.</summary>
    public static void WriteList(IBufferWriter<byte> output, int count) => WriteHead(output, Array, (ulong)count);

    /// <summary>Writes a text.</summary>
    public static void WriteText(IBufferWriter<byte> output, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        WriteHead(output, Text, (ulong)bytes.Length);
        output.Write(bytes);
    }

    /// <summary>Reads an item's head, which must be of this major type; returns its number (a length, for a list or text).</summary>
    private ulong ReadHead(int major)
    {
        var initial = _bytes[Position++];
        if (initial >> 5 != major)
        {
            throw new InvalidDataException($"Expected CBOR major type {major} at byte {Position - 1}, found {initial >> 5}.");
        }

        var size = initial & 31;
        switch (size)
        {
            case < 24:
                return (ulong)size;
            case 24:
                return _bytes[Position++];
            case 25:
                Position += 2;
                return BinaryPrimitives.ReadUInt16BigEndian(_bytes[(Position - 2)..]);
            case 26:
                Position += 4;
                return BinaryPrimitives.ReadUInt32BigEndian(_bytes[(Position - 4)..]);
            case 27:
                Position += 8;
                return BinaryPrimitives.ReadUInt64BigEndian(_bytes[(Position - 8)..]);
            default:
                throw new InvalidDataException($"CBOR item of indefinite or reserved length at byte {Position - 1}.");
        }
    }

    /// <summary>Writes a head in its shortest form, as Pagefind's encoder does.</summary>
    private static void WriteHead(IBufferWriter<byte> output, int major, ulong argument)
    {
        var span = output.GetSpan(9);
        var type = (byte)(major << 5);
        var length = argument switch
        {
            < 24 => Put(span, (byte)(type | (byte)argument), 0),
            <= byte.MaxValue => Put(span, (byte)(type | 24), 1),
            <= ushort.MaxValue => Put(span, (byte)(type | 25), 2),
            <= uint.MaxValue => Put(span, (byte)(type | 26), 4),
            _ => Put(span, (byte)(type | 27), 8),
        };
        for (var i = 0; i < length - 1; i++)
        {
            span[length - 1 - i] = (byte)(argument >> (8 * i));
        }

        output.Advance(length);
    }

    private static int Put(Span<byte> span, byte initial, int argumentBytes)
    {
        span[0] = initial;
        return 1 + argumentBytes;
    }
}
