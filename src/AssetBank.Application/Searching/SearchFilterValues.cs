using AssetBank.Core.Errors;
using AssetBank.Core.Search;

namespace AssetBank.Application.Searching;

/// <summary>
/// Reads the kind and channel filters of a request as a person types them (<c>视频</c>, <c>平面</c>, <c>xhs</c>) and
/// rejects an unknown value with the list of valid ones, instead of answering it with 0 results.
/// </summary>
public static class SearchFilterValues
{
    public static SearchQuery Normalize(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kinds = new List<string>();
        foreach (var kind in query.Kinds.Where(k => !string.IsNullOrWhiteSpace(k)))
        {
            kinds.Add(SearchKinds.TryNormalize(kind, out var wire)
                ? wire
                : throw new RequestRejectedException($"--kind '{kind}'", $"不认识的类型 (unknown kind); 可用 (valid): {SearchKinds.Valid}"));
        }

        var channels = new List<string>();
        foreach (var channel in query.Channels.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            channels.Add(SearchChannels.TryNormalizeKnown(channel, out var canonical)
                ? canonical
                : throw new RequestRejectedException($"--channel '{channel}'", $"不认识的渠道 (unknown channel); 可用 (valid): {SearchChannels.Valid}"));
        }

        return query with { Kinds = kinds.Distinct(StringComparer.Ordinal).ToList(), Channels = channels.Distinct(StringComparer.Ordinal).ToList() };
    }
}
