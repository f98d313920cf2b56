using AssetBank.Application.Collections;
using AssetBank.Application.SavedSearches;
using AssetBank.Application.Searching;
using AssetBank.Core.Errors;
using AssetBank.Core.Search;
using AssetBank.Web.Endpoints;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages;

/// <summary>搜索: one box, the interpretation line, facet chips with counts, results grouped by kind; save the search, add a hit to a collection.</summary>
public sealed class IndexModel(SearchAssets search, ManageSavedSearches savedSearches, CollectionQueries collections, EditCollections editCollections) : PageModel
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

        try
        {
            Outcome = await search.SearchAsync(BuildQuery() with { Page = Math.Max(1, PageNumber), PageSize = 24 }, cancellationToken);
            MyCollections = await collections.ListEditableAsync(User.Who(), cancellationToken);
        }
        catch (AssetBankException e)
        {
            Problem = e.Message;
        }
    }

    /// <summary>Keeps this search (query and filters) under a name; opens the saved searches.</summary>
    public async Task<IActionResult> OnPostSaveAsync(string? name, CancellationToken cancellationToken)
    {
        try
        {
            await savedSearches.SaveAsync(name ?? string.Empty, BuildQuery(), User.Who(), null, cancellationToken);
            return Redirect("/searches");
        }
        catch (AssetBankException e)
        {
            await OnGetAsync(cancellationToken);
            Problem = e.Message;
            return Page();
        }
    }

    /// <summary>Adds a hit (an asset or one shot) to one of the person's collections and opens it.</summary>
    public async Task<IActionResult> OnPostCollectAsync(string? collection, string? key, int? shot, CancellationToken cancellationToken)
    {
        try
        {
            await CollectionsEndpoints.AddItemAsync(editCollections, collection ?? string.Empty, User.Who(), new CollectionItemBody(key ?? string.Empty, shot, null, null), cancellationToken);
            return Redirect("/collections/" + Uri.EscapeDataString(collection!.Trim()));
        }
        catch (AssetBankException e)
        {
            await OnGetAsync(cancellationToken);
            Problem = e.Message;
            return Page();
        }
    }

    /// <summary>The collections the person may add to (their own and those shared editable), for the hits' add form.</summary>
    public IReadOnlyList<string> MyCollections { get; private set; } = [];

    private SearchQuery BuildQuery() => new()
    {
        Text = Query,
        Kinds = Kinds,
        Dimensions = DimensionFilters.Parse(Dimensions, out _),
        UsableFor = string.IsNullOrWhiteSpace(UsableFor) ? null : UsableFor,
        UsableIn = string.IsNullOrWhiteSpace(UsableIn) ? null : UsableIn,
    };

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
