using AssetBank.Application.Assets;
using AssetBank.Application.Collections;
using AssetBank.Core.Assets;
using AssetBank.Core.Collections;
using AssetBank.Core.Errors;
using AssetBank.Web.Endpoints;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages.Collections;

/// <summary>One collection: its items in order with thumbnails, time codes and notes; remove items, rename, CSV export.</summary>
public sealed class ShowModel(CollectionQueries queries, EditCollections edit, AssetQueries assets) : PageModel
{
    /// <summary>Whole-asset items looked up for their kind; beyond this many they show a placeholder instead of a picture.</summary>
    private const int MaxKindLookups = 300;

    public CollectionState? Collection { get; private set; }

    /// <summary>Whole-asset items that have a picture to show (images and videos); shots always have their keyframe.</summary>
    public IReadOnlySet<long> WithPicture { get; private set; } = new HashSet<long>();

    public CollectionAccess? Access { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        name = RouteNames.Decode(name);
        try
        {
            Collection = await queries.ShowAsync(name, User.Who(), cancellationToken);
            Access = Collection.AccessOf(User.Who());
            var withPicture = new HashSet<long>();
            foreach (var id in Collection.Items.Where(i => i.Kind == CollectionItemKind.Asset && i.AssetId is not null).Select(i => i.AssetId!.Value).Distinct().Take(MaxKindLookups))
            {
                if (await assets.FindByIdAsync(id, cancellationToken) is { Kind: AssetKind.Image or AssetKind.Video })
                {
                    withPicture.Add(id);
                }
            }

            WithPicture = withPicture;
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
