namespace AssetBank.Ingestion.Notifications;

public enum BucketEventKind
{
    Created,
    Removed,
    Other,
}
