namespace AssetBank.SampleLibrary.Manifest;

/// <summary>Two items that must not be reported as duplicates; <see cref="Note"/> says why the pair is a hard case, if it is.</summary>
public sealed record UnrelatedPair(SampleKind Kind, string A, string B, string? Note);
