using AssetBank.Core.Tagging;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AssetBank.Search.Collecting;

/// <summary>
/// Feeds the top-hits collector and, over every matching document, counts kind × channel groups and dimension terms
/// from doc values (the facet module is not available), and keeps each group's best documents when asked.
/// </summary>
/// <remarks>
/// Counting is per segment into arrays indexed by the segment's ordinals, turned into strings once per segment, so the
/// per-document cost is a few array increments.
/// </remarks>
internal sealed class SearchCollector : ICollector
{
    private readonly ICollector _top;
    private readonly bool _countFacets;
    private readonly int _hitsPerGroup;
    private readonly bool _byDate;
    private readonly Dictionary<GroupKey, long> _groups = [];
    private readonly Dictionary<string, long>[] _terms = TagDimensions.All.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly Dictionary<GroupKey, PriorityQueue<(int Doc, float Score), double>> _groupTop = [];
    private readonly BytesRef _scratch = new();

    private Scorer? _scorer;
    private int _docBase;
    private SortedDocValues? _kind;
    private SortedDocValues? _channel;
    private int _channelStride;
    private int[] _groupCounts = [];
    private GroupKey?[] _groupKeys = [];
    private PriorityQueue<(int Doc, float Score), double>?[] _groupQueues = [];
    private readonly SortedSetDocValues?[] _dimensions = new SortedSetDocValues?[TagDimensions.All.Count];
    private int[][] _termCounts = TagDimensions.All.Select(_ => Array.Empty<int>()).ToArray();
    private NumericDocValues? _created;

    public SearchCollector(ICollector top, bool countFacets, int hitsPerGroup, bool byDate)
    {
        _top = top;
        _countFacets = countFacets;
        _hitsPerGroup = Math.Max(0, hitsPerGroup);
        _byDate = byDate;
    }

    public bool AcceptsDocsOutOfOrder => _top.AcceptsDocsOutOfOrder;

    /// <summary>Matching documents per kind and channel (after <see cref="Finish"/>).</summary>
    public IReadOnlyDictionary<GroupKey, long> Groups => _groups;

    /// <summary>Per group, its best global doc ids, best first (after <see cref="Finish"/>).</summary>
    public Dictionary<GroupKey, IReadOnlyList<(int Doc, float Score)>> GroupTopDocs { get; } = [];

    /// <summary>Matching documents per term id, per dimension (after <see cref="Finish"/>).</summary>
    public IReadOnlyDictionary<string, long> TermCounts(TagDimension dimension) => _terms[(int)dimension];

    public void SetScorer(Scorer scorer)
    {
        _scorer = _hitsPerGroup > 0 && !_byDate ? new ScoreCachingWrappingScorer(scorer) : scorer;
        _top.SetScorer(_scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _top.SetNextReader(context);
        _docBase = context.DocBase;
        var reader = context.AtomicReader;
        var grouping = _countFacets || _hitsPerGroup > 0;
        _kind = grouping ? reader.GetSortedDocValues(SearchFields.Kind) : null;
        _channel = grouping ? reader.GetSortedDocValues(SearchFields.Channel) : null;
        if (grouping)
        {
            _channelStride = (_channel?.ValueCount ?? 0) + 1;
            var size = ((_kind?.ValueCount ?? 0) + 1) * _channelStride;
            _groupCounts = new int[size];
            _groupKeys = new GroupKey?[size];
            _groupQueues = new PriorityQueue<(int Doc, float Score), double>?[size];
        }

        if (_countFacets)
        {
            foreach (var dimension in TagDimensions.All)
            {
                var values = reader.GetSortedSetDocValues(SearchFields.FacetField(dimension));
                _dimensions[(int)dimension] = values;
                _termCounts[(int)dimension] = values is null ? [] : new int[checked((int)values.ValueCount)];
            }
        }

        _created = _hitsPerGroup > 0 && _byDate ? reader.GetNumericDocValues(SearchFields.CreatedSort) : null;
    }

    public void Collect(int doc)
    {
        _top.Collect(doc);
        if (_groupCounts.Length > 0)
        {
            var slot = ((_kind?.GetOrd(doc) ?? -1) + 1) * _channelStride + ((_channel?.GetOrd(doc) ?? -1) + 1);
            _groupCounts[slot]++;
            if (_hitsPerGroup > 0)
            {
                Offer(slot, doc);
            }
        }

        if (!_countFacets)
        {
            return;
        }

        for (var d = 0; d < _dimensions.Length; d++)
        {
            var values = _dimensions[d];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            var counts = _termCounts[d];
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>Folds the last segment's counts in; call once after the search.</summary>
    public void Finish()
    {
        FlushSegment();
        foreach (var (key, queue) in _groupTop)
        {
            var docs = new (int Doc, float Score)[queue.Count];
            for (var i = docs.Length - 1; i >= 0; i--)
            {
                docs[i] = queue.Dequeue();
            }

            GroupTopDocs[key] = docs;
        }
    }

    private void Offer(int slot, int doc)
    {
        var queue = _groupQueues[slot];
        if (queue is null)
        {
            var key = KeyOf(slot);
            if (!_groupTop.TryGetValue(key, out queue))
            {
                queue = new PriorityQueue<(int Doc, float Score), double>(_hitsPerGroup + 1);
                _groupTop[key] = queue;
            }

            _groupQueues[slot] = queue;
        }

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

        queue.Enqueue((_docBase + doc, score), priority);
    }

    private GroupKey KeyOf(int slot)
    {
        if (_groupKeys[slot] is { } known)
        {
            return known;
        }

        var kindOrd = (slot / _channelStride) - 1;
        var channelOrd = (slot % _channelStride) - 1;
        var kind = "unknown";
        if (kindOrd >= 0 && _kind is not null)
        {
            _kind.LookupOrd(kindOrd, _scratch);
            kind = _scratch.Utf8ToString();
        }

        string? channel = null;
        if (channelOrd >= 0 && _channel is not null)
        {
            _channel.LookupOrd(channelOrd, _scratch);
            channel = _scratch.Utf8ToString();
        }

        var key = new GroupKey(kind, channel);
        _groupKeys[slot] = key;
        return key;
    }

    private void FlushSegment()
    {
        for (var slot = 0; slot < _groupCounts.Length; slot++)
        {
            if (_groupCounts[slot] > 0)
            {
                var key = KeyOf(slot);
                _groups[key] = _groups.GetValueOrDefault(key) + _groupCounts[slot];
            }
        }

        _groupCounts = [];
        for (var d = 0; d < _termCounts.Length; d++)
        {
            var counts = _termCounts[d];
            var values = _dimensions[d];
            for (var ord = 0; ord < counts.Length && values is not null; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, _scratch);
                    var term = _scratch.Utf8ToString();
                    _terms[d][term] = _terms[d].GetValueOrDefault(term) + counts[ord];
                }
            }

            _termCounts[d] = [];
        }
    }
}
