namespace AssetBank.Tagging.Llm;

/// <summary>An image read for a vision request, with its MIME type decided from its bytes.</summary>
internal sealed record LoadedImage(ReadOnlyMemory<byte> Data, string MimeType, string Sha256);
