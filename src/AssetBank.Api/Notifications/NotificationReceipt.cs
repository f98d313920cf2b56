namespace AssetBank.Api.Notifications;

public sealed record NotificationReceipt(int QueuedKeys);
