using AssetBank.Core.Tagging;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AssetBank.Search.Collecting;

/// <summary>
/// Feeds the top-hits collector and, over every matching document, counts kind × channel groups and dimension terms
/// (the facet module is not available), and keeps each group's best documents when asked.
/// </summary>
/// <remarks>
/// Counts are one array indexed by registry id (<see cref="OrdinalRegistry"/>), read from each document's packed record
/// (<see cref="SegmentOrdinals"/>): a few increments per document, no per-segment translation.
/// </remarks>
internal sealed class SearchCollector : ICollector
{
    private readonly ICollector _top;
    private readonly OrdinalCache _cache;
    private readonly bool _countFacets;
    private readonly int _hitsPerGroup;
    private readonly bool _byDate;
    private readonly Dictionary<GroupKey, long> _groups = [];
    private readonly Dictionary<string, long>[] _terms = TagDimensions.All.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();

    private int[] _counts = [];
    private PriorityQueue<GroupHit, double>?[] _groupQueues = [];
    private Scorer? _scorer;
    private int _docBase;
    private ushort[]? _packed;
    private Dictionary<int, ushort[]>? _overflow;
    private NumericDocValues? _created;

    private readonly string _sortField;

    /// <param name="sortField">With <paramref name="byDate"/>: the numeric doc-values field hits are ranked by (date or engagement).</param>
    public SearchCollector(ICollector top, OrdinalCache cache, bool countFacets, int hitsPerGroup, bool byDate, string sortField = SearchFields.CreatedSort)
    {
        _sortField = sortField;
        _top = top;
        _cache = cache;
        _countFacets = countFacets;
        _hitsPerGroup = Math.Max(0, hitsPerGroup);
        _byDate = byDate;
    }

    public bool AcceptsDocsOutOfOrder => _top.AcceptsDocsOutOfOrder;

    /// <summary>Matching documents per kind and channel (after <see cref="Finish"/>).</summary>
    public IReadOnlyDictionary<GroupKey, long> Groups => _groups;

    /// <summary>Per group, its best documents, best first (after <see cref="Finish"/>).</summary>
    public Dictionary<GroupKey, IReadOnlyList<GroupHit>> GroupTopDocs { get; } = [];

    /// <summary>Matching documents per term id, per dimension (after <see cref="Finish"/>).</summary>
    public IReadOnlyDictionary<string, long> TermCounts(TagDimension dimension) => _terms[(int)dimension];

    public void SetScorer(Scorer scorer)
    {
        _scorer = _hitsPerGroup > 0 && !_byDate ? new ScoreCachingWrappingScorer(scorer) : scorer;
        _top.SetScorer(_scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _top.SetNextReader(context);
        _docBase = context.DocBase;
        var reader = context.AtomicReader;
        if (_countFacets || _hitsPerGroup > 0)
        {
            var segment = _cache.For(reader);
            _packed = segment.Packed;
            _overflow = segment.Overflow;
            var ids = _cache.Registry.Count;
            if (_counts.Length < ids)
            {
                Array.Resize(ref _counts, ids);
                if (_hitsPerGroup > 0)
                {
                    Array.Resize(ref _groupQueues, ids);
                }
            }
        }

        _created = _hitsPerGroup > 0 && _byDate ? reader.GetNumericDocValues(_sortField) : null;
    }

    public void Collect(int doc)
    {
        _top.Collect(doc);
        var packed = _packed;
        if (packed is null)
        {
            return;
        }

        var at = doc * SegmentOrdinals.Stride;
        var group = packed[at];
        _counts[group]++;
        if (_hitsPerGroup > 0)
        {
            Offer(group, doc);
        }

        if (!_countFacets)
        {
            return;
        }

        var end = at + SegmentOrdinals.Stride;
        for (var i = at + 1; i < end; i++)
        {
            var id = packed[i];
            if (id == 0)
            {
                return;
            }

            _counts[id]++;
        }

        if (_overflow is not null && _overflow.TryGetValue(doc, out var more))
        {
            foreach (var id in more)
            {
                _counts[id]++;
            }
        }
    }

    /// <summary>Turns the counts into groups and terms; call once after the search.</summary>
    public void Finish()
    {
        var registry = _cache.Registry;
        for (var id = 1; id < _counts.Length; id++)
        {
            var count = _counts[id];
            if (count == 0)
            {
                continue;
            }

            var entry = registry[id];
            if (entry.Group is { } group)
            {
                _groups[group] = count;
            }
            else if (entry.TermId is { } term)
            {
                _terms[(int)entry.Dimension][term] = count;
            }
        }

        for (var id = 1; id < _groupQueues.Length; id++)
        {
            if (_groupQueues[id] is not { } queue || registry[id].Group is not { } group)
            {
                continue;
            }

            var docs = new GroupHit[queue.Count];
            for (var i = docs.Length - 1; i >= 0; i--)
            {
                docs[i] = queue.Dequeue();
            }

            GroupTopDocs[group] = docs;
        }
    }

    /// <summary>Adds the counts and best documents of a collector that searched other segments (both finished).</summary>
    public void Merge(SearchCollector other)
    {
        foreach (var (group, count) in other._groups)
        {
            _groups[group] = _groups.GetValueOrDefault(group) + count;
        }

        for (var d = 0; d < _terms.Length; d++)
        {
            foreach (var (term, count) in other._terms[d])
            {
                _terms[d][term] = _terms[d].GetValueOrDefault(term) + count;
            }
        }

        foreach (var (group, hits) in other.GroupTopDocs)
        {
            GroupTopDocs[group] = GroupTopDocs.TryGetValue(group, out var mine)
                ? mine.Concat(hits).OrderByDescending(h => h.Priority).ThenBy(h => h.Doc).Take(_hitsPerGroup).ToList()
                : hits;
        }
    }

    private void Offer(int group, int doc)
    {
        var queue = _groupQueues[group] ??= new PriorityQueue<GroupHit, double>(_hitsPerGroup + 1);
        var score = _byDate ? float.NaN : _scorer?.GetScore() ?? 0;
        double priority = _byDate ? _created?.Get(doc) ?? long.MinValue : score;
        if (queue.Count >= _hitsPerGroup)
        {
            if (!queue.TryPeek(out _, out var lowest) || priority <= lowest)
            {
                return;
            }

            queue.Dequeue();
        }

        queue.Enqueue(new GroupHit(_docBase + doc, score, priority), priority);
    }
}
