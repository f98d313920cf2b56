namespace AssetBank.SampleLibrary;

/// <summary>What a generation run wrote.</summary>
public sealed record GenerationSummary(
    string Root,
    string ManifestPath,
    IReadOnlyList<KindSummary> Kinds,
    TimeSpan Elapsed)
{
    public int TotalFiles => Kinds.Sum(k => k.Files);

    public long TotalBytes => Kinds.Sum(k => k.Bytes);
}
