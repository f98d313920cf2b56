using AssetBank.Core.Assets;

namespace AssetBank.Core.Catalog;

/// <summary>What the catalog knows of one object version.</summary>
/// <param name="ETag">The version.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">How many times processing of this version started without finishing (a crash, a kill).</param>
/// <param name="LastStage">The stage the last unfinished attempt had reached.</param>
/// <param name="PeakMemoryBytes">The process's peak working set when that stage was reached.</param>
public sealed record CatalogVersion(string ETag, AssetStatus Status, int Attempts = 0, string? LastStage = null, long PeakMemoryBytes = 0);
