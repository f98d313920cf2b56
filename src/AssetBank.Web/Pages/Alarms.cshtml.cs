using AssetBank.Application.Similarity;
using AssetBank.Core.Errors;
using AssetBank.Core.Similarity;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages;

/// <summary>版权告警: each alarm with both pictures side by side, the matched region marked, and approve or reject with a reason.</summary>
public sealed class AlarmsModel(ReviewAlarms review) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = "open";

    public IReadOnlyList<CopyrightAlarm> Alarms { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(long id, string decision, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            var decided = await review.DecideAsync(id, decision == "reject" ? AlarmStatus.Rejected : AlarmStatus.Approved, User.Who(), reason ?? string.Empty, cancellationToken);
            Message = $"告警 {decided.Id}：{(decided.Status == AlarmStatus.Approved ? "已批准使用" : "已驳回")}";
        }
        catch (AssetBankException e)
        {
            Problem = e.Message;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public static string Box(MatchedRegion region) => FormattableString.Invariant(
        $"left:{region.X * 100:0.##}%;top:{region.Y * 100:0.##}%;width:{region.Width * 100:0.##}%;height:{region.Height * 100:0.##}%");

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        AlarmStatus? wanted = Enum.TryParse<AlarmStatus>(Status, ignoreCase: true, out var parsed) ? parsed : null;
        Alarms = await review.ListAsync(wanted, 200, cancellationToken);
    }
}
