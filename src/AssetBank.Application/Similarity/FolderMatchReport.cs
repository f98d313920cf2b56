namespace AssetBank.Application.Similarity;

/// <summary>The result of the batch check.</summary>
/// <param name="Matches">Every pair at or above the report floor, by query then by similarity (highest first).</param>
/// <param name="Alarms">The pairs above the threshold.</param>
/// <param name="Problems">Files that could not be compared (they are left out, the rest is complete).</param>
public sealed record FolderMatchReport(
    IReadOnlyList<FolderMatch> Matches,
    IReadOnlyList<FolderMatch> Alarms,
    IReadOnlyList<FileProblem> Problems,
    int References,
    int Queries,
    int UniformPictures,
    double ThresholdPercent,
    TimeSpan Elapsed);
