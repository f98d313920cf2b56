using AssetBank.Application.Accounts;
using AssetBank.Core.Errors;
using AssetBank.Core.Similarity;

namespace AssetBank.Application.Similarity;

/// <summary>Copyright alarms for review: list, show, and a reviewer's approve or reject with a reason (audited).</summary>
public sealed class ReviewAlarms(IAlarmStore alarms, IReferenceLibraries libraries, AuditLog audit, TimeProvider time)
{
    public Task<IReadOnlyList<CopyrightAlarm>> ListAsync(AlarmStatus? status, int limit, CancellationToken cancellationToken) =>
        alarms.ListAsync(status, limit, cancellationToken);

    public Task<CopyrightAlarm?> GetAsync(long id, CancellationToken cancellationToken) => alarms.GetAsync(id, cancellationToken);

    /// <summary>The reference picture's small preview, for side-by-side review; null when there is none (a copy alarm's passages are on the alarm; a video alarm's reference is a video, with its time range on the alarm).</summary>
    public async Task<byte[]?> ReferencePreviewAsync(CopyrightAlarm alarm, CancellationToken cancellationToken) =>
        alarm is { Modality: "image" or "keyframe" } && (await libraries.GetAsync(alarm.ReferenceId, cancellationToken))?.Preview is { Length: > 0 } preview ? preview : null;

    public async Task<CopyrightAlarm> DecideAsync(long id, AlarmStatus decision, string who, string reason, CancellationToken cancellationToken)
    {
        var subject = $"告警 {id} (alarm)";
        if (decision == AlarmStatus.Open)
        {
            throw new RequestRejectedException(subject, "a decision is approve or reject");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RequestRejectedException(subject, "needs a reason (--reason)；审核需要填写理由");
        }

        if (string.IsNullOrWhiteSpace(who))
        {
            throw new RequestRejectedException(subject, "needs the reviewer's name (--who)");
        }

        var alarm = await alarms.GetAsync(id, cancellationToken) ?? throw new RequestRejectedException(subject, "does not exist (没有这条告警)");
        if (!await alarms.DecideAsync(id, decision, who.Trim(), reason.Trim(), time.GetUtcNow(), cancellationToken))
        {
            throw new RequestRejectedException(subject, $"was already decided: {alarm.Status} by {alarm.DecidedBy} ({alarm.Reason})");
        }

        await audit.RecordAsync(who.Trim(), decision == AlarmStatus.Approved ? "alarms.approve" : "alarms.reject", alarm.AssetKey, "ok",
            $"alarm {id}: {alarm.Percent:0.0} % vs {alarm.Library}/{alarm.ReferenceItem}; {reason.Trim()}", cancellationToken);
        return (await alarms.GetAsync(id, cancellationToken))!;
    }
}
