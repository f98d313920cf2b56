namespace AssetBank.Web.Notifications;

public sealed record RejectedKey(string Key, string Reason);
