namespace AssetBank.Ingestion.Detection;

/// <summary>What the first bytes of an object say about it.</summary>
/// <param name="Content">The detected content, or null when the prefix does not decide (a zip) or is refused.</param>
/// <param name="NeedsWholeFile">A zip package: only its central directory, at the end, says DOCX, PPTX or XLSX.</param>
/// <param name="Refusal">Why the content is refused, when it is; null otherwise.</param>
public sealed record PrefixDetection(DetectedContent? Content, bool NeedsWholeFile, string? Refusal);
