namespace AssetBank.Application.Collections;

/// <summary>What an export wrote, and the items it could only list (with why).</summary>
public sealed record CollectionExportReport(string Path, int Items, int Files, long Bytes, IReadOnlyList<string> Problems);
