using AssetBank.Application.Similarity;
using AssetBank.Core.Errors;
using AssetBank.Core.Search;
using AssetBank.Core.Similarity;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages;

/// <summary>版权告警: each alarm with both sides (pictures with the matched region, copy passages, time ranges of tracks), and approve or reject with a reason.</summary>
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

    /// <summary>What matched in the new item: a shot and its time range, a time range of a track, or the whole picture or text.</summary>
    public static string Where(CopyrightAlarm alarm) => alarm switch
    {
        { ShotIndex: { } shot } => $"· 镜头 {shot + 1} {TimeCodes.Range(alarm.StartSeconds, alarm.EndSeconds)}",
        { Modality: "copy" } => "· 文案",
        { StartSeconds: not null } => $"· {TimeCodes.Range(alarm.StartSeconds, alarm.EndSeconds)}",
        _ => string.Empty,
    };

    /// <summary>A media fragment (<c>#t=5,35</c>) so the player starts at the matched range.</summary>
    public static string MediaFragment(CopyrightAlarm alarm) => alarm.StartSeconds is { } start
        ? FormattableString.Invariant($"#t={start:0.##}{(alarm.EndSeconds is { } end ? FormattableString.Invariant($",{end:0.##}") : string.Empty)}")
        : string.Empty;

    public static string Box(MatchedRegion region) => FormattableString.Invariant(
        $"left:{region.X * 100:0.##}%;top:{region.Y * 100:0.##}%;width:{region.Width * 100:0.##}%;height:{region.Height * 100:0.##}%");

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        AlarmStatus? wanted = Enum.TryParse<AlarmStatus>(Status, ignoreCase: true, out var parsed) ? parsed : null;
        Alarms = await review.ListAsync(wanted, 200, cancellationToken);
    }
}
