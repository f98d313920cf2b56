namespace AssetBank.Application.Ingesting;

public sealed record UploadProgress(int Uploaded, int Total, string LastKey);
