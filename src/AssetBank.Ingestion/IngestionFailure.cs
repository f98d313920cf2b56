namespace AssetBank.Ingestion;

public sealed record IngestionFailure(string Key, string Reason);
