using AssetBank.Core.Tagging;

namespace AssetBank.Search.Collecting;

/// <summary>
/// Process-wide small integer ids for groups and dimension terms, shared by all segments, so that per-query counts are
/// plain arrays indexed by id and no segment's counts need translating. Id 0 means "none".
/// </summary>
internal sealed class OrdinalRegistry
{
    /// <summary>Ids above this are not handed out: whatever would need one is not counted (a taxonomy has hundreds of terms).</summary>
    public const int MaxId = ushort.MaxValue - 1;

    private readonly Lock _gate = new();
    private readonly Dictionary<(GroupKey?, TagDimension, string?), ushort> _ids = [];
    private OrdinalEntry[] _entries = [new OrdinalEntry(null, default, null)];

    /// <summary>Ids handed out so far plus one (arrays of this length can be indexed by any id).</summary>
    public int Count => Volatile.Read(ref _entries).Length;

    public OrdinalEntry this[int id] => Volatile.Read(ref _entries)[id];

    public ushort Group(GroupKey key) => IdOf(key, default, null);

    public ushort Term(TagDimension dimension, string termId) => IdOf(null, dimension, termId);

    private ushort IdOf(GroupKey? group, TagDimension dimension, string? termId)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue((group, dimension, termId), out var id))
            {
                return id;
            }

            var entries = _entries;
            if (entries.Length > MaxId)
            {
                return 0;
            }

            id = (ushort)entries.Length;
            var grown = new OrdinalEntry[entries.Length + 1];
            entries.CopyTo(grown, 0);
            grown[id] = new OrdinalEntry(group, dimension, termId);
            Volatile.Write(ref _entries, grown);
            _ids[(group, dimension, termId)] = id;
            return id;
        }
    }
}
