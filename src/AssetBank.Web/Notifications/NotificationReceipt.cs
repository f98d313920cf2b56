namespace AssetBank.Web.Notifications;

/// <summary>The answer to a webhook call: each key is accepted (queued) or rejected with the reason, on its own.</summary>
public sealed record NotificationReceipt(int QueuedKeys, IReadOnlyList<string> Accepted, IReadOnlyList<RejectedKey> Rejected);
