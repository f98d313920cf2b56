using AssetBank.Core.Search;
using AssetBank.Core.Tagging;

namespace AssetBank.Web.Endpoints;

/// <summary>Reads <c>行业:母婴</c>-style dimension filters, as the search API, saved searches and the search page take them.</summary>
public static class DimensionFilters
{
    /// <returns>The filters; <paramref name="bad"/> is the first one that is not DIMENSION:TERM, or null.</returns>
    public static IReadOnlyList<DimensionFilter> Parse(IEnumerable<string>? values, out string? bad)
    {
        bad = null;
        var filters = new List<DimensionFilter>();
        foreach (var value in values ?? [])
        {
            var colon = value.IndexOfAny([':', '：']);
            if (colon <= 0 || !TagDimensions.TryParse(value[..colon], out var dimension))
            {
                bad ??= value;
                continue;
            }

            filters.Add(new DimensionFilter(dimension, value[(colon + 1)..].Trim()));
        }

        return filters;
    }
}
