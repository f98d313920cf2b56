using AssetBank.Application.Collections;
using AssetBank.Core.Collections;
using AssetBank.Core.Errors;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages.Collections;

/// <summary>素材篮: the person's collections and those shared with them; create one.</summary>
public sealed class IndexModel(CollectionQueries queries, EditCollections edit) : PageModel
{
    public IReadOnlyList<CollectionSummary> Collections { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Collections = await queries.ListAsync(User.Who(), cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellationToken)
    {
        try
        {
            var created = await edit.CreateAsync(name ?? string.Empty, User.Who(), null, cancellationToken);
            return Redirect("/collections/" + Uri.EscapeDataString(created.Name));
        }
        catch (AssetBankException e)
        {
            Problem = e.Message;
            await OnGetAsync(cancellationToken);
            return Page();
        }
    }
}
