namespace AssetBank.Web.Notifications;

public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>The token MinIO sends (its webhook <c>auth_token</c>); while empty, every webhook call is refused.</summary>
    public string? AuthToken { get; set; }

    /// <summary>How long the queue waits to gather keys into one ingestion batch.</summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Larger webhook bodies are answered 413; the default is Kestrel's own request limit.</summary>
    public long MaxBodyBytes { get; set; } = 30_000_000;
}
