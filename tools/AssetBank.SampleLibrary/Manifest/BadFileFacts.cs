namespace AssetBank.SampleLibrary.Manifest;

/// <summary>What is wrong with a deliberately bad input, and what its name or header claims it is.</summary>
/// <param name="Problem">A short code: <c>empty</c>, <c>truncated</c>, <c>not-decodable</c>, <c>oversized-dimensions</c>, <c>missing-column</c>.</param>
/// <param name="DerivedFrom">The good file it was cut from, if any.</param>
public sealed record BadFileFacts(SampleKind ClaimedKind, string Problem, string Detail, string? DerivedFrom);
