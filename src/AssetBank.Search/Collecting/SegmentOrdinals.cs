using AssetBank.Core.Tagging;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace AssetBank.Search.Collecting;

/// <summary>
/// One segment's group and dimension terms, per document, as registry ids (<see cref="OrdinalRegistry"/>) packed in a
/// fixed-width record of <see cref="Stride"/> ushorts: the group id, then term ids, 0-terminated. Counting facets over a
/// hundred thousand scattered matches is bound by memory latency; one 24-byte record per document touches one cache line
/// where separate doc-values columns touch six or more. Documents with more terms than fit keep the rest in
/// <see cref="Overflow"/>. Built once per segment (<see cref="OrdinalCache"/>), like the facet module's cached ordinals.
/// </summary>
internal sealed class SegmentOrdinals
{
    public const int Stride = 12;

    private SegmentOrdinals(ushort[] packed, Dictionary<int, ushort[]>? overflow)
    {
        Packed = packed;
        Overflow = overflow;
    }

    /// <summary>maxDoc × <see cref="Stride"/> ids.</summary>
    public ushort[] Packed { get; }

    /// <summary>Term ids that did not fit a document's record, by document; null when every document fit.</summary>
    public Dictionary<int, ushort[]>? Overflow { get; }

    public static SegmentOrdinals Build(AtomicReader reader, OrdinalRegistry registry)
    {
        var maxDoc = reader.MaxDoc;
        var packed = new ushort[checked(maxDoc * Stride)];
        var kinds = reader.GetSortedDocValues(SearchFields.Kind);
        var channels = reader.GetSortedDocValues(SearchFields.Channel);
        var kindValues = Strings(kinds);
        var channelValues = Strings(channels);
        var groupIds = new Dictionary<(int, int), ushort>();

        var dimensions = TagDimensions.All.Select(d => reader.GetSortedSetDocValues(SearchFields.FacetField(d))).ToArray();
        var termIds = TagDimensions.All.Select(d => Strings(dimensions[(int)d]).Select(t => registry.Term(d, t)).ToArray()).ToArray();

        Dictionary<int, ushort[]>? overflow = null;
        var extra = new List<ushort>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var at = doc * Stride;
            var kind = kinds?.GetOrd(doc) ?? -1;
            var channel = channels?.GetOrd(doc) ?? -1;
            if (!groupIds.TryGetValue((kind, channel), out var group))
            {
                group = registry.Group(new GroupKey(kind >= 0 ? kindValues[kind] : "unknown", channel >= 0 ? channelValues[channel] : null));
                groupIds[(kind, channel)] = group;
            }

            packed[at] = group;
            var next = 1;
            extra.Clear();
            for (var d = 0; d < dimensions.Length; d++)
            {
                var values = dimensions[d];
                if (values is null)
                {
                    continue;
                }

                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    var id = termIds[d][ord];
                    if (id == 0)
                    {
                        continue;
                    }

                    if (next < Stride)
                    {
                        packed[at + next++] = id;
                    }
                    else
                    {
                        extra.Add(id);
                    }
                }
            }

            if (extra.Count > 0)
            {
                overflow ??= [];
                overflow[doc] = [.. extra];
            }
        }

        return new SegmentOrdinals(packed, overflow);
    }

    private static string[] Strings(SortedDocValues? values)
    {
        if (values is null)
        {
            return [];
        }

        var strings = new string[values.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < strings.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            strings[ord] = scratch.Utf8ToString();
        }

        return strings;
    }

    private static string[] Strings(SortedSetDocValues? values)
    {
        if (values is null)
        {
            return [];
        }

        var strings = new string[checked((int)values.ValueCount)];
        var scratch = new BytesRef();
        for (var ord = 0; ord < strings.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            strings[ord] = scratch.Utf8ToString();
        }

        return strings;
    }
}
