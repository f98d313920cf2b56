using AssetBank.Core.Assets;

namespace AssetBank.Application.Ingesting;

/// <summary>Time one ingestion stage took over a run, for the items of one kind it processed (summed over parallel work).</summary>
/// <param name="Position">The stage's place in the pipeline (0 is the copy from the store).</param>
public sealed record StageTime(string Stage, int Position, AssetKind Kind, int Items, TimeSpan Total);
