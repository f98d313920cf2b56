using AssetBank.Application.Assets;
using AssetBank.Application.Collections;
using AssetBank.Application.Reuse;
using AssetBank.Application.Rights;
using AssetBank.Application.Tagging;
using AssetBank.Core.Errors;
using AssetBank.Core.Media;
using AssetBank.Core.Accounts;
using AssetBank.Core.Tagging;
using AssetBank.Web.Endpoints;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages.Assets;

/// <summary>
/// One asset: the player starting at the chosen shot, the keyframe strip, tags with their evidence, edits, add to kickoff,
/// its metadata (editable by the producer who uploaded it), its usage terms and their history, add to a collection.
/// </summary>
public sealed class DetailModel(
    AssetQueries assets,
    EditTags editTags,
    ConfirmReuse confirm,
    ProjectQueries projects,
    EditAssetMetadata editMetadata,
    RightsQueries rightsQueries,
    SetRights setRights,
    CollectionQueries collections,
    EditCollections editCollections) : PageModel
{
    public bool MayEditMetadata { get; private set; }

    public RightsView? Rights { get; private set; }

    public IReadOnlyList<string> MyCollections { get; private set; } = [];

    public AssetDetail? Detail { get; private set; }

    [BindProperty(SupportsGet = true, Name = "shot")]
    public int? ShotIndex { get; set; }

    public Shot? Shot { get; private set; }

    public TagSet? ShownTags { get; private set; }

    public IReadOnlyList<ProjectLine> Lines { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTagAsync(long id, string action, string dimension, string term, string? itemId, string? note, CancellationToken cancellationToken)
    {
        if (!User.Can(Policies.EditTags))
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            if (!TagDimensions.TryParse(dimension, out var parsed))
            {
                throw new RequestRejectedException($"维度 '{dimension}'", "is not 行业, 场景, 情绪 or 人物关系");
            }

            var edit = await editTags.ApplyAsync(
                new TagEditRequest(Detail!.Asset.Key, action == "remove" ? HumanTagAction.Remove : HumanTagAction.Add, parsed, term, itemId, User.Who(), note),
                null, cancellationToken);
            Message = $"已{(edit.Action == HumanTagAction.Add ? "添加" : "删除")}标签 {TagDimensions.ToChinese(edit.Dimension)}:{edit.Label ?? edit.TermId}";
            await LoadAsync(id, cancellationToken);
        }
        catch (AssetBankException e)
        {
            Problem = e.Message;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReuseAsync(long id, string line, CancellationToken cancellationToken)
    {
        if (!User.Can(Policies.Kickoff))
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var parts = (line ?? string.Empty).Split('|', 2);
        try
        {
            if (parts.Length != 2)
            {
                throw new RequestRejectedException("交付项 (line)", "choose a project's deliverable line");
            }

            var change = await confirm.ConfirmAsync(
                new ConfirmReuseRequest(parts[0], parts[1], Detail!.Asset.Key, ShotIndex, null, null, null, User.Who()), null, cancellationToken);
            return Redirect($"/kickoff/{Uri.EscapeDataString(parts[0])}");
        }
        catch (AssetBankException e)
        {
            Problem = e.Message;
        }

        return Page();
    }

    public Task<IActionResult> OnPostMetadataAsync(long id, [FromForm] MetadataBody body, CancellationToken cancellationToken) =>
        WriteAsync(id, Policies.EditMetadata, async () =>
        {
            await editMetadata.EditAsync(id, body.ToMetadata(), User.Who(), User.IsInRole(nameof(UserRole.Admin)), null, cancellationToken);
            return "已保存元数据";
        }, cancellationToken);

    public Task<IActionResult> OnPostRightsAsync(long id, [FromForm] RightsBody body, CancellationToken cancellationToken) =>
        WriteAsync(id, Policies.EditRights, async () =>
        {
            await setRights.SetAsync(new SetRightsRequest(Detail!.Asset.Key, body.ToText(), body.Add, User.Who()), RightsBody.FieldLabel, null, cancellationToken);
            return "已保存授权条款";
        }, cancellationToken);

    public Task<IActionResult> OnPostCollectAsync(long id, string? collection, string? note, CancellationToken cancellationToken) =>
        WriteAsync(id, Policies.SignedIn, async () =>
        {
            await CollectionsEndpoints.AddItemAsync(editCollections, collection ?? string.Empty, User.Who(), new CollectionItemBody(Detail!.Asset.Key, Shot?.Index, null, note), cancellationToken);
            return $"已加入素材篮 {collection}";
        }, cancellationToken);

    /// <summary>Runs one of the page's writes: role check, the asset loaded, the bank's refusal shown on the page.</summary>
    private async Task<IActionResult> WriteAsync(long id, string policy, Func<Task<string>> write, CancellationToken cancellationToken)
    {
        if (!User.Can(policy))
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            Message = await write();
            await LoadAsync(id, cancellationToken);
        }
        catch (Core.Errors.NotPermittedException)
        {
            return Forbid();
        }
        catch (AssetBankException e)
        {
            Problem = e.Message;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Detail = await assets.GetDetailAsync(id, cancellationToken);
        if (Detail is null)
        {
            return false;
        }

        var shots = Detail.Derived.Media?.Shots ?? [];
        Shot = ShotIndex is { } index ? shots.FirstOrDefault(s => s.Index == index) : null;
        ShownTags = Shot is not null && Detail.Tags is { } tags && Shot.Index < tags.Shots.Count ? tags.Shots[Shot.Index] : Detail.Tags;
        if (User.Can(Policies.Kickoff))
        {
            Lines = await projects.ListLinesAsync(20, cancellationToken);
        }

        var asset = Detail.Asset;
        MayEditMetadata = User.Can(Policies.EditMetadata) && asset.Status != Core.Assets.AssetStatus.Deleted
            && await editMetadata.MayEditAsync(asset.Key, User.Who(), User.IsInRole(nameof(UserRole.Admin)), cancellationToken);
        Rights = asset.Status == Core.Assets.AssetStatus.Processed ? await rightsQueries.ShowAsync(asset.Key, cancellationToken) : null;
        MyCollections = asset.Status == Core.Assets.AssetStatus.Processed ? await collections.ListEditableAsync(User.Who(), cancellationToken) : [];

        return true;
    }
}
