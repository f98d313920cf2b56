using AssetBank.Application.Assets;
using AssetBank.Application.Reuse;
using AssetBank.Core.Errors;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages.Kickoff;

/// <summary>One project: the gate verdict, candidates per deliverable line, confirm reuse, and leadership's override.</summary>
public sealed class ProjectModel(KickoffProject kickoff, ConfirmReuse confirm, WithdrawReuse withdraw, OverrideGate overrideGate, AssetMedia media) : PageModel
{
    /// <summary>Whole-asset candidates that have a picture to show (videos, images); rows and notes have none.</summary>
    public HashSet<long> WithThumbnail { get; } = [];

    public KickoffReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) => await LoadAsync(code, cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(string code, string line, string key, int? shot, CancellationToken cancellationToken) =>
        ActAsync(code, Policies.Kickoff, async () =>
        {
            await confirm.ConfirmAsync(new ConfirmReuseRequest(code, line, key, shot, null, null, null, User.Who()), null, cancellationToken);
            return "已确认复用";
        }, cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(string code, long confirmation, string? reason, CancellationToken cancellationToken) =>
        ActAsync(code, Policies.Kickoff, async () =>
        {
            await withdraw.WithdrawAsync(code, confirmation, User.Who(), reason, null, cancellationToken);
            return "已撤回";
        }, cancellationToken);

    public Task<IActionResult> OnPostOverrideAsync(string code, string reason, CancellationToken cancellationToken) =>
        ActAsync(code, Policies.Decide, async () =>
        {
            await overrideGate.OverrideAsync(code, User.Who(), reason, null, cancellationToken);
            return "已豁免：项目可以开始";
        }, cancellationToken);

    private async Task<IActionResult> ActAsync(string code, string policy, Func<Task<string>> act, CancellationToken cancellationToken)
    {
        if (!User.Can(policy))
        {
            return Forbid();
        }

        try
        {
            Message = await act();
        }
        catch (AssetBankException e)
        {
            Problem = e.Message;
        }

        return await LoadAsync(code, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            Report = await kickoff.ShowAsync(code, cancellationToken);
            foreach (var id in Report.Lines.SelectMany(l => l.Candidates).Where(c => c.ShotIndex is null).Select(c => c.AssetId).Distinct())
            {
                if (await media.FindAsync(id, MediaPart.Thumbnail, null, cancellationToken) is not null)
                {
                    WithThumbnail.Add(id);
                }
            }

            return Page();
        }
        catch (RequestRejectedException)
        {
            return NotFound();
        }
    }
}
