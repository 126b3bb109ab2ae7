namespace KnowledgeBase.Render;

/// <summary>Reading back what a <see cref="FileFactStore{T}"/> wrote, where a damaged file can give any number as a count.</summary>
internal static class StoredValues
{
    /// <summary>A count or position; a negative one means the file is damaged.</summary>
    public static int ReadNonNegative(this BinaryReader reader) =>
        reader.Read7BitEncodedInt() is >= 0 and var count ? count : throw new FormatException("a negative count or position");

    /// <summary>A counted list, its room made for at most 1,024 items at first, so that a damaged count ends in a failed read, not in one huge allocation.</summary>
    public static List<T> ReadList<T>(this BinaryReader reader, Func<T> read)
    {
        var count = reader.ReadNonNegative();
        var items = new List<T>(Math.Min(count, 1024));
        for (var index = 0; index < count; index++)
        {
            items.Add(read());
        }

        return items;
    }
}
