using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary;

/// <summary>How many files of one kind were written and their total size.</summary>
public sealed record KindSummary(SampleKind Kind, int Files, long Bytes);
