namespace AssetBank.Core.Similarity;

/// <summary>Copyright alarms and the check's progress through the catalog.</summary>
public interface IAlarmStore
{
    /// <summary>Replaces the open alarms of an asset with <paramref name="alarms"/> (decided ones are kept) and records the check.</summary>
    Task RecordCheckAsync(long assetId, string etag, string referenceVersion, IReadOnlyList<CopyrightAlarm> alarms, CancellationToken cancellationToken);

    /// <summary>Whether the asset's current version was already checked against this reference version.</summary>
    Task<bool> WasCheckedAsync(long assetId, string etag, string referenceVersion, CancellationToken cancellationToken);

    Task<IReadOnlyList<CopyrightAlarm>> ListAsync(AlarmStatus? status, int limit, CancellationToken cancellationToken);

    Task<CopyrightAlarm?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Records a decision on an open alarm; false when it is not open.</summary>
    Task<bool> DecideAsync(long id, AlarmStatus decision, string who, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The last catalog change sequence the check has gone through.</summary>
    Task<long> CursorAsync(CancellationToken cancellationToken);

    Task SetCursorAsync(long sequence, CancellationToken cancellationToken);
}
