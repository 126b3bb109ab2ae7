namespace KnowledgeBase.Content;

/// <summary>Every reference by key (the file name in content/references/), in key order.</summary>
public sealed class ReferenceLibrary
{
    private readonly Dictionary<string, ReferenceRecord> _byKey;

    public ReferenceLibrary(IEnumerable<ReferenceRecord> references)
    {
        _byKey = new Dictionary<string, ReferenceRecord>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            _byKey.TryAdd(reference.Key, reference);
        }

        KeySet = new SortedSet<string>(_byKey.Keys, StringComparer.Ordinal);
        All = _byKey.Values.OrderBy(reference => reference.Key, StringComparer.Ordinal).ToList();
    }

    public static ReferenceLibrary Empty { get; } = new([]);

    /// <summary>Every reference, ordered by key.</summary>
    public IReadOnlyList<ReferenceRecord> All { get; }

    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>Every key, for checking whether one exists.</summary>
    public IReadOnlySet<string> KeySet { get; }

    public ReferenceRecord? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The reference with this key; keys reaching rendering were checked by validation.</summary>
    public ReferenceRecord this[string key] =>
        _byKey.TryGetValue(key, out var reference) ? reference : throw new KeyNotFoundException($"no reference '{key}' (validation should have reported it)");
}
