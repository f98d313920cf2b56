namespace AssetBank.Core.Storage;

public sealed record ObjectWriteOptions(
    string? ContentType = null,
    IReadOnlyDictionary<string, string>? Metadata = null)
{
    public static ObjectWriteOptions Default { get; } = new();
}
