using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace AssetBank.Search.Collecting;

/// <summary>
/// <see cref="SegmentOrdinals"/> per segment core: segments are immutable, so the records stay valid for as long as the
/// segment lives (deleted documents never reach a collector) and go with it when a merge retires it.
/// </summary>
internal sealed class OrdinalCache
{
    private readonly ConditionalWeakTable<object, SegmentOrdinals> _segments = [];
    private long _builds;

    public OrdinalRegistry Registry { get; } = new();

    /// <summary>Segments read into records so far (each should be read once).</summary>
    public long Builds => Interlocked.Read(ref _builds);

    public SegmentOrdinals For(AtomicReader reader) => _segments.GetValue(reader.CoreCacheKey, _ =>
    {
        Interlocked.Increment(ref _builds);
        return SegmentOrdinals.Build(reader, Registry);
    });
}
