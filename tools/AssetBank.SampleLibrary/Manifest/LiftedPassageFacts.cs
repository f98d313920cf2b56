namespace AssetBank.SampleLibrary.Manifest;

/// <summary>
/// A planted copy: <see cref="Passage"/> appears in this document exactly as it does in the longer document at
/// <see cref="OriginalPath"/>, and nothing else of that document does. A copyright check against the original should
/// alarm with this passage.
/// </summary>
public sealed record LiftedPassageFacts(string OriginalPath, string Passage);
