using AssetBank.Application.SavedSearches;
using AssetBank.Core.Accounts;
using AssetBank.Core.Errors;
using AssetBank.Core.SavedSearches;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages;

/// <summary>已存搜索: the saved searches; run one (hits new since its last run marked 新), delete your own.</summary>
public sealed class SearchesModel(ManageSavedSearches searches) : PageModel
{
    public IReadOnlyList<SavedSearch> Saved { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "run")]
    public string? RunName { get; set; }

    public SavedSearchRun? Run { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Saved = await searches.ListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(RunName))
        {
            try
            {
                Run = await searches.RunAsync(RunName, cancellationToken);
            }
            catch (RequestRejectedException e)
            {
                Problem = e.Message;
            }
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? name, CancellationToken cancellationToken)
    {
        try
        {
            await searches.DeleteAsync(name ?? string.Empty, User.Who(), User.IsInRole(nameof(UserRole.Admin)), null, cancellationToken);
            return Redirect("/searches");
        }
        catch (AssetBankException e)
        {
            RunName = null;
            await OnGetAsync(cancellationToken);
            Problem = e.Message;
            return Page();
        }
    }

    public bool MayDelete(SavedSearch search) =>
        User.IsInRole(nameof(UserRole.Admin)) || string.Equals(search.Owner, User.Who(), StringComparison.OrdinalIgnoreCase);
}
