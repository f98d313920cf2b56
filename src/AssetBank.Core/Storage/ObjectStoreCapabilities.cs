namespace AssetBank.Core.Storage;

/// <summary>What a backend can do, declared instead of throwing NotSupported.</summary>
/// <param name="PresignedUrlsAreHttp">Presigned URLs can be fetched over HTTP (S3) rather than being file URIs.</param>
/// <param name="ServerSideCopy">Copies happen inside the store without streaming through the client.</param>
public sealed record ObjectStoreCapabilities(bool PresignedUrlsAreHttp, bool ServerSideCopy);
