namespace AssetBank.Api.Notifications;

public sealed record RejectedKey(string Key, string Reason);
