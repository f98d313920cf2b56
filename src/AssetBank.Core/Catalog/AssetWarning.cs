namespace AssetBank.Core.Catalog;

/// <summary>Something ingestion noticed about a processed asset that did not stop it (a truncated video, an unreadable sheet).</summary>
/// <param name="Key">The asset's object key.</param>
/// <param name="Stage">Where it was noticed: <c>media</c> or <c>content</c>.</param>
/// <param name="Message">What was noticed.</param>
public sealed record AssetWarning(string Key, string Stage, string Message);
