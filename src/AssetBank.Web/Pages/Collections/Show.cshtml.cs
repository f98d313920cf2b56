using AssetBank.Application.Collections;
using AssetBank.Core.Collections;
using AssetBank.Core.Errors;
using AssetBank.Web.Endpoints;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages.Collections;

/// <summary>One collection: its items in order with thumbnails, time codes and notes; remove items, rename, CSV export.</summary>
public sealed class ShowModel(CollectionQueries queries, EditCollections edit) : PageModel
{
    public CollectionState? Collection { get; private set; }

    public CollectionAccess? Access { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        name = RouteNames.Decode(name);
        try
        {
            Collection = await queries.ShowAsync(name, User.Who(), cancellationToken);
            Access = Collection.AccessOf(User.Who());
        }
        catch (RequestRejectedException e)
        {
            Problem = e.Message;
        }

        return Page();
    }

    public Task<IActionResult> OnPostRemoveAsync(string name, long item, CancellationToken cancellationToken)
    {
        name = RouteNames.Decode(name);
        return ChangeAsync(name, () => edit.RemoveAsync(name, User.Who(), item, null, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostRenameAsync(string name, string? newName, CancellationToken cancellationToken)
    {
        name = RouteNames.Decode(name);
        try
        {
            await edit.RenameAsync(name, newName ?? string.Empty, User.Who(), null, cancellationToken);
            return Redirect("/collections/" + Uri.EscapeDataString(newName!.Trim()));
        }
        catch (AssetBankException e)
        {
            await OnGetAsync(name, cancellationToken);
            Problem = e.Message;
            return Page();
        }
    }

    private async Task<IActionResult> ChangeAsync(string name, Func<Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            return Redirect("/collections/" + Uri.EscapeDataString(name));
        }
        catch (AssetBankException e)
        {
            await OnGetAsync(name, cancellationToken);
            Problem = e.Message;
            return Page();
        }
    }
}
