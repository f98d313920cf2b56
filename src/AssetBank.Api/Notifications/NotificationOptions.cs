namespace AssetBank.Api.Notifications;

public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>The token MinIO sends (its webhook <c>auth_token</c>); empty accepts unauthenticated posts.</summary>
    public string? AuthToken { get; set; }

    /// <summary>How long the queue waits to gather keys into one ingestion batch.</summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(500);
}
