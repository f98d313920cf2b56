using AssetBank.Application.Searching;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages;

/// <summary>搜索: one box, the interpretation line, facet chips with counts, results grouped by kind.</summary>
public sealed class IndexModel(SearchAssets search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string[] Kinds { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "dim")]
    public string[] Dimensions { get; set; } = [];

    /// <summary>Rights filter: only what may be used now in this medium (抖音, TV…).</summary>
    [BindProperty(SupportsGet = true, Name = "usable")]
    public string? UsableFor { get; set; }

    /// <summary>Rights filter: only what may be used now in this territory (中国大陆…).</summary>
    [BindProperty(SupportsGet = true, Name = "territory")]
    public string? UsableIn { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchOutcome? Outcome { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Query) && Kinds.Length == 0 && Dimensions.Length == 0)
        {
            return;
        }

        var filters = new List<DimensionFilter>();
        foreach (var value in Dimensions)
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && TagDimensions.TryParse(value[..colon], out var dimension))
            {
                filters.Add(new DimensionFilter(dimension, value[(colon + 1)..]));
            }
        }

        try
        {
            Outcome = await search.SearchAsync(new SearchQuery
            {
                Text = Query,
                Kinds = Kinds,
                Dimensions = filters,
                UsableFor = string.IsNullOrWhiteSpace(UsableFor) ? null : UsableFor,
                UsableIn = string.IsNullOrWhiteSpace(UsableIn) ? null : UsableIn,
                Page = Math.Max(1, PageNumber),
                PageSize = 24,
            }, cancellationToken);
        }
        catch (Core.Errors.AssetBankException e)
        {
            Problem = e.Message;
        }
    }

    /// <summary>The URL of this search with one filter toggled, so chips are plain links (work without script, shareable).</summary>
    public string Toggle(string name, string value)
    {
        var kinds = name == "kind" ? Flip(Kinds, value) : Kinds;
        var dims = name == "dim" ? Flip(Dimensions, value) : Dimensions;
        return SearchUrl(Query, kinds, dims, 1, UsableFor, UsableIn);
    }

    public string PageUrl(int page) => SearchUrl(Query, Kinds, Dimensions, page, UsableFor, UsableIn);

    public bool IsOn(string name, string value) => (name == "kind" ? Kinds : Dimensions).Contains(value, StringComparer.Ordinal);

    private static string[] Flip(string[] values, string value) =>
        values.Contains(value, StringComparer.Ordinal) ? values.Where(v => v != value).ToArray() : [.. values, value];

    private static string SearchUrl(string? query, IEnumerable<string> kinds, IEnumerable<string> dims, int page, string? usable, string? territory)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query))
        {
            parts.Add("q=" + Uri.EscapeDataString(query));
        }

        if (!string.IsNullOrWhiteSpace(usable))
        {
            parts.Add("usable=" + Uri.EscapeDataString(usable));
        }

        if (!string.IsNullOrWhiteSpace(territory))
        {
            parts.Add("territory=" + Uri.EscapeDataString(territory));
        }

        parts.AddRange(kinds.Select(k => "kind=" + Uri.EscapeDataString(k)));
        parts.AddRange(dims.Select(d => "dim=" + Uri.EscapeDataString(d)));
        if (page > 1)
        {
            parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/?" + string.Join('&', parts);
    }
}
