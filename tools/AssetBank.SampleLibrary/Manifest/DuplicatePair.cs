namespace AssetBank.SampleLibrary.Manifest;

/// <summary>A copy derived from an original by the named alterations: a similarity check should match them.</summary>
public sealed record DuplicatePair(SampleKind Kind, string Original, string Copy, IReadOnlyList<string> Alterations);
