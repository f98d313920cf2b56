namespace AssetBank.Application.Ingesting;

/// <summary>A file arriving from a browser or a client: its name, where it sat in a dropped folder, and its bytes.</summary>
/// <param name="FileName">The file's own name as sent.</param>
/// <param name="RelativePath">Its path inside a dropped folder (<c>交付/成片/a.mp4</c>), or null for a single file.</param>
/// <param name="Content">The bytes, read once, front to back.</param>
public sealed record IncomingFile(string FileName, string? RelativePath, Stream Content);
