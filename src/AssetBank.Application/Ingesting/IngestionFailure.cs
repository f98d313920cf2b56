namespace AssetBank.Application.Ingesting;

public sealed record IngestionFailure(string Key, string Reason);
