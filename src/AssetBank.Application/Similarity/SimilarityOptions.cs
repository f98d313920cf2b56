using System.ComponentModel.DataAnnotations;

namespace AssetBank.Application.Similarity;

/// <summary>How similarity is reported (configuration section <c>Similarity</c>).</summary>
public sealed class SimilarityOptions
{
    public const string SectionName = "Similarity";

    /// <summary>A similarity above this percentage raises an alarm.</summary>
    [Range(1.0, 100.0)]
    public double AlarmThresholdPercent { get; set; } = 85;

    /// <summary>Pairs at or above this percentage are listed (near misses included); below it they are not reported.</summary>
    [Range(0.0, 100.0)]
    public double ReportFloorPercent { get; set; } = 50;

    /// <summary>How many stage-1 candidates each query verifies.</summary>
    [Range(1, 1000)]
    public int CandidatesPerQuery { get; set; } = 12;

    /// <summary>Pictures decoded and compared at once; 0 means one per processor.</summary>
    [Range(0, 256)]
    public int Parallelism { get; set; }
}
