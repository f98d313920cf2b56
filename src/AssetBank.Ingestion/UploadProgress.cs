namespace AssetBank.Ingestion;

public sealed record UploadProgress(int Uploaded, int Total, string LastKey);
